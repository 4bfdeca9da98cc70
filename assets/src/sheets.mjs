/* Compact screens (a phone, a tablet, a narrow frame): the panels around the map (search, filters, places,
 * table, key figures, notes, a place's details) open one at a time in a sheet over the map, so that the
 * answer to a tap is always in sight. The tab bar under the map opens them; a chosen place opens its
 * details; Escape, the close button and the browser's back button close them, and the focus goes back
 * where it was. On a wide screen the same panels stand in their columns and nothing here acts. */
import { byId } from "./ids.mjs";

const root = globalThis;
const COMPACT = "(max-width: 1100px)";  // assets/atlas.css lays out the same widths
/** @typedef {import("./state.mjs").State} State */

/** @param {State} state */
function choosing(state) {
  return Boolean(state.sel || state.at || (state.group && state.group.length));
}

/** What is chosen, as one string ("" for nothing).
 * @param {State} state
 */
function choiceKey(state) {
  return choosing(state) ? [state.sel, state.at, (state.group || []).join()].join("|") : "";
}

/** The sheets of the page, driven by the store's state (a place chosen) and the tab bar.
 * @param {{ state: State, subscribe: (listener: (event: any) => void) => void }} store
 * @param {() => void} closeChoice clears the choice (the details close with it)
 */
function createSheets(store, closeChoice) {
  const atlas = byId("content");
  const map = byId("map");
  const tabs = byId("sheet_tabs");
  if (!atlas || !map || !tabs || document.documentElement.classList.contains("presenting")) return null;
  const media = root.matchMedia ? root.matchMedia(COMPACT) : null;
  const compact = function () { return Boolean(media && media.matches); };
  /** @type {Record<string, HTMLElement>} */
  const sheets = {};
  atlas.querySelectorAll(/** @type {"div"} */ (".sheet[data-sheet]")).forEach(function (node) { sheets[node.getAttribute("data-sheet")] = node; });
  let open = "";
  /** @type {Element | null} */
  let opener = null;  // what had the focus when the sheet opened: it gets it back
  let chosen = "";  // the choice the details show
  let focusDetails = false;  // their heading takes the focus once drawn

  function show(name, focus) {
    if (!sheets[name]) return;
    if (!open) opener = document.activeElement;
    if (open && open !== name) sheets[open].classList.remove("open");
    open = name;
    const sheet = sheets[name];
    sheet.classList.add("open");
    const places = name === "places" ? sheet.querySelector("details") : null;
    if (places && !places.open) places.open = true;  // the list of places is written when opened
    tabs.querySelectorAll("[data-opens]").forEach(function (tab) {
      tab.setAttribute("aria-expanded", String(tab.getAttribute("data-opens") === name));
    });
    inSight();
    if (focus) /** @type {HTMLElement} */ (focus === true ? firstStop(sheet) : focus).focus({ preventScroll: true });
  }

  function hide(restore) {
    if (!open) return;
    sheets[open].classList.remove("open");
    open = "";
    tabs.querySelectorAll("[data-opens]").forEach(function (tab) { tab.setAttribute("aria-expanded", "false"); });
    const back = opener;
    opener = null;
    if (restore && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }

  /** Close what is open: the details by clearing the choice (the state then closes them), a panel itself. */
  function close() {
    if (open === "details") {
      const back = opener;
      closeChoice();
      hide(false);
      if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    } else hide(true);
  }

  /** The map (and so the sheet over it) in the window: a tap on the timeline may come from below it. */
  function inSight() {
    const box = map.getBoundingClientRect();
    if (box.top < 0 || box.bottom > root.innerHeight) map.scrollIntoView({ block: "nearest" });
  }

  /** Where the sheets go: over the map's box, measured (its place moves with the summary's lines). */
  function measure() {
    const outer = atlas.getBoundingClientRect();
    const box = map.getBoundingClientRect();
    atlas.style.setProperty("--map-top", Math.round(box.top - outer.top) + "px");
    atlas.style.setProperty("--map-bottom", Math.round(box.bottom - outer.top) + "px");
  }

  /** On a compact screen the legend is part of the filters' sheet (its symbols are the categories'). */
  const legend = byId("map_legend");
  const legendHome = legend && legend.parentElement;
  const legendAfter = legend && legend.previousElementSibling;
  function placeLegend() {
    if (!legend || !sheets.filters) return;
    if (compact() && legend.parentElement !== sheets.filters) sheets.filters.append(legend);
    else if (!compact() && legend.parentElement !== legendHome && legendAfter) legendAfter.after(legend);
  }

  function follow() {
    if (!compact()) {
      hide(false);
      placeLegend();
      return;
    }
    placeLegend();
    measure();
    if (choosing(store.state)) {
      show("details", false);
      chosen = choiceKey(store.state);
    } else if (open === "details") hide(false);
  }

  const placeBox = sheets.places && sheets.places.querySelector("details");
  if (placeBox) {  // in its sheet the list of places stays open: its summary is the sheet's heading
    placeBox.addEventListener("toggle", function () { if (!placeBox.open && open === "places") placeBox.open = true; });
  }
  tabs.addEventListener("click", function (event) {
    const tab = event.target instanceof Element ? event.target.closest("[data-opens]") : null;
    if (!tab) return;
    const name = tab.getAttribute("data-opens");
    if (open === name) hide(true);
    else show(name, name === "search" ? sheets.search.querySelector("input") : true);
  });
  atlas.addEventListener("click", function (event) {
    const target = event.target instanceof Element ? event.target : null;
    if (target && target.closest(".sheet-close")) return close();
    const link = target && target.closest("a[href^='#']");  // a link to a note in another sheet opens it
    const into = link && document.getElementById(link.getAttribute("href").slice(1));
    const sheet = into && into.closest(".sheet");
    if (compact() && sheet && sheet.getAttribute("data-sheet") !== open) {
      event.preventDefault();
      show(sheet.getAttribute("data-sheet"), false);
      into.scrollIntoView({ block: "start" });
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open && compact() && !event.defaultPrevented) close();
  });
  // A choice opens the details at once; their heading takes the focus once they are drawn (drawn()).
  store.subscribe(function () {
    if (!compact()) return;
    const now = choiceKey(store.state);
    if (now && now !== chosen) {
      show("details", false);
      focusDetails = true;
    } else if (!now && open === "details") hide(false);
    chosen = now;
  });
  if (media && media.addEventListener) media.addEventListener("change", follow);
  if (root.ResizeObserver) new root.ResizeObserver(function () { if (compact()) measure(); }).observe(atlas);
  follow();
  return {
    show: show,
    close: close,
    /** The page's words are drawn: a details sheet just opened or changed gives its heading the focus. */
    drawn: function () {
      if (!focusDetails || open !== "details") return;
      focusDetails = false;
      const heading = byId("details_title");
      if (heading) heading.focus({ preventScroll: true });
    },
    get open() { return open; },
  };
}

/** The first thing to focus in a sheet: its heading, else its first control after the close button.
 * @param {HTMLElement} sheet
 * @returns {HTMLElement}
 */
function firstStop(sheet) {
  const heading = /** @type {HTMLElement | null} */ (sheet.querySelector("h2, h3, summary"));
  if (heading) {
    if (!heading.hasAttribute("tabindex") && heading.tagName !== "SUMMARY") heading.setAttribute("tabindex", "-1");
    return heading;
  }
  return /** @type {HTMLElement} */ (sheet.querySelector("input, select, button:not(.sheet-close), a") || sheet);
}

export { createSheets };
