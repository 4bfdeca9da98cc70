/* The page's plotly.js figures: the map (a basemap layer under a data layer) and the timeline. The
 * figures are built by the core from Python's templates; this module only draws them, redraws as
 * little as it can, and reports clicks. Until plotly.js is there (it comes when the reader needs the live
 * map: loader.mjs), the page's picture is the map: it answers taps and carries the names. */
import * as core from "./core.mjs";
import * as dom from "./dom.mjs";
import { createLabels, liveSurface } from "./maplabels.mjs";
import { glide, glideFrom } from "./glide.mjs";
import { openingPicture, whenIdle } from "./picture.mjs";
import { keyboardMap } from "./viewbar.mjs";
import { touchMap } from "./touch.mjs";

const root = globalThis;
const TOOLS = { displaylogo: false, scrollZoom: false, responsive: false,
  // no "share to Plotly Cloud" button: nothing may leave for another host
  modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage", "sendChartToCloud"] };
const TOPOLOGY = "world_110m";

/** The map is two plotly.js figures stacked in one box: the basemap under, the data over it; under
 * both, until they are drawn, the picture of the opening view that came with the page. */
function mapLayers(box) {
  const base = dom.el("div", { class: "map-layer map-base", "aria-hidden": "true" });
  // The data layer is a figure named by the words of the view (RGAA 1.1; not an image: its tool bar's
  // buttons are focusable); the list of places under it is the way to operate it without a mouse.
  const data = dom.el("div", { class: "map-layer map-data", role: "figure" });
  const picture = openingPicture(box);
  box.replaceChildren.apply(box, [box.querySelector(".map-picture"), base, data].filter(Boolean));
  return { box: box, base: base, data: data, picture: picture };
}

/** What a click on a point names: a place key, a relation id, "year:1990" or "@home" ("" for none). */
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

/** The figures in their boxes; onPick(figure, what) is called with the figure clicked ("map" or
 * "timeline") and what the click names (see clicked); onMoved() when the map's view moved, so that its
 * marks are grouped again for the new zoom. */
function createPlots(payload, boxes, topojsonURL, onPick, onMoved) {
  const config = Object.assign({ topojsonURL: topojsonURL }, TOOLS);
  const map = mapLayers(boxes.map);
  // what lies outside the frame: a button at its edge shows it (onPick "outside" with its places)
  const labels = createLabels(map.box, function (keys) { onPick("outside", keys.join(",")); });
  const timeline = boxes.timeline;
  timeline.setAttribute("role", "figure");  // its detail, in words, is the table
  /** @type {any} */
  let Plotly = null;  // plotly.js, once it is there (attach)
  let listening = false;  // plotly.js answers clicks on the data layer (listenToMap)
  // until then the picture answers a tap on a mark
  map.box.addEventListener("click", function (event) {
    if (listening) return;
    const what = map.picture.at(event.clientX, event.clientY);
    if (what) onPick("map", what);
  });
  /** What was drawn: the basemap's, the data layer's and the timeline's keys, the view the marks were
   * grouped for, the groups. */
  let drawn = { base: "", data: "", timeline: "", projected: "", groups: [] };

  /** A figure at the map box's size, its frame filling the box (or the part a story's card leaves). */
  function sized(figure, sizes, cover) {
    figure.layout.width = sizes.mapWidth;
    figure.layout.height = sizes.mapHeight;
    core.fitFrame(figure.layout.geo, sizes.mapWidth, sizes.mapHeight, cover);
    return figure;
  }

  /** The basemap, only when the view itself moves: it is the costly part (a first one is ~100 ms). The
   * first, when the page's picture already shows it, waits until the browser is idle or the map moves. */
  let waiting = null;
  function drawBase(current, state, focus, sizes) {
    const base = sized(core.baseMapFigure(current, Object.assign({}, state, { focus: focus })), sizes, state.cover);
    const key = JSON.stringify(base.layout);
    if (key === drawn.base) return key;
    base.config = Object.assign({ staticPlot: true }, config);
    drawn.base = key;
    waiting = base;
    if (map.base._fullLayout || !map.picture.standsFor(current, base.layout.geo)) flushBase();
    else whenIdle(flushBase, 1500);
    return key;
  }

  /** The basemap waiting, drawn now; the picture then goes. */
  function flushBase() {
    if (!waiting) return;
    Plotly.react(map.base, waiting);
    waiting = null;
    map.picture.drop();
  }

  function projection() {
    const subplot = map.data._fullLayout && map.data._fullLayout.geo && map.data._fullLayout.geo._subplot;
    return subplot && subplot.projection;
  }
  /** Where plotly.js draws a point on the data layer as it is now (panned, zoomed), or null off it. */
  function project(lon, lat) {
    const p = projection();
    const point = p && p([lon, lat]);
    return point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : null;
  }
  /** The way back: the longitude and latitude at a pixel of the data layer, or null. */
  project.invert = function (x, y) {
    const p = projection();
    const lonLat = p && p.invert && p.invert([x, y]);
    return lonLat && Number.isFinite(lonLat[0]) && Number.isFinite(lonLat[1]) ? lonLat : null;
  };


  /** Where the reader moved the view (mouse or keyboard), kept by a redraw of the same view: plotly.js
   * keeps a dragged view through uirevision, not one moved by its own relayout (the keyboard's). */
  function keepView(geo) {
    const now = map.data._fullLayout && map.data._fullLayout.geo;
    if (!now) return;
    geo.center = { lon: now.center.lon, lat: now.center.lat };
    geo.projection = Object.assign({}, geo.projection, { scale: now.projection.scale,
      rotation: Object.assign({}, now.projection.rotation) });
  }

  function drawMap(current, state, focus, rows, sizes) {
    const viewState = Object.assign({}, state, { focus: focus });
    // a story's chapter moves the map to its frame smoothly (glide.mjs)
    const from = state.theme === "projector" && map.base._fullLayout ? glideFrom(project, sizes.mapWidth, sizes.mapHeight) : null;
    const view = drawBase(current, state, focus, sizes);
    // marks are grouped where the view last drawn puts them; a view just moved is drawn, then grouped
    const known = drawn.projected === view;
    const data = sized(core.mapFigure(current, viewState, rows, known ? project : null), sizes, state.cover);
    if (known) keepView(data.layout.geo);
    data.config = Object.assign({ locale: state.lang }, config);
    // A year dragged over years that change nothing on the map costs nothing: the same figure is not drawn again
    const key = JSON.stringify([data.data, data.layout, state.lang]);
    if (known && key === drawn.data) return Promise.resolve(map.data);
    const drawing = Plotly.react(map.data, data);
    drawn.data = key;
    drawn.projected = view;
    drawn.groups = data.groups;
    if (!known) onMoved();
    labels.show(current, viewState, rows, function () { return liveSurface(map.data, data); });  // once projected
    if (!known && from) {
      Promise.resolve(drawing).then(function () {
        glide([map.base, map.data, map.box.querySelector(".map-labels")], from, project);
      });
    }
    map.picture.dropData();  // the live marks are there: the picture's go, in the same frame
    return drawing;
  }

  function drawTimeline(current, state, lanes, sizes) {
    const figure = core.timelineFigure(current, state, lanes);
    figure.layout.width = sizes.timelineWidth;
    if (sizes.timelineMost) figure.layout.height = Math.min(figure.layout.height, sizes.timelineMost);
    const key = figure.layout.datarevision + "|" + sizes.timelineWidth + "|" + figure.layout.height;
    if (key === drawn.timeline) {
      Plotly.relayout(timeline, { shapes: [core.yearMark(current, state)] });  // a year change moves only the mark
      return;
    }
    figure.config = Object.assign({ locale: state.lang }, config);
    Plotly.react(timeline, figure);
    drawn.timeline = key;
    if (!timeline.atlasListening) {  // plotly.js gives a figure its event methods on its first draw
      timeline.on("plotly_click", function (event) { onPick("timeline", clicked(event)); });
      timeline.atlasListening = true;
    }
  }

  /** After the first map draw: clicks on the data layer, and the basemap following its pans and zooms. */
  function listenToMap() {
    listening = true;
    map.data.on("plotly_click", function (event) { onPick("map", clicked(event)); });
    let pending = null;
    let frame = 0;
    function follow(update) {
      flushBase();  // the map moves: the picture's basemap cannot follow
      Object.keys(update || {}).forEach(function (k) {
        if (k.indexOf("geo") === 0) pending = Object.assign(pending || {}, { [k]: update[k] });
      });
      if (!pending || frame) return;
      frame = root.requestAnimationFrame(function () {  // frame by frame, not event by event
        const view = pending;
        pending = null;
        frame = 0;
        Plotly.relayout(map.base, view);
        labels.moved();
      });
    }
    map.data.on("plotly_relayouting", follow);
    map.data.on("plotly_relayout", function (update) {
      follow(update);
      if (Object.keys(update || {}).some(function (k) { return k.indexOf("geo") === 0; })) onMoved();  // group again
    });
  }

  // RGAA 10.13: a hover label closes with Escape, as other content shown on hover must
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !Plotly || !Plotly.Fx) return;
    [map.data, timeline].forEach(function (figure) {
      if (figure._fullLayout) Plotly.Fx.unhover(figure);
    });
  });

  /** plotly.js is there: the map's keys and fingers, its words in each language. */
  function attach(loaded) {
    Plotly = loaded;
    keyboardMap(map.data, Plotly);
    touchMap(map.box, map.data, Plotly, project.invert);
    payload.languages.forEach(function (language) { registerLocale(Plotly, payload, language.code); });
  }

  return {
    map: map,
    timeline: timeline,
    attach: attach,
    /** Name the places the picture draws, while it is the map. */
    namePicture: function (current, state, rows) {
      labels.show(current, state, rows, function () { return map.picture.surface(current); });
    },
    drawMap: drawMap,
    drawBase: drawBase,
    drawTimeline: drawTimeline,
    listenToMap: listenToMap,
    /** Forget what was drawn (new data): the next draw redraws everything. */
    forget: function () { drawn = { base: "", data: "", timeline: "", projected: "", groups: [] }; },
    /** The group marks last drawn, as their places' keys (the list of places offers them too). */
    groups: function () { return drawn.groups; },
  };
}

export { createPlots, loadTopology };
