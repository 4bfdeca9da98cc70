/* The view in words: the summary sentence, the text alternatives of the map and the timeline, the list
 * of places, the key figures and the official figures beside what the data holds. */
import { atHome, partnerKey, placeName } from "./places.mjs";
import { categoryTotals } from "./rules.mjs";
import { formatNumber, pick, plural, t, tn } from "./text.mjs";
import { yearOf } from "./util.mjs";
/** @typedef {import("./payload").OfficialFigure} OfficialFigure */
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

/**
 * @param {Relation[]} rows
 */
function countries(rows) {
  const set = new Set();
  rows.forEach(function (r) { if (r.country) set.add(r.country); });
  return set.size;
}

/** One sentence for screen readers and the key figures: "En 2024 : 45 relations en vigueur ou en cours,
 * dans 30 pays." Each count takes its own plural form.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function summary(payload, state, rows) {
  const lang = state.lang;
  const happened = state.mode === "happened";
  return t(payload, lang, happened ? "summary.happened" : "summary.inforce")
    .replace("{year}", String(state.year))
    .replace("{relations}", tn(payload, lang, happened ? "count.happened" : "count.inforce", rows.length))
    .replace("{countries}", tn(payload, lang, "count.countries", countries(rows)));
}

/** The map's text alternative: the summary, then each category shown with its places' countries
 * ("Ville jumelle : 16 dans 14 pays"), then where the detail is (RGAA 1.1 / 1.3).
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function mapDescription(payload, state, rows) {
  const lang = state.lang;
  const byCategory = {};  // one pass: this runs on every change, with up to 50,000 rows
  rows.forEach(function (r) { (byCategory[r.category] = byCategory[r.category] || []).push(r); });
  const parts = payload.categories.map(function (cat) {
    const mine = byCategory[cat];
    if (!mine) return "";
    const where = countries(mine);  // none for relations tied to no country (a world prize)
    return t(payload, lang, where ? "map.by_category" : "map.by_category_count")
      .replace("{label}", t(payload, lang, "category." + cat))
      .replace("{count}", formatNumber(mine.length, lang)).replace("{countries}", tn(payload, lang, "count.countries", where));
  }).filter(Boolean);
  return [t(payload, lang, "explorer.map") + ".", summary(payload, state, rows),
    parts.length ? parts.join(t(payload, lang, "punctuation.list")) + "." : "", t(payload, lang, "map.more")].filter(Boolean).join(" ");
}

/** The timeline's text alternative: what it draws, from when to when, and where the detail is.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function timelineDescription(payload, state, rows) {
  const lang = state.lang;
  const years = rows.filter(function (r) { return r.start; }).map(function (r) { return yearOf(r.start); });
  if (!years.length) return t(payload, lang, "timeline.empty");
  return t(payload, lang, "timeline.description")
    .replace("{relations}", tn(payload, lang, "count.dated", years.length))
    .replace("{first}", String(Math.min.apply(null, years))).replace("{last}", String(Math.max.apply(null, years)))
    .replace("{year}", String(state.year));
}

/** The places the map shows, in words: the keyboard's and the screen reader's way into the map. Each
 * place once, by name, with its categories, its number of relations and the relation a click on it
 * would select (the first shown there, as relationAtPlace).
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function placeList(payload, state, rows) {
  const lang = state.lang;
  const byPlace = new Map();
  rows.forEach(function (rel) {
    if (!rel.place || !payload.places[rel.place]) return;
    const home = atHome(payload, rel);  // the home city and its spots: one entry, opening to its list
    const key = home ? payload.home.key : rel.place;
    const entry = byPlace.get(key) || { key: key, cats: [], count: 0, sel: home ? "" : rel.id, home: home };
    if (!entry.cats.includes(rel.category)) entry.cats.push(rel.category);
    entry.count += 1;
    byPlace.set(key, entry);
  });
  return Array.from(byPlace.values()).map(function (entry) {
    entry.label = placeName(payload.places[entry.key], lang);
    entry.cats = payload.categories.filter(function (c) { return entry.cats.includes(c); });
    return entry;
  }).sort(function (a, b) { return a.label.localeCompare(b.label, lang); });
}

/** Key figures for the current view: per category shown, how many the view holds, named with the count's
 * plural ("16 villes jumelles"); for a one-off category (aid, events...) in the "in force" mode, also how
 * many in all years and the last year with one (so that 0 never reads as "nothing"); the official figure
 * its line states (its lead) and every official figure that counts that category; then those that count no
 * single category.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function keyFigures(payload, state, rows) {
  const lang = state.lang;
  const single = function (f) { return f.categories.length === 1; };
  const totals = state.mode === "happened" ? {} : categoryTotals(payload, state);
  const items = payload.categories.filter(function (c) { return state.cats.includes(c); }).map(function (cat) {
    const count = rows.filter(function (r) { return r.category === cat; }).length;
    const officials = payload.figures.filter(function (f) { return single(f) && f.categories[0] === cat; });
    const lead = officials.find(function (f) { return f.lead; });
    const total = totals[cat];
    return { category: cat, count: count, noun: categoryNoun(payload, lang, cat, count), officials: officials,
      says: lead ? officialFigure(payload, lead, lang).says : "",
      // a one-off category: "en 2026 · 12 en tout", and the last year with one when this one has none
      inYear: total ? t(payload, lang, "figures.in_year").replace("{year}", String(state.year)) : "",
      inAll: total ? t(payload, lang, "figures.in_all").replace("{count}", formatNumber(total.count, lang)) : "",
      goTo: total && !count && total.last !== null && total.last !== state.year ? total.last : null };
  });
  return { items: items, others: payload.figures.filter(function (f) { return !single(f); }) };
}

/** A category's name after a count, in the count's plural form ("1 ville jumelle", "17 villes jumelles").
 * @param {Payload} payload
 * @param {string} lang
 * @param {string} cat
 * @param {number} count
 */
