/* The payload as it arrives (dashboard/wire.py packs it): its relations and places as tables of columns,
 * a relation's places by their number in the list of places, the places' columns that follow from their
 * country as one table by country, a relation's country left out where it is its place's. Unpacked here
 * into the records every module reads; a value the record did not have is left out again. */
/** @typedef {import("./payload").Payload} Payload */

const TABLE = "@columns";
const KEYED = "@keys";
const BY_COUNTRY = "@byCountry";
const FROM_PLACE = "@fromPlace";
const PLACE_REFS = ["place", "where", "partner"];

/** Records from columns ({ id: [...], category: [...] }): the i-th of each, without the empty ones.
 * @param {Record<string, unknown[]>} columns
 * @returns {Record<string, any>[]}
 */
function records(columns) {
  const names = Object.keys(columns);
  const count = names.length ? columns[names[0]].length : 0;
  const out = new Array(count);
  for (let i = 0; i < count; i += 1) {
    /** @type {Record<string, unknown>} */
    const record = {};
    for (let n = 0; n < names.length; n += 1) {
      const value = columns[names[n]][i];
      if (value !== null && value !== undefined) record[names[n]] = value;
    }
    out[i] = record;
  }
  return out;
}

/** The places by key, each with the columns its country decides.
 * @param {any} wire
 * @returns {Record<string, any>}
 */
function placesOf(wire) {
  const keys = wire[KEYED];
  const list = records(wire[TABLE]);
  /** @type {Record<string, Record<string, unknown>>} */
  const shared = wire[BY_COUNTRY] || {};
  /** @type {Record<string, any>} */
  const places = {};
  keys.forEach(function (/** @type {string} */ key, /** @type {number} */ i) {
    const place = list[i];
    Object.keys(shared).forEach(function (name) {
      const value = shared[name][place.country];
      if (value !== null && value !== undefined) place[name] = value;
    });
    places[key] = place;
  });
  return places;
}

/** The payload as the modules read it; one that was not packed is returned as it is.
 * @param {any} wire
 * @returns {Payload}
 */
function unpack(wire) {
  if (!wire || !wire.relations || !wire.relations[TABLE]) return wire;
  const payload = Object.assign({}, wire);
  const keys = wire.places[KEYED];
  const places = placesOf(wire.places);
  const fromPlace = wire.relations[FROM_PLACE] || [];
  payload.relations = records(wire.relations[TABLE]).map(function (rel) {
    PLACE_REFS.forEach(function (name) {
      if (typeof rel[name] === "number") rel[name] = keys[rel[name]];
    });
    const place = places[rel.place || ""];
    fromPlace.forEach(function (/** @type {string} */ name) {
      if (place && !(name in rel) && place[name] !== null && place[name] !== undefined) rel[name] = place[name];
    });
    return rel;
  });
  payload.places = places;
  return payload;
}

export { unpack };
