/* The map's data layer for a state: consulate countries, arcs from the home city, places by category,
 * the home city's group mark, the selection. */
import { arcCategories, filled, grown, isCountryLayer, look, rankShades, style } from "./look.mjs";
import { geoView } from "./mapview.mjs";
import { homeTrace } from "./home.mjs";
import { atHome, placeName } from "./places.mjs";
import { groupMarks, groupTrace } from "./groups.mjs";
import { formatNumber, formatSpan, pick, plain, t } from "./text.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

const ARC_LIMIT = 150;

const PLACE_LIMIT = 400;

/** The marks the map draws, one per category and place; what happened at home is left to its group.
 * @param {Relation[]} rows
 * @param {Payload} payload
 */
function groupByPlace(rows, payload) {
  const groups = new Map();
  rows.forEach(function (rel) {
    if (!rel.place || isCountryLayer(payload, rel.category) || atHome(payload, rel)) return;
    const key = rel.category + "|" + rel.place;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(rel);
  });
  return groups;
}

/** A relation in a hover label: its title and dates (the key fact, on a phone's tap too), and its partner
 * when the mark is not at the partner's place.
 * @param {Payload} payload
 * @param {Relation} rel
 * @param {string} lang
 */
function hoverTitle(payload, rel, lang) {
  const partner = rel.partner && payload.places[rel.partner];
  const title = plain(pick(rel.title, lang)) + " (" + plain(formatSpan(rel, lang, payload)) + ")";
  return partner ? title + " — " + t(payload, lang, "details.with_short") + " " + plain(placeName(partner, lang)) : title;
}

/**
 * @param {Payload} payload
 * @param {Relation[]} rels
 * @param {string} lang
 */
function hoverList(payload, rels, lang) {
  const titles = rels.slice(0, 6).map(function (r) { return hoverTitle(payload, r, lang); });
  if (rels.length > 6) titles.push("… +" + (rels.length - 6));
  return titles.join("<br>");
}

/** Beyond PLACE_LIMIT places the map shows one mark per country: plotly.js draws each SVG point for
 * ~0.1 ms, so 2,000 places cost 200 ms a change, and at world scale they overlap anyway. The table
 * still lists every relation; the hover says what each mark holds.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function countryMarks(payload, state, rows) {
  const lang = state.lang;
  const byCountry = new Map();
  rows.forEach(function (rel) {
    if (!rel.place || isCountryLayer(payload, rel.category) || atHome(payload, rel)) return;
    const place = payload.places[rel.place];
    const entry = byCountry.get(place.country) || { rels: [], lat: 0, lon: 0, places: new Set(), cats: {} };
    if (!entry.places.has(rel.place)) {
      entry.places.add(rel.place);
      entry.lat += place.lat;
      entry.lon += place.lon;
    }
    entry.rels.push(rel);
    entry.cats[rel.category] = (entry.cats[rel.category] || 0) + 1;
    byCountry.set(place.country, entry);
  });
  const map = look(payload, state).map;
  const trace = filled(map.traces.countries, { lat: [], lon: [], customdata: [], hovertext: [], marker: { size: [] } });
  byCountry.forEach(function (entry) {
    const first = payload.places[entry.rels[0].place];
    const kinds = payload.categories.filter(function (c) { return entry.cats[c]; }).map(function (c) {
      return formatNumber(entry.cats[c], lang) + " " + t(payload, lang, "category." + c);
    });
    trace.lat.push(entry.lat / entry.places.size);
    trace.lon.push(entry.lon / entry.places.size);
    trace.customdata.push(entry.rels[0].place);
    trace.hovertext.push("<b>" + plain(pick(first.country_name, lang)) + "</b><br>" + kinds.join("<br>"));
    trace.marker.size.push(grown(map.sizes.country, entry.rels.length));
  });
  return trace;
}

/** Every place shown, in one trace: symbol and colour per point say the category (one trace per
 * category cost plotly.js its defaults and styles ten times over on every update).
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function markerTraces(payload, state, rows, project) {
  const lang = state.lang;
  const groups = groupByPlace(rows, payload);
  if (groups.size > PLACE_LIMIT) return { traces: [countryMarks(payload, state, rows)], groups: [] };
  const map = look(payload, state).map;
  const marks = [];
  payload.categories.forEach(function (cat) {
    groups.forEach(function (rels, key) {
      if (key.startsWith(cat + "|")) marks.push({ cat: cat, place: rels[0].place, rels: rels, size: grown(map.sizes.place, rels.length) });
    });
  });
  const together = project ? groupMarks(payload, state, marks, project) : [];
  const grouped = new Set();
  together.forEach(function (group) { group.members.forEach(function (m) { grouped.add(m.mark); }); });
  const trace = filled(map.traces.places, { lat: [], lon: [], customdata: [], hovertext: [],
    marker: { symbol: [], color: [], size: [] } });
  // a story's chapter: its own places in full, the rest faded
  const cited = state.hl && state.hl.length ? citedPlaces(payload, state.hl) : null;
  if (cited) trace.marker.opacity = [];
  marks.filter(function (mark) { return !grouped.has(mark); }).forEach(function (mark) {
    const place = payload.places[mark.place];
    trace.lat.push(mark.lat === undefined ? place.lat : mark.lat);  // set beside another category's mark
    trace.lon.push(mark.lon === undefined ? place.lon : mark.lon);
    trace.customdata.push(mark.place);
    trace.hovertext.push("<b>" + plain(placeName(place, lang)) + "</b><br>" + hoverList(payload, mark.rels, lang));
    trace.marker.symbol.push(style(payload, mark.cat).symbol);
    trace.marker.color.push(style(payload, mark.cat).colour);
    trace.marker.size.push(mark.size);
    if (cited) trace.marker.opacity.push(cited.has(mark.place) ? 1 : map.fade);
  });
  return { traces: [trace, groupTrace(payload, state, together)], groups: together.map(function (g) { return g.places; }) };
}

/** The places of the relations a story's chapter cites.
 * @param {Payload} payload
 * @param {string[]} relationIds
 */
