/* The address follows the state: one history entry per change (back and forward walk through them),
 * a dragged slider or a played range as one; back and forward show the state their address names. */
import { parseState, toSearch } from "./url.mjs";

const root = globalThis;
// Year changes closer together than this (a dragged slider, a held arrow key) make one history entry.
const COALESCE_MS = 1000;

/** Keep the address in step with the store; suffix: what the address keeps beyond the state (embed). */
function followAddress(store, suffix) {
  let timer = 0;
  let push = false;
  let last = { at: 0, yearOnly: false };

  // Written just after the drawing, not during it: history.pushState cost ~13 ms a call here, and
  // browsers throttle a page that rewrites it many times a second (a dragged slider).
  function remember(replace) {
    push = push || !replace;
    clearTimeout(timer);
    timer = setTimeout(write, 100);
  }

  function write() {
    const asPush = push;
    push = false;
    const search = toSearch(store.state, store.payload) + suffix;
    if (search === root.location.search) return;
    try {
      root.history[asPush ? "pushState" : "replaceState"](null, "", search + root.location.hash);
    } catch { /* a page opened from disk may refuse: the view still changes */ }
  }

  store.subscribe(function (event) {
    if (event.kind === "payload") return remember(true);
    if (event.kind !== "change") return;  // a state shown from the address, or a chapter, is not written
    const patch = event.patch;
    const yearOnly = Object.keys(patch).every(function (k) { return k === "year" || k === "transient"; });
    const now = Date.now();
    const replace = Boolean(patch.transient) || (yearOnly && last.yearOnly && now - last.at < COALESCE_MS);
    last = { at: now, yearOnly: yearOnly };
    remember(replace);
  });

  root.addEventListener("popstate", function () {
    clearTimeout(timer);
    push = false;
    store.show(parseState(root.location.search, store.payload), "address");
  });

  remember(true);  // a permalink with unknown or out-of-range values is shown, and written, cleaned
}

export { followAddress };
