/* Glue between the Dash app and the explorer (assets/src/explorer.mjs): Dash says which data to show
 * (its version and address), once at load and again when the data files change on the server; the
 * explorer fetches it and does everything else. */
import * as dom from "./dom.mjs";
import { byId } from "./ids.mjs";

window.dash_clientside = Object.assign({}, window.dash_clientside, {
  atlas: {
    /** Start the explorer on the first data, hand it each newer one; returns the version asked for. */
    boot: function (source) {
      if (!source || !source.url || !window.atlasExplorer) return window.dash_clientside.no_update;
      load(source);
      return source.version;
    },
  },
});

/** Fetch the payload and start (or update) the explorer; a failure is said on the page, with a retry. */
function load(source) {
  fetch(source.url, { credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw new Error("data: HTTP " + response.status);
    return response.json();
  }).then(function (payload) {
    const running = window.atlasExplorer.current;
    if (running) {
      running.setPayload(payload);
    } else {
      const map = byId("map");
      window.atlasExplorer.current = window.atlasExplorer.boot(payload, { topojsonURL: map.dataset.topojson });
    }
  }).catch(function (error) {
    console.error("the atlas data could not be loaded:", error.message);
    dom.loadFailed("data", function () { load(source); });
  });
}
