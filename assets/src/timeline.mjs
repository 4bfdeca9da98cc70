/* The timeline: one lane per category, its data kept across years so a year change moves only the mark. */
import { filled, grown, look, style } from "./look.mjs";
import { matchesRegion } from "./rules.mjs";
import { formatNumber, formatSpan, pick, plain, t } from "./text.mjs";
import { yearOf } from "./util.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

const TIMELINE_POINTS = 400;

/** The timeline's rows: every dated relation of the chosen categories and region, whatever the year
 * (the timeline is the story over time; the year is only marked on it).
 * @param {Payload} payload
 * @param {State} state
 */
function timelineRows(payload, state) {
  return payload.relations.filter(function (rel) {
    return state.cats.includes(rel.category) && matchesRegion(rel, state, payload);
  });
}

/** One lane per category: bars for relations that last, points for events, the selected year marked.
 * `layout.datarevision` changes only with categories, region or language, so a year change redraws
 * only the year mark. */
let timelineMemo = { key: null, data: null };

/**
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function timelineFigure(payload, state, rows) {
  const lang = state.lang;
  const revision = [payload.version, lang, state.region, state.cats.join(","), rows.length].join("|");
  const figure = timelineMemo.key === revision ? { data: timelineMemo.data } : buildTimeline(payload, state, rows);
  timelineMemo = { key: revision, data: figure.data };
  return finishTimeline(payload, state, figure.data, revision);
}

/**
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function buildTimeline(payload, state, rows) {
  const lang = state.lang;
  const lanes = payload.categories.filter(function (c) { return state.cats.includes(c); });
  const templates = look(payload, state).timeline;
  const traces = [];
  lanes.forEach(function (cat) {
    const mine = rows.filter(function (r) { return r.category === cat && r.start; });
    const colour = style(payload, cat).colour;
    const span = filled(templates.traces.span, { x: [], y: [], line: { color: colour } });
    const points = filled(templates.traces.points, { x: [], y: [], customdata: [], hovertext: [],
      name: t(payload, lang, "category." + cat), marker: { symbol: style(payload, cat).symbol, color: colour } });
    const label = t(payload, lang, "category." + cat);
    if (mine.length > TIMELINE_POINTS) {
      traces.push(yearlyLane(payload, templates, lang, cat, label, mine));
      return;
    }
    mine.forEach(function (rel) {
      const end = rel.end || null;
      const lasting = style(payload, cat).lasting;
      if (end || lasting) {
        span.x.push(rel.start, end || String(payload.years[1]) + "-12-31", null);
        span.y.push(label, label, null);
      }
      points.x.push(rel.start);
      points.y.push(label);
      points.customdata.push(rel.id);
      points.hovertext.push("<b>" + plain(pick(rel.title, lang)) + "</b><br>" + formatSpan(rel, lang, payload));
    });
    traces.push(span, points);
  });
  return { data: traces };
}

/** The selected year on the timeline: a band across every lane.
 * @param {Payload} payload
 * @param {State} state
 */
function yearMark(payload, state) {
  return Object.assign({}, look(payload, state).timeline.yearMark,
    { x0: state.year + "-01-01", x1: state.year + "-12-31" });
}

/** A crowded lane as one mark per year, sized by how many relations began that year: 50,000 points
 * cost plotly.js half a minute to draw. A click on a year goes to that year.
 * @param {Payload} payload
 * @param {string} lang
 * @param {string} cat
 * @param {Relation[]} rels
 */
function yearlyLane(payload, templates, lang, cat, label, rels) {
  const counts = new Map();
  rels.forEach(function (rel) {
    const year = yearOf(rel.start);
    counts.set(year, (counts.get(year) || 0) + 1);
  });
  const years = Array.from(counts.keys()).sort(function (a, b) { return a - b; });
  return filled(templates.traces.years, {
    x: years.map(function (y) { return y + "-07-01"; }),
    y: years.map(function () { return label; }), customdata: years.map(function (y) { return "year:" + y; }),
    hovertext: years.map(function (y) {
      return "<b>" + y + "</b><br>" + formatNumber(counts.get(y), lang) + " × " + label;
    }),
    marker: { symbol: style(payload, cat).symbol, color: style(payload, cat).colour,
      size: years.map(function (y) { return grown(templates.yearSize, counts.get(y)); }) },
  });
}

/** Year mark and selection on top of the (memoised) timeline data.
 * @param {Payload} payload
 * @param {State} state
 */
function finishTimeline(payload, state, data, revision) {
  const lang = state.lang;
  const lanes = payload.categories.filter(function (c) { return state.cats.includes(c); });
  const first = payload.years[0];
  const selected = payload.relations.find(function (r) { return r.id === state.sel && r.start && lanes.includes(r.category); });
  const templates = look(payload, state).timeline;
  const ring = filled(templates.traces.ring, {
    x: selected ? [selected.start] : [], y: selected ? [t(payload, lang, "category." + selected.category)] : [] });
  const layout = JSON.parse(JSON.stringify(templates.layout));
  const lane = templates.lane;
  layout.height = Math.max(lane.min, lane.height * lanes.length + lane.extra);
  layout.xaxis.range = [String(Math.max(first, templates.opensOn)) + "-01-01", String(payload.years[1]) + "-12-31"];
  layout.yaxis.categoryarray = lanes.map(function (c) { return t(payload, lang, "category." + c); }).reverse();
  // every lane named, even squeezed (plotly.js would skip every other name): the lanes are at least a name tall
  layout.yaxis.tickmode = "array";
  layout.yaxis.tickvals = layout.yaxis.categoryarray;
  layout.shapes = [yearMark(payload, state)];
  layout.datarevision = revision + "|" + (state.sel || "");
  return { data: data.concat([ring]), layout: layout };
}

export { timelineRows, timelineFigure, yearMark };
