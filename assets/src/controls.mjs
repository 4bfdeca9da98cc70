/* The explorer's controls as plain, native HTML form elements (labels, fieldsets, a range input),
 * built once into a container and then only updated. No Dash: the app and the offline package share it. */
import { el, glyph } from "./dom.mjs";

const root = globalThis;


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

/** Build the controls into `container`; every change calls onChange with a partial state. */
function mount(container, core, payload, lang, onChange) {
  const T = function (key) { return core.t(payload, lang, key); };
  const first = String(payload.years[0]);
  const last = String(payload.years[1]);
  const slider = el("input", { type: "range", id: "year-slider", min: first, max: last, step: "1", value: last });
  const number = el("input", { type: "number", id: "year-input", min: first, max: last, step: "1", value: last,
    inputmode: "numeric" });
  const year = el("div", { class: "control year" }, [
    el("label", { for: "year-slider", text: T("explorer.year") }), slider,
    el("label", { for: "year-input", class: "visually-hidden", text: T("explorer.year_number") }), number,
  ]);
  const modes = fieldset(T("explorer.mode"), ["inforce", "happened"].map(function (m) {
    return choice("radio", "mode", m, [T("mode." + m)]);
  }), "mode");
  const cats = fieldset(T("explorer.categories"), payload.categories.map(function (c) {
    return choice("checkbox", "categories", c, [glyph(payload, c), " " + T("category." + c) + " ",
      el("span", { class: "count", "data-count": c })]);
  }), "categories");
  const regions = regionControl(payload, T);
  const reset = el("button", { type: "button", id: "reset", class: "reset", text: T("explorer.reset") });
  const play = playControls(T, payload, onChange);
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

/** Continents and their UN sub-regions, where the data has places, in one native select. */
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
    el("label", { for: "region-select", text: T("explorer.region") }),
    el("select", { id: "region-select" }, options),
  ]);
}

/** A search box on cities and countries in both languages; a result selects the place. */
function searchControl(core, payload, lang, T, onChange) {
  const input = el("input", { type: "search", id: "place-search", autocomplete: "off",
    "aria-describedby": "search-status", "aria-controls": "search-results" });
  const results = el("ul", { id: "search-results", class: "search-results" });
  const status = el("p", { id: "search-status", class: "visually-hidden", role: "status" });
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
      : found.length === 1 ? T("explorer.result_one")
        : found.length ? T("explorer.results").replace("{count}", String(found.length)) : T("explorer.no_result");
  });
  return el("div", { class: "control search", role: "search" }, [
    el("label", { for: "place-search", text: T("explorer.search") }), input, results, status,
  ]);
}

/** Play / pause through the years, with a speed choice; it never starts by itself. */
function playControls(T, payload, onChange) {
  const button = el("button", { type: "button", id: "play", class: "play", "aria-pressed": "false",
    text: T("explorer.play") });
  const speed = el("select", { id: "play-speed" }, [["slow", 1600], ["normal", 900], ["fast", 400]].map(function (s) {
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
    const slider = document.getElementById("year-slider");
    const year = parseInt(slider.value, 10);
    if (year >= payload.years[1]) return stop();
    onChange({ year: year + 1, transient: true });  // playing makes no history entries
  }
  button.addEventListener("click", function () {
    if (timer) return stop();
    const slider = document.getElementById("year-slider");
    if (parseInt(slider.value, 10) >= payload.years[1]) onChange({ year: Math.max(payload.years[0], 1958) });
    timer = setInterval(step, parseInt(speed.value, 10));
    button.setAttribute("aria-pressed", "true");
    button.textContent = T("explorer.pause");
  });
  speed.addEventListener("change", function () {
    if (timer) { clearInterval(timer); timer = setInterval(step, parseInt(speed.value, 10)); }
  });
  return el("div", { class: "control play-controls" }, [button,
    el("label", { for: "play-speed", text: T("explorer.speed") }), speed]);
}

/** Show a state in the controls (values, checks, live counts) without rebuilding them. */
function update(container, core, payload, state) {
  const slider = container.querySelector("#year-slider");
  if (!slider) return;
  const year = String(state.year);
  if (slider.value !== year) slider.value = year;
  slider.setAttribute("aria-valuetext", year);
  const number = container.querySelector("#year-input");
  if (number.value !== year) number.value = year;  // typing fires "change" only on Enter or leaving
  container.querySelectorAll("#mode input").forEach(function (i) { i.checked = i.value === state.mode; });
  const region = container.querySelector("#region-select");
  if (region.value !== state.region) region.value = state.region;
  container.querySelectorAll("#categories input").forEach(function (i) { i.checked = state.cats.includes(i.value); });
  const counts = core.categoryCounts(payload, state);
  container.querySelectorAll("[data-count]").forEach(function (span) {
    span.textContent = "(" + core.formatNumber(counts[span.getAttribute("data-count")], state.lang) + ")";
  });
}

export { mount, update };
