/* Glue between the Dash app and the explorer (assets/src/explorer.mjs). The page names its data (the map's
 * data-payload): the explorer starts on it as soon as this script runs, without waiting for Dash. Dash's
 * own scripts come some seconds after the page answers (dashboard/app.py lists them in the page): Dash
 * then says which data to show, again when the data files change on the server. */
import * as dom from "./dom.mjs";
import { byId } from "./ids.mjs";
import { whenIdle } from "./picture.mjs";
import { unpack } from "./wire.mjs";

window.dash_clientside = Object.assign({}, window.dash_clientside, {
  atlas: {
    /** Hand the explorer each newer data (the first is already there); returns the version asked for. */
    boot: function (source) {
      if (!source || !source.url || !window.atlasExplorer) return window.dash_clientside.no_update;
      load(source);
      return source.version;
    },
  },
});

let asked = "";  // the data address last fetched: Dash's first notice names the page's own
const DASH_AFTER_MS = 10000;

/** Fetch the payload and start (or update) the explorer; a failure is said on the page, with a retry. */
function load(source) {
  if (source.url === asked) return;
  asked = source.url;
  fetch(source.url, { credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw new Error("data: HTTP " + response.status);
    return response.json();
  }).then(function (payload) {
    const running = window.atlasExplorer.current;
    if (running) {
      running.setPayload(unpack(payload));
      return;
    }
    const map = byId("map");
    const explorer = window.atlasExplorer.current = window.atlasExplorer.boot(payload,
      { topojsonURL: map.dataset.topojson, plotlyURL: map.dataset.plotly });
    // Dash only carries the notice that the data changed (its poll asks once a minute): its scripts, a
    // quarter of a megabyte, run some seconds after the page answers, when the browser is idle
    explorer.ready.then(function () {
      setTimeout(function () { whenIdle(startDash, 5000); }, DASH_AFTER_MS);
    });
  }).catch(function (error) {
    console.error("the atlas data could not be loaded:", error.message);
    asked = "";
    dom.loadFailed("data", function () { load(source); });
  });
}

let dashStarted = false;

/** Dash's scripts, inert in the page's template until the map is live, in their order; then its renderer,
 * which reads the page's config. */
function startDash() {
  if (dashStarted) return;
  dashStarted = true;
  const later = /** @type {HTMLTemplateElement | null} */ (byId("dash_scripts"));
  if (!later) return;
  const urls = Array.from(later.content.querySelectorAll("script[src]")).map(function (tag) { return tag.getAttribute("src"); });
  urls.forEach(function (url, i) {
    const script = document.createElement("script");
    script.src = url;
    script.async = false;  // run in the order given, as the page's own tags would
    if (i === urls.length - 1) {
      script.addEventListener("load", function () { new window.DashRenderer(); });
    }
    document.body.appendChild(script);
  });
}

/** The page's own data, named by the map's box (the app's page; the offline package boots itself). */
function startFromPage() {
  const map = byId("map");
  const url = map && map.dataset.payload;
  if (url && !window.atlasExplorer.current) load({ url: url });
}

export { startFromPage };
