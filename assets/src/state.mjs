/* The explorer's state and its changes: every patch from a control, a click or a search is checked and
 * clamped as a permalink is (url.mjs), so no input puts the view where a link could not. */
import { homePlace, placeKeys } from "./places.mjs";
import { visibleRelations } from "./rules.mjs";
import { useLanguages } from "./text.mjs";
import { clamp } from "./util.mjs";
/** @typedef {import("./payload").Payload} Payload */

/**
 * What the view shows; everything but focus, hl, bounds, cover and theme is in the address (url.mjs).
 * @typedef {object} State
 * @property {number} year
 * @property {"inforce" | "happened"} mode
 * @property {string[]} cats the categories shown, in the payload's order
 * @property {string} region a continent code or a UN sub-region, "" for all
 * @property {string} view a named view's id (data/atlas.toml), "" for the one the map opens on
 * @property {string} sel the chosen relation's id, or ""
 * @property {string} at "home" when the home city's list is open, else ""
 * @property {string[]} [group] the places of a group mark whose list is open (not in the address: groups
 *   depend on the zoom)
 * @property {string} lang
 * @property {string} [focus] a place to centre the map on, once
 * @property {string[]} [hl] relations a story's chapter rings
 * @property {string} [theme] "projector" in a presentation
 * @property {{west: number, east: number, south: number, north: number}} [bounds] a story chapter's frame
 *   around the places it cites
 * @property {number} [cover] the share of the map's width a story's card covers, on its left
 * @property {number} [from] with year, a span of years shown at once (a still chapter that plays a range:
 *   its handout shows every year it plays)
 */

/**
 * A partial change from a control, a click or a search; reset: back to the default view.
 * @typedef {Partial<State> & { reset?: boolean, place?: string, reveal?: boolean, transient?: boolean }} Patch
 */

const MODES = ["inforce", "happened"];

const REGIONS = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"];

/**
 * @param {Payload} payload
 * @returns {State}
 */
function defaultState(payload) {
  return {
    year: payload.years[1], mode: "inforce", cats: payload.categories.slice(), region: "", view: "", sel: "", at: "",
    lang: useLanguages(payload),
  };
}

/** The relation a click or a search result on a place opens: the first one drawn there and shown, else
 * the first drawn there, else the first with that partner (a country searched for its name).
 * @param {Payload} payload
 * @param {State} state
 * @param {string} placeKey
 */
function relationAtPlace(payload, state, placeKey) {
  const drawn = function (r) { return r.place === placeKey; };
  const touching = function (r) { return placeKeys(r).includes(placeKey); };
  const visible = visibleRelations(payload, state);
  const chosen = visible.find(drawn) || payload.relations.find(drawn) || visible.find(touching)
    || payload.relations.find(touching);
  return chosen ? chosen.id : "";
}

/** The change that opens a relation's details and puts it on the map: its year when the view's year does
 * not show it, its category when unchecked, every region when the chosen one leaves it out (a search
 * result from another time must not open on an empty map).
 * @param {Payload} payload
 * @param {State} state
 * @param {string} id
 * @returns {Patch}
 */
function revealPatch(payload, state, id) {
  const rel = payload.relations.find(function (r) { return r.id === id; });
  /** @type {Patch} */
  const patch = { sel: id, reveal: true };
  if (!rel) return patch;
  /** @param {State} s */
  const shows = function (s) { return visibleRelations(payload, s).some(function (r) { return r.id === id; }); };
  if (shows(state)) return patch;
  if (!state.cats.includes(rel.category)) patch.cats = state.cats.concat([rel.category]);
  if (state.region) patch.region = "";
  const year = rel.start ? parseInt(rel.start.slice(0, 4), 10) : NaN;
  if (Number.isFinite(year) && !shows(applyPatch(payload, state, patch))) patch.year = year;
  return patch;
}

/** The next state after a partial change from a control, a click or a search; values are checked and
 * clamped as in parseState, so no input can put the view in a state a permalink could not.
 * @param {Payload} payload
 * @param {State} state
 * @param {Patch} patch
 * @returns {State}
 */
function applyPatch(payload, state, patch) {
  if (patch.reset) return Object.assign(defaultState(payload), { lang: state.lang });
  const next = Object.assign({}, state);
  delete next.focus;
  if ("sel" in patch || "at" in patch || patch.place || Array.isArray(patch.group)) delete next.group;
  if (Array.isArray(patch.group)) {  // a group mark's list: what its places hold
    const places = patch.group.filter(function (key) { return Boolean(payload.places[key]); });
    if (places.length) Object.assign(next, { group: places, sel: "", at: "" });
  }
  if ("year" in patch && Number.isFinite(patch.year)) {
    next.year = clamp(Math.round(patch.year), payload.years[0], payload.years[1]);
  }
  if ("mode" in patch) next.mode = patch.mode === "happened" ? "happened" : "inforce";
  if (Array.isArray(patch.cats)) {
    next.cats = payload.categories.filter(function (c) { return patch.cats.includes(c); });
  }
  if ("region" in patch) {
    next.region = validRegion(payload, patch.region) ? patch.region : "";
    next.view = "";  // a region chosen frames the region
  }
  if ("view" in patch) next.view = validView(payload, patch.view) ? patch.view : "";
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

/** The id of a named view other than the opening one (that one is the default, written as "").
 * @param {Payload} payload
 * @param {string} value
 */
function validView(payload, value) {
  return (payload.views || []).slice(1).some(function (view) { return view.id === value; });
}

/** A continent code ("EU") or a UN sub-region the data has places in ("southern-europe").
 * @param {Payload} payload
 * @param {string} value
 */
function validRegion(payload, value) {
  if (REGIONS.includes(value)) return true;
  return (payload.regions || []).some(function (r) { return r.subs.includes(value); });
}

/* ---------- filtering ---------- */

/* When a relation is on the map. dashboard/visibility.py holds the same rule for the story check; both
 * run the cases of tests/fixtures/visibility.json. */

export { MODES, defaultState, relationAtPlace, applyPatch, revealPatch, validRegion, validView };
