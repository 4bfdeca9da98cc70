/* The map under a finger, as embedded maps on phones behave: one finger scrolls the page (and a tap still
 * chooses a mark), two fingers move and zoom the map. plotly.js would pan the map with one finger and
 * scroll the page at the same time; it gets no touch at all here, and the two-finger gesture moves the
 * map through plotly.js's relayout, as the keyboard does (viewbar.mjs). */

const root = globalThis;
const MIN_SCALE = 0.5;
const MAX_SCALE = 40;

/** The gesture's middle point and the distance between the two fingers.
 * @param {TouchList} touches
 */
function spread(touches) {
  const a = touches[0];
  const b = touches[1];
  return { x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2,
    gap: Math.max(1, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY)) };
}

/** Degrees of longitude and latitude per pixel around the middle of the map, from its projection.
 * @param {(x: number, y: number) => number[] | null} invert pixel -> [lon, lat] on the data layer
 */
function degreesPerPixel(invert, width, height) {
  const a = invert(width / 2 - 20, height / 2 - 20);
  const b = invert(width / 2 + 20, height / 2 + 20);
  if (!a || !b) return { lon: 0, lat: 0 };
  return { lon: Math.abs(b[0] - a[0]) / 40, lat: Math.abs(b[1] - a[1]) / 40 };
}

/** Take the map box's touches away from plotly.js; two fingers move and zoom the data layer.
 * @param {HTMLElement} box the map's box (both layers)
 * @param {any} figure the data layer (plotly.js's graph div)
 * @param {any} Plotly
 * @param {(x: number, y: number) => number[] | null} invert
 */
function touchMap(box, figure, Plotly, invert) {
  let start = null;
  let frame = 0;
  let wanted = null;

  function begin(touches) {
    const geo = figure._fullLayout && figure._fullLayout.geo;
    if (!geo) return;
    const rect = figure.getBoundingClientRect();
    start = Object.assign(spread(touches), { scale: geo.projection.scale, lon: geo.center.lon, lat: geo.center.lat,
      per: degreesPerPixel(invert, rect.width, rect.height) });
  }

  function move(touches) {
    const now = spread(touches);
    const zoom = now.gap / start.gap;
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, start.scale * zoom));
    const shrink = start.scale / scale;  // degrees per pixel at the new zoom
    wanted = { "geo.projection.scale": scale,
      "geo.center.lon": start.lon - (now.x - start.x) * start.per.lon * shrink,
      "geo.center.lat": Math.max(-85, Math.min(85, start.lat + (now.y - start.y) * start.per.lat * shrink)) };
    if (frame) return;
    frame = root.requestAnimationFrame(function () {  // one relayout a frame, however fast the fingers
      frame = 0;
      if (wanted) Plotly.relayout(figure, wanted);
      wanted = null;
    });
  }

  const guard = function (event) {
    event.stopPropagation();  // never plotly.js's: one finger stays the page's, and the tap its click
    const touches = event.touches;
    if (touches.length >= 2) {
      event.preventDefault();  // the page does not zoom under two fingers on the map: the map does
      if (event.type === "touchstart" || !start) begin(touches);
      else move(touches);
    } else if (event.type !== "touchmove") start = null;
  };
  ["touchstart", "touchmove", "touchend", "touchcancel"].forEach(function (type) {
    box.addEventListener(type, guard, { capture: true, passive: false });
  });
}

export { touchMap };
