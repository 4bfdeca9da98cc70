/* The address follows the state: one history entry per change (back and forward walk through them),
 * a dragged slider or a played range as one, a choice that replaces another as none (back then closes the
 * details); back and forward show the state their address names. */
import { parseState, toSearch } from "./url.mjs";

const root = globalThis;
// Year changes closer together than this (a dragged slider, a held arrow key) make one history entry.
const COALESCE_MS = 1000;
// What a change that only chooses another thing touches: it replaces the entry of the thing chosen before.
const CHOICE = ["sel", "at", "group", "place", "reveal"];

/** Whether the state has a relation, the home city's list or a group's list open.
 * @param {import("./state.mjs").State} state
 */
function chosen(state) {
  return Boolean(state.sel || state.at || (state.group && state.group.length));
}

/** Go back when the entry before this one is the address wanted (closing a choice made on this page):
 * back and forward then stay true. Returns whether it went back.
 * @param {string} search
 */
function backTo(search) {
  const entry = root.history.state;
  if (!entry || entry.previous !== search || root.location.search === search) return false;
  root.history.back();
  return true;
}

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
      // each entry remembers the address before it: closing a choice can then go back instead (backTo)
      const entry = asPush ? { previous: root.location.search } : root.history.state;
      root.history[asPush ? "pushState" : "replaceState"](entry, "", search + root.location.hash);
    } catch { /* a page opened from disk may refuse: the view still changes */ }
  }

  let chose = chosen(store.state);
  store.subscribe(function (event) {
    const before = chose;
    chose = chosen(store.state);
    if (event.kind === "payload") return remember(true);
    if (event.kind !== "change") return;  // a state shown from the address, or a chapter, is not written
    const patch = event.patch;
    const yearOnly = Object.keys(patch).every(function (k) { return k === "year" || k === "transient"; });
    const now = Date.now();
    const replace = Boolean(patch.transient) || (yearOnly && last.yearOnly && now - last.at < COALESCE_MS)
      || (before && chose && Object.keys(patch).every(function (k) { return CHOICE.includes(k); }));
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

export { followAddress, backTo };
