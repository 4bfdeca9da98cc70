/* Where the map looks: the opening view from data/atlas.toml, a region framed, a search result centred;
 * and the basemap layer, redrawn only when the view moves. */
import { look } from "./look.mjs";
import { clamp, sum } from "./util.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

/** Where the map looks: pinned centre and rotation, so it never jumps when the data changes; a search
 * result centres it there (a new uirevision resets a view the reader panned). Both map layers share it.
 * @param {Payload} payload
 * @param {State} state
 */
function geoView(layout, payload, state) {
  // the layer's layout as plotly.py built it, opening on the first of data/atlas.toml's [[views]]
  const out = JSON.parse(JSON.stringify(layout));
  const geo = out.geo;
  let revision = "atlas-map";
  const focus = state.focus && payload.places[state.focus];
  const chosen = state.view && namedView(payload, state.view);
  const frame = !focus && !chosen && state.region && regionFrame(payload, state.region);
  const bounds = !focus && !chosen && !frame && state.bounds;
  if (bounds) {  // a story's chapter: the frame around the places it cites (natural earth, turned to them)
    geo.projection = Object.assign({}, geo.projection, { scale: 1,
      rotation: { lon: (bounds.west + bounds.east) / 2, lat: 0, roll: 0 } });
    geo.center = { lon: (bounds.west + bounds.east) / 2, lat: (bounds.south + bounds.north) / 2 };
    geo.lonaxis = Object.assign({}, geo.lonaxis, { range: [bounds.west, bounds.east] });
    geo.lataxis = Object.assign({}, geo.lataxis, { range: [bounds.south, bounds.north] });
    revision = "bounds-" + [bounds.west, bounds.east, bounds.south, bounds.north].join(",");
  }
  if (chosen) {  // a named view's button, or ?view=: its projection, zoom and centre as Python built them
    const view = JSON.parse(JSON.stringify(chosen.geo));
    geo.projection = view.projection;
    geo.center = view.center;
    ["lataxis", "lonaxis"].forEach(function (axis) {  // a view without a frame shows the whole projection
      if (view[axis]) geo[axis] = view[axis];
      else delete geo[axis];
    });
    revision = "view-" + state.view;
  }
  if (frame) {  // a region chosen: the map frames its places (then stays put while the data changes)
    geo.center = frame.center;
    geo.projection.scale = frame.scale;
    revision = "region-" + state.region;
  }
  if (focus) {
    geo.center = { lat: focus.lat, lon: focus.lon };
    geo.projection.scale = 3;
    revision = "focus-" + state.focus;
  }
  out.uirevision = revision;
  return out;
}

// How much wider than tall a degree of longitude draws, around the middle latitudes of a framed view, for
// projections other than natural earth: enough to make a frame fill its box, not a projection's formula.
const DEGREE_ASPECT = 0.85;
const RAD = Math.PI / 180;

/** d3's natural earth (plotly.js's "natural earth"): x per radian of longitude at a latitude, and y. */
function naturalX(phi) {
  const p2 = phi * phi;
  const p4 = p2 * p2;
  return 0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4));
}
function naturalY(phi) {
  const p2 = phi * phi;
  return phi * (1.007226 + p2 * (0.015085 + p2 * p2 * (-0.044475 + 0.028874 * p2 - 0.005916 * p2 * p2)));
}

/** How much wider than tall a frame draws: exactly for natural earth (its widest parallel over its height). */
function frameShape(geo, lonSpan, south, north) {
  if ((geo.projection || {}).type !== "natural earth") return (lonSpan * DEGREE_ASPECT) / (north - south);
  const widest = south <= 0 && north >= 0 ? 0 : Math.min(Math.abs(south), Math.abs(north));
  return (lonSpan * RAD * naturalX(widest * RAD)) / (naturalY(north * RAD) - naturalY(south * RAD));
}

/** A frame (lonaxis and lataxis ranges) widened to the box's shape, so the map fills the box instead of
 * leaving bands: a wide box shows more longitudes, a tall one more latitudes. Other views are left alone.
 * cover: the share of the box's width that a story's card covers on its left; the frame then fits the
 * rest of the box, and the map goes on under the card.
 * @param {any} geo a layout's geo, changed in place
 * @param {number} width
 * @param {number} height
 * @param {number} [cover]
 */
function fitFrame(geo, width, height, cover) {
  if (!geo.lonaxis || !geo.lataxis || !geo.lonaxis.range || !geo.lataxis.range || !width || !height) return geo;
  const share = clamp(cover || 0, 0, 0.6);
  fitShape(geo, (width * (1 - share)) / height);
  if (share > 0) {
    const [west, east] = geo.lonaxis.range;
    const wider = Math.min(360 - (east - west), ((east - west) * share) / (1 - share));
    geo.lonaxis = Object.assign({}, geo.lonaxis, { range: [west - wider, east] });
    if (geo.projection.rotation) geo.projection.rotation = Object.assign({}, geo.projection.rotation,
      { lon: geo.projection.rotation.lon - wider / 2 });
    if (geo.center) geo.center = Object.assign({}, geo.center, { lon: geo.center.lon - wider / 2 });
  }
  return geo;
}

