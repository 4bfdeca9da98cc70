/* The explorer's controls as plain, native HTML form elements (labels, fieldsets, a range input),
 * built once into a container and then only updated. No Dash: the app and the offline package share it. */
import { el, glyph } from "./dom.mjs";
import { createHistogram } from "./histogram.mjs";
import { ID } from "./ids.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

const root = globalThis;
const histograms = new WeakMap();  // each container's year histogram, updated with the state


/**
 * @param {string} value
 */
function choice(type, name, value, labelChildren) {
  const id = name + "-" + value;
  return el("div", { class: "choice" }, [
    el("input", { type: type, name: name, id: id, value: value }),
    el("label", { for: id }, labelChildren),
  ]);
}

function fieldset(legend, choices, id) {
  return el("fieldset", { class: "control", id: id }, [el("legend", { text: legend })].concat(choices));
}

/** Build the controls into `container`; every change calls onChange with a partial state.
 * @param {Payload} payload
 * @param {string} lang
 */
function mount(container, core, payload, lang, onChange) {
  const T = function (key) { return core.t(payload, lang, key); };
  const first = String(payload.years[0]);
  const last = String(payload.years[1]);
  const slider = el("input", { type: "range", id: ID.year_slider, class: "year-slider", min: first, max: last, step: "1", value: last });
  const number = el("input", { type: "number", id: ID.year_input, class: "year-input", min: first, max: last, step: "1", value: last,
    inputmode: "numeric" });
  const histogram = createHistogram(core, payload, lang, onChange);
  histograms.set(container, histogram);
  const year = el("div", { class: "control year" }, [
    el("label", { for: ID.year_slider, text: T("explorer.year") }), histogram.node, slider,
    el("label", { for: ID.year_input, class: "visually-hidden", text: T("explorer.year_number") }), number,
  ]);
  const modes = fieldset(T("explorer.mode"), ["inforce", "happened"].map(function (m) {
    return choice("radio", ID.mode, m, [T("mode." + m)]);
  }), ID.mode);
  const cats = fieldset(T("explorer.categories"), payload.categories.map(function (c) {
    return choice("checkbox", ID.categories, c, [glyph(payload, c), " " + T("category." + c) + " ",
      el("span", { class: "count", "data-count": c })]);
  }), ID.categories);
  const regions = regionControl(payload, T);
  const reset = el("button", { type: "button", id: ID.reset, class: "reset", text: T("explorer.reset") });
  const play = playControls(core, T, payload, onChange);
  const search = searchControl(core, payload, lang, T, onChange);
  // On a phone the filters fold away (native <details>), so the map comes first on screen.
  const blocks = { search: search, year: year, play: play, mode: modes, categories: cats, region: regions, reset: reset };
  Object.keys(blocks).forEach(function (name) { blocks[name].setAttribute("data-control", name); });
  const panel = el("details", { class: "controls-panel", open: true }, [
    el("summary", { text: T("explorer.controls") }), search, year, play, modes, cats, regions, reset,
  ]);
  if (root.matchMedia && root.matchMedia("(max-width: 700px)").matches) panel.open = false;
  container.replaceChildren(panel);

  slider.addEventListener("input", function () { onChange({ year: parseInt(slider.value, 10) }); });
  number.addEventListener("change", function () {
    const value = parseInt(number.value, 10);
    if (Number.isFinite(value)) onChange({ year: value });
  });
  modes.addEventListener("change", function (e) { onChange({ mode: e.target.value }); });
  regions.addEventListener("change", function (e) { onChange({ region: e.target.value }); });
  cats.addEventListener("change", function () {
    const checked = Array.from(cats.querySelectorAll("input:checked")).map(function (i) { return i.value; });
    onChange({ cats: checked });
  });
  reset.addEventListener("click", function () { onChange({ reset: true }); });
}

/** Continents and their UN sub-regions, where the data has places, in one native select.
 * @param {Payload} payload
 */
function regionControl(payload, T) {
  const options = [el("option", { value: "", text: T("region.all") })];
  (payload.regions || []).forEach(function (region) {
    const name = T("region." + region.key);
    options.push(el("optgroup", { label: name }, [
      el("option", { value: region.key, text: T("region.whole").replace("{name}", name) }),
    ].concat(region.subs.map(function (sub) {
      return el("option", { value: sub, text: T("subregion." + sub) });
    }))));
  });
  return el("div", { class: "control region" }, [
    el("label", { for: ID.region_select, text: T("explorer.region") }),
    el("select", { id: ID.region_select }, options),
  ]);
}

