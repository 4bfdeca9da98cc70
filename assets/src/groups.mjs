/* No mark hidden under another: marks that would overlap at the current zoom become one group mark with
 * their count, which opens to its list. Where marks fall depends on the zoom, so this is the browser's
 * part; what a group holds and says is the core's (map.mjs draws it, the details list it). */
import { filled, grown, look } from "./look.mjs";
import { placeName } from "./places.mjs";
import { formatNumber, plain, tn } from "./text.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

/** The groups of marks that overlap, in pixels: each mark joins the first group it touches (marks come
 * in their priority order, so the most important one anchors its group), then groups that grew into each
 * other merge, until none overlaps. Marks are { key, x, y, r }; radius(n) is a group mark's radius.
 * @template {{ key: string, x: number, y: number, r: number }} M
 * @param {M[]} marks
 * @param {(count: number) => number} radius
 * @returns {{ x: number, y: number, r: number, members: M[] }[]} the groups of two marks or more
 */
function overlapping(marks, radius) {
  /** @type {{ x: number, y: number, r: number, members: M[] }[]} */
  let groups = [];
  const touches = function (a, b) { return Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r; };
  marks.forEach(function (mark) {
    const near = groups.find(function (group) { return touches(group, mark); });
    if (!near) {
      groups.push({ x: mark.x, y: mark.y, r: mark.r, members: [mark] });
      return;
    }
    near.members.push(mark);
    near.r = Math.max(near.r, radius(near.members.length));
  });
  for (let merged = true, rounds = 0; merged && rounds < marks.length; rounds += 1) {
    merged = false;
    for (let i = 0; i < groups.length && !merged; i += 1) {
      for (let j = i + 1; j < groups.length && !merged; j += 1) {
        if (!touches(groups[i], groups[j])) continue;
        const members = groups[i].members.concat(groups[j].members);
        groups[i] = { x: groups[i].x, y: groups[i].y, r: Math.max(groups[i].r, radius(members.length)), members: members };
        groups = groups.slice(0, j).concat(groups.slice(j + 1));
        merged = true;
      }
    }
  }
  return groups.filter(function (group) { return group.members.length > 1; });
}

/** What a group mark names in a click: "@group:" and its places' keys. */
const GROUP = "@group:";

/** The places a click names when it is on a group mark, else null.
 * @param {string} what
 */
function groupPlaces(what) {
  return what.indexOf(GROUP) === 0 ? what.slice(GROUP.length).split(",").filter(Boolean) : null;
}

/** The marks that would overlap at the view's current zoom, in groups (each with its places' keys, in
 * order, each once); a place's marks of several categories are first set side by side (their lon and lat
 * moved to where that puts them). project(lon, lat) gives a point's pixels, or null off the map, and
 * project.invert(x, y) the way back.
 * @param {Payload} payload
 * @param {State} state
 */
function groupMarks(payload, state, marks, project) {
  const sizes = look(payload, state).map.sizes;
  const points = [];
  const atPlace = new Map();  // a place with marks of several categories shows them side by side
  marks.forEach(function (mark) { atPlace.set(mark.place, (atPlace.get(mark.place) || []).concat([mark])); });
  atPlace.forEach(function (here, key) {
    const place = payload.places[key];
    const at = project(place.lon, place.lat);
    if (!at) return;
    const width = here.reduce(function (w, m) { return w + m.size + 2; }, 0);
    let x = at[0] - width / 2;
    here.forEach(function (mark) {
      const point = { key: key, x: x + mark.size / 2 + 1, y: at[1], r: mark.size / 2 + 1, mark: mark };
      x += mark.size + 2;
      const lonLat = here.length > 1 && project.invert ? project.invert(point.x, point.y) : null;
      if (lonLat) Object.assign(mark, { lon: lonLat[0], lat: lonLat[1] });
      else point.x = at[0];
      points.push(point);
    });
  });
  return overlapping(points, function (n) { return grown(sizes.group, n) / 2 + 1; }).map(function (group) {
    const places = [];
    group.members.forEach(function (m) { if (!places.includes(m.key)) places.push(m.key); });
    return { members: group.members, places: places, rels: group.members.reduce(function (n, m) { return n + m.mark.rels.length; }, 0) };
  });
}

/** One mark per group, at its first (most important) place, with its count of places; a click opens its list.
 * @param {Payload} payload
 * @param {State} state
 */
function groupTrace(payload, state, together) {
  const lang = state.lang;
  const map = look(payload, state).map;
  const trace = filled(map.traces.group, { lat: [], lon: [], text: [], customdata: [], hovertext: [], marker: { size: [] } });
  together.forEach(function (group) {
    const first = payload.places[group.places[0]];
    const names = group.places.map(function (key) { return plain(placeName(payload.places[key], lang)); });
    const count = group.places.length > 1 ? group.places.length : group.members.length;
    trace.lat.push(first.lat);
    trace.lon.push(first.lon);
    trace.text.push(formatNumber(count, lang));
    trace.customdata.push(GROUP + group.places.join(","));
    trace.hovertext.push("<b>" + names.slice(0, 6).join(", ") + (names.length > 6 ? "…" : "") + "</b><br>"
      + tn(payload, lang, "group.hover", group.rels));
    trace.marker.size.push(grown(map.sizes.group, group.members.length));
  });
  return trace;
}

export { overlapping, GROUP, groupPlaces, groupMarks, groupTrace };
