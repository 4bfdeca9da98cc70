/* The picture of the opening view that came with the page (dashboard/picture.py): its marks and arcs
 * go when the live data layer is drawn; its basemap stays in place of plotly.js's until the browser is
 * idle or the reader moves the map, when the frame is one it is drawn for. */

const root = globalThis;

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
  };
}

/** fn when the browser is idle (or after wait ms at the latest). */
function whenIdle(fn, wait) {
  if (root.requestIdleCallback) root.requestIdleCallback(fn, { timeout: wait });
  else setTimeout(fn, wait);
}

export { openingPicture, whenIdle };
