/* The official figures on the page: each with its year, who states it, its sources and what the data holds beside it (the key figures, the notes under the table, the presentation's chapter cards). */
import { el, glyph } from "./dom.mjs";
import { ID } from "./ids.mjs";
import { colon, sourceLinks } from "./links.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").OfficialFigure} OfficialFigure */
/** @typedef {import("./state.mjs").State} State */
/** @typedef {import("./payload").Relation} Relation */

/** One official figure: the City's words, its year, who states it, its sources, and beside it what the
 * data holds (full: also who exactly, the note and the caveats). Used by the key figures, the notes
 * under the table and the presentation's chapter cards.
 * @param {Payload} payload
 * @param {string} lang
 * @param {OfficialFigure} figure
 */
function officialFigure(core, payload, lang, figure, full) {
  const T = function (key) { return core.t(payload, lang, key); };
  const words = core.officialFigure(payload, figure, lang);
  const links = sourceLinks(core, payload, lang, words.sources, full ? null : "");
  const data = [words.inData].concat(words.apart).filter(Boolean).join(" ; ");
  if (!full) {  // one line: "17 serments de jumelage (non daté, la Ville ; its site) — dans les données : …"
    const line = [el("strong", { class: "figure-value", text: words.text }), " (" + words.asOf + ", " + words.attribution + " ; "];
    links.forEach(function (link, i) { line.push(i ? ", " : "", link); });
    line.push(")");
    if (data) line.push(el("span", { class: "figure-data", text: " — " + data + "." }));
    return el("li", { "data-figure": words.id }, line);
  }
  const meta = [words.asOf, T("figures.said_by") + colon(core, payload, lang) + words.saidBy, T("attribution_long." + figure.attribution), ""];
  const line = meta.join(" · ");
  const about = el("span", { class: "figure-meta", text: line.charAt(0).toUpperCase() + line.slice(1) });
  links.forEach(function (link, i) { about.appendChild(document.createTextNode(i ? ", " : "")); about.appendChild(link); });
  return el("li", { "data-figure": words.id, id: ID.figure_prefix + words.id }, [
    el("strong", { class: "figure-value", text: words.text }), about,
    data ? el("span", { class: "figure-data", text: data.charAt(0).toUpperCase() + data.slice(1) + "." }) : null,
    words.caveats.length ? el("span", { class: "figure-caveats", text: T("details.caveats") + colon(core, payload, lang) + words.caveats.join(" · ") + "." }) : null,
    words.note ? el("span", { class: "figure-note", text: words.note }) : null,
  ]);
}

/**
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function keyFigures(core, payload, state, rows) {
  const lang = state.lang;
  const figures = core.keyFigures(payload, state, rows);
  const items = figures.items.map(function (item) {
    const parts = [glyph(payload, item.category), " ", el("strong", { text: core.formatNumber(item.count, lang) }), " " + item.label];
    if (item.officials.length) {
      // the list's name in a hidden lead-in: aria-label on a list is not read everywhere (Nu warns)
      parts.push(el("span", { class: "visually-hidden", text: " " + core.t(payload, lang, "figures.official") }),
        el("ul", { class: "officials" }, item.officials.map(function (f) { return officialFigure(core, payload, lang, f, false); })));
    }
    return el("li", { "data-cat": item.category }, parts);
  });
  // the figures that count no single category are in the notes under the table, with all the others
  items.push(el("li", { class: "all-figures" }, [el("a", { href: "#" + ID.figure_notes_section,
    text: core.tn(payload, lang, "figures.all", payload.figures.length) })]));
  return items;
}

/** Under the table: every official figure in full, beside what the data holds (the table's notes).
 * @param {Payload} payload
 * @param {State} state
 */
function figureNotes(core, payload, state) {
  const lang = state.lang;
  return [el("p", { text: core.t(payload, lang, "figures.notes_intro") }),
    el("ul", { class: "figure-notes" }, payload.figures.map(function (f) { return officialFigure(core, payload, lang, f, true); }))];
}

export { officialFigure, keyFigures, figureNotes };
