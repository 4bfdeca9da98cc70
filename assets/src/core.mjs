/* The explorer's pure core: state <-> URL, filtering, figures, formatting. No DOM, no Dash.
 * Used by the Dash app's clientside callbacks and by the offline package; tested with node --test. */


const MODES = ["inforce", "happened"];
const REGIONS = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"];
const ARC_LIMIT = 150;
const PLACE_LIMIT = 400;
const TIMELINE_POINTS = 400;

/* What each category is and how it looks comes from data/categories.csv, through the payload: its colour
 * and shape (one each, 3:1 against land and sea, checked in Python), whether it lasts, draws arcs from
 * the home city, or shades its partner's country. */
function style(payload, cat) {
  return payload.categoryInfo[cat];
}

/* How the map and the timeline look is built in Python with plotly.py (dashboard/figures.py): layouts and
 * one template per kind of trace, per theme. The builders below only fill their arrays. */
function look(payload, state) {
  return payload.plotly[state && state.theme === "projector" ? "projector" : "normal"];
}

/** A copy of a template with its arrays filled (marker, line and text styles merged, not replaced). */
function filled(template, fill) {
  const out = Object.assign({}, template, fill);
  ["marker", "line", "textfont"].forEach(function (key) {
    if (template[key] && fill[key]) out[key] = Object.assign({}, template[key], fill[key]);
  });
  return out;
}

/** A mark's size for what it holds, by a size rule of the templates. */
function grown(rule, count) {
  return rule.base + Math.min(rule.most, rule.growth * Math.sqrt(Math.max(0, count - rule.beyond)));
}

/** The consulate countries' fill by rank, lightest first; a post whose rank no source gives has its own hue. */
function rankShades(payload) {
  return look(payload).map.rankShades;
}

function isCountryLayer(payload, cat) {
  return style(payload, cat).layer === "country";
}

function arcCategories(payload) {
  return payload.categories.filter(function (c) { return style(payload, c).arcs; });
}

function pick(pair, lang) {
  if (pair === null || typeof pair !== "object") return pair;
  return lang in pair ? pair[lang] : pair[Object.keys(pair)[0]];  // the first is the reference language
}

function t(payload, lang, key) {
  const table = payload.strings[lang] || payload.strings[payload.languages[0].code];
  return key in table ? table[key] : key;
}

const pluralRules = {};

/** A counted text by the language's plural rules (CLDR, through Intl): key.one, key.other... */
function tn(payload, lang, key, count) {
  const code = payload.strings[lang] ? lang : payload.languages[0].code;
  const rules = pluralRules[code] || (pluralRules[code] = new Intl.PluralRules(locale(code)));
  const table = payload.strings[code];
  const form = key + "." + rules.select(count);
  const text = form in table ? table[form] : table[key + ".other"] || key;
  return text.replace("{count}", formatNumber(count, lang));
}

/** Text from the data files as plotly.js shows it: its hover labels read <b>, <a href> and a few other
 * tags, so a title is escaped (entities display as the characters they stand for). */
