/* The payload as it arrives: its relations and places packed as tables of columns (dashboard/wire.py),
 * unpacked here into the records every module reads. A value the record did not have is left out again. */
/** @typedef {import("./payload").Payload} Payload */

const TABLE = "@columns";
const KEYED = "@keys";

/** Records from columns ({ id: [...], category: [...] }): the i-th of each, without the empty ones.
 * @param {Record<string, unknown[]>} columns
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

/** The payload as the modules read it; one that was not packed is returned as it is.
 * @param {any} wire
 * @returns {Payload}
 */
function unpack(wire) {
  if (!wire || !wire.relations || !wire.relations[TABLE]) return wire;
  const payload = Object.assign({}, wire);
  payload.relations = records(wire.relations[TABLE]);
  const keys = wire.places[KEYED];
  const list = records(wire.places[TABLE]);
  /** @type {Record<string, any>} */
  const places = {};
  keys.forEach(function (key, i) { places[key] = list[i]; });
  payload.places = places;
  return payload;
}

export { unpack };
