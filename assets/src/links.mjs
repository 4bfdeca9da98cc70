/* Links and small words the views share: a link that selects in place, links to sources, the colon. */
import { el } from "./dom.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").Patch} Patch */
/** @typedef {import("./state.mjs").State} State */

/**
 * @param {Payload} payload
 * @param {string} lang
 */
function colon(core, payload, lang) {
  return core.t(payload, lang, "punctuation.colon");  // French puts a space before it
}

/** A link that selects a relation in place; the details then take the focus (the link itself is
 * redrawn with its list, and a keyboard user wants to read what they chose).
 * @param {typeof import("./core.mjs")} core
 * @param {Payload} payload
 * @param {State} state
 * @param {string} id
 * @param {string} label
 * @param {(patch: Patch) => void} onChange
 * @param {boolean} [current] whether it is the one chosen (aria-current)
 * @param {Patch} [patch] what it changes, when not the relation chosen
 */
function selectLink(core, payload, state, id, label, onChange, current, patch) {
  /** @type {Patch} */
  const change = patch || { sel: id };
  const a = el("a", { href: core.toSearch(Object.assign({}, state, { sel: id, at: change.at || "" }), payload), text: label,
    "aria-current": current ? "true" : null });
  a.addEventListener("click", function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // new tab: let it be
    event.preventDefault();
    onChange(Object.assign({ reveal: true }, change));
  });
  return a;
}

/** Links to a figure's or a relation's sources, named by their site, opening in a new window.
 * @param {typeof import("./core.mjs")} core
 * @param {Payload} payload
 * @param {string} lang
 * @param {string[]} urls
 * @param {string | null} [label] the links' text ("" for the site's name alone; null: "Source n")
 */
function sourceLinks(core, payload, lang, urls, label) {
  const T = function (key) { return core.t(payload, lang, key); };
  return urls.map(function (url, i) {
    let host = url;
    try { host = new URL(url).hostname.replace(/^www\./, ""); } catch { /* keep the address */ }
    // label "": the site's name alone (a compact list of figures), said to be a source to screen readers
    const text = label === "" ? host : (label || T("details.source_link").replace("{n}", String(i + 1))) + " (" + host + ")";
    return el("a", { href: url, target: "_blank", rel: "noopener noreferrer", class: "source-link" }, [
      label === "" ? el("span", { class: "visually-hidden", text: T("details.source_link").replace("{n}", String(i + 1)) + colon(core, payload, lang) }) : null,
      text, el("span", { class: "visually-hidden", text: " " + T("details.new_window") })]);
  });
}

export { colon, selectLink, sourceLinks };