/** A search box on cities and countries in both languages; a result selects the place.
 * @param {Payload} payload
 * @param {string} lang
 */
function searchControl(core, payload, lang, T, onChange) {
  const input = el("input", { type: "search", id: ID.place_search, autocomplete: "off",
    "aria-describedby": ID.search_status, "aria-controls": ID.search_results });
  const results = el("ul", { id: ID.search_results, class: "search-results" });
  const status = el("p", { id: ID.search_status, class: "visually-hidden", role: "status" });
  input.addEventListener("input", function () {
    const found = core.searchPlaces(payload, input.value, lang);
    results.replaceChildren.apply(results, found.map(function (place) {
      const button = el("button", { type: "button", "data-place": place.key, text: place.label });
      button.addEventListener("click", function () {
        onChange({ place: place.key, reveal: true });
        input.value = place.label;
        results.replaceChildren();
      });
      return el("li", {}, [button]);
    }));
    status.textContent = input.value.length < 2 ? ""
      : found.length ? core.tn(payload, lang, "explorer.results", found.length) : T("explorer.no_result");
  });
  return el("div", { class: "control search", role: "search" }, [
    el("label", { for: ID.place_search, text: T("explorer.search") }), input, results, status,
  ]);
}

/** Play / pause through the years, with a speed choice; it never starts by itself.
 * @param {Payload} payload
 */
function playControls(core, T, payload, onChange) {
  const opensOn = core.look(payload).timeline.opensOn;
  const button = el("button", { type: "button", id: ID.play, class: "play", "aria-pressed": "false",
    text: T("explorer.play") });
  const speed = el("select", { id: ID.play_speed }, [["slow", 1600], ["normal", 900], ["fast", 400]].map(function (s) {
    const option = el("option", { value: String(s[1]), text: T("speed." + s[0]) });
    if (s[0] === "normal") option.selected = true;
    return option;
  }));
  let timer = null;
  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    button.setAttribute("aria-pressed", "false");
    button.textContent = T("explorer.play");
  }
  function step() {
    const slider = /** @type {HTMLInputElement} */ (document.getElementById(ID.year_slider));
    const year = parseInt(slider.value, 10);
    if (year >= payload.years[1]) return stop();
    onChange({ year: year + 1, transient: true });  // playing makes no history entries
  }
  button.addEventListener("click", function () {
    if (timer) return stop();
    const slider = /** @type {HTMLInputElement} */ (document.getElementById(ID.year_slider));
    // from the end, playing starts again where the timeline opens (dashboard/figures.py)
    if (parseInt(slider.value, 10) >= payload.years[1]) onChange({ year: Math.max(payload.years[0], opensOn) });
    timer = setInterval(step, parseInt(speed.value, 10));
    button.setAttribute("aria-pressed", "true");
    button.textContent = T("explorer.pause");
  });
  speed.addEventListener("change", function () {
    if (timer) { clearInterval(timer); timer = setInterval(step, parseInt(speed.value, 10)); }
  });
  return el("div", { class: "control play-controls" }, [button,
    el("label", { for: ID.play_speed, text: T("explorer.speed") }), speed]);
}

/** Show a state in the controls (values, checks, live counts) without rebuilding them.
 * @param {Payload} payload
 * @param {State} state
 */
function update(container, core, payload, state) {
  const slider = container.querySelector("#" + ID.year_slider);
  if (!slider) return;
  const year = String(state.year);
  if (slider.value !== year) slider.value = year;
  slider.setAttribute("aria-valuetext", year);
  const number = container.querySelector("#" + ID.year_input);
  if (number.value !== year) number.value = year;  // typing fires "change" only on Enter or leaving
  container.querySelectorAll("#" + ID.mode + " input").forEach(function (i) { i.checked = i.value === state.mode; });
  const region = container.querySelector("#" + ID.region_select);
  if (region.value !== state.region) region.value = state.region;
  container.querySelectorAll("#" + ID.categories + " input").forEach(function (i) { i.checked = state.cats.includes(i.value); });
  if (histograms.has(container)) histograms.get(container).update(state);
  const counts = core.categoryCounts(payload, state);
  container.querySelectorAll("[data-count]").forEach(function (span) {
    span.textContent = "(" + core.formatNumber(counts[span.getAttribute("data-count")], state.lang) + ")";
  });
}

export { mount, update };
