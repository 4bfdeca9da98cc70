/* The year control's small histogram: how many relations began or happened each year, the chosen year
 * marked; a click on a bar goes to its year. An image to screen readers (its words name the busiest
 * year): the slider under it is the keyboard's way through the years. */
const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
  return node;
}

/** The histogram for a payload, in a language; onChange({ year }) on a click. */
function createHistogram(core, payload, lang, onChange) {
  const style = core.look(payload).timeline.histogram;
  const first = payload.years[0];
  const node = svg("svg", { class: "year-histogram", role: "img", height: style.height,
    preserveAspectRatio: "none" });
  let drawn = "";
  let rects = [];
  let chosen = null;

  node.addEventListener("click", function (event) {
    const box = node.getBoundingClientRect();
    const years = payload.years[1] - first + 1;
    const year = first + Math.floor(((event.clientX - box.left) / box.width) * years);
    onChange({ year: Math.min(payload.years[1], Math.max(first, year)) });
  });

  function update(state) {
    // the counts follow the categories and the region, not the year: recounted only when those change
    const key = state.cats.join(",") + "|" + state.region;
    if (key !== drawn) {
      const counts = core.yearCounts(payload, state);
      const most = Math.max(1, Math.max.apply(null, counts));
      node.setAttribute("viewBox", "0 0 " + counts.length + " " + most);
      rects = counts.map(function (count, i) {
        return svg("rect", { x: i, y: most - count, width: 1, height: count, fill: style.bar, "data-year": first + i });
      });
      node.replaceChildren.apply(node, rects);
      const peak = counts.indexOf(Math.max.apply(null, counts));
      node.setAttribute("aria-label", core.t(payload, lang, "histogram.label")
        .replace("{first}", String(first)).replace("{last}", String(payload.years[1]))
        .replace("{peak}", String(first + peak)).replace("{count}", core.formatNumber(counts[peak], lang)));
      drawn = key;
      chosen = null;
    }
    if (chosen) chosen.setAttribute("fill", style.bar);
    chosen = rects[state.year - first] || null;
    if (chosen) {
      chosen.setAttribute("fill", style.chosen);
      node.appendChild(chosen);  // drawn last, over its neighbours
    }
  }

  return { node: node, update: update };
}

export { createHistogram };
