/* The home city on the map: what took place there and at its spots as one group mark, and its list. */
import { filled, grown, look } from "./look.mjs";
import { atHome, homePlace } from "./places.mjs";
import { formatNumber, pick, plain, t } from "./text.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

/** What took place in the home city, as one mark: its star, named with how many things it holds, opening
 * to their list (many marks at one point would hide each other).
 * @param {Payload} payload
 * @param {Relation[]} rows
 */
function homeGroup(payload, rows) {
  const here = rows.filter(function (rel) { return atHome(payload, rel); });
  const cats = {};
  here.forEach(function (rel) { cats[rel.category] = (cats[rel.category] || 0) + 1; });
  return { rels: here, cats: payload.categories.filter(function (c) { return cats[c]; }).map(function (c) {
    return { category: c, count: cats[c] };
  }) };
}

/** The home city's star, named with its count, its hover listing what took place there by category.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function homeTrace(payload, state, rows) {
  const lang = state.lang;
  const home = homePlace(payload);
  const name = home ? pick(home.name, lang) : "";
  const group = homeGroup(payload, rows);
  const count = group.rels.length;
  const lines = group.cats.map(function (c) {
    return formatNumber(c.count, lang) + " × " + t(payload, lang, "category." + c.category);
  });
  const hover = "<b>" + plain(name) + "</b>" + (count ? "<br>" + t(payload, lang, "home.hover")
    .replace("{count}", formatNumber(count, lang)) + "<br>" + lines.join("<br>") : "");
  const map = look(payload, state).map;
  return filled(map.traces.home, { lat: [payload.home.lat], lon: [payload.home.lon],
    text: [count ? name + " (" + formatNumber(count, lang) + ")" : name], hovertext: [hover],
    customdata: [count ? "@home" : ""], marker: { size: grown(map.sizes.home, count) } });
}

/** What took place in the home city among the rows shown, oldest first (the group mark's list).
 * @param {Payload} payload
 * @param {Relation[]} rows
 */
function homeList(payload, rows) {
  return homeGroup(payload, rows).rels.slice().sort(function (a, b) {
    return (a.start || "9999").localeCompare(b.start || "9999");
  });
}

export { homeTrace, homeList };
