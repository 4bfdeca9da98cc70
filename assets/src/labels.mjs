/* Names on the map: which places are named, by priority (the chosen place first, a story chapter's places
 * next, then by the order of their categories in data/categories.csv — twin cities first — then by how
 * much each holds), and where
 * each name goes so that no two names overlap and no name covers another place's mark. Pure: the page
 * projects the points and draws the names (maplabels.mjs); node tests run it on plain numbers. */
import { isCountryLayer } from "./look.mjs";
import { PLACE_LIMIT, citedPlaces } from "./map.mjs";
import { atHome } from "./places.mjs";
import { GROUP } from "./groups.mjs";
import { pick, tn } from "./text.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

const GAP = 3;  // px between a mark and its name
// Where a name may go around its mark, in order of preference: right, left, above, below.
const SIDES = ["right", "left", "above", "below"];

/** The places the map shows as marks, each once, most important first; the places of a group mark (marks
 * too close to tell apart, groups.mjs) named together at it, "Haïfa, Beyrouth +2", never by one of them.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 * @param {string[][]} [groups] each group mark's places, its anchor first (map.mjs, mapFigure)
 */
function labelCandidates(payload, state, rows, groups) {
  const order = {};
  payload.categories.forEach(function (c, i) { order[c] = i; });
  const chosen = state.sel && payload.relations.find(function (r) { return r.id === state.sel; });
  const byPlace = new Map();
  rows.forEach(function (rel) {
    if (!rel.place || isCountryLayer(payload, rel.category) || atHome(payload, rel)) return;
    const entry = byPlace.get(rel.place) || { key: rel.place, first: Infinity, count: 0 };
    entry.first = Math.min(entry.first, order[rel.category]);
    entry.count += 1;
    byPlace.set(rel.place, entry);
  });
  if (byPlace.size > PLACE_LIMIT) return [];  // the map draws one mark per country then: no place to name
  // a story's chapter names its own places first; on a projector, only them (the rest is faded)
  const cited = citedPlaces(payload, state.hl || []);
  const only = state.theme === "projector" && cited.size > 0;
  const candidates = Array.from(byPlace.values()).filter(function (entry) {
    return !only || cited.has(entry.key) || Boolean(chosen && chosen.place === entry.key);
  }).map(function (entry) {
    const place = payload.places[entry.key];
    // on the map a city is named alone ("Hambourg"), a place that is a country by its country's name
    const name = pick(place.is_city ? place.name : place.country_name, state.lang);
    return { key: entry.key, text: name, lat: place.lat, lon: place.lon,
      chosen: Boolean(chosen && chosen.place === entry.key), cited: cited.has(entry.key), first: entry.first,
      count: entry.count };
  });
  return together(payload, state.lang, candidates, groups || []).sort(function (a, b) {
    return (Number(b.chosen) - Number(a.chosen)) || (Number(b.cited) - Number(a.cited)) || (a.first - b.first)
      || (b.count - a.count)
      || a.text.localeCompare(b.text);
  });
}

/** The candidates with each group's places made one, at the group mark (its key, "@group:" and its places):
 * its two first names and how many more.
 * @param {Payload} payload
 * @param {string} lang
 * @param {Array<{key: string, text: string, lat: number, lon: number, chosen: boolean, cited: boolean, first: number, count: number}>} candidates
 * @param {string[][]} groups
 */
function together(payload, lang, candidates, groups) {
  const byKey = new Map(candidates.map(function (c) { return [c.key, c]; }));
  const merged = new Set();
  const named = groups.map(function (places) {
    const members = places.map(function (key) { return byKey.get(key); }).filter(Boolean);
    if (!members.length) return null;
    members.forEach(function (m) { merged.add(m.key); });
    const anchor = payload.places[places[0]];
    return { key: GROUP + places.join(","), text: fewNames(payload, lang, members.map(function (m) { return m.text; }), places.length),
      lat: anchor.lat, lon: anchor.lon, chosen: members.some(function (m) { return m.chosen; }),
      cited: members.some(function (m) { return m.cited; }),
      first: Math.min.apply(null, members.map(function (m) { return m.first; })),
      count: members.reduce(function (n, m) { return n + m.count; }, 0) };
  }).filter(Boolean);
  return candidates.filter(function (c) { return !merged.has(c.key); }).concat(named);
}

