/* The names on the map, drawn as text over it (labels.mjs chooses and places them): after each draw and
 * as the reader pans or zooms, over the live map or over the picture that came with the page (a surface:
 * its size, where it draws a point, its marks). Hidden from screen readers: the list of places under the
 * map says the same. */
import * as core from "./core.mjs";
import { el } from "./dom.mjs";

const root = globalThis;

/** A name's width in px in the labels' font, measured once per text. */
function measurer(style) {
  const context = document.createElement("canvas").getContext("2d");
  context.font = style.weight + " " + style.size + "px " + root.getComputedStyle(document.body).fontFamily;
  const widths = new Map();
  return function (text) {
    if (!widths.has(text)) widths.set(text, Math.ceil(context.measureText(text).width) + 2);
    return widths.get(text);
  };
}

/** Every mark the figure draws, in px: the places' (with their keys), the home city's, the rings. */
function drawnMarks(figure, project) {
  if (!figure) return [];
  const marks = [];
  figure.data.forEach(function (trace) {
    if (trace.type !== "scattergeo" || !trace.marker || !String(trace.mode).includes("markers")) return;
    const sizes = trace.marker.size;
    trace.lat.forEach(function (lat, i) {
      const point = lat === null ? null : project(trace.lon[i], lat);
      if (!point) return;
      const size = Array.isArray(sizes) ? sizes[i] : sizes || 8;
      const key = Array.isArray(trace.customdata) ? trace.customdata[i] : undefined;
      marks.push({ x: point[0], y: point[1], r: size / 2 + 1, key: key });
    });
  });
  return marks;
}

const BURST = 120;  // ms between two draws that make them one burst

/** The live map as a surface for names: plotly.js's projection of its data layer, the marks of a figure. */
function liveSurface(gd, figure) {
  /** Where the projection puts a point, inside the box or not (null: nowhere, e.g. behind the globe). */
  function raw(lon, lat) {
    const subplot = gd._fullLayout && gd._fullLayout.geo && gd._fullLayout.geo._subplot;
    if (!subplot) return null;
    const point = subplot.projection([lon, lat]);
    return point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : null;
  }
  function project(lon, lat) {
    const point = raw(lon, lat);
    if (!point) return null;
    return point[0] >= 0 && point[1] >= 0 && point[0] <= gd.clientWidth && point[1] <= gd.clientHeight ? point : null;
  }
  const home = figure && figure.data.find(function (t) { return t.customdata && t.text && t.textposition === "bottom center"; });
  return { width: gd.clientWidth, height: gd.clientHeight, project: project, raw: raw, groups: (figure && figure.groups) || [],
    marks: function () { return drawnMarks(figure, project); },
    home: home && project(home.lon[0], home.lat[0]) ? { at: project(home.lon[0], home.lat[0]), text: home.text[0] } : null };
}

const ARROWS = { left: "←", right: "→", top: "↑", bottom: "↓" };

/** What the view shows that lies outside the map's frame, by the edge it lies beyond: each edge's places
 * (most important first) and where along the edge they are, in px.
 * @param {Array<{key: string, text: string, lon: number, lat: number}>} candidates
 * @param {{width: number, height: number, project: Function, raw?: Function}} surface
 */
function offFrame(candidates, surface) {
  /** @type {Record<string, {keys: string[], names: string[], along: number[]}>} */
  const edges = {};
  if (!surface.raw) return edges;
  candidates.forEach(function (c) {
    if (surface.project(c.lon, c.lat)) return;
    const point = surface.raw(c.lon, c.lat);
    if (!point) return;
    // the edge the line from the frame's middle to the point crosses, and where: nearby places share an edge
    const dx = point[0] - surface.width / 2;
    const dy = point[1] - surface.height / 2;
    const tx = dx ? (surface.width / 2) / Math.abs(dx) : Infinity;
    const ty = dy ? (surface.height / 2) / Math.abs(dy) : Infinity;
    const edge = tx <= ty ? (dx < 0 ? "left" : "right") : (dy < 0 ? "top" : "bottom");
    const at = tx <= ty ? surface.height / 2 + dy * tx : surface.width / 2 + dx * ty;
    const entry = edges[edge] || (edges[edge] = { keys: [], names: [], along: [] });
    entry.keys.push(c.key);
    entry.names.push(c.text);
    entry.along.push(at);
  });
  return edges;
}

