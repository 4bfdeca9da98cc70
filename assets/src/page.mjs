/* The page around the figures, for a state: the controls, the views in words (key figures, places,
 * details, table), the summary and the figures' text alternatives, the language links, and the
 * buttons that act on the view (downloads, share). */
import * as controls from "./controls.mjs";
import * as core from "./core.mjs";
import * as dom from "./dom.mjs";
import * as share from "./share.mjs";
import * as views from "./views.mjs";
import { ID, byId } from "./ids.mjs";
import { mountViews, updateViews } from "./viewbar.mjs";

const root = window;

/** In an embed, only the controls the embedder asked for; a box or a tab left empty goes too.
 * @param {{ bar: HTMLElement, search: HTMLElement, filters: HTMLElement }} boxes
 * @param {string[]} names
 */
function showOnly(boxes, names) {
  Object.keys(boxes).forEach(function (key) {
    const box = boxes[key];
    let shown = 0;
    box.querySelectorAll("[data-control]").forEach(function (block) {
      block.hidden = !names.includes(block.getAttribute("data-control"));
      shown += block.hidden ? 0 : 1;
    });
    box.hidden = shown === 0;
    const tab = document.querySelector("[data-opens=" + box.getAttribute("data-sheet") + "]");
    if (tab) /** @type {HTMLElement} */ (tab).hidden = box.hidden;
  });
}

/** The controls' boxes (dashboard/layout.py make_controls). */
function controlBoxes() {
  return { bar: byId("controls"), search: byId("sheet_search"), filters: byId("sheet_filters") };
}

/** In a frame, tell the page around it how tall the atlas is (assets/atlas-embed-host.js listens): its
 * content's height, so that a frame taller than the atlas shrinks to it too. */
function tellHeight() {
  if (root.parent === root) return;
  root.requestAnimationFrame(function () {
    root.parent.postMessage({ type: "atlas:height", height: Math.ceil(document.body.getBoundingClientRect().height) }, "*");
  });
}

function saveFile(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type: type }));
  const anchor = dom.el("a", { href: url, download: name });
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

/** @type {Array<[string, string, string, (payload: any, state: any, rows: any[]) => string]>} */
const DOWNLOADS = [
  ["download_csv", "csv", "text/csv;charset=utf-8", core.toCSV],
  ["download_geojson", "geojson", "application/geo+json", function (payload, state, rows) {
    return JSON.stringify(core.toGeoJSON(payload, state, rows));
  }],
];

/** The words of the page for the store's state; embed: the embed options (or null). */
function createPage(store, plots, embed) {
  let mounted = "";  // the language the controls were built in

  function draw(rows, lanes, reveal) {
    const payload = store.payload;
    const state = store.state;
    document.documentElement.lang = state.lang;
    const boxes = controlBoxes();
    if (mounted !== state.lang) {
      controls.mount(boxes, core, payload, state.lang, store.dispatch, function () { return store.state; });
      mountViews(byId("map_views"), core, payload, state.lang, store.dispatch);
      plots.map.data.setAttribute("aria-roledescription", core.t(payload, state.lang, "map.role"));
      mounted = state.lang;
      if (embed) showOnly(boxes, embed.controls);
    }
    controls.update(boxes, core, payload, state);
    updateViews(byId("map_views"), state);
    views.render(core, payload, state, rows, store.dispatch, plots.groups());
    byId("summary").textContent = core.summary(payload, state, rows);
    plots.map.data.setAttribute("aria-label", core.mapDescription(payload, state, rows) + " "
      + core.t(payload, state.lang, "map.keyboard"));
    plots.timeline.setAttribute("aria-label", core.timelineDescription(payload, state, lanes));
    const places = core.placeCount(rows, payload);
    byId("map_note").textContent = places.grouped
      ? core.t(payload, state.lang, "map.grouped").replace("{count}", core.formatNumber(places.count, state.lang))
      : "";
    document.querySelectorAll("a[data-lang]").forEach(function (link) {  // each other language, same view
      const other = Object.assign({}, state, { lang: link.getAttribute("data-lang") });
      link.setAttribute("href", core.toSearch(other, payload) + (embed ? embed.suffix : ""));
    });
    const whole = document.querySelector("#" + ID.embed_credit + " .embed-whole");  // the whole atlas, same view
    if (whole) whole.setAttribute("href", core.toSearch(state, payload));
    if (embed) tellHeight();
    if (reveal) {  // a choice from a list: the reader goes on to its details
      const title = byId("details_title");
      if (title) title.focus();
    }
  }

  DOWNLOADS.forEach(function (d) {
    const button = byId(d[0]);
    if (!button) return;
    button.addEventListener("click", function () {
      const payload = store.payload;
      const state = store.state;
      const rows = core.visibleRelations(payload, state);
      // the data version in the name: a saved selection says which data it came from
      saveFile(payload.fileStem + "-" + state.year + "-" + payload.version + "." + d[1], d[3](payload, state, rows), d[2]);
    });
  });
  const shareButton = byId("share_button");
  if (shareButton) share.mount(shareButton, core, store.payload, store.state.lang, function () { return store.state; });

  return {
    draw: draw,
    /** Build the controls again on the next draw (new data). */
    forget: function () { mounted = ""; },
  };
}

export { createPage };
