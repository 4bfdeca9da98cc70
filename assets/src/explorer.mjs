/* The explorer in the browser: one store for the state, and what follows from it — the figures, the
 * page's words, the address. Plain JavaScript over plotly.js, no Dash: the app starts it from a
 * clientside callback, the offline package from its own page. A change goes input -> filter -> draw
 * with no framework in between (a Dash callback round trip alone cost ~25 ms of the 30 ms a year change
 * may take). */
import * as core from "./core.mjs";
import * as dom from "./dom.mjs";
import * as present from "./present.mjs";
import { backTo, followAddress } from "./address.mjs";
import { byId } from "./ids.mjs";
import { createPage } from "./page.mjs";
import { createPlots, loadTopology } from "./plots.mjs";
import { eager, loadPlotly, wakeOnDemand } from "./loader.mjs";
import { createSheets } from "./sheets.mjs";
import { createStore } from "./store.mjs";

const root = globalThis;

/** Start the explorer on the page's containers (ids in dashboard/ids.py). options.topojsonURL and
 * options.plotlyURL: where the basemap topology and plotly.js are (always our own files);
 * options.address: false when a story writes it. */
function start(payload, options) {
  const store = createStore(payload, core.parseState(root.location.search, payload));
  const embed = core.embedOptions(root.location.search);
  if (embed) document.documentElement.classList.add("embed");
  // ?still=1: a picture (handouts, previews): no buttons, tool bars or lists that nobody can press there
  if (core.isStill(root.location.search)) document.documentElement.classList.add("still");
  const plots = createPlots(payload, { map: byId("map"), timeline: byId("timeline") }, options.topojsonURL, picked, regroup);
  // the page's picture shows the opening view: another year or choice must not show its marks meanwhile
  const opening = core.opensOnDefault(root.location.search);
  if (!opening) plots.map.picture.dropData();
  const page = createPage(store, plots, embed);
  const suffix = embed ? embed.suffix : "";
  /** Close what is chosen: back, when the choice was this page's last step (back and forward stay
   * true), else a change of its own. */
  function closeChoice() {
    const cleared = Object.assign({}, store.state, { sel: "", at: "" });
    if (options.address === false || !backTo(core.toSearch(cleared, store.payload) + suffix)) {
      store.dispatch({ sel: "", at: "" });
    }
  }
  let topologyReady = false;
  /** @type {Promise<void> | null} */
  let waking = null;  // the live map on its way: plotly.js, then the basemap
  /** Bring the live map: plotly.js, then the basemap and the figures (see loader.mjs for when). */
  function wake() {
    if (!waking) {
      waking = loadPlotly(options.plotlyURL).then(function (Plotly) {
        plots.attach(Plotly);
        basemap();
      }, function (error) {
        waking = null;
        console.error("the map could not be loaded:", error.message);
        dom.loadFailed("basemap", wake);
      });
    }
    return waking;
  }
  /** Whether the page's picture shows what a state shows on the map (a choice only adds its ring). */
  function pictureShows(state) {
    return opening && !store.focus && state.year === payload.years[1] && state.mode === "inforce" && !state.region
      && !state.view && state.cats.length === store.payload.categories.length && !state.hl;
  }
  let reveal = false;  // move the focus to the details once drawn
  /** @type {(value?: unknown) => void} */
  let markLive = function () {};
  const live = new Promise(function (resolve) { markLive = resolve; });  // the map's first draw
  /** @type {(value?: unknown) => void} */
  let markReady = function () {};
  const ready = new Promise(function (resolve) { markReady = resolve; });  // the page's words, drawn once

  /** The view moved (a pan, a zoom, a view drawn for the first time): group the marks for it, next frame. */
  let regrouping = 0;
  function regroup() {
    if (regrouping) return;
    regrouping = root.requestAnimationFrame(function () { regrouping = 0; draw(); });
  }

  /** A click on the map (a place) or the timeline (a relation, or a crowded lane's year), as a change. */
  function picked(figure, what) {
    if (!what) return;
    if (figure === "outside") {  // places beyond the frame's edge: the whole world, the first one chosen
      const whole = (store.payload.views || []).find(function (view) { return !view.geo.lonaxis || !view.geo.lonaxis.range; });
      const first = what.split(",")[0];
      store.dispatch({ view: whole ? whole.id : "", sel: core.relationAtPlace(store.payload, store.state, first) });
    } else if (figure === "timeline") {
      store.dispatch(what.indexOf("year:") === 0 ? { year: parseInt(what.slice(5), 10) } : { sel: what });
    } else if (what === "@home") {
      store.dispatch({ at: "home" });  // the home city's group opens to its list
    } else if (core.groupPlaces(what)) {
      store.dispatch({ group: core.groupPlaces(what) });  // marks too close together: their list
    } else {
      store.dispatch({ sel: core.relationAtPlace(store.payload, store.state, what) });
    }
  }

  // Sizes come from a ResizeObserver, after the browser's own layout: reading clientWidth during a
  // change forced a layout pass of the whole page (~80 ms with a 300-row table).
  let lastSizes = null;
  function readSizes() {
    return { mapWidth: plots.map.box.clientWidth, mapHeight: plots.map.box.clientHeight,
      // a presentation caps the timeline's height (CSS max-height): its lanes are squeezed to it
      timelineWidth: plots.timeline.clientWidth, timelineMost: parseFloat(getComputedStyle(plots.timeline).maxHeight) || 0 };
  }

  // The map is drawn first; the timeline and the words (summary, key figures, table) once it is on
  // screen: the map never waits for a 300-row table's layout or the timeline's first draw.
  let wordsTimer = 0;
  let wordsFrame = 0;
  function draw() {
    const current = store.payload;
    const state = store.state;
    const rows = core.visibleRelations(current, state);
    const sizes = lastSizes || (lastSizes = readSizes());
    if (topologyReady) {
      plots.map.box.classList.remove("map-waiting");
      plots.map.box.removeAttribute("aria-busy");
      Promise.resolve(plots.drawMap(current, state, store.focus, rows, sizes)).then(markLive);
    } else if (pictureShows(state)) {
      plots.namePicture(current, state, rows);
    } else {
      plots.map.box.classList.add("map-waiting");  // the picture no longer says what the view shows
      plots.map.box.setAttribute("aria-busy", "true");
      wake();
    }
    clearTimeout(wordsTimer);
    root.cancelAnimationFrame(wordsFrame);
    wordsFrame = root.requestAnimationFrame(function () {  // after the map is painted
      wordsTimer = setTimeout(function () {
        const lanes = core.timelineRows(current, state);  // the timeline and its description share them
        if (topologyReady) plots.drawTimeline(current, state, lanes, sizes);
        page.draw(rows, lanes, reveal);
        if (sheets) sheets.drawn();
        reveal = false;
        markReady();
      }, 0);
    });
  }

  store.subscribe(function (event) {
    if (event.kind === "payload") {
      plots.forget();
      page.forget();
    }
    reveal = event.kind === "change" && Boolean(event.patch.reveal);
    draw();
  });
  if (options.address !== false) followAddress(store, suffix);
  const sheets = createSheets(store, closeChoice);

  const placeBox = /** @type {HTMLDetailsElement} */ (byId("places"));
  if (placeBox) placeBox.addEventListener("toggle", function () { if (placeBox.open) draw(); });  // now list them
  let resizing = 0;
  if (root.ResizeObserver) {
    const observer = new root.ResizeObserver(function () {
      clearTimeout(resizing);
      resizing = setTimeout(function () {
        const next = readSizes();
        if (lastSizes && JSON.stringify(next) === JSON.stringify(lastSizes)) return;
        lastSizes = next;
        draw();  // the live map, or the names on the picture
      }, 150);
    });
    observer.observe(plots.map.box);
    observer.observe(plots.timeline);
  }
  // the page came with its words and a picture of the map: when the picture does not show the view, the
  // live map comes at once; on a desktop, once the page answers; on a phone, when the reader needs it
  // (loader.mjs)
  if (!opening || root.Plotly) wake();
  else if (eager()) ready.then(function () { setTimeout(wake, 0); });  // once the page answers
  else wakeOnDemand(plots.map.box, plots.timeline, wake);
  draw();  // the words, and the names on the picture until the live map is drawn

  /** The basemap, then the figures and their events; a failure is said on the page, with a retry. */
  function basemap() {
    loadTopology(options.topojsonURL).then(function () {
      // the basemap and the data each in a task of their own: the page stays responsive while the
      // map arrives (a long task blocks input; the picture of the opening view holds the place)
      core.formatNumber(0, store.state.lang);  // the number format's locale data (~35 ms) outside the draws
      setTimeout(function () {
        plots.drawBase(store.payload, store.state, store.focus, lastSizes || (lastSizes = readSizes()));
        setTimeout(function () {
          topologyReady = true;
          draw();  // plotly.js gives the figures their event methods on the first draw
          plots.listenToMap();
        }, 0);
      }, 0);
    }).catch(function (error) {
      console.error("the basemap could not be loaded:", error.message);
      draw();  // the words and controls still work without the map
      dom.loadFailed("basemap", basemap);
    });
  }

  return {
    change: store.dispatch,
    /** Show a whole state at once (a story's chapter): no history entry of its own. */
    show: function (next) { store.show(next, "story"); },
    get state() { return store.state; },
    get version() { return store.payload.version; },
    /** Resolved once the live map is drawn. */
    live: live,
    /** Resolved once the page's words are drawn: the page answers a tap. */
    ready: ready,
    /** Bring the live map now (a test, a presentation's console). */
    wake: wake,
    setPayload: store.setPayload,
  };
}

/** Start on a payload: the presentation when the address names a story, else the explorer. */
function boot(payload, options) {
  const story = core.requestedStory(root.location.search, payload);
  if (!story) return start(payload, options);
  const lang = core.parseState(root.location.search, payload).lang;
  // laid out as a presentation before the first draw: the map is measured once, in its own box
  document.documentElement.classList.add("presenting", core.isPresenter(root.location.search) ? "presenter" : "audience");
  const explorer = start(payload, Object.assign({}, options, { address: false }));
  explorer.presentation = present.start(explorer, core, payload, story, lang);
  return explorer;
}

export { start, boot };
