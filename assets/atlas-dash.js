/* Glue between the Dash app and the explorer (assets/atlas-explorer.js): Dash delivers the data, once at
 * load and again when the data files change on the server; the explorer does everything else. */
(function () {
  "use strict";
  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    atlas: {
      /** Start the explorer on the first payload, hand it each newer one; returns the version shown. */
      boot: function (payload) {
        if (!payload || !window.atlasExplorer) return window.dash_clientside.no_update;
        if (window.atlasExplorer.current) {
          window.atlasExplorer.current.setPayload(payload);
        } else {
          const map = document.getElementById("map");
          window.atlasExplorer.current = window.atlasExplorer.start(payload, { topojsonURL: map.dataset.topojson });
        }
        return payload.version;
      },
    },
  });
})();
