/* Finding things by name, in any language, accents and case optional: the places, and everything tied
 * to them (whatever its category, wherever it happened), so that a country's name gathers its story. */
import { placeKeys, placeName, whereName } from "./places.mjs";
import { pick } from "./text.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Place} Place */
/** @typedef {import("./payload").Relation} Relation */

/** Case-, accent- and punctuation-insensitive form: "Gênes" and "genes" match. The gazetteer folds the
 * same way (dashboard/gazetteer.py normalise; tests/fixtures/folding.json runs on both). */
function fold(text) {
  return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss")
    .replace(/[-'’.`]/g, " ").replace(/\s+/g, " ").trim();
}

/** Whether a folded name is the query, or has a word that starts with it ("odes" finds "Odessa").
 * @param {string} name
 * @param {string} wanted
 */
function named(name, wanted) {
  return name === wanted || name.startsWith(wanted) || name.includes(" " + wanted);
}

/** Every name a reader may type for a place: its names and its country's, in each language, and the
 * others it is known by (the gazetteer's, the keepers' spelling: "Sevilla" for "Séville").
 * @param {Place} place
 */
function placeNames(place) {
  return Object.values(place.name).concat(Object.values(place.country_name), place.aka || []).map(fold);
}

/** The keys of the places a query names, cities first, then by name in the reader's language.
 * @param {Payload} payload
 * @param {string} wanted a folded query
 * @param {string} lang
 */
function matchingPlaces(payload, wanted, lang) {
  const found = [];
  Object.keys(payload.places).forEach(function (key) {
    const place = payload.places[key];
    if (placeNames(place).some(function (n) { return named(n, wanted); })) {
      found.push({ key: key, label: placeName(place, lang), is_city: Boolean(place.is_city) });
    }
  });
  return found.sort(function (a, b) { return (Number(b.is_city) - Number(a.is_city)) || a.label.localeCompare(b.label, lang); });
}

/** Places whose name or country, in any language, starts a word with the query.
 * @param {Payload} payload
 * @param {string} query
 * @param {string} lang
 */
function searchPlaces(payload, query, lang, limit) {
  const wanted = fold(query || "");
  if (wanted.length < 2) return [];
  return matchingPlaces(payload, wanted, lang).slice(0, limit || 8);
}

/** What a query finds: the places it names, and every relation tied to them (drawn there, held there or
 * with a partner there) or whose title names it, oldest first, each with where it happened.
 * @param {Payload} payload
 * @param {string} query
 * @param {string} lang
 */
function searchAll(payload, query, lang) {
  const wanted = fold(query || "");
  if (wanted.length < 2) return { places: [], relations: [] };
  const places = matchingPlaces(payload, wanted, lang);
  const keys = new Set(places.map(function (p) { return p.key; }));
  /** @param {Relation} rel */
  const tied = function (rel) {
    return placeKeys(rel).some(function (key) { return keys.has(key); })
      || Object.values(rel.title).some(function (title) { return named(fold(title), wanted); });
  };
  const relations = payload.relations.filter(tied).sort(function (a, b) {
    return (a.start || "9999").localeCompare(b.start || "9999") || a.id.localeCompare(b.id);
  }).map(function (rel) {
    return { id: rel.id, category: rel.category, label: pick(rel.title, lang), where: whereName(payload, rel, lang),
      start: rel.start || "" };
  });
  return { places: places, relations: relations };
}

export { fold, searchPlaces, searchAll };
