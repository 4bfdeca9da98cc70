/* The explorer in the browser: state, address, controls, views and the figures, all from one payload.
 * Plain JavaScript over plotly.js, no Dash: the app starts it from a clientside callback, the offline
 * package from its own page. A change goes input -> filter -> draw with no framework in between
 * (a Dash callback round trip alone cost ~25 ms of the 30 ms a year change may take). */
import * as dom from "./dom.mjs";
import * as views from "./views.mjs";
import * as controls from "./controls.mjs";
import * as present from "./present.mjs";
import * as share from "./share.mjs";
import * as core from "./core.mjs";

const root = globalThis;

const TOOLS = { displaylogo: false, scrollZoom: false, responsive: false,
  // no "share to Plotly Cloud" button: nothing may leave for another host
  modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage", "sendChartToCloud"] };
// Year changes closer together than this (a dragged slider, a held arrow key) make one history entry.
const COALESCE_MS = 1000;
const TOPOLOGY = "world_110m";

function byId(id) {
  return document.getElementById(id);
}

/** The map is two plotly.js figures stacked in one box: the basemap under, the data over it. */
function mapLayers(box) {
  const base = dom.el("div", { class: "map-layer map-base", "aria-hidden": "true" });
  // The data layer is a figure named by the words of the view (RGAA 1.1; not an image: its tool bar's
  // buttons are focusable); the list of places under it is the way to operate it without a mouse.
  const data = dom.el("div", { class: "map-layer map-data", role: "figure" });
  box.replaceChildren(base, data);
  return { box: box, base: base, data: data };
}

function clicked(event) {
  const point = event && event.points && event.points[0];
  if (!point) return "";
  if (typeof point.customdata === "string") return point.customdata;
  return Array.isArray(point.customdata) ? String(point.customdata[0]) : "";
}

/** The basemap topology, handed to plotly.js before the first draw (window.PlotlyGeoAssets): fetched
 * once for both map layers, and already there in the offline package, where file:// forbids fetching. */
function loadTopology(url) {
  const assets = root.PlotlyGeoAssets = root.PlotlyGeoAssets || {};
  assets.topojson = assets.topojson || {};
  if (assets.topojson[TOPOLOGY]) return Promise.resolve();
  return fetch(url + TOPOLOGY + ".json", { credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw new Error("basemap: HTTP " + response.status);
    return response.json();
  }).then(function (topology) {
    assets.topojson[TOPOLOGY] = topology;
  });
}

const EMBED_CONTROLS = ["search", "year", "play", "mode", "categories", "region", "reset"];

/** ?embed=1[&controls=year,categories|none]: the map with little around it, for a frame in another
 * site; which controls show is the embedder's choice (default: the year). Null when not embedded. */
function embedOptions(search) {
  const params = new URLSearchParams(search || "");
  if (params.get("embed") !== "1") return null;
  const asked = (params.get("controls") || "year").split(",");
  const chosen = EMBED_CONTROLS.filter(function (c) { return asked.includes(c); });
  return { controls: chosen, suffix: "&embed=1" + (params.has("controls") ? "&controls=" + chosen.join(",") : "") };
}

function showOnly(container, names) {
  container.querySelectorAll("[data-control]").forEach(function (block) {
    block.hidden = !names.includes(block.getAttribute("data-control"));
  });
  const panel = container.querySelector(".controls-panel");
  if (panel && names.length) panel.open = true;
  container.hidden = names.length === 0;
}

/** In a frame, tell the page around it how tall the atlas is (assets/atlas-embed-host.js listens). */
function tellHeight() {
  if (root.parent === root) return;
  root.requestAnimationFrame(function () {
    root.parent.postMessage({ type: "atlas:height", height: document.documentElement.scrollHeight }, "*");
  });
}

/** plotly.js's own words (its tool bar's button names) from the catalogue's "plotly.*" entries, so a
 * French page has French buttons (RGAA 8.7). */
function registerLocale(Plotly, payload, lang) {
  const dictionary = {};
  const strings = payload.strings[lang] || {};
  Object.keys(strings).forEach(function (key) {
    if (key.indexOf("plotly.") === 0) dictionary[key.slice(7)] = strings[key];
  });
  Plotly.register({ moduleType: "locale", name: lang, dictionary: dictionary });
}

function saveFile(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type: type }));
  const anchor = dom.el("a", { href: url, download: name });
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

