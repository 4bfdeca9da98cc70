/* When and where a relation is shown: "in force" and "happened" (dashboard/visibility.py holds the same
 * rule; both run tests/fixtures/visibility.json), its regions, the rows a state shows. */
import { style } from "./look.mjs";
import { placeKeys } from "./places.mjs";
import { yearOf } from "./util.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

/** Happened that year: began that year, or (events spanning years) ran through it. */
function happenedYears(start, end, lasting, year) {
  if (start === null) return false;
  return start === year || (end !== null && !lasting && start <= year && year <= end);
}

/** In force that year: a lasting relation begun and not ended (one whose start is unknown counts only
 * today); a one-off (event, aid, visit...) only in the year it happened. */
function inForceYears(lasting, start, end, year, lastYear) {
  if (!lasting) return happenedYears(start, end, lasting, year);
  if (start === null) return end === null && year === lastYear;
  return start <= year && (end === null || end >= year);
}

// Years and regions parsed once per payload: filtering 50,000 relations must take milliseconds.
const prepared = new WeakMap();

/**
 * @param {Payload} payload
 */
function prepare(payload) {
  let index = prepared.get(payload);
  if (!index) {
    index = payload.relations.map(function (rel) {
      return { rel: rel, start: yearOf(rel.start), end: yearOf(rel.end), lasting: style(payload, rel.category).lasting,
        regions: regionsOf(payload, rel) };
    });
    prepared.set(payload, index);
  }
  return index;
}

/** The continents and sub-regions a relation belongs to: where it happened and who it was with (an
 * event held at home with India counts for the home city's continent and for Asia).
 * @param {Payload} payload
 * @param {Relation} rel
 */
function regionsOf(payload, rel) {
  const codes = [];
  placeKeys(rel).forEach(function (key) {
    const place = payload.places[key];
    if (place) codes.push(place.region, place.subregion);
  });
  return codes.filter(Boolean);
}

/** Whether the map shows a relation (start and end years, or null) in a year and a mode. */
function shownIn(start, end, lasting, year, mode, lastYear) {
  return mode === "happened" ? happenedYears(start, end, lasting, year)
    : inForceYears(lasting, start, end, year, lastYear);
}

/**
 * @param {State} state
 */
function shownInTime(item, state, lastYear) {
  if (state.from !== undefined && state.from < state.year) return shownInSpan(item, state, lastYear);
  return shownIn(item.start, item.end, item.lasting, state.year, state.mode, lastYear);
}

/** Shown in any year of a span (state.from to state.year): what happened in it (a one-off spanning years
 * when its years meet the span), or, "in force", a lasting relation running at some point of it.
 * @param {State} state
 */
function shownInSpan(item, state, lastYear) {
  const from = /** @type {number} */ (state.from);
  if (item.start === null) return shownIn(null, item.end, item.lasting, state.year, state.mode, lastYear);
  if (item.lasting && state.mode !== "happened") return item.start <= state.year && (item.end === null || item.end >= from);
  const last = item.end !== null && !item.lasting ? item.end : item.start;
  return item.start <= state.year && last >= from;
}

/**
 * @param {Relation} rel
 * @param {State} state
 * @param {Payload} payload
 */
function matchesRegion(rel, state, payload) {
  return !state.region || regionsOf(payload, rel).includes(state.region);
}

/**
 * @param {string} region
 */
function inRegion(item, region) {
  return !region || item.regions.includes(region);
}

/** The relations the map, timeline and table show for a state.
 * @param {Payload} payload
 * @param {State} state
 */
function visibleRelations(payload, state) {
  const last = payload.years[1];
  const cats = new Set(state.cats);
  const rows = [];
  prepare(payload).forEach(function (item) {
    if (cats.has(item.rel.category) && inRegion(item, state.region) && shownInTime(item, state, last)) {
      rows.push(item.rel);
    }
  });
  return rows;
}

/** Per category, how many relations the current year, mode and region show (for live filter counts).
 * @param {Payload} payload
 * @param {State} state
 */
function categoryCounts(payload, state) {
  const last = payload.years[1];
  const counts = {};
  payload.categories.forEach(function (c) { counts[c] = 0; });
  prepare(payload).forEach(function (item) {
    if (inRegion(item, state.region) && shownInTime(item, state, last)) counts[item.rel.category] += 1;
  });
  return counts;
}

/** For each one-off category (aid, events, visits: shown only in the year they happen), how many the
 * region holds in all years and the last year one began: what "0 this year" stands beside.
 * @param {Payload} payload
 * @param {State} state
 * @returns {Record<string, {count: number, last: number | null}>}
 */
function categoryTotals(payload, state) {
  /** @type {Record<string, {count: number, last: number | null}>} */
  const totals = {};
  prepare(payload).forEach(function (item) {
    if (item.lasting || !inRegion(item, state.region)) return;
    const total = totals[item.rel.category] || (totals[item.rel.category] = { count: 0, last: null });
    total.count += 1;
    if (item.start !== null && (total.last === null || item.start > total.last)) total.last = item.start;
  });
  return totals;
}

/** How many relations of the chosen categories and region began or happened each year, from the first
 * year of the data to the last (an event over several years counts in each): the year control's histogram.
 * @param {Payload} payload
 * @param {State} state
 * @returns {number[]} one count per year, years[0] first
 */
function yearCounts(payload, state) {
  const first = payload.years[0];
  const counts = new Array(payload.years[1] - first + 1).fill(0);
  const cats = new Set(state.cats);
  prepare(payload).forEach(function (item) {
    if (item.start === null || !cats.has(item.rel.category) || !inRegion(item, state.region)) return;
    const last = item.lasting || item.end === null ? item.start : item.end;
    for (let year = item.start; year <= last; year += 1) {
      if (year - first >= 0 && year - first < counts.length) counts[year - first] += 1;
    }
  });
  return counts;
}

export { shownIn, matchesRegion, visibleRelations, categoryCounts, categoryTotals, yearCounts };
