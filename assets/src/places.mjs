/* Places and the relations at them: the keys a relation touches, the home city, names in words. */
import { isCountryLayer } from "./look.mjs";
import { pick } from "./text.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Place} Place */
/** @typedef {import("./payload").Relation} Relation */

/** The home city's own place, where many things happened (undefined when nothing did).
 * @param {Payload} payload
 */
function homePlace(payload) {
  return payload.home && payload.places[payload.home.key];
}

/** The keys of the places a relation touches: where it is drawn, where it happened, who it is with.
 * @param {Relation} rel
 */
function placeKeys(rel) {
  return [rel.place, rel.where, rel.partner].filter(Boolean);
}

/** Its partner's place: partner when given ("" for none), else the place it is drawn at.
 * @param {Relation} rel
 */
function partnerKey(rel) {
  return rel.partner !== undefined ? rel.partner : rel.place || "";
}

/** Where it happened: where when given, else the place it is drawn at.
 * @param {Relation} rel
 */
function whereKey(rel) {
  return rel.where !== undefined ? rel.where : rel.place || "";
}

/** Drawn in the home city: at the city itself or at a spot in it. All of it is one group mark.
 * @param {Payload} payload
 * @param {Relation} rel
 */
function atHome(payload, rel) {
  const place = rel.place && payload.places[rel.place];
  return Boolean(place && place.home && !isCountryLayer(payload, rel.category));
}

/** "Erevan, Arménie"; a country alone, or a city-state once ("Cité du Vatican", not twice); a spot with
 * its town. The command line's GeoJSON names places by the same rule (dashboard/export.py place_name):
 * tests/test_geojson.py compares both on every place of the tiny payload.
 * @param {Place} place
 * @param {string} lang
 */
function placeName(place, lang) {
  const name = pick(place.name, lang);
  const country = pick(place.country_name, lang);
  if (place.town) return name + ", " + pick(place.town, lang);
  return place.is_city && name !== country ? name + ", " + country : place.is_city ? name : country;
}

/** Where a relation happened, in words ("" when it has no place).
 * @param {Payload} payload
 * @param {Relation} rel
 * @param {string} lang
 */
function whereName(payload, rel, lang) {
  const place = payload.places[whereKey(rel)];
  return place ? placeName(place, lang) : "";
}

/** Who a relation is with, in words ("" when no partner place is given).
 * @param {Payload} payload
 * @param {Relation} rel
 * @param {string} lang
 */
function partnerName(payload, rel, lang) {
  const place = payload.places[partnerKey(rel)];
  return place ? placeName(place, lang) : "";
}

/** Every relation drawn at the place of a relation, oldest first: the place's story over time.
 * @param {Payload} payload
 * @param {string} relationId
 */
function placeHistory(payload, relationId) {
  const rel = payload.relations.find(function (r) { return r.id === relationId; });
  if (!rel || !rel.place) return rel ? [rel] : [];
  return payload.relations.filter(function (r) { return r.place === rel.place; }).sort(function (a, b) {
    return (a.start || "9999").localeCompare(b.start || "9999");
  });
}

export { homePlace, placeKeys, partnerKey, whereKey, atHome, placeName, whereName, partnerName, placeHistory };
