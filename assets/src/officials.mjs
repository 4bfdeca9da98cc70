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
  const list = core.t(payload, lang, "punctuation.list");
  const data = [words.inData].concat(words.apart).filter(Boolean).join(list);
  if (!full) {  // one line: "17 serments de jumelage (non daté, la Ville ; its site) — la carte en compte 16…"
    const line = [el("strong", { class: "figure-value", text: words.text }), " (" + words.asOf + ", " + words.attribution + list];
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

/** An official figure in one plain sentence, the City's count beside the map's, with its sources' sites
 * ("La Ville comptait 71 consulats… ; la carte en montre 29… (jeanclaudegaudin.net)"): the room's card.
 * @param {Payload} payload
 * @param {string} lang
 * @param {OfficialFigure} figure
 */
function figureSentence(core, payload, lang, figure) {
  const words = core.officialFigure(payload, figure, lang);
  if (!words.says) return officialFigure(core, payload, lang, figure, false);
  const line = [words.says.replace(/\.$/, "") + " ("];
  sourceLinks(core, payload, lang, words.sources, "").forEach(function (link, i) { line.push(i ? ", " : "", link); });
  line.push(").");
  return el("li", { "data-figure": words.id }, line);
}

/** The key figures: per category, its count in the view named in the count's plural, for a one-off category
 * the year's count beside all years' (with a way to the last year that has one), the City's figure for it
 * in one plain sentence, and how it is counted one click away; then a link to every official figure.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function keyFigures(core, payload, state, rows, onChange) {
  const lang = state.lang;
  const figures = core.keyFigures(payload, state, rows);
  const items = figures.items.map(function (item) {
    const count = [glyph(payload, item.category), " ", el("strong", { text: core.formatNumber(item.count, lang) }), " " + item.noun];
    if (item.inYear) count.push(" " + item.inYear + " · " + item.inAll);
    if (item.goTo !== null) {
      const label = core.t(payload, lang, "figures.go_to").replace("{year}", String(item.goTo));
      count.push(" ", yearLink(core, payload, state, item.goTo, label, onChange));
    }
    const parts = [el("p", { class: "figure-count" }, count)];
    if (item.says) parts.push(el("p", { class: "figure-says", text: item.says }));
    if (item.officials.length) {
      parts.push(el("details", { class: "figure-how" }, [el("summary", { text: core.t(payload, lang, "figures.how") }),
        el("ul", { class: "officials" }, item.officials.map(function (f) { return officialFigure(core, payload, lang, f, false); }))]));
    }
    return el("li", { "data-cat": item.category }, parts);
  });
  // the figures that count no single category are in the notes under the table, with all the others
  items.push(el("li", { class: "all-figures" }, [el("a", { href: "#" + ID.figure_notes_section,
    text: core.tn(payload, lang, "figures.all", payload.figures.length) })]));
  return items;
}

/** A link that moves the view to a year (its address, for a new tab; a click changes the view in place).
 * @param {Payload} payload
 * @param {State} state
 * @param {number} year
 * @param {string} label
 */
function yearLink(core, payload, state, year, label, onChange) {
  const a = el("a", { class: "figure-go", href: core.toSearch(Object.assign({}, state, { year: year }), payload), text: label });
  a.addEventListener("click", function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0 || !onChange) return;
    event.preventDefault();
    onChange({ year: year });
  });
  return a;
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

export { officialFigure, figureSentence, keyFigures, figureNotes };
