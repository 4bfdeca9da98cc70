/* The map's named views as buttons over it (data/atlas.toml's [[views]]; ?view= in the address), and the
 * map moved with the keyboard when it has the focus: + and − zoom, the arrows pan. */
import { el } from "./dom.mjs";

const root = globalThis;
const ZOOM = 1.5;  // one key press
const PAN_DEGREES = 12;  // at scale 1; less as the map zooms in

/** One button per view, the current one pressed; a press calls onChange({ view }). */
function mountViews(box, core, payload, lang, onChange) {
  const views = payload.views || [];
  box.replaceChildren.apply(box, views.length < 2 ? [] : views.map(function (view, i) {
    const button = el("button", { type: "button", class: "view-button", "data-view": i ? view.id : "",
      "aria-pressed": "false", text: core.pick(view.name, lang) });
    button.addEventListener("click", function () { onChange({ view: i ? view.id : "" }); });
    return button;
  }));
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", core.t(payload, lang, "map.views"));
}

/** Press the button of the state's view. */
function updateViews(box, state) {
  box.querySelectorAll("button[data-view]").forEach(function (button) {
    button.setAttribute("aria-pressed", String(button.getAttribute("data-view") === (state.view || "")));
  });
}

/** The data layer takes the focus and moves with the keys; the basemap follows it (plots.mjs). */
function keyboardMap(figure, Plotly) {
  figure.setAttribute("tabindex", "0");
  figure.setAttribute("aria-keyshortcuts", "+ - ArrowUp ArrowDown ArrowLeft ArrowRight");
  let pending = null;  // the view asked for by keys pressed since the last frame: quick presses add up
  figure.addEventListener("keydown", function (event) {
    const geo = figure._fullLayout && figure._fullLayout.geo;
    if (!geo || event.altKey || event.ctrlKey || event.metaKey) return;
    const now = pending || { scale: geo.projection.scale, lon: geo.center.lon, lat: geo.center.lat };
    const step = PAN_DEGREES / now.scale;
    const moves = {
      "+": { scale: now.scale * ZOOM }, "=": { scale: now.scale * ZOOM }, "-": { scale: Math.max(0.5, now.scale / ZOOM) },
      "ArrowLeft": { lon: now.lon - step }, "ArrowRight": { lon: now.lon + step },
      "ArrowUp": { lat: Math.min(85, now.lat + step) }, "ArrowDown": { lat: Math.max(-85, now.lat - step) },
    };
    const move = moves[event.key === "_" ? "-" : event.key];
    if (!move) return;
    event.preventDefault();
    const first = !pending;
    pending = Object.assign(now, move);
    if (!first) return;
    root.requestAnimationFrame(function () {
      const view = pending;
      pending = null;
      Plotly.relayout(figure, { "geo.projection.scale": view.scale, "geo.center.lon": view.lon, "geo.center.lat": view.lat });
    });
  });
}

export { mountViews, updateViews, keyboardMap };
