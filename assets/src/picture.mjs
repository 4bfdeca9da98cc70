/* The picture of the opening view that came with the page (dashboard/picture.py): until plotly.js has run
 * it is the map, answering a tap on a mark and carrying the names (maplabels.mjs); its marks and arcs go
 * when the live data layer is drawn; its basemap stays in place of plotly.js's until the browser is idle
 * or the reader moves the map, when the frame is one it is drawn for. */

const root = globalThis;
const REACH = 22;  // px around a mark that a finger's tap still chooses it

/** The picture's marks at the live map's size in px, whatever the scale the box draws the picture at (a
 * phone draws it at less than half its width): each mark scaled back by the inverse.
 * @param {Element} picture
 */
function fitMarks(picture) {
  const svg = /** @type {SVGSVGElement | null} */ (picture.querySelector("svg"));
  const matrix = svg && svg.getScreenCTM && svg.getScreenCTM();
  if (!matrix || !matrix.a) return;
  const k = (1 / matrix.a).toFixed(3);
  picture.querySelectorAll(".picture-data [transform]").forEach(function (node) {
    // "translate(x,y) [scale(k)] [translate(dx,0)]": the point, the scale, then the step aside in px
    const parts = (node.getAttribute("transform") || "").split(" ").filter(function (p) { return !p.startsWith("scale("); });
    node.setAttribute("transform", [parts[0], "scale(" + k + ")"].concat(parts.slice(1)).join(" "));
  });
}

/** The picture's marks in the box's px, by what a tap on them chooses (a place's key, "@home").
 * @param {Element} picture
 * @param {DOMRect} box
 */
function pictureMarks(picture, box) {
  const marks = [];
  picture.querySelectorAll("[data-place]").forEach(function (node) {
    const r = node.getBoundingClientRect();
    if (r.width) marks.push({ key: node.getAttribute("data-place"), x: r.x + r.width / 2 - box.x, y: r.y + r.height / 2 - box.y,
      r: Math.max(r.width, r.height) / 2 });
  });
  return marks;
}

/** The page's picture in a map box, or an empty stand-in when there is none. */
function openingPicture(box) {
  let picture = box.querySelector(".map-picture");
  return {
    get shown() { return Boolean(picture); },
    /** Whether the picture's basemap is the one a figure would draw: the opening frame (its
     * longitudes as they are; Python draws it so, and a box wider than the frame widens them). */
    standsFor: function (payload, geo) {
      const opening = payload.views && payload.views[0] && payload.views[0].geo;
      const lon = opening && opening.lonaxis && opening.lonaxis.range;
      return Boolean(picture && lon && opening.lataxis && geo.lonaxis && geo.lonaxis.range
        && geo.lonaxis.range[0] === lon[0] && geo.lonaxis.range[1] === lon[1]
        && JSON.stringify(geo.projection.rotation) === JSON.stringify(opening.projection.rotation));
    },
    /** The live data layer is drawn: the picture's own marks, arcs and shades go. */
    dropData: function () {
      if (picture) picture.querySelectorAll(".picture-data").forEach(function (part) { part.remove(); });
    },
    /** The live basemap is drawn: the picture goes. */
    drop: function () {
      if (picture) picture.remove();
      picture = null;
    },
    /** What a tap at (x, y) in the page chooses: the nearest mark within a finger's reach, or "". */
    at: function (x, y) {
      if (!picture || !picture.querySelector(".picture-data")) return "";
      const frame = frameOf(picture);
      let best = "";
      let nearest = REACH;
      pictureMarks(picture, frame).forEach(function (mark) {
        const d = Math.hypot(mark.x - (x - frame.x), mark.y - (y - frame.y)) - mark.r;
        if (d < nearest) { nearest = d; best = mark.key; }
      });
      return best;
    },
    /** The picture as a surface for names (maplabels.mjs): its size, where it draws a place, its marks. */
    surface: function (payload) {
      if (!picture || !picture.querySelector(".picture-data")) return null;
      fitMarks(picture);
      const frame = frameOf(picture);
      const marks = pictureMarks(picture, frame).filter(function (m) { return m.key !== "@home"; });
      const at = new Map();  // a place's point: the middle of its marks (a place's categories stand side by side)
      marks.forEach(function (m) {
        const place = payload.places[m.key];
        if (!place) return;
        const point = place.lon + "," + place.lat;
        const seen = at.get(point) || { x: 0, y: 0, n: 0 };
        at.set(point, { x: seen.x + m.x, y: seen.y + m.y, n: seen.n + 1 });
      });
      return { width: frame.width, height: frame.height, marks: function () { return marks; }, home: null,
        project: function (lon, lat) {
          const p = at.get(lon + "," + lat);
          return p ? [p.x / p.n, p.y / p.n] : null;
        } };
    },
  };
}

/** @param {Element} picture */
function frameOf(picture) {
  return picture.getBoundingClientRect();
}

/** fn when the browser is idle (or after wait ms at the latest). */
function whenIdle(fn, wait) {
  if (root.requestIdleCallback) root.requestIdleCallback(fn, { timeout: wait });
  else setTimeout(fn, wait);
}

export { openingPicture, whenIdle };
