/* The explorer's state in one place. A change is a patch, checked and clamped by applyPatch (state.mjs)
 * as a permalink is; what follows from it (drawing, the address) subscribes here, so no effect changes
 * the state behind another's back. */
import { applyPatch } from "./state.mjs";
import { parseState, toSearch } from "./url.mjs";

/**
 * @param {import("./payload").Payload} payload
 * @param {import("./state.mjs").State} state the first state (parsed from the address)
 */
function createStore(payload, state) {
  let current = payload;
  let now = state;
  let focus = null;  // the place a search centred the map on; kept until another search or a reset
  const listeners = [];

  /** Tell every subscriber what happened: { kind: "change" | "show" | "payload", patch? }. */
  function notify(event) {
    listeners.forEach(function (listener) { listener(event); });
  }

  return {
    get payload() { return current; },
    get state() { return now; },
    get focus() { return focus; },
    /** A partial change from a control, a click or a search. */
    dispatch: function (patch) {
      if (patch.place) focus = current.places[patch.place] ? patch.place : focus;
      if (patch.reset || "region" in patch) focus = null;  // a region chosen frames the region
      now = applyPatch(current, now, patch);
      notify({ kind: "change", patch: patch });
    },
    /** A whole state at once (a story's chapter, the address after back or forward). */
    show: function (next, origin) {
      focus = null;
      now = next;
      notify({ kind: "show", origin: origin || "" });
    },
    /** New data from the server: the view keeps what still makes sense (read as a permalink is). */
    setPayload: function (next) {
      const search = toSearch(now, current);
      current = next;
      now = parseState(search, current);
      focus = focus && current.places[focus] ? focus : null;
      notify({ kind: "payload" });
    },
    /** Call listener(event) after every change of the state or the payload. */
    subscribe: function (listener) {
      listeners.push(listener);
    },
  };
}

export { createStore };
