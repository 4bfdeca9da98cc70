/* The explorer's controls as plain, native HTML form elements (labels, fieldsets, a range input),
 * built once into a container and then only updated. No Dash: the app and the offline package share it. */
import { el, glyph } from "./dom.mjs";
import { createHistogram } from "./histogram.mjs";
import { ID } from "./ids.mjs";
import { searchControl } from "./searchbox.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

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

/** Controls into a sheet, in place of the ones built before (a language switch), after its close button
 * and before what else it holds (the map's legend, moved there on a compact screen: sheets.mjs).
 * @param {HTMLElement} sheet
 * @param {HTMLElement[]} blocks
 */
function fillSheet(sheet, blocks) {
  sheet.querySelectorAll(":scope > [data-control]").forEach(function (old) { old.remove(); });
  const close = sheet.querySelector(":scope > .sheet-close");
  blocks.slice().reverse().forEach(function (block) {
    if (close) close.after(block);
    else sheet.prepend(block);
  });
}

/** Build the controls into their boxes: the search into its sheet, the year and play into the bar (under
 * the map on a compact screen), the mode, categories, region and reset into the filters' sheet; every
 * change calls onChange with a partial state.
 * @param {{ bar: HTMLElement, search: HTMLElement, filters: HTMLElement }} boxes
 * @param {Payload} payload
 * @param {string} lang
 * @param {() => State} currentState
 */
function mount(boxes, core, payload, lang, onChange, currentState) {
  const T = function (key) { return core.t(payload, lang, key); };
  const first = String(payload.years[0]);
  const last = String(payload.years[1]);
  const slider = el("input", { type: "range", id: ID.year_slider, class: "year-slider", min: first, max: last, step: "1", value: last });
  const number = el("input", { type: "number", id: ID.year_input, class: "year-input", min: first, max: last, step: "1", value: last,
    inputmode: "numeric" });
  const step = function (id, text, label, by) {
    const button = el("button", { type: "button", id: id, class: "year-step-button", "aria-label": label, title: label, text: text });
    button.addEventListener("click", function () { onChange({ year: currentState().year + by }); });
    return button;
  };
  const histogram = createHistogram(core, payload, lang, onChange);
  histograms.set(boxes.bar, histogram);
  const year = el("div", { class: "control year" }, [
    el("label", { for: ID.year_slider, class: "year-label", text: T("explorer.year") }), histogram.node, slider,
    el("div", { class: "year-step" }, [step(ID.year_previous, "‹", T("explorer.year_previous"), -1),
      el("label", { for: ID.year_input, class: "visually-hidden", text: T("explorer.year_number") }), number,
      step(ID.year_next, "›", T("explorer.year_next"), 1)]),
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
  const search = searchControl(core, payload, lang, T, onChange, currentState);
  const blocks = { search: search, year: year, play: play, mode: modes, categories: cats, region: regions, reset: reset };
  Object.keys(blocks).forEach(function (name) { blocks[name].setAttribute("data-control", name); });
  fillSheet(boxes.search, [search]);
  boxes.bar.replaceChildren(year, play);
  fillSheet(boxes.filters, [modes, cats, regions, reset]);

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

/** Play / pause through the years, with a speed choice; it never starts by itself.
 * @param {Payload} payload
 */
function playControls(core, T, payload, onChange) {
  const opensOn = core.look(payload).timeline.opensOn;
  const button = el("button", { type: "button", id: ID.play, class: "play", "aria-pressed": "false" }, [
    el("span", { class: "play-icon", "aria-hidden": "true", text: "▶" }), el("span", { class: "play-text", text: T("explorer.play") })]);
  /** @param {boolean} playing */
  function say(playing) {
    button.setAttribute("aria-pressed", String(playing));
    button.querySelector(".play-icon").textContent = playing ? "❚❚" : "▶";
    button.querySelector(".play-text").textContent = T(playing ? "explorer.pause" : "explorer.play");
  }
  const speed = el("select", { id: ID.play_speed }, [["slow", 1600], ["normal", 900], ["fast", 400]].map(function (s) {
    const option = el("option", { value: String(s[1]), text: T("speed." + s[0]) });
    if (s[0] === "normal") option.selected = true;
    return option;
  }));
  let timer = null;
  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    say(false);
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
    say(true);
  });
  speed.addEventListener("change", function () {
    if (timer) { clearInterval(timer); timer = setInterval(step, parseInt(speed.value, 10)); }
  });
  return el("div", { class: "control play-controls" }, [button,
    el("label", { for: ID.play_speed, text: T("explorer.speed") }), speed]);
}

/** Show a state in the controls (values, checks, live counts) without rebuilding them.
 * @param {{ bar: HTMLElement, search: HTMLElement, filters: HTMLElement }} boxes
 * @param {Payload} payload
 * @param {State} state
 */
function update(boxes, core, payload, state) {
  /** @param {string} id */
  const field = function (id) { return /** @type {HTMLInputElement | null} */ (document.getElementById(id)); };
  /** @param {string} id */
  const inputs = function (id) { return document.querySelectorAll(/** @type {"input"} */ ("#" + id + " input")); };
  const slider = field(ID.year_slider);
  if (!slider) return;
  const year = String(state.year);
  if (slider.value !== year) slider.value = year;
  slider.setAttribute("aria-valuetext", year);
  const number = field(ID.year_input);
  if (number.value !== year) number.value = year;  // typing fires "change" only on Enter or leaving
  inputs(ID.mode).forEach(function (i) { i.checked = i.value === state.mode; });
  const region = field(ID.region_select);
  if (region.value !== state.region) region.value = state.region;
  inputs(ID.categories).forEach(function (i) { i.checked = state.cats.includes(i.value); });
  if (histograms.has(boxes.bar)) histograms.get(boxes.bar).update(state);
  field(ID.year_previous).disabled = state.year <= payload.years[0];
  field(ID.year_next).disabled = state.year >= payload.years[1];
  const counts = core.categoryCounts(payload, state);
  // a one-off category in the "in force" mode: its 0 this year beside its count in all years
  const totals = state.mode === "happened" ? {} : core.categoryTotals(payload, state);
  boxes.filters.querySelectorAll("[data-count]").forEach(function (span) {
    const cat = span.getAttribute("data-count") || "";
    const count = core.formatNumber(counts[cat], state.lang);
    span.textContent = totals[cat] ? core.t(payload, state.lang, "filters.count_all").replace("{count}", count)
      .replace("{total}", core.formatNumber(totals[cat].count, state.lang)) : "(" + count + ")";
  });
}

export { mount, update };