function plain(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function yearOf(iso) {
  return iso ? parseInt(iso.slice(0, 4), 10) : null;
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

/* ---------- state and URL ---------- */

function defaultState(payload) {
  return {
    year: payload.years[1], mode: "inforce", cats: payload.categories.slice(), region: "", sel: "", at: "",
    lang: useLanguages(payload),
  };
}

/** Read a query string; anything unknown or malformed falls back to the default, years are clamped. */
function parseState(search, payload) {
  const state = defaultState(payload);
  const params = new URLSearchParams(typeof search === "string" ? search : "");
  const year = parseInt(params.get("year"), 10);
  if (Number.isFinite(year)) {
    state.year = clamp(year, payload.years[0], payload.years[1]);
  }
  if (MODES.includes(params.get("mode"))) {
    state.mode = params.get("mode");
  }
  if (params.has("cat")) {
    const wanted = params.get("cat").split(",");
    state.cats = payload.categories.filter(function (c) { return wanted.includes(c); });
  }
  if (validRegion(payload, params.get("region"))) {
    state.region = params.get("region");
  }
  const sel = params.get("sel") || "";
  if (payload.relations.some(function (r) { return r.id === sel; })) {
    state.sel = sel;
  } else if (params.get("at") === "home" && homePlace(payload)) {
    state.at = "home";  // the list of what took place in the home city
  }
  if (payload.strings[params.get("lang")]) {
    state.lang = params.get("lang");
  }
  return state;
}

/** The query string of a state: year and lang always, the rest when not the default. */
function toSearch(state, payload) {
  const params = new URLSearchParams();
  params.set("year", String(state.year));
  if (state.mode !== "inforce") params.set("mode", state.mode);
  if (state.cats.length !== payload.categories.length) params.set("cat", state.cats.join(","));
  if (state.region) params.set("region", state.region);
  if (state.sel) params.set("sel", state.sel);
  else if (state.at) params.set("at", state.at);
  params.set("lang", state.lang);
  return "?" + params.toString();
}

/** The home city's own place, where many things happened (undefined when nothing did). */
function homePlace(payload) {
  return payload.home && payload.places[payload.home.key];
}

/** The keys of the places a relation touches: where it is drawn, where it happened, who it is with. */
function placeKeys(rel) {
  return [rel.p, rel.wh, rel.pt].filter(Boolean);
}

/** Its partner's place: pt when given ("" for none), else the place it is drawn at. */
function partnerKey(rel) {
  return rel.pt !== undefined ? rel.pt : rel.p || "";
}

/** Where it happened: wh when given, else the place it is drawn at. */
function whereKey(rel) {
  return rel.wh !== undefined ? rel.wh : rel.p || "";
}

/** The relation a click or a search result on a place opens: the first one drawn there and shown, else
 * the first drawn there, else the first with that partner (a country searched for its name). */
function relationAtPlace(payload, state, placeKey) {
  const drawn = function (r) { return r.p === placeKey; };
  const touching = function (r) { return placeKeys(r).includes(placeKey); };
  const visible = visibleRelations(payload, state);
  const chosen = visible.find(drawn) || payload.relations.find(drawn) || visible.find(touching)
    || payload.relations.find(touching);
  return chosen ? chosen.id : "";
}

/** The next state after a partial change from a control, a click or a search; values are checked and
 * clamped as in parseState, so no input can put the view in a state a permalink could not. */
function applyPatch(payload, state, patch) {
  if (patch.reset) return Object.assign(defaultState(payload), { lang: state.lang });
  const next = Object.assign({}, state);
  delete next.focus;
  if ("year" in patch && Number.isFinite(patch.year)) {
    next.year = clamp(Math.round(patch.year), payload.years[0], payload.years[1]);
  }
  if ("mode" in patch) next.mode = patch.mode === "happened" ? "happened" : "inforce";
  if (Array.isArray(patch.cats)) {
    next.cats = payload.categories.filter(function (c) { return patch.cats.includes(c); });
  }
  if ("region" in patch) next.region = validRegion(payload, patch.region) ? patch.region : "";
  if ("sel" in patch && (patch.sel === "" || payload.relations.some(function (r) { return r.id === patch.sel; }))) {
    next.sel = patch.sel;
    next.at = "";
  }
  if ("at" in patch) {
    next.at = patch.at === "home" && homePlace(payload) ? "home" : "";
    if (next.at) next.sel = "";
  }
  if (patch.place && payload.places[patch.place]) {
    if (payload.home && patch.place === payload.home.key) {
      next.sel = "";  // the home city opens to the list of what took place there
      next.at = "home";
    } else {
      next.sel = relationAtPlace(payload, next, patch.place);
      next.at = "";
    }
    next.focus = patch.place; // centre the map there, once; not part of the URL
  }
  return next;
}

/** A continent code ("EU") or a UN sub-region the data has places in ("southern-europe"). */
function validRegion(payload, value) {
  if (REGIONS.includes(value)) return true;
  return (payload.regions || []).some(function (r) { return r.subs.includes(value); });
}

/* ---------- filtering ---------- */

/* When a relation is on the map. dashboard/visibility.py holds the same rule for the story check; both
 * run the cases of tests/fixtures/visibility.json. */

/** Happened that year: began that year, or (events spanning years) ran through it. */
function happenedYears(start, end, lasting, year) {
  if (start === null) return false;
  return start === year || (end !== null && !lasting && start <= year && year <= end);
}

/** In force that year: a lasting relation begun and not ended (one whose start is unknown counts only
 * today); a one-off (event, aid, visit...) only in the year it happened. */
function inForceYears(lasting, start, end, year, lastYear) {
  if (!lasting) return happenedYears(start, end, lasting, year);
  if (start === null) return end === null && year === lastYear;
  return start <= year && (end === null || end >= year);
}

// Years and regions parsed once per payload: filtering 50,000 relations must take milliseconds.
const prepared = new WeakMap();

function prepare(payload) {
  let index = prepared.get(payload);
  if (!index) {
    index = payload.relations.map(function (rel) {
      return { rel: rel, start: yearOf(rel.s), end: yearOf(rel.e), lasting: style(payload, rel.cat).lasting,
        regions: regionsOf(payload, rel) };
    });
    prepared.set(payload, index);
  }
  return index;
}

/** The continents and sub-regions a relation belongs to: where it happened and who it was with (an
 * event held at home with India counts for the home city's continent and for Asia). */
function regionsOf(payload, rel) {
  const codes = [];
  placeKeys(rel).forEach(function (key) {
    const place = payload.places[key];
    if (place) codes.push(place.region, place.sub);
  });
  return codes.filter(Boolean);
}

/** Whether the map shows a relation (start and end years, or null) in a year and a mode. */
function shownIn(start, end, lasting, year, mode, lastYear) {
  return mode === "happened" ? happenedYears(start, end, lasting, year)
    : inForceYears(lasting, start, end, year, lastYear);
}

function shownInTime(item, state, lastYear) {
  return shownIn(item.start, item.end, item.lasting, state.year, state.mode, lastYear);
}

function matchesRegion(rel, state, payload) {
  return !state.region || regionsOf(payload, rel).includes(state.region);
}

function inRegion(item, region) {
  return !region || item.regions.includes(region);
}

/** The relations the map, timeline and table show for a state. */
function visibleRelations(payload, state) {
  const last = payload.years[1];
  const cats = new Set(state.cats);
  const rows = [];
  prepare(payload).forEach(function (item) {
    if (cats.has(item.rel.cat) && inRegion(item, state.region) && shownInTime(item, state, last)) {
      rows.push(item.rel);
    }
  });
  return rows;
}

/** Per category, how many relations the current year, mode and region show (for live filter counts). */
function categoryCounts(payload, state) {
  const last = payload.years[1];
  const counts = {};
  payload.categories.forEach(function (c) { counts[c] = 0; });
  prepare(payload).forEach(function (item) {
    if (inRegion(item, state.region) && shownInTime(item, state, last)) counts[item.rel.cat] += 1;
  });
  return counts;
}

/* ---------- formatting ---------- */

// Each language's BCP 47 tag for dates and numbers ("en" -> "en-GB"), from the payload's languages.
const TAGS = {};

/** Learn the payload's languages; returns the reference one (the default). */
function useLanguages(payload) {
  payload.languages.forEach(function (language) { TAGS[language.code] = language.locale; });
  return payload.languages[0].code;
}

function locale(lang) {
  return TAGS[lang] || lang;
}

// Intl formatters are costly to create: one per language and precision, reused.
const formatters = {};

function formatter(kind, lang) {
  const key = kind + lang;
  if (!formatters[key]) {
    formatters[key] = kind === "number" ? new Intl.NumberFormat(locale(lang))
      : new Intl.DateTimeFormat(locale(lang), kind === "month"
        ? { month: "long", year: "numeric", timeZone: "UTC" }
        : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }
  return formatters[key];
}

/** A date at its own precision: "1958", "mai 2024", "8 mai 2024". */
function formatDate(iso, precision, lang) {
  if (!iso) return "";
  const parts = iso.split("-").map(Number);
  if (precision === "year" || parts.length === 1) return String(parts[0]);
  const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1));
  return formatter(precision === "month" ? "month" : "day", lang).format(date);
}

function formatNumber(value, lang) {
  return formatter("number", lang).format(value);
}

function formatSpan(rel, lang, payload) {
  const start = formatDate(rel.s, rel.sp, lang);
  const end = formatDate(rel.e, rel.ep, lang);
  if (!start && !end) return t(payload, lang, "details.date_unknown");
  if (!end) return start;
  return start === end ? start : start + " – " + end;
}

/* ---------- map ---------- */

/** Drawn in the home city: at the city itself or at a spot in it. All of it is one group mark. */
function atHome(payload, rel) {
  const place = rel.p && payload.places[rel.p];
  return Boolean(place && place.home && !isCountryLayer(payload, rel.cat));
}

/** The marks the map draws, one per category and place; what happened at home is left to its group. */
function groupByPlace(rows, payload) {
  const groups = new Map();
  rows.forEach(function (rel) {
    if (!rel.p || isCountryLayer(payload, rel.cat) || atHome(payload, rel)) return;
    const key = rel.cat + "|" + rel.p;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(rel);
  });
  return groups;
}

/** A relation in a hover label: its title, and its partner when the mark is not at the partner's place. */
function hoverTitle(payload, rel, lang) {
  const partner = rel.pt && payload.places[rel.pt];
  const title = plain(pick(rel.t, lang));
  return partner ? title + " — " + t(payload, lang, "details.with_short") + " " + plain(placeName(partner, lang)) : title;
}

function hoverList(payload, rels, lang) {
  const titles = rels.slice(0, 6).map(function (r) { return hoverTitle(payload, r, lang); });
  if (rels.length > 6) titles.push("… +" + (rels.length - 6));
  return titles.join("<br>");
}

/** Beyond PLACE_LIMIT places the map shows one mark per country: plotly.js draws each SVG point for
 * ~0.1 ms, so 2,000 places cost 200 ms a change, and at world scale they overlap anyway. The table
 * still lists every relation; the hover says what each mark holds. */
function countryMarks(payload, state, rows) {
  const lang = state.lang;
  const byCountry = new Map();
  rows.forEach(function (rel) {
    if (!rel.p || isCountryLayer(payload, rel.cat) || atHome(payload, rel)) return;
    const place = payload.places[rel.p];
    const entry = byCountry.get(place.cc) || { rels: [], lat: 0, lon: 0, places: new Set(), cats: {} };
    if (!entry.places.has(rel.p)) {
      entry.places.add(rel.p);
      entry.lat += place.lat;
      entry.lon += place.lon;
    }
    entry.rels.push(rel);
    entry.cats[rel.cat] = (entry.cats[rel.cat] || 0) + 1;
    byCountry.set(place.cc, entry);
  });
  const map = look(payload, state).map;
  const trace = filled(map.traces.countries, { lat: [], lon: [], customdata: [], hovertext: [], marker: { size: [] } });
  byCountry.forEach(function (entry) {
    const first = payload.places[entry.rels[0].p];
    const kinds = payload.categories.filter(function (c) { return entry.cats[c]; }).map(function (c) {
      return formatNumber(entry.cats[c], lang) + " " + t(payload, lang, "category." + c);
    });
    trace.lat.push(entry.lat / entry.places.size);
    trace.lon.push(entry.lon / entry.places.size);
    trace.customdata.push(entry.rels[0].p);
    trace.hovertext.push("<b>" + plain(pick(first.country, lang)) + "</b><br>" + kinds.join("<br>"));
    trace.marker.size.push(grown(map.sizes.country, entry.rels.length));
  });
  return trace;
}

/** Every place shown, in one trace: symbol and colour per point say the category (one trace per
 * category cost plotly.js its defaults and styles ten times over on every update). */
function markerTraces(payload, state, rows) {
  const lang = state.lang;
  const groups = groupByPlace(rows, payload);
  if (groups.size > PLACE_LIMIT) return [countryMarks(payload, state, rows)];
  const map = look(payload, state).map;
  const trace = filled(map.traces.places, { lat: [], lon: [], customdata: [], hovertext: [],
    marker: { symbol: [], color: [], size: [] } });
  payload.categories.forEach(function (cat) {
    groups.forEach(function (rels, key) {
      if (!key.startsWith(cat + "|")) return;
      const place = payload.places[rels[0].p];
      trace.lat.push(place.lat);
      trace.lon.push(place.lon);
      trace.customdata.push(rels[0].p);
      trace.hovertext.push("<b>" + plain(placeName(place, lang)) + "</b><br>" + hoverList(payload, rels, lang));
      trace.marker.symbol.push(style(payload, cat).symbol);
      trace.marker.color.push(style(payload, cat).colour);
      trace.marker.size.push(grown(map.sizes.place, rels.length));
    });
  });
  return [trace];
}

/** Great-circle arcs from the home city to the partner places shown, while they stay readable; beyond
 * ARC_LIMIT places, only the selected relation's arc (a thousand arcs are a hairball, and slow). */
function arcTraces(payload, state, rows) {
  const home = payload.home;
  const arcs = arcCategories(payload);
  const byCat = {};
  let count = 0;
  rows.forEach(function (rel) {
    if (!arcs.includes(rel.cat) || !rel.p) return;
    const seen = byCat[rel.cat] || (byCat[rel.cat] = new Set());
    if (!seen.has(rel.p)) count += 1;
    seen.add(rel.p);
  });
  if (count > ARC_LIMIT) {
    const sel = rows.find(function (r) { return r.id === state.sel && arcs.includes(r.cat) && r.p; });
    Object.keys(byCat).forEach(function (cat) { byCat[cat] = new Set(sel && sel.cat === cat ? [sel.p] : []); });
  }
  return arcs.filter(function (cat) { return byCat[cat]; }).map(function (cat) {
    const lat = [];
    const lon = [];
    byCat[cat].forEach(function (key) {
      const place = payload.places[key];
      // Two end points per arc: plotly.js draws geo segments as great circles.
      lat.push(home.lat, place.lat, null);
      lon.push(home.lon, place.lon, null);
    });
    return filled(look(payload, state).map.traces.arc, { lat: lat, lon: lon, legendgroup: cat,
      line: { color: style(payload, cat).colour } });
  });
}

/** A country layer (the consulates): each partner country shaded by its highest rank shown. */
function countryShades(payload, state, rows, cat) {
  const lang = state.lang;
  const byCountry = new Map();
  const ranks = rankShades(payload).map(function (shade) { return shade.rank; });
  rows.forEach(function (rel) {
    if (rel.cat !== cat) return;
    const level = Math.max(0, ranks.indexOf(rel.rank));
    const current = byCountry.get(rel.cc);
    if (!current || level > current.level) byCountry.set(rel.cc, { level: level, rel: rel });
  });
  const trace = filled(look(payload, state).map.traces.countryLayer, { locations: [], z: [], customdata: [],
    hovertext: [], name: t(payload, lang, "category." + cat) });
  byCountry.forEach(function (entry) {
    const place = payload.places[entry.rel.p];
    if (!place || !place.iso3) return;
    trace.locations.push(place.iso3);
    trace.z.push(entry.level);
    trace.customdata.push(entry.rel.p);
    trace.hovertext.push("<b>" + plain(pick(place.country, lang)) + "</b><br>"
      + t(payload, lang, "consular_rank." + entry.rel.rank));
  });
  return trace;
}

/** What took place in the home city, as one mark: its star, named with how many things it holds, opening
 * to their list (many marks at one point would hide each other). */
function homeGroup(payload, rows) {
  const here = rows.filter(function (rel) { return atHome(payload, rel); });
  const cats = {};
  here.forEach(function (rel) { cats[rel.cat] = (cats[rel.cat] || 0) + 1; });
  return { rels: here, cats: payload.categories.filter(function (c) { return cats[c]; }).map(function (c) {
    return { cat: c, count: cats[c] };
  }) };
}

function homeTrace(payload, state, rows) {
  const lang = state.lang;
  const home = homePlace(payload);
  const name = home ? pick(home.name, lang) : "";
  const group = homeGroup(payload, rows);
  const count = group.rels.length;
  const lines = group.cats.map(function (c) {
    return formatNumber(c.count, lang) + " × " + t(payload, lang, "category." + c.cat);
  });
  const hover = "<b>" + plain(name) + "</b>" + (count ? "<br>" + t(payload, lang, "home.hover")
    .replace("{count}", formatNumber(count, lang)) + "<br>" + lines.join("<br>") : "");
  const map = look(payload, state).map;
  return filled(map.traces.home, { lat: [payload.home.lat], lon: [payload.home.lon],
    text: [count ? name + " (" + formatNumber(count, lang) + ")" : name], hovertext: [hover],
    customdata: [count ? "@home" : ""], marker: { size: grown(map.sizes.home, count) } });
}

/** Rings on the selected relation's place and on those of a story chapter (state.hl) shown that year;
 * on a projector, a few of them carry their name, since nobody hovers there. */
function selectionTrace(payload, state, rows) {
  const shown = new Set(rows.map(function (r) { return r.id; }));
  const keys = [];
  payload.relations.forEach(function (r) {
    const wanted = r.id === state.sel || ((state.hl || []).includes(r.id) && shown.has(r.id));
    if (wanted && r.p && !keys.includes(r.p)) keys.push(r.p);
  });
  const places = keys.map(function (k) { return payload.places[k]; });
  const template = look(payload, state).map.traces.selection;
  // the projector's template names the rings, beyond a few names they would crowd the map
  const named = template.mode === "markers+text" && places.length <= 6;
  return filled(template, { mode: named ? "markers+text" : "markers",
    lat: places.map(function (p) { return p.lat; }), lon: places.map(function (p) { return p.lon; }),
    // the home city already has its label under its star
    text: places.map(function (p) { return p.home ? "" : pick(p.name, state.lang); }) });
}

/** The selected relation's partner, when it is not where the thing happened: a dashed line from the
 * venue to the partner (India, for its consulate opened in the home city), and the partner ringed. */
function partnerTrace(payload, state) {
  const rel = state.sel && payload.relations.find(function (r) { return r.id === state.sel; });
  const from = rel && rel.p && payload.places[rel.p];
  const to = rel && rel.pt && payload.places[rel.pt];
  if (!from || !to || isCountryLayer(payload, rel.cat)) return { type: "scattergeo", lat: [], lon: [] };
  return filled(look(payload, state).map.traces.partner, { lat: [from.lat, to.lat], lon: [from.lon, to.lon],
    text: ["", pick(to.name, state.lang)] });
}

/** Where the map looks: pinned centre and rotation, so it never jumps when the data changes; a search
 * result centres it there (a new uirevision resets a view the reader panned). Both map layers share it. */
function geoView(layout, payload, state) {
  // the layer's layout as plotly.py built it, the view opening as data/atlas.toml's [view] says
  const out = JSON.parse(JSON.stringify(layout));
  const geo = out.geo;
  let revision = "atlas-map";
  const focus = state.focus && payload.places[state.focus];
  const frame = !focus && state.region && regionFrame(payload, state.region);
  if (frame) {  // a region chosen: the map frames its places (then stays put while the data changes)
    geo.center = frame.center;
    geo.projection.scale = frame.scale;
    revision = "region-" + state.region;
  }
  if (focus) {
    geo.center = { lat: focus.lat, lon: focus.lon };
    geo.projection.scale = 3;
    revision = "focus-" + state.focus;
  }
  out.uirevision = revision;
  return out;
}

/** Centre and zoom that frame every place of a region (its longitudes taken around their mean, so a
 * region across the antimeridian, Polynesia, stays whole). */
function regionFrame(payload, region) {
  const points = Object.keys(payload.places).map(function (k) { return payload.places[k]; }).filter(function (p) {
    return p.region === region || p.sub === region;
  });
  if (!points.length) return null;
  const lats = points.map(function (p) { return p.lat; });
  const east = points.map(function (p) { return Math.sin(p.lon * Math.PI / 180); });
  const north = points.map(function (p) { return Math.cos(p.lon * Math.PI / 180); });
  const mean = Math.atan2(east.reduce(sum, 0), north.reduce(sum, 0)) * 180 / Math.PI;
  const lons = points.map(function (p) { return ((p.lon - mean + 540) % 360) - 180; });
  const lonSpan = Math.max.apply(null, lons) - Math.min.apply(null, lons);
  const latSpan = Math.max.apply(null, lats) - Math.min.apply(null, lats);
  const scale = clamp(Math.min(300 / Math.max(lonSpan, 8), 130 / Math.max(latSpan, 6)), 1, 8);
  return {
    center: { lat: (Math.max.apply(null, lats) + Math.min.apply(null, lats)) / 2,
      lon: mean + (Math.max.apply(null, lons) + Math.min.apply(null, lons)) / 2 },
    scale: Math.round(scale * 10) / 10,
  };
}

function sum(a, b) {
  return a + b;
}

/** The basemap alone (land, sea, borders), drawn under the data layer and redrawn only when the view
 * moves: re-projecting the world's borders was most of the cost of every map update. */
function baseMapFigure(payload, state) {
  return {
    // plotly.js draws a geo subplot only for a trace: an empty one.
    data: [{ type: "scattergeo", lat: [], lon: [], hoverinfo: "skip", showlegend: false }],
    layout: geoView(look(payload, state).map.base, payload, state),
  };
}

/** The data layer for a state, transparent over the basemap: consulate countries, arcs, places by
 * category, the home city, the selection. The legend is the page's (key figures and filters carry each
 * category's symbol): plotly's own cost a text measurement on every update. */
function mapFigure(payload, state, rows) {
  const traces = state.cats.filter(function (c) { return isCountryLayer(payload, c); }).map(function (c) {
    return countryShades(payload, state, rows, c);
  });
  // What took place in the home city is one group mark over the others: at world scale its spots (a palace,
  // a city hall, a cemetery) are one point, and many marks there would hide each other.
  // Empty traces are left out: each one costs plotly.js its defaults on every update.
  const data = traces.concat(arcTraces(payload, state, rows), [partnerTrace(payload, state)],
    markerTraces(payload, state, rows), [homeTrace(payload, state, rows), selectionTrace(payload, state, rows)])
    .filter(function (trace) { return (trace.lat || trace.locations).length > 0; });
  return { data: data, layout: geoView(look(payload, state).map.data, payload, state) };
}

/** How many places the rows put on the map, and whether the map groups them by country. */
/** How many places the rows are at (as many as placeList lists, without building the list: the home city
 * and its spots once). */
function placeTotal(rows, payload) {
  const keys = new Set();
  rows.forEach(function (rel) {
    if (rel.p && payload.places[rel.p]) keys.add(atHome(payload, rel) ? payload.home.key : rel.p);
  });
  return keys.size;
}

/** How many marks the map draws, and whether it groups them by country. */
function placeCount(rows, payload) {
  const count = groupByPlace(rows, payload).size;
  return { count: count, grouped: count > PLACE_LIMIT };
}

/* ---------- timeline ---------- */

/** The timeline's rows: every dated relation of the chosen categories and region, whatever the year
 * (the timeline is the story over time; the year is only marked on it). */
function timelineRows(payload, state) {
  return payload.relations.filter(function (rel) {
    return state.cats.includes(rel.cat) && matchesRegion(rel, state, payload);
  });
}

/** One lane per category: bars for relations that last, points for events, the selected year marked.
 * `layout.datarevision` changes only with categories, region or language, so a year change redraws
 * only the year mark. */
let timelineMemo = { key: null, data: null };

function timelineFigure(payload, state, rows) {
  const lang = state.lang;
  const revision = [payload.version, lang, state.region, state.cats.join(","), rows.length].join("|");
  const figure = timelineMemo.key === revision ? { data: timelineMemo.data } : buildTimeline(payload, state, rows);
  timelineMemo = { key: revision, data: figure.data };
  return finishTimeline(payload, state, figure.data, revision);
}

function buildTimeline(payload, state, rows) {
  const lang = state.lang;
  const lanes = payload.categories.filter(function (c) { return state.cats.includes(c); });
  const templates = look(payload, state).timeline;
  const traces = [];
  lanes.forEach(function (cat) {
    const mine = rows.filter(function (r) { return r.cat === cat && r.s; });
    const colour = style(payload, cat).colour;
    const span = filled(templates.traces.span, { x: [], y: [], line: { color: colour } });
    const points = filled(templates.traces.points, { x: [], y: [], customdata: [], hovertext: [],
      name: t(payload, lang, "category." + cat), marker: { symbol: style(payload, cat).symbol, color: colour } });
    const label = t(payload, lang, "category." + cat);
    if (mine.length > TIMELINE_POINTS) {
      traces.push(yearlyLane(payload, templates, lang, cat, label, mine));
      return;
    }
    mine.forEach(function (rel) {
      const end = rel.e || null;
      const lasting = style(payload, cat).lasting;
      if (end || lasting) {
        span.x.push(rel.s, end || String(payload.years[1]) + "-12-31", null);
        span.y.push(label, label, null);
      }
      points.x.push(rel.s);
      points.y.push(label);
      points.customdata.push(rel.id);
      points.hovertext.push("<b>" + plain(pick(rel.t, lang)) + "</b><br>" + formatSpan(rel, lang, payload));
    });
    traces.push(span, points);
  });
  return { data: traces };
}

/** The selected year on the timeline: a band across every lane. */
function yearMark(payload, state) {
  return Object.assign({}, look(payload, state).timeline.yearMark,
    { x0: state.year + "-01-01", x1: state.year + "-12-31" });
}

/** A crowded lane as one mark per year, sized by how many relations began that year: 50,000 points
 * cost plotly.js half a minute to draw. A click on a year goes to that year. */
function yearlyLane(payload, templates, lang, cat, label, rels) {
  const counts = new Map();
  rels.forEach(function (rel) {
    const year = yearOf(rel.s);
    counts.set(year, (counts.get(year) || 0) + 1);
  });
  const years = Array.from(counts.keys()).sort(function (a, b) { return a - b; });
  return filled(templates.traces.years, {
    x: years.map(function (y) { return y + "-07-01"; }),
    y: years.map(function () { return label; }), customdata: years.map(function (y) { return "year:" + y; }),
    hovertext: years.map(function (y) {
      return "<b>" + y + "</b><br>" + formatNumber(counts.get(y), lang) + " × " + label;
    }),
    marker: { symbol: style(payload, cat).symbol, color: style(payload, cat).colour,
      size: years.map(function (y) { return grown(templates.yearSize, counts.get(y)); }) },
  });
}

/** Year mark and selection on top of the (memoised) timeline data. */
function finishTimeline(payload, state, data, revision) {
  const lang = state.lang;
  const lanes = payload.categories.filter(function (c) { return state.cats.includes(c); });
  const first = payload.years[0];
  const selected = payload.relations.find(function (r) { return r.id === state.sel && r.s && lanes.includes(r.cat); });
  const templates = look(payload, state).timeline;
  const ring = filled(templates.traces.ring, {
    x: selected ? [selected.s] : [], y: selected ? [t(payload, lang, "category." + selected.cat)] : [] });
  const layout = JSON.parse(JSON.stringify(templates.layout));
  const lane = templates.lane;
  layout.height = Math.max(lane.min, lane.height * lanes.length + lane.extra);
  layout.xaxis.range = [String(Math.max(first, templates.opensOn)) + "-01-01", String(payload.years[1]) + "-12-31"];
  layout.yaxis.categoryarray = lanes.map(function (c) { return t(payload, lang, "category." + c); }).reverse();
  layout.shapes = [yearMark(payload, state)];
  layout.datarevision = revision + "|" + (state.sel || "");
  return { data: data.concat([ring]), layout: layout };
}

/* ---------- words: summary and details ---------- */

function countries(rows) {
  const set = new Set();
  rows.forEach(function (r) { if (r.cc) set.add(r.cc); });
  return set.size;
}

/** One sentence for screen readers and the key figures: "En 2024 : 45 relations dans 30 pays." */
function summary(payload, state, rows) {
  const lang = state.lang;
  const key = state.mode === "happened" ? "summary.happened" : "summary.inforce";
  return t(payload, lang, key)
    .replace("{year}", String(state.year))
    .replace("{count}", formatNumber(rows.length, lang))
    .replace("{countries}", formatNumber(countries(rows), lang));
}

/** The map's text alternative: the summary, then each category shown with its places' countries
 * ("Ville jumelle : 16 dans 14 pays"), then where the detail is (RGAA 1.1 / 1.3). */
function mapDescription(payload, state, rows) {
  const lang = state.lang;
  const byCategory = {};  // one pass: this runs on every change, with up to 50,000 rows
  rows.forEach(function (r) { (byCategory[r.cat] = byCategory[r.cat] || []).push(r); });
  const parts = payload.categories.map(function (cat) {
    const mine = byCategory[cat];
    if (!mine) return "";
    const where = countries(mine);  // none for relations tied to no country (a world prize)
    return t(payload, lang, where ? "map.by_category" : "map.by_category_count")
      .replace("{label}", t(payload, lang, "category." + cat))
      .replace("{count}", formatNumber(mine.length, lang)).replace("{countries}", formatNumber(where, lang));
  }).filter(Boolean);
  return [t(payload, lang, "explorer.map") + ".", summary(payload, state, rows),
    parts.length ? parts.join(t(payload, lang, "punctuation.list")) + "." : "", t(payload, lang, "map.more")].filter(Boolean).join(" ");
}

/** The timeline's text alternative: what it draws, from when to when, and where the detail is. */
function timelineDescription(payload, state, rows) {
  const lang = state.lang;
  const years = rows.filter(function (r) { return r.s; }).map(function (r) { return yearOf(r.s); });
  if (!years.length) return t(payload, lang, "timeline.empty");
  return t(payload, lang, "timeline.description")
    .replace("{count}", formatNumber(years.length, lang))
    .replace("{first}", String(Math.min.apply(null, years))).replace("{last}", String(Math.max.apply(null, years)))
    .replace("{year}", String(state.year));
}

/** The places the map shows, in words: the keyboard's and the screen reader's way into the map. Each
 * place once, by name, with its categories, its number of relations and the relation a click on it
 * would select (the first shown there, as relationAtPlace). */
function placeList(payload, state, rows) {
  const lang = state.lang;
  const byPlace = new Map();
  rows.forEach(function (rel) {
    if (!rel.p || !payload.places[rel.p]) return;
    const home = atHome(payload, rel);  // the home city and its spots: one entry, opening to its list
    const key = home ? payload.home.key : rel.p;
    const entry = byPlace.get(key) || { key: key, cats: [], count: 0, sel: home ? "" : rel.id, home: home };
    if (!entry.cats.includes(rel.cat)) entry.cats.push(rel.cat);
    entry.count += 1;
    byPlace.set(key, entry);
  });
  return Array.from(byPlace.values()).map(function (entry) {
    entry.label = placeName(payload.places[entry.key], lang);
    entry.cats = payload.categories.filter(function (c) { return entry.cats.includes(c); });
    return entry;
  }).sort(function (a, b) { return a.label.localeCompare(b.label, lang); });
}

/** Key figures for the current view: per category shown, how many the view holds and the official
 * figures that count that category; then the official figures that count no single category (in words
 * by officialFigure). */
function keyFigures(payload, state, rows) {
  const lang = state.lang;
  const single = function (f) { return f.cats.length === 1; };
  const items = payload.categories.filter(function (c) { return state.cats.includes(c); }).map(function (cat) {
    return { cat: cat, label: t(payload, lang, "category." + cat), count: rows.filter(function (r) {
      return r.cat === cat;
    }).length, officials: payload.figures.filter(function (f) { return single(f) && f.cats[0] === cat; }) };
  });
  return { items: items, others: payload.figures.filter(function (f) { return !single(f); }) };
}

/** An official figure in words: the City's wording, the year it dates from, who states it (the City
 * itself or another source), its sources, and what the data holds beside it, with the rows counted
 * apart (announced, not a City accord...) named. */
function officialFigure(payload, figure, lang) {
  const T = function (key) { return t(payload, lang, key); };
  const flags = figure.flags || [];
  const year = figure.asOf ? String(figure.asOf) : "";
  const display = pick(figure.display, lang);
  const label = pick(figure.label, lang);
  // "17 serments de jumelage"; a figure worded as a phrase follows its label ("Rang… : première place…")
  const quantity = /^(plus de |more than )?[\d\s\u00a0\u202f.,]+$/.test(display);
  const text = quantity ? display + " " + label : label + t(payload, lang, "punctuation.colon") + display;
  const out = {
    id: figure.id, text: text.charAt(0).toUpperCase() + text.slice(1),
    asOf: !year ? T("figures.undated") : flags.includes("date_derived")
      ? T("figures.as_of_derived").replace("{year}", year) : year,
    by: pick(figure.by, lang), attr: T("attribution." + figure.attr), src: figure.src || [],
    note: figure.note ? pick(figure.note, lang) : "", inData: "", apart: [],
    caveats: flags.filter(function (f) { return f !== "undated" && f !== "date_derived"; }).map(function (f) {
      return T("flag." + f);
    }),
  };
  if (figure.inData === null || figure.inData === undefined) return out;
  if (figure.rel) {
    const rel = payload.relations.find(function (r) { return r.id === figure.rel; });
    out.inData = T("figures.in_data.people").replace("{count}", formatNumber(figure.inData, lang))
      .replace("{title}", rel ? pick(rel.t, lang) : figure.rel);
    return out;
  }
  out.inData = tn(payload, lang, "figures.in_data." + figure.measure, figure.inData);
  if (figure.from || figure.to) {
    out.inData += T("figures.between").replace("{from}", String(figure.from || "…")).replace("{to}", String(figure.to || "…"));
  }
  out.apart = (figure.apart || []).map(function (group) {
    const names = group.ids.map(function (id) {
      const rel = payload.relations.find(function (r) { return r.id === id; });
      const place = rel && payload.places[partnerKey(rel)];
      return place ? pick(place.name, lang) : rel ? pick(rel.t, lang) : id;
    });
    return tn(payload, lang, "apart." + group.flag, group.ids.length).replace("{names}", names.join(", "));
  });
  return out;
}

/** Every relation at the place of a relation, oldest first: the place's story over time. */
/** What took place in the home city among the rows shown, oldest first (the group mark's list). */
function homeList(payload, rows) {
  return homeGroup(payload, rows).rels.slice().sort(function (a, b) {
    return (a.s || "9999").localeCompare(b.s || "9999");
  });
}

function placeHistory(payload, relationId) {
  const rel = payload.relations.find(function (r) { return r.id === relationId; });
  if (!rel || !rel.p) return rel ? [rel] : [];
  return payload.relations.filter(function (r) { return r.p === rel.p; }).sort(function (a, b) {
    return (a.s || "9999").localeCompare(b.s || "9999");
  });
}

/* ---------- table, downloads, search ---------- */

/** "Erevan, Arménie"; a country alone, or a city-state once ("Cité du Vatican", not twice); a spot with
 * its city ("Palais du Pharo" in its city). */
function placeName(place, lang) {
  const name = pick(place.name, lang);
  const country = pick(place.country, lang);
  if (place.town) return name + ", " + pick(place.town, lang);
  return place.city && name !== country ? name + ", " + country : place.city ? name : country;
}

/** Where a relation happened, in words ("" when it has no place). */
function whereName(payload, rel, lang) {
  const place = payload.places[whereKey(rel)];
  return place ? placeName(place, lang) : "";
}

/** Who a relation is with, in words ("" when no partner place is given). */
function partnerName(payload, rel, lang) {
  const place = payload.places[partnerKey(rel)];
  return place ? placeName(place, lang) : "";
}

/** The rows of the table view: exactly what the map and timeline show, in words. */
function tableRows(payload, state, rows) {
  const lang = state.lang;
  return rows.map(function (rel) {
    return {
      id: rel.id, cat: rel.cat, category: t(payload, lang, "category." + rel.cat), title: pick(rel.t, lang),
      where: whereName(payload, rel, lang), partner: partnerName(payload, rel, lang),
      dates: formatSpan(rel, lang, payload),
      amount: rel.amt ? formatNumber(rel.amt, lang) : "", status: t(payload, lang, "status." + rel.st),
    };
  });
}

function csvCell(value) {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\n\r;]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** The selection as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents). */
function toCSV(payload, state, rows) {
  const lang = state.lang;
  const header = ["id", "category", "title", "where", "partner", "partner_country", "start", "end", "amount_eur",
    "people", "status", "sources", "latitude", "longitude"];
  const lines = [header.join(",")];
  rows.forEach(function (rel) {
    const place = payload.places[whereKey(rel)];  // the point is where it happened
    lines.push([rel.id, rel.cat, pick(rel.t, lang), whereName(payload, rel, lang), partnerName(payload, rel, lang),
      rel.cc || "", rel.s || "", rel.e || "", rel.amt || "", rel.ppl || "", rel.st, (rel.src || []).join(" ; "),
      place ? place.lat : "", place ? place.lon : ""].map(csvCell).join(","));
  });
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

/** The selection as a GeoJSON FeatureCollection (relations without a place are left out). */
function toGeoJSON(payload, state, rows) {
  const lang = state.lang;
  return {
    type: "FeatureCollection",
    features: rows.filter(function (r) { return payload.places[whereKey(r)]; }).map(function (rel) {
      const place = payload.places[whereKey(rel)];
      return {
        type: "Feature", geometry: { type: "Point", coordinates: [place.lon, place.lat] },
        properties: { id: rel.id, category: rel.cat, title: pick(rel.t, lang), description: pick(rel.d, lang),
          where: placeName(place, lang), partner: partnerName(payload, rel, lang) || null,
          country: rel.cc || null, start: rel.s || null, end: rel.e || null,
          amount_eur: rel.amt || null, people: rel.ppl || null, status: rel.st, sources: rel.src || [] },
      };
    }),
  };
}

/** Case-, accent- and punctuation-insensitive form: "Gênes" and "genes" match. The gazetteer folds the
 * same way (dashboard/gazetteer.py normalise; tests/fixtures/folding.json runs on both). */
function fold(text) {
  return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss")
    .replace(/[-'’.`]/g, " ").replace(/\s+/g, " ").trim();
}

/** Places whose name or country, in French or English, starts a word with the query. */
function searchPlaces(payload, query, lang, limit) {
  const wanted = fold(query || "");
  if (wanted.length < 2) return [];
  const found = [];
  Object.keys(payload.places).forEach(function (key) {
    const place = payload.places[key];
    const names = Object.values(place.name).concat(Object.values(place.country)).map(fold);
    if (names.some(function (n) { return n === wanted || n.startsWith(wanted) || n.includes(" " + wanted); })) {
      found.push({ key: key, label: placeName(place, lang), city: place.city });
    }
  });
  found.sort(function (a, b) { return (b.city - a.city) || a.label.localeCompare(b.label); });
  return found.slice(0, limit || 8);
}

export { style, isCountryLayer, rankShades, look, pick, plain, t, tn, shownIn, yearOf, defaultState, parseState, officialFigure, homeList, homePlace, atHome, whereName, partnerName, whereKey, partnerKey, toSearch, visibleRelations, categoryCounts, formatDate, formatNumber, formatSpan, applyPatch, relationAtPlace, placeCount, placeTotal, mapFigure, baseMapFigure, yearMark, timelineFigure, timelineRows, summary, keyFigures, placeHistory, placeName, tableRows, toCSV, toGeoJSON, fold, searchPlaces, mapDescription, timelineDescription, placeList };
