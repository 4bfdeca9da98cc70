/* How things look, as Python declared it: the categories' styles (data/categories.csv) and the plotly.py
 * templates (dashboard/figures.py), which the figure builders only fill. */
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

/* What each category is and how it looks comes from data/categories.csv, through the payload: its colour
 * and shape (one each, 3:1 against land and sea, checked in Python), whether it lasts, draws arcs from
 * the home city, or shades its partner's country.
 * @param {Payload} payload
 * @param {string} cat
 */
function style(payload, cat) {
  return payload.categoryInfo[cat];
}

/* How the map and the timeline look is built in Python with plotly.py (dashboard/figures.py): layouts and
 * one template per kind of trace, per theme. The builders below only fill their arrays.
 * @param {Payload} payload
 * @param {State} state
 */
function look(payload, state) {
  return payload.plotly[state && state.theme === "projector" ? "projector" : "normal"];
}

/** A copy of a template with its arrays filled (marker, line and text styles merged, not replaced). */
function filled(template, fill) {
  const out = Object.assign({}, template, fill);
  ["marker", "line", "textfont"].forEach(function (key) {
    if (template[key] && fill[key]) out[key] = Object.assign({}, template[key], fill[key]);
  });
  return out;
}

/** A mark's size for what it holds, by a size rule of the templates. */
function grown(rule, count) {
  return rule.base + Math.min(rule.most, rule.growth * Math.sqrt(Math.max(0, count - rule.beyond)));
}

/** The consulate countries' fill by rank, lightest first; a post whose rank no source gives has its own hue.
 * @param {Payload} payload
 */
function rankShades(payload) {
  return look(payload).map.rankShades;
}

/**
 * @param {Payload} payload
 * @param {string} cat
 */
function isCountryLayer(payload, cat) {
  return style(payload, cat).layer === "country";
}

/**
 * @param {Payload} payload
 */
function arcCategories(payload) {
  return payload.categories.filter(function (c) { return style(payload, c).arcs; });
}

export { style, look, filled, grown, rankShades, isCountryLayer, arcCategories };