/** Two names and how many more: "Haïfa, Beyrouth +2" (a group mark, what lies beyond the frame's edge).
 * @param {Payload} payload
 * @param {string} lang
 * @param {string[]} names
 * @param {number} [count] how many they stand for (names.length when all are named)
 */
function fewNames(payload, lang, names, count) {
  const total = count === undefined ? names.length : count;
  return names.slice(0, 2).join(", ") + (total > 2 ? tn(payload, lang, "group.more", total - 2) : "");
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function coversMark(box, mark) {
  const nearestX = Math.max(box.x, Math.min(mark.x, box.x + box.w));
  const nearestY = Math.max(box.y, Math.min(mark.y, box.y + box.h));
  return (mark.x - nearestX) ** 2 + (mark.y - nearestY) ** 2 < mark.r ** 2;
}

/** The box of a name on one side of its mark (x, y the mark's centre, r its radius). */
function sideBox(side, x, y, r, w, h) {
  if (side === "right") return { x: x + r + GAP, y: y - h / 2, w: w, h: h };
  if (side === "left") return { x: x - r - GAP - w, y: y - h / 2, w: w, h: h };
  if (side === "above") return { x: x - w / 2, y: y - r - GAP - h, w: w, h: h };
  return { x: x - w / 2, y: y + r + GAP, w: w, h: h };
}

/**
 * Place names greedily, in the candidates' order: each on the first side where it stays inside the frame,
 * overlaps no name placed before and covers no mark but its own. The chosen place is always named (on its
 * best side, even if crowded); the others until `most` names or the frame's share of names is reached.
 * @param {Array<{key: string, text: string, lat: number, lon: number, chosen: boolean}>} candidates
 * @param {(lon: number, lat: number) => number[] | null} project a point's pixel position, null when off the map
 * @param {Array<{x: number, y: number, r: number, key?: string}>} marks every mark drawn (keys: the places')
 * @param {(text: string) => number} measure a name's width in px
 * @param {{width: number, height: number, lineHeight: number, most: number}} frame
 * @param {Array<{x: number, y: number, w: number, h: number}>} [taken] boxes already used (the home city's name)
 */
function placeLabels(candidates, project, marks, measure, frame, taken) {
  const placed = [];
  const boxes = (taken || []).slice();
  for (const candidate of candidates) {
    if (placed.length >= frame.most && !candidate.chosen) break;
    const point = project(candidate.lon, candidate.lat);
    if (!point) continue;
    // its own marks: the place's, and a ring around it (a chapter's, the selection): the name goes outside
    const keyed = marks.find(function (m) { return m.key === candidate.key; }) || { x: point[0], y: point[1], r: 4 };
    const here = marks.filter(function (m) {
      return m.key === candidate.key || Math.hypot(m.x - keyed.x, m.y - keyed.y) < 1.5;
    });
    const own = { x: keyed.x, y: keyed.y, r: Math.max.apply(null, [keyed.r].concat(here.map(function (m) { return m.r; }))) };
    const w = measure(candidate.text);
    const h = frame.lineHeight;
    let chosen = null;
    for (const side of SIDES) {
      const box = sideBox(side, own.x, own.y, own.r, w, h);
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.w <= frame.width && box.y + box.h <= frame.height;
      if (!inside) continue;
      if (boxes.some(function (b) { return overlaps(b, box); })) continue;
      if (marks.some(function (m) { return !here.includes(m) && coversMark(box, m); })) continue;
      chosen = { side: side, box: box };
      break;
    }
    if (!chosen && candidate.chosen) chosen = { side: "right", box: sideBox("right", own.x, own.y, own.r, w, h) };
    if (!chosen) continue;
    boxes.push(chosen.box);
    placed.push({ key: candidate.key, text: candidate.text, side: chosen.side, x: chosen.box.x, y: chosen.box.y,
      w: w, h: h, chosen: candidate.chosen });
  }
  return placed;
}

export { labelCandidates, placeLabels, fewNames };
