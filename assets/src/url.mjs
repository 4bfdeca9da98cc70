/* The address: one module reads and writes every parameter a link can carry (the view's state, a story
 * and its chapter, the embed options), so a published link keeps opening the same view. A renamed
 * parameter or value is a line of MIGRATIONS, applied before anything is read (old permalinks are
 * migrated, never broken, as Our World in Data's grapher does). */
import { homePlace } from "./places.mjs";
import { MODES, defaultState, validRegion, validView } from "./state.mjs";
import { clamp } from "./util.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

/** Renamed parameters, oldest first: { from, to }, and optionally the values renamed with them. An old
 * name is read only when the new one is absent, so a link that carries both reads the new. */
const MIGRATIONS = [
  { from: "cats", to: "cat" },  // the categories' parameter, as hand-written links sometimes name it
];

/** Renamed values of a parameter ({ cat: { old_id: "new_id" } }): a category renamed in
 * data/categories.csv lists its old id here, and links made before keep choosing it. */
const VALUE_RENAMES = { cat: {} };

const EMBED_CONTROLS = ["search", "year", "play", "mode", "categories", "region", "reset"];

/** The parameters of a query string after every migration.
 * @param {string} search
 */
function migrated(search) {
  const params = new URLSearchParams(typeof search === "string" ? search : "");
  MIGRATIONS.forEach(function (step) {
    if (params.has(step.from) && !params.has(step.to)) params.set(step.to, params.get(step.from));
    params.delete(step.from);
  });
  Object.keys(VALUE_RENAMES).forEach(function (name) {
    const renames = VALUE_RENAMES[name];
    if (!params.has(name)) return;
    params.set(name, params.get(name).split(",").map(function (v) { return renames[v] || v; }).join(","));
  });
  return params;
}

/** Read a query string; anything unknown or malformed falls back to the default, years are clamped.
 * @param {string} search
 * @param {Payload} payload
 * @returns {State}
 */
function parseState(search, payload) {
  const state = defaultState(payload);
  const params = migrated(search);
  const year = parseInt(params.get("year"), 10);
  if (Number.isFinite(year)) {
    state.year = clamp(year, payload.years[0], payload.years[1]);
  }
  const mode = params.get("mode");
  if (MODES.includes(mode)) state.mode = /** @type {State["mode"]} */ (mode);
  if (params.has("cat")) {
    const wanted = params.get("cat").split(",");
    state.cats = payload.categories.filter(function (c) { return wanted.includes(c); });
  }
  if (validRegion(payload, params.get("region"))) {
    state.region = params.get("region");
  }
  if (validView(payload, params.get("view"))) {
    state.view = params.get("view");
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

/** The query string of a state: year and lang always, the rest when not the default.
 * @param {State} state
 * @param {Payload} payload
 */
function toSearch(state, payload) {
  const params = new URLSearchParams();
  params.set("year", String(state.year));
  if (state.mode !== "inforce") params.set("mode", state.mode);
  if (state.cats.length !== payload.categories.length) params.set("cat", state.cats.join(","));
  if (state.region) params.set("region", state.region);
  if (state.view) params.set("view", state.view);
  if (state.sel) params.set("sel", state.sel);
  else if (state.at) params.set("at", state.at);
  params.set("lang", state.lang);
  return "?" + params.toString();
}

/** ?embed=1[&controls=year,categories|none]: the map with little around it, for a frame in another
 * site; which controls show is the embedder's choice (default: the year). Null when not embedded.
 * @param {string} search
 */
function embedOptions(search) {
  const params = migrated(search);
  if (params.get("embed") !== "1") return null;
  const asked = (params.get("controls") || "year").split(",");
  const chosen = EMBED_CONTROLS.filter(function (c) { return asked.includes(c); });
  return { controls: chosen, suffix: "&embed=1" + (params.has("controls") ? "&controls=" + chosen.join(",") : "") };
}

/** ?still=1: no animation at all (screenshots, print, readers who asked for it).
 * @param {string} search
 */
function isStill(search) {
  return migrated(search).get("still") === "1";
}

// The parameters that leave the page on its opening view (dashboard/opening.py, OPENING_PARAMETERS: the
// server sends the opening view's words and picture only then; the offline package always has them).
const OPENING = ["lang", "embed", "controls", "still"];

/** Whether an address opens on the view the page's own picture shows.
 * @param {string} search
 */
function opensOnDefault(search) {
  return Array.from(new URLSearchParams(search).keys()).every(function (key) { return OPENING.includes(key); });
}

/** &presenter=1: a story's presenter console (notes, what comes next, the time), in step with the room's.
 * @param {string} search
 */
function isPresenter(search) {
  return migrated(search).get("presenter") === "1";
}

/** Which story and chapter an address asks for, or null when it asks for none we have.
 * @param {string} search
 * @param {Payload} payload
 */
function requestedStory(search, payload) {
  const params = migrated(search);
  const story = params.get("story");
  const chapters = story && payload.stories && Object.prototype.hasOwnProperty.call(payload.stories, story)
    && payload.stories[story];
  if (!chapters || !chapters.length) return null;
  const n = parseInt(params.get("chapter"), 10);
  const index = Number.isFinite(n) ? Math.min(chapters.length, Math.max(1, n)) - 1 : 0;
  return { story: story, chapters: chapters, index: index };
}

/** The query string of a story's chapter (index from 0, chapter numbers from 1).
 * @param {string} lang
 */
function storySearch(story, index, lang) {
  return "?" + new URLSearchParams({ story: story, chapter: String(index + 1), lang: lang }).toString();
}

export { opensOnDefault, isPresenter, parseState, toSearch, embedOptions, isStill, requestedStory, storySearch, MIGRATIONS };
