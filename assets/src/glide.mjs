/* A story's map going to its next chapter's frame smoothly: the new view is drawn at once, then shown
 * sliding from where the old view had the same places to its own (one CSS transform animated by the
 * browser: no redraw per frame). Not when the reader prefers less motion. */

import { reducedMotion } from "./dom.mjs";

const MS = 600;

/** Two places of the view drawn now, and where it draws them, before the view changes (null: no glide).
 * @param {{ invert: (x: number, y: number) => number[] | null }} project the map's projection and its inverse
 */
function glideFrom(project, width, height) {
  if (reducedMotion() || !width || !height) return null;
  const at = [[width * 0.3, height * 0.5], [width * 0.7, height * 0.5]];
  const places = at.map(function (p) { return project.invert(p[0], p[1]); });
  return places[0] && places[1] ? { places: places, at: at } : null;
}

/** The layers of the view just drawn, moved from where the old view had `from`'s places to their place. */
function glide(layers, from, project) {
  if (!from) return;
  const now = from.places.map(function (lonLat) { return project(lonLat[0], lonLat[1]); });
  if (!now[0] || !now[1]) return;
  const span = Math.hypot(now[1][0] - now[0][0], now[1][1] - now[0][1]);
  const scale = Math.hypot(from.at[1][0] - from.at[0][0], from.at[1][1] - from.at[0][1]) / span;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 20 || scale < 0.05) return;
  const x = from.at[0][0] - scale * now[0][0];
  const y = from.at[0][1] - scale * now[0][1];
  if (Math.abs(scale - 1) < 0.01 && Math.hypot(x, y) < 2) return;  // the same view
  const start = "translate(" + x + "px, " + y + "px) scale(" + scale + ")";
  layers.filter(Boolean).forEach(function (layer) {
    layer.style.transformOrigin = "0 0";
    if (layer.animate) layer.animate([{ transform: start }, { transform: "none" }], { duration: MS, easing: "ease-in-out" });
  });
}

export { glideFrom, glide };
