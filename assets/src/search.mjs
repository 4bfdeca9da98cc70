/* Finding a place by name, in any language, accents and case optional. */
import { placeName } from "./places.mjs";
/** @typedef {import("./payload").Payload} Payload */

/** Case-, accent- and punctuation-insensitive form: "Gênes" and "genes" match. The gazetteer folds the
 * same way (dashboard/gazetteer.py normalise; tests/fixtures/folding.json runs on both). */
function fold(text) {
  return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss")
    .replace(/[-'’.`]/g, " ").replace(/\s+/g, " ").trim();
}

/** Places whose name or country, in French or English, starts a word with the query.
 * @param {Payload} payload
 * @param {string} query
 * @param {string} lang
 */
function searchPlaces(payload, query, lang, limit) {
  const wanted = fold(query || "");
  if (wanted.length < 2) return [];
  const found = [];
  Object.keys(payload.places).forEach(function (key) {
    const place = payload.places[key];
    const names = Object.values(place.name).concat(Object.values(place.country_name)).map(fold);
    if (names.some(function (n) { return n === wanted || n.startsWith(wanted) || n.includes(" " + wanted); })) {
      found.push({ key: key, label: placeName(place, lang), is_city: place.is_city });
    }
  });
  found.sort(function (a, b) { return (b.is_city - a.is_city) || a.label.localeCompare(b.label); });
  return found.slice(0, limit || 8);
}

export { fold, searchPlaces };