function citedPlaces(payload, relationIds) {
  const keys = new Set();
  payload.relations.forEach(function (r) { if (r.place && relationIds.includes(r.id)) keys.add(r.place); });
  return keys;
}

/** Great-circle arcs from the home city to the partner places shown, while they stay readable; beyond
 * ARC_LIMIT places, only the selected relation's arc (a thousand arcs are a hairball, and slow).
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function arcTraces(payload, state, rows) {
  const home = payload.home;
  const arcs = arcCategories(payload);
  const byCat = {};
  let count = 0;
  rows.forEach(function (rel) {
    if (!arcs.includes(rel.category) || !rel.place) return;
    const seen = byCat[rel.category] || (byCat[rel.category] = new Set());
    if (!seen.has(rel.place)) count += 1;
    seen.add(rel.place);
  });
  if (count > ARC_LIMIT) {
    const sel = rows.find(function (r) { return r.id === state.sel && arcs.includes(r.category) && r.place; });
    Object.keys(byCat).forEach(function (cat) { byCat[cat] = new Set(sel && sel.category === cat ? [sel.place] : []); });
  }
  // a focus, not a hairball: the chosen relation's arc strong and the rest faint; with nothing chosen, the
  // arcs of a filtered view as they are, and faint on the whole map (its marks say what is there)
  const traces = look(payload, state).map.traces;
  const chosen = rows.find(function (r) { return r.id === state.sel && arcs.includes(r.category) && r.place; });
  const filtered = state.cats.length < payload.categories.length || Boolean(state.region);
  const template = chosen || !filtered ? traces.arcRest : traces.arc;
  const drawn = arcs.filter(function (cat) { return byCat[cat]; }).map(function (cat) {
    const lat = [];
    const lon = [];
    byCat[cat].forEach(function (key) {
      const place = payload.places[key];
      // Two end points per arc: plotly.js draws geo segments as great circles.
      lat.push(home.lat, place.lat, null);
      lon.push(home.lon, place.lon, null);
    });
    return filled(template, { lat: lat, lon: lon, legendgroup: cat, line: { color: style(payload, cat).colour } });
  });
  if (!chosen) return drawn;
  const place = payload.places[chosen.place];
  return drawn.concat([filled(traces.arcChosen, { lat: [home.lat, place.lat], lon: [home.lon, place.lon],
    line: { color: style(payload, chosen.category).colour } })]);
}

/** A country layer (the consulates): each partner country shaded by its highest rank shown.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 * @param {string} cat
 */