function categoryNoun(payload, lang, cat, count) {
  return plural(payload, lang, "category." + cat, count);
}

/** An official figure in words: the City's wording, the year it dates from, who states it (the City
 * itself or another source), its sources, and what the map holds beside it, counted the same way (places,
 * or instruments, or posts open in the figure's own year), with the rows counted apart named; `says`: all
 * that in one plain sentence ("La Ville compte 17 serments de jumelage ; la carte en compte 16, un par
 * accord ou serment.").
 * @param {Payload} payload
 * @param {OfficialFigure} figure
 * @param {string} lang
 */
function officialFigure(payload, figure, lang) {
  const T = function (key) { return t(payload, lang, key); };
  const flags = figure.flags || [];
  const year = figure.as_of ? String(figure.as_of) : "";
  const display = pick(figure.display, lang);
  const label = pick(figure.label, lang);
  // "17 serments de jumelage"; a figure worded as a phrase follows its label ("Rang… : première place…")
  const quantity = /^(plus de |more than )?[\d\s\u00a0\u202f.,]+$/.test(display);
  const text = quantity ? display + " " + label : label + t(payload, lang, "punctuation.colon") + display;
  const out = {
    id: figure.id, text: text.charAt(0).toUpperCase() + text.slice(1),
    asOf: !year ? T("figures.undated") : flags.includes("date_derived")
      ? T("figures.as_of_derived").replace("{year}", year) : year,
    saidBy: pick(figure.said_by, lang), attribution: T("attribution." + figure.attribution), sources: figure.sources || [],
    note: figure.note ? pick(figure.note, lang) : "", inData: "", apart: [], says: "",
    caveats: flags.filter(function (f) { return f !== "undated" && f !== "date_derived"; }).map(function (f) {
      return T("flag." + f);
    }),
  };
  // "La Ville compte…" (its current page), "comptait… en 2017", "comptait…" (a span of years its label names)
  const who = figure.attribution === "city" ? "city" : "source";
  const span = Boolean(figure.compare_from || figure.compare_to);
  const when = span ? (who === "city" ? "_past" : "") : year ? "_year" : "";
  const says = T("figures.says." + who + when).replace("{figure}", text).replace("{who}", out.saidBy).replace("{year}", year);
  out.says = quantity ? says + "." : "";  // a phrase (a rank) is no count to set beside the map's
  if (figure.in_data === null || figure.in_data === undefined) return out;
  let held;
  if (figure.same_sources) {
    held = T("figures.held.same_sources");
  } else if (figure.relation) {
    const rel = payload.relations.find(function (r) { return r.id === figure.relation; });
    held = T("figures.held.people").replace("{count}", formatNumber(figure.in_data, lang))
      .replace("{title}", rel ? pick(rel.title, lang) : figure.relation);
  } else {
    const measure = figure.measure === "in_force" && year ? "in_force_year" : figure.measure;
    held = tn(payload, lang, "figures.held." + measure, figure.in_data);
    if (figure.compare_from || figure.compare_to) {
      held += T("figures.between").replace("{from}", String(figure.compare_from || "…")).replace("{to}", String(figure.compare_to || "…"));
    }
    if (figure.today !== undefined) held += T("figures.held.today").replace("{count}", formatNumber(figure.today, lang));
  }
  // the rows set apart (announced, not a City accord...) counted in the sentence, named in the detail
  const apart = (figure.apart || []).reduce(function (n, group) { return n + group.ids.length; }, 0);
  const besides = apart ? T("figures.held.apart").replace("{count}", formatNumber(apart, lang)) : "";
  if (quantity) out.says = says + T("punctuation.list") + held + besides + ".";
  out.inData = figure.undated ? held + ", " + tn(payload, lang, "figures.held.undated", figure.undated) : held;
  out.apart = (figure.apart || []).map(function (group) {
    const names = group.ids.map(function (id) {
      const rel = payload.relations.find(function (r) { return r.id === id; });
      const place = rel && payload.places[partnerKey(rel)];
      return place ? pick(place.name, lang) : rel ? pick(rel.title, lang) : id;
    });
    return tn(payload, lang, "apart." + group.flag, group.ids.length).replace("{names}", names.join(", "));
  });
  return out;
}

export { summary, mapDescription, timelineDescription, placeList, keyFigures, officialFigure, categoryNoun };
