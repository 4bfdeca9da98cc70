/* plotly.js, loaded when the reader needs the live map: at once on a desktop (the page preloads it there)
 * or when the page opens on a view its picture does not show; on a phone, at the first change the picture
 * cannot show (a year, a filter, a view), a move of the map, or the timeline scrolled into sight. Until
 * then the page answers taps without it: plotly.js is 1.2 MB of script, a second's work for a phone. */

const root = globalThis;
let loading = null;

/** plotly.js from url, once (resolves with window.Plotly; the offline package has it already). */
function loadPlotly(url) {
  if (root.Plotly) return Promise.resolve(root.Plotly);
  if (!loading) {
    loading = new Promise(function (resolve, reject) {
      const script = document.createElement("script");
      script.src = url;
      script.async = true;
      script.addEventListener("load", function () { resolve(root.Plotly); });
      script.addEventListener("error", function () {
        loading = null;
        script.remove();
        reject(new Error("plotly.js: " + url));
      });
      document.head.appendChild(script);
    });
  }
  return loading;
}

/** Whether this screen takes the live map at once: a wide one with a fine pointer (a desktop's), where
 * the page preloads plotly.js (dashboard/layout.py, the preloads' media query says the same). */
function eager() {
  return Boolean(root.matchMedia && root.matchMedia(EAGER).matches);
}
const EAGER = "(min-width: 1101px) and (pointer: fine)";

/** Call wake() when what the reader does needs the live map: a mouse's press, a wheel or a key on the map,
 * two fingers on it (a finger's tap is answered by the picture), or the timeline (a plotly.js figure too)
 * scrolled well into sight. */
function wakeOnDemand(mapBox, timeline, wake) {
  const once = function () { wake(); };
  mapBox.addEventListener("wheel", once, { passive: true, once: true });
  mapBox.addEventListener("keydown", once, { once: true });
  mapBox.addEventListener("pointerdown", function (event) { if (event.pointerType === "mouse") wake(); });
  mapBox.addEventListener("touchstart", function (event) { if (event.touches.length > 1) wake(); }, { passive: true });
  if (root.IntersectionObserver) {
    const seen = new root.IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { seen.disconnect(); wake(); }
    }, { rootMargin: "0px 0px -25% 0px" });
    seen.observe(timeline);
  }
}

export { loadPlotly, eager, wakeOnDemand, EAGER };