/** The frame widened to a box's shape (width / height): more longitudes for a wider box, more latitudes
 * (around its middle) for a taller one. */
function fitShape(geo, box) {
  const [west, east] = geo.lonaxis.range;
  const [south, north] = geo.lataxis.range;
  const frame = frameShape(geo, east - west, south, north);
  if (box > frame) {
    const half = Math.min(180, ((east - west) * box) / frame / 2);
    const middle = (west + east) / 2;
    geo.lonaxis = Object.assign({}, geo.lonaxis, { range: [middle - half, middle + half] });
    return;
  }
  const middle = (south + north) / 2;
  let low = (north - south) / 2;
  let high = 90;
  for (let i = 0; i < 30; i += 1) {  // the half height whose frame has the box's shape (shape falls with it)
    const half = (low + high) / 2;
    if (frameShape(geo, east - west, Math.max(-90, middle - half), Math.min(90, middle + half)) > box) low = half;
    else high = half;
  }
  geo.lataxis = Object.assign({}, geo.lataxis, { range: [Math.max(-90, middle - high), Math.min(90, middle + high)] });
}

// A chapter's frame: at least this many degrees wide and tall, and this share of its size around its places.
const MIN_SPAN = { lon: 36, lat: 18 };
const MARGIN = 0.15;

/** The frame (west, east, south, north) around the home city and the places a story's chapter cites, or
 * null when it cites none on the map.
 * @param {Payload} payload
 * @param {string[]} relationIds
 */
function boundsFrame(payload, relationIds) {
  const points = [];
  (payload.relations || []).forEach(function (r) {
    const place = relationIds.includes(r.id) && r.place && payload.places[r.place];
    if (place) points.push(place);
  });
  if (!points.length) return null;
  const home = payload.home && payload.places[payload.home.key];
  if (home) points.push(home);
  const lons = points.map(function (p) { return p.lon; });
  const lats = points.map(function (p) { return p.lat; });
  const span = function (values, least) {
    const low = Math.min.apply(null, values);
    const high = Math.max.apply(null, values);
    const half = Math.max(least, (high - low) * (1 + 2 * MARGIN)) / 2;
    return [(low + high) / 2 - half, (low + high) / 2 + half];
  };
  const [west, east] = span(lons, MIN_SPAN.lon);
  const [south, north] = span(lats, MIN_SPAN.lat);
  const round = function (x) { return Math.round(x * 10) / 10; };
  return { west: round(Math.max(-180, west)), east: round(Math.min(180, east)),
    south: round(Math.max(-85, south)), north: round(Math.min(85, north)) };
}

/** A named view by its id (undefined when the data has none of that id).
 * @param {Payload} payload
 * @param {string} id
 */
function namedView(payload, id) {
  return (payload.views || []).find(function (view) { return view.id === id; });
}

/** Centre and zoom that frame every place of a region (its longitudes taken around their mean, so a
 * region across the antimeridian, Polynesia, stays whole).
 * @param {Payload} payload
 * @param {string} region
 */
function regionFrame(payload, region) {
  const points = Object.keys(payload.places).map(function (k) { return payload.places[k]; }).filter(function (p) {
    return p.region === region || p.subregion === region;
  });
  if (!points.length) return null;
  const lats = points.map(function (p) { return p.lat; });
  const east = points.map(function (p) { return Math.sin(p.lon * Math.PI / 180); });
  const north = points.map(function (p) { return Math.cos(p.lon * Math.PI / 180); });
  const mean = Math.atan2(east.reduce(sum, 0), north.reduce(sum, 0)) * 180 / Math.PI;
  const lons = points.map(function (p) { return ((p.lon - mean + 540) % 360) - 180; });
  const lonSpan = Math.max.apply(null, lons) - Math.min.apply(null, lons);
  const latSpan = Math.max.apply(null, lats) - Math.min.apply(null, lats);
  const scale = clamp(Math.min(300 / Math.max(lonSpan, 8), 130 / Math.max(latSpan, 6)), 1, 8);
  return {
    center: { lat: (Math.max.apply(null, lats) + Math.min.apply(null, lats)) / 2,
      lon: mean + (Math.max.apply(null, lons) + Math.min.apply(null, lons)) / 2 },
    scale: Math.round(scale * 10) / 10,
  };
}

/** The basemap alone (land, sea, borders), drawn under the data layer and redrawn only when the view
 * moves: re-projecting the world's borders was most of the cost of every map update.
 * @param {Payload} payload
 * @param {State} state
 */
function baseMapFigure(payload, state) {
  return {
    // plotly.js draws a geo subplot only for a trace: an empty one.
    data: [{ type: "scattergeo", lat: [], lon: [], hoverinfo: "skip", showlegend: false }],
    layout: geoView(look(payload, state).map.base, payload, state),
  };
}

export { geoView, baseMapFigure, fitFrame, boundsFrame };
