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
  // the layer's layout as plotly.py built it, the view opening as data/atlas.toml's [view] says
  const out = JSON.parse(JSON.stringify(layout));
  const geo = out.geo;
  let revision = "atlas-map";
  const focus = state.focus && payload.places[state.focus];
  const frame = !focus && state.region && regionFrame(payload, state.region);
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

export { geoView, baseMapFigure };
