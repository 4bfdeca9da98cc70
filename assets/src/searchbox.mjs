/* The search box: a combobox (WAI-ARIA's list autocomplete pattern) over the places and everything tied to
 * them (search.mjs). Typing lists what it finds; a tap, or the arrow keys and Enter, chooses; the count is
 * said to screen readers. */
import { el, glyph } from "./dom.mjs";
import { ID } from "./ids.mjs";
/** @typedef {import("./payload").Payload} Payload */

const PLACE_LIMIT = 6;
const RELATION_LIMIT = 40;

/** One option of the list: a place (its name) or a relation (its symbol, title, date and where).
 * @param {Payload} payload
 */
function option(core, payload, lang, item, index) {
  const node = el("li", { role: "option", id: ID.search_results + "-" + index, "aria-selected": "false",
    class: "search-option" });
  if (item.kind === "place") {
    node.append(el("span", { class: "search-place", text: item.label }));
  } else {
    const date = item.start ? core.formatDate(item.start, "year", lang) : "";
    node.append(glyph(payload, item.category), " ", el("span", { text: item.label }),
      el("span", { class: "search-what", text: [date, item.where].filter(Boolean).join(" · ") }));
  }
  return node;
}

/** The search control, as a block for the controls (data-control="search").
 * @param {Payload} payload
 * @param {string} lang
 * @param {(patch: object) => void} onChange
 * @param {() => object} currentState
 */
function searchControl(core, payload, lang, T, onChange, currentState) {
  const input = el("input", { type: "search", id: ID.place_search, autocomplete: "off", role: "combobox",
    "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": ID.search_results,
    "aria-describedby": ID.search_status, enterkeyhint: "search" });
  const list = el("ul", { id: ID.search_results, class: "search-results", role: "listbox", "aria-label": T("search.results") });
  const status = el("p", { id: ID.search_status, class: "visually-hidden", role: "status" });
  let items = [];
  let active = -1;

  function mark(index) {
    active = index;
    list.querySelectorAll("[role=option]").forEach(function (node, i) {
      node.setAttribute("aria-selected", String(i === index));
    });
    if (index < 0) input.removeAttribute("aria-activedescendant");
    else {
      const node = list.children[index];
      input.setAttribute("aria-activedescendant", node.id);
      if (node.scrollIntoView) node.scrollIntoView({ block: "nearest" });
    }
  }

  function choose(index) {
    const item = items[index];
    if (!item) return;
    input.value = item.label;
    clear();
    if (item.kind === "place") onChange({ place: item.key, reveal: true });
    else onChange(core.revealPatch(payload, currentState(), item.id));
  }

  function clear() {
    items = [];
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    mark(-1);
  }

  function find() {
    const found = core.searchAll(payload, input.value, lang);
    items = found.places.slice(0, PLACE_LIMIT).map(function (p) { return Object.assign({ kind: "place" }, p); })
      .concat(found.relations.slice(0, RELATION_LIMIT).map(function (r) { return Object.assign({ kind: "relation" }, r); }));
    list.replaceChildren.apply(list, items.map(function (item, i) { return option(core, payload, lang, item, i); }));
    input.setAttribute("aria-expanded", String(items.length > 0));
    mark(-1);
    status.textContent = input.value.trim().length < 2 ? ""
      : items.length ? core.tn(payload, lang, "search.found", found.relations.length)
        .replace("{places}", core.tn(payload, lang, "search.places", found.places.length))
        : T("explorer.no_result");
  }

  input.addEventListener("input", find);
  input.addEventListener("keydown", function (event) {
    if (!items.length) return;
    const moves = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      mark((moves[event.key] + items.length) % items.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      event.stopPropagation();  // the list closes; a second Escape closes the sheet
      clear();
    }
  });
  // a tap or a click; mousedown would take the focus from the box before the choice
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  list.addEventListener("click", function (event) {
    const node = event.target instanceof Element ? event.target.closest("[role=option]") : null;
    if (node) choose(Array.prototype.indexOf.call(list.children, node));
  });
  return el("div", { class: "control search", role: "search" }, [
    el("label", { for: ID.place_search, text: T("explorer.search") }), input, list, status,
  ]);
}

export { searchControl };