/** The overlay of names over the map's box, and at its edges what lies outside its frame (a button that
 * shows it: onOut(keys) with the places beyond that edge). */
function createLabels(box, onOut) {
  const layer = el("div", { class: "map-labels", "aria-hidden": "true" });
  const outside = el("div", { class: "map-offframe" });
  box.appendChild(layer);
  box.appendChild(outside);
  let last = null;  // what was drawn: payload, state, rows and the surface (a function: it is measured late)
  let measure = null;  // kept while the labels' style stays: its widths are measured once per text
  let measured = null;

  function draw() {
    if (!last) return;
    const surface = last.surface();
    if (!surface) return;
    const project = surface.project;
    const style = core.look(last.payload, last.state).map.labels;
    if (measured !== style) {
      measure = measurer(style);
      measured = style;
    }
    const frame = { width: surface.width, height: surface.height, lineHeight: Math.round(style.size * 1.3),
      most: Math.min(style.most, Math.round(surface.width * surface.height / style.areaPerName)) };
    const marks = surface.marks();
    const taken = [];
    if (surface.home) {  // the home city's own name, under its star
      const w = measure(surface.home.text);
      taken.push({ x: surface.home.at[0] - w / 2, y: surface.home.at[1] + 6, w: w, h: frame.lineHeight + 4 });
    }
    const candidates = core.labelCandidates(last.payload, last.state, last.rows, surface.groups || []);
    const names = core.placeLabels(candidates, project, marks, measure, frame, taken);
    drawOutside(offFrame(candidates, surface), surface);
    layer.replaceChildren.apply(layer, names.map(function (name) {
      const span = el("span", { class: "map-label" + (name.chosen ? " chosen" : ""), "data-place": name.key,
        text: name.text });
      span.style.left = name.x + "px";
      span.style.top = name.y + "px";
      span.style.fontSize = style.size + "px";
      span.style.fontWeight = String(style.weight);
      span.style.lineHeight = frame.lineHeight + "px";
      span.style.color = style.colour;
      span.style.setProperty("--halo", style.halo);
      return span;
    }));
  }

  /** A button at each edge beyond which the view holds places: "← Valparaiso, Chili", placed along its
   * edge where they lie, whole inside the box. */
  function drawOutside(edges, surface) {
    const lang = last.state.lang;
    const T = function (/** @type {string} */ key) { return core.t(last.payload, lang, key); };
    const placed = Object.keys(edges).map(function (edge) {
      const { keys, names, along } = edges[edge];
      const button = el("button", { type: "button", class: "offframe offframe-" + edge,
        "aria-label": T("map.offframe").replace("{names}", names.join(", ")) },
      [el("span", { "aria-hidden": "true", text: ARROWS[edge] + " " }), core.fewNames(last.payload, lang, names)]);
      button.addEventListener("click", function () { if (onOut) onOut(keys); });
      return { edge: edge, button: button, middle: along.reduce(function (a, b) { return a + b; }, 0) / along.length };
    });
    outside.replaceChildren.apply(outside, placed.map(function (p) { return p.button; }));
    placed.forEach(function (p) {  // measured once in the page: centred on its places, clamped to the box
      const across = p.edge === "left" || p.edge === "right";
      const size = across ? p.button.offsetHeight : p.button.offsetWidth;
      const length = across ? surface.height : surface.width;
      const start = Math.round(Math.min(Math.max(p.middle - size / 2, 4), length - size - 4));
      p.button.style[across ? "top" : "left"] = start + "px";
    });
  }

  let frameId = 0;
  function soon() {
    if (frameId) return;
    frameId = root.requestAnimationFrame(function () { frameId = 0; draw(); });
  }

  // Figures drawn in a burst (a dragged slider, a play) are named when the burst pauses: placing the
  // names every frame would cost the frame rate, and the view itself does not move meanwhile.
  let shownAt = 0;
  let settle = 0;
  return {
    /** Name the places of a view just drawn (payload, state and rows it was drawn from) on its surface
     * (a function giving { width, height, project, marks(), home }, or null while it has none). */
    show: function (payload, state, rows, surface) {
      last = { payload: payload, state: state, rows: rows, surface: surface };
      const now = root.performance.now();
      const burst = now - shownAt < BURST;
      shownAt = now;
      clearTimeout(settle);
      if (burst) settle = setTimeout(soon, BURST);
      else soon();
    },
    /** The view moved (a pan, a zoom): place the names again. */
    moved: soon,
  };
}

export { createLabels, liveSurface };