/** Start the explorer on the page's containers (ids in dashboard/ids.py). options.topojsonURL: where
 * the basemap topology is (always our own files). */
function start(payload, options) {
  const Plotly = root.Plotly;
  const config = Object.assign({ topojsonURL: options.topojsonURL }, TOOLS);
  const map = mapLayers(byId("map"));
  payload.languages.forEach(function (language) { registerLocale(Plotly, payload, language.code); });
  const timeline = byId("timeline");
  timeline.setAttribute("role", "figure");  // its detail, in words, is the table
  let state = core.parseState(root.location.search, payload);
  const embed = embedOptions(root.location.search);
  if (embed) document.documentElement.classList.add("embed");
  // ?still=1: a picture (handouts, previews): no buttons, tool bars or lists that nobody can press there
  if (new URLSearchParams(root.location.search).get("still") === "1") document.documentElement.classList.add("still");
  let focus = null;  // the place a search centred the map on; kept until another search or a reset
  let drawn = { base: "", timeline: "", controls: "" };
  let lastChange = { at: 0, yearOnly: false };
  let topologyReady = false;
  let reveal = false;  // move the focus to the details once drawn

  // Sizes come from a ResizeObserver, after the browser's own layout: reading clientWidth during a
  // change forced a layout pass of the whole page (~80 ms with a 300-row table).
  let lastSizes = null;
  function measure() {
    if (!lastSizes) lastSizes = readSizes();
    return lastSizes;
  }

  function readSizes() {
    return { mapWidth: map.box.clientWidth, mapHeight: map.box.clientHeight, timelineWidth: timeline.clientWidth };
  }

  function drawMap(rows, sizes) {
    const viewState = Object.assign({}, state, { focus: focus });
    const base = core.baseMapFigure(payload, viewState);
    const data = core.mapFigure(payload, viewState, rows);
    [base, data].forEach(function (figure) {
      figure.layout.width = sizes.mapWidth;
      figure.layout.height = sizes.mapHeight;
    });
    const key = JSON.stringify(base.layout);
    if (key !== drawn.base) {  // only when the view itself moves: the basemap is the costly part
      base.config = Object.assign({ staticPlot: true }, config);
      Plotly.react(map.base, base);
      drawn.base = key;
    }
    data.config = Object.assign({ locale: state.lang }, config);
    Plotly.react(map.data, data);
  }

  function drawTimeline(sizes, lanes) {
    const figure = core.timelineFigure(payload, state, lanes);
    figure.layout.width = sizes.timelineWidth;
    const key = figure.layout.datarevision + "|" + sizes.timelineWidth;
    if (key === drawn.timeline) {
      Plotly.relayout(timeline, { shapes: [core.yearMark(payload, state)] });  // a year change moves only the mark
    } else {
      figure.config = Object.assign({ locale: state.lang }, config);
      Plotly.react(timeline, figure);
      drawn.timeline = key;
      if (!timeline.atlasListening) {  // plotly.js gives a figure its event methods on its first draw
        timeline.on("plotly_click", function (event) {
          const id = clicked(event);
          if (id.indexOf("year:") === 0) change({ year: parseInt(id.slice(5), 10) });  // a crowded lane's year
          else if (id) change({ sel: id });
        });
        timeline.atlasListening = true;
      }
    }
  }

  function drawWords(rows, lanes) {
    document.documentElement.lang = state.lang;
    const controlBox = byId("controls");
    if (drawn.controls !== state.lang) {
      controls.mount(controlBox, core, payload, state.lang, change);
      drawn.controls = state.lang;
      if (embed) showOnly(controlBox, embed.controls);
    }
    controls.update(controlBox, core, payload, state);
    views.render(core, payload, state, rows, change);
    byId("summary").textContent = core.summary(payload, state, rows);
    map.data.setAttribute("aria-label", core.mapDescription(payload, state, rows));
    timeline.setAttribute("aria-label", core.timelineDescription(payload, state, lanes));
    const places = core.placeCount(rows, payload);
    byId("map-note").textContent = places.grouped
      ? core.t(payload, state.lang, "map.grouped").replace("{count}", core.formatNumber(places.count, state.lang))
      : "";
    document.querySelectorAll("a[data-lang]").forEach(function (link) {  // each other language, same view
      const other = Object.assign({}, state, { lang: link.getAttribute("data-lang") });
      link.setAttribute("href", core.toSearch(other, payload) + (embed ? embed.suffix : ""));
    });
    if (embed) tellHeight();
    if (reveal) {  // a choice from a list: the reader goes on to its details
      reveal = false;
      const title = byId("details-title");
      if (title) title.focus();
    }
  }

  // The map is drawn first; the timeline and the words (summary, key figures, table) once it is on
  // screen: the map never waits for a 300-row table's layout or the timeline's first draw.
  let wordsTimer = 0;
  let wordsFrame = 0;
  function draw() {
    const rows = core.visibleRelations(payload, state);
    const sizes = measure();
    if (topologyReady) drawMap(rows, sizes);
    clearTimeout(wordsTimer);
    root.cancelAnimationFrame(wordsFrame);
    wordsFrame = root.requestAnimationFrame(function () {  // after the map is painted
      wordsTimer = setTimeout(function () {
        const lanes = core.timelineRows(payload, state);  // the timeline and its description share them
        if (topologyReady) drawTimeline(sizes, lanes);
        drawWords(rows, lanes);
      }, 0);
    });
  }

  // The address is written just after the drawing, not during it: history.pushState cost ~13 ms a call
  // here, and browsers throttle a page that rewrites it many times a second (a dragged slider).
  let addressTimer = 0;
  let addressPush = false;
  function remember(replace) {
    if (options.address === false) return;  // the presentation writes its own address
    addressPush = addressPush || !replace;
    clearTimeout(addressTimer);
    addressTimer = setTimeout(writeAddress, 100);
  }

  function writeAddress() {
    const push = addressPush;
    addressPush = false;
    const search = core.toSearch(state, payload) + (embed ? embed.suffix : "");
    if (search === root.location.search) return;
    try {
      root.history[push ? "pushState" : "replaceState"](null, "", search + root.location.hash);
    } catch { /* a page opened from disk may refuse: the view still changes */ }
  }

  /** A partial change from a control, a click or a search: new state, drawn, then remembered in the
   * address (one history entry per change, so back and forward walk through them). */
  function change(patch) {
    if (patch.place) focus = payload.places[patch.place] ? patch.place : focus;
    if (patch.reset || "region" in patch) focus = null;  // a region chosen frames the region
    reveal = Boolean(patch.reveal);
    state = core.applyPatch(payload, state, patch);
    draw();
    const yearOnly = Object.keys(patch).every(function (k) { return k === "year" || k === "transient"; });
    const now = Date.now();
    const replace = Boolean(patch.transient) || (yearOnly && lastChange.yearOnly && now - lastChange.at < COALESCE_MS);
    lastChange = { at: now, yearOnly: yearOnly };
    remember(replace);
  }


  // RGAA 10.13: a hover label closes with Escape, as other content shown on hover must
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !Plotly.Fx) return;
    [map.data, timeline].forEach(function (figure) {
      if (figure._fullLayout) Plotly.Fx.unhover(figure);
    });
  });

  const placeBox = byId("places");
  if (placeBox) placeBox.addEventListener("toggle", function () { if (placeBox.open) draw(); });  // now list them

  root.addEventListener("popstate", function () {
    if (options.address === false) return;
    clearTimeout(addressTimer);
    addressPush = false;
    state = core.parseState(root.location.search, payload);
    draw();
  });
  let resizing = 0;
  if (root.ResizeObserver) {
    const observer = new root.ResizeObserver(function () {
      clearTimeout(resizing);
      resizing = setTimeout(function () {
        const next = readSizes();
        if (lastSizes && JSON.stringify(next) === JSON.stringify(lastSizes)) return;
        lastSizes = next;
        draw();
      }, 150);
    });
    observer.observe(map.box);
    observer.observe(timeline);
  }
  [["download-csv", "csv", "text/csv;charset=utf-8", core.toCSV],
    ["download-geojson", "geojson", "application/geo+json", function (p, s, rows) {
      return JSON.stringify(core.toGeoJSON(p, s, rows));
    }]].forEach(function (d) {
    const button = byId(d[0]);
    if (!button) return;
    button.addEventListener("click", function () {
      const rows = core.visibleRelations(payload, state);
      saveFile(payload.fileStem + "-" + state.year + "." + d[1], d[3](payload, state, rows), d[2]);
    });
  });

  const shareButton = byId("share-button");
  if (shareButton) share.mount(shareButton, core, payload, state.lang, function () { return state; });
  draw();  // words and controls at once; the figures when the basemap is there
  basemap();
  remember(true);  // a permalink with unknown or out-of-range values is shown, and written, cleaned

  /** The basemap, then the figures and their events; a failure is said on the page, with a retry. */
  function basemap() {
    loadTopology(options.topojsonURL).then(function () {
      topologyReady = true;
      draw();  // plotly.js gives the figures their event methods on the first draw
      map.data.on("plotly_click", function (event) {
        const place = clicked(event);
        if (place === "@home") change({ at: "home" });  // the home city's group opens to its list
        else if (place) change({ sel: core.relationAtPlace(payload, state, place) });
      });
      // The basemap follows the reader's pans and zooms of the data layer, frame by frame.
      let pending = null;
      function follow(update) {
        Object.keys(update || {}).forEach(function (k) {
          if (k.indexOf("geo") === 0) pending = Object.assign(pending || {}, { [k]: update[k] });
        });
        if (!pending || follow.frame) return;
        follow.frame = root.requestAnimationFrame(function () {
          const view = pending;
          pending = null;
          follow.frame = 0;
          Plotly.relayout(map.base, view);
        });
      }
      map.data.on("plotly_relayouting", follow);
      map.data.on("plotly_relayout", follow);
    }).catch(function (error) {
      console.error("the basemap could not be loaded:", error.message);
      dom.loadFailed("basemap", basemap);
    });
  }

  return {
    change: change,
    /** Show a whole state at once (a story's chapter): no history entry of its own. */
    show: function (next) {
      focus = null;
      state = next;
      draw();
    },
    get state() { return state; },
    get version() { return payload.version; },
    /** New data from the server: the view keeps what still makes sense (parsed as a permalink). */
    setPayload: function (next) {
      const search = core.toSearch(state, payload);
      payload = next;
      state = core.parseState(search, payload);
      focus = focus && payload.places[focus] ? focus : null;
      drawn = { base: "", timeline: "", controls: "" };
      draw();
      remember(true);
    },
  };
}

/** Start on a payload: the presentation when the address names a story, else the explorer. */
function boot(payload, options) {
  const story = present.requested(root.location.search, payload);
  if (!story) return start(payload, options);
  const lang = core.parseState(root.location.search, payload).lang;
  const explorer = start(payload, Object.assign({}, options, { address: false }));
  explorer.presentation = present.start(explorer, core, payload, story, lang);
  return explorer;
}

export { start, boot };