function countryShades(payload, state, rows, cat) {
  const lang = state.lang;
  const byCountry = new Map();
  const ranks = rankShades(payload).map(function (shade) { return shade.consular_rank; });
  rows.forEach(function (rel) {
    if (rel.category !== cat) return;
    const level = Math.max(0, ranks.indexOf(rel.consular_rank));
    const current = byCountry.get(rel.country);
    if (!current || level > current.level) byCountry.set(rel.country, { level: level, rel: rel });
  });
  const trace = filled(look(payload, state).map.traces.countryLayer, { locations: [], z: [], customdata: [],
    hovertext: [], name: t(payload, lang, "category." + cat) });
  byCountry.forEach(function (entry) {
    const place = payload.places[entry.rel.place];
    if (!place || !place.iso3) return;
    trace.locations.push(place.iso3);
    trace.z.push(entry.level);
    trace.customdata.push(entry.rel.place);
    trace.hovertext.push("<b>" + plain(pick(place.country_name, lang)) + "</b><br>"
      + t(payload, lang, "consular_rank." + entry.rel.consular_rank));
  });
  return trace;
}

/** Rings on the selected relation's place and on those of a story chapter (state.hl) shown that year.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function selectionTrace(payload, state, rows) {
  const shown = new Set(rows.map(function (r) { return r.id; }));
  const keys = [];
  payload.relations.forEach(function (r) {
    const wanted = r.id === state.sel || ((state.hl || []).includes(r.id) && shown.has(r.id));
    if (wanted && r.place && !keys.includes(r.place)) keys.push(r.place);
  });
  const places = keys.map(function (k) { return payload.places[k]; });
  // their names are the label engine's (labels.mjs: a chapter's places first, none overlapping)
  return filled(look(payload, state).map.traces.selection, {
    lat: places.map(function (p) { return p.lat; }), lon: places.map(function (p) { return p.lon; }) });
}

/** The selected relation's partner, when it is not where the thing happened: a dashed line from the
 * venue to the partner (India, for its consulate opened in the home city), and the partner ringed.
 * @param {Payload} payload
 * @param {State} state
 */
function partnerTrace(payload, state) {
  const rel = state.sel && payload.relations.find(function (r) { return r.id === state.sel; });
  const from = rel && rel.place && payload.places[rel.place];
  const to = rel && rel.partner && payload.places[rel.partner];
  if (!from || !to || isCountryLayer(payload, rel.category)) return { type: "scattergeo", lat: [], lon: [] };
  return filled(look(payload, state).map.traces.partner, { lat: [from.lat, to.lat], lon: [from.lon, to.lon],
    text: ["", pick(to.name, state.lang)] });
}

/** The data layer for a state, transparent over the basemap: consulate countries, arcs, places by
 * category, the home city, the selection. The legend is the page's (key figures and filters carry each
 * category's symbol): plotly's own cost a text measurement on every update.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function mapFigure(payload, state, rows, project) {
  const traces = state.cats.filter(function (c) { return isCountryLayer(payload, c); }).map(function (c) {
    return countryShades(payload, state, rows, c);
  });
  // What took place in the home city is one group mark over the others: at world scale its spots (a palace,
  // a city hall, a cemetery) are one point, and many marks there would hide each other. Other marks that
  // would overlap at the view's zoom (project: where plotly.js drew the view) become group marks.
  // Empty traces are left out: each one costs plotly.js its defaults on every update.
  const marks = markerTraces(payload, state, rows, project);
  const data = traces.concat(arcTraces(payload, state, rows), [partnerTrace(payload, state)],
    marks.traces, [homeTrace(payload, state, rows), selectionTrace(payload, state, rows)])
    .filter(function (trace) { return (trace.lat || trace.locations).length > 0; });
  return { data: data, layout: geoView(look(payload, state).map.data, payload, state), groups: marks.groups };
}

/** How many places the rows put on the map, and whether the map groups them by country. */
/** How many places the rows are at (as many as placeList lists, without building the list: the home city
 * and its spots once).
 * @param {Relation[]} rows
 * @param {Payload} payload
 */
function placeTotal(rows, payload) {
  const keys = new Set();
  rows.forEach(function (rel) {
    if (rel.place && payload.places[rel.place]) keys.add(atHome(payload, rel) ? payload.home.key : rel.place);
  });
  return keys.size;
}

/** How many marks the map draws, and whether it groups them by country.
 * @param {Relation[]} rows
 * @param {Payload} payload
 */
function placeCount(rows, payload) {
  const count = groupByPlace(rows, payload).size;
  return { count: count, grouped: count > PLACE_LIMIT };
}

export { mapFigure, placeTotal, placeCount, citedPlaces, PLACE_LIMIT };
