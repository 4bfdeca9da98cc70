/* The table view and the downloads: exactly the rows shown, as words, CSV and GeoJSON. */
import { partnerKey, partnerName, placeName, whereKey, whereName } from "./places.mjs";
import { formatNumber, formatSpan, pick, t } from "./text.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

/** The rows of the table view: exactly what the map and timeline show, in words.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function tableRows(payload, state, rows) {
  const lang = state.lang;
  return rows.map(function (rel) {
    return {
      id: rel.id, category: rel.category, categoryLabel: t(payload, lang, "category." + rel.category), title: pick(rel.title, lang),
      where: whereName(payload, rel, lang), partner: partnerName(payload, rel, lang),
      dates: formatSpan(rel, lang, payload),
      amount: rel.amount_eur ? formatNumber(rel.amount_eur, lang) : "", status: t(payload, lang, "status." + rel.status),
    };
  });
}

// How a cell a spreadsheet would take for a formula begins (dashboard/csvfiles.py FORMULA_START)
const FORMULA = /^[=+\-@\t\r]/;

/**
 * @param {*} value
 */
function csvCell(value) {
  const text = value === undefined || value === null ? "" : String(value);
  // OWASP's advice against CSV injection: a text a spreadsheet would run as a formula is quoted, with a
  // leading apostrophe that makes it text (a number, -9.1, is left as it is)
  if (typeof value === "string" && FORMULA.test(text)) return "\"'" + text.replace(/"/g, '""') + '"';
  return /[",\n\r;]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** A partial ISO date's parts, as relations.csv writes them: ["1958", "7", "11"], ["1992", "6", ""], ["", "", ""].
 * @param {string | undefined} iso
 */
function dateParts(iso) {
  const parts = (iso || "").split("-").map(function (part) { return part ? String(Number(part)) : ""; });
  return [parts[0] || "", parts[1] || "", parts[2] || ""];
}

/** The selection as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents), with the data
 * package's column names (data/datapackage.json, relations.csv) in the page's language, then where it
 * happened (the map's point).
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function toCSV(payload, state, rows) {
  const lang = state.lang;
  const header = ["id", "category", "status", "title_" + lang, "description_" + lang, "city", "country", "lat", "lon",
    "start_year", "start_month", "start_day", "end_year", "end_month", "end_day", "amount_eur", "people",
    "people_what_" + lang, "consular_rank", "flags", "sources", "where_" + lang, "where_lat", "where_lon"];
  const lines = [header.join(",")];
  rows.forEach(function (rel) {
    const partner = payload.places[partnerKey(rel)];
    const city = partner && partner.is_city ? partner : null;  // a country-level partner has no city
    const where = payload.places[whereKey(rel)];  // the point is where it happened
    lines.push([rel.id, rel.category, rel.status, pick(rel.title, lang), pick(rel.description, lang),
      city ? pick(city.name, lang) : "", rel.country || "", city ? city.lat : "", city ? city.lon : "",
      ...dateParts(rel.start), ...dateParts(rel.end), rel.amount_eur || "", rel.people || "",
      rel.people_what ? pick(rel.people_what, lang) : "", rel.consular_rank || "", (rel.flags || []).join(" ; "),
      (rel.sources || []).join(" ; "), whereName(payload, rel, lang), where ? where.lat : "", where ? where.lon : "",
    ].map(csvCell).join(","));
  });
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

// The GeoJSON format, the CLI's too (dashboard/export.py; tests/test_geojson.py runs both on one payload).
const GEOJSON_TEXTS = ["title", "description", "where", "partner"];
const GEOJSON_FIELDS = ["country", "start", "start_precision", "end", "end_precision", "consular_rank", "amount_eur",
  "people"];

/** One relation as a GeoJSON Feature: a point where it happened, every language's texts and names side
 * by side, its partner's point in the properties; null when it has no place.
 * @param {Payload} payload
 * @param {Relation} rel
 */
function feature(payload, rel) {
  const where = payload.places[whereKey(rel)];
  const partner = payload.places[partnerKey(rel)];
  if (!where) return null;
  const texts = { title: rel.title, description: rel.description };
  const places = { where: where, partner: partner };
  const properties = { id: rel.id, category: rel.category, status: rel.status };
  GEOJSON_TEXTS.forEach(function (name) {
    payload.languages.forEach(function (language) {
      const code = language.code;
      if (name in places) {
        properties[name + "_" + code] = places[name] ? placeName(places[name], code) : null;
        return;
      }
      const given = texts[name] && Object.keys(texts[name]).length;  // a text no language has is null
      properties[name + "_" + code] = given ? pick(texts[name], code) : null;
    });
  });
  GEOJSON_FIELDS.forEach(function (name) { properties[name] = rel[name] === undefined ? null : rel[name]; });
  Object.assign(properties, { flags: rel.flags || [], sources: rel.sources || [],
    partner_lat: partner ? partner.lat : null, partner_lon: partner ? partner.lon : null,
    distance_km: partner ? partner.distance_km : null });
  return { type: "Feature", geometry: { type: "Point", coordinates: [where.lon, where.lat] }, properties: properties };
}

/** The rows shown as a GeoJSON FeatureCollection (relations without a place are left out).
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function toGeoJSON(payload, state, rows) {
  return { type: "FeatureCollection", features: rows.map(function (rel) { return feature(payload, rel); }).filter(Boolean) };
}

export { tableRows, toCSV, toGeoJSON };
