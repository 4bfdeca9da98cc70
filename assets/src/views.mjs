/* The explorer's words drawn as plain DOM: key figures, the details panel, the table view.
 * (Handing Dash hundreds of components per change cost ~350 ms; writing the DOM directly costs a few.)
 * Links are real permalinks; a plain click selects in place, without reloading the page. */
import { el, glyph } from "./dom.mjs";
import { ID, byId } from "./ids.mjs";
import { colon, selectLink, sourceLinks } from "./links.mjs";
import { figureNotes, keyFigures } from "./officials.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */
/** @typedef {import("./state.mjs").State} State */

function definitions(pairs) {
  const list = el("dl");
  pairs.forEach(function (pair) {
    list.appendChild(el("dt", { text: pair[0] }));
    list.appendChild(el("dd", { text: pair[1] }));
  });
  return list;
}

/**
 * @param {string} iso
 */
function precisionOf(iso) {
  return iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
}

/**
 * @param {Payload} payload
 * @param {State} state
 */
function details(core, payload, state, onChange) {
  const lang = state.lang;
  const T = function (key) { return core.t(payload, lang, key); };
  const rel = payload.relations.find(function (r) { return r.id === state.sel; });
  if (!rel && state.at === "home") return homeDetails(core, payload, state, onChange);
  if (!rel && state.group) return groupDetails(core, payload, state, onChange);
  if (!rel) return [el("p", { class: "prompt", text: T("details.prompt") })];
  const where = core.whereName(payload, rel, lang);
  const partner = core.partnerName(payload, rel, lang);
  const facts = [[T("details.where"), where || T("details.nowhere")]];
  if (partner !== where) facts.push([T("details.with"), partner || T("details.no_partner")]);
  const spot = payload.places[core.whereKey(rel)];
  if (spot && spot.approx) facts.push([T("details.position"), T("details.position_city")]);
  facts.push([T("details.dates"), core.formatSpan(rel, lang, payload)]);
  if (rel.amount_eur) facts.push([T("details.amount"), core.formatNumber(rel.amount_eur, lang) + " €"]);
  if (rel.people) facts.push([T("details.people"), core.formatNumber(rel.people, lang) + " " + core.pick(rel.people_what, lang)]);
  facts.push([T("details.status"), T("status." + rel.status)]);
  if (rel.flags && rel.flags.length) {
    facts.push([T("details.caveats"), rel.flags.map(function (f) { return T("flag." + f); }).join(" · ")]);
  }
  const article = el("article", { "aria-labelledby": ID.details_title }, [
    core.atHome(payload, rel) ? el("p", { class: "back" }, [selectLink(core, payload, Object.assign({}, state, { sel: "" }),
      "", T("home.back").replace("{name}", core.pick(core.homePlace(payload).name, lang)), onChange, false, { at: "home" })]) : null,
    el("h2", { id: ID.details_title, tabindex: "-1", text: core.pick(rel.title, lang) }),
    el("p", { class: "where" }, [glyph(payload, rel.category), " " + T("category." + rel.category)]),
    definitions(facts),
    el("p", { text: core.pick(rel.description, lang) }),
  ]);
  const steps = payload.milestones[rel.id] || [];
  if (steps.length) {
    article.appendChild(el("h3", { text: T("details.milestones") }));
    article.appendChild(el("ul", {}, steps.map(function (m) {
      return el("li", { text: core.formatDate(m.date, precisionOf(m.date), lang) + " — "
        + T("milestone_kind." + m.kind) + colon(core, payload, lang) + core.pick(m.note, lang) });
    })));
  }
  article.appendChild(el("h3", { text: T("details.sources") }));
  article.appendChild(el("ul", { class: "sources" }, sourceLinks(core, payload, lang, rel.sources || []).map(function (link) {
    return el("li", {}, [link]);
  })));
  const history = core.placeHistory(payload, rel.id);
  if (history.length > 1) {
    article.appendChild(el("h3", { text: T("details.history") + (where ? colon(core, payload, lang) + where : "") }));
    article.appendChild(el("ol", { class: "history" }, history.map(function (r) {
      const label = core.formatSpan(r, lang, payload) + " — " + core.pick(r.title, lang);
      return el("li", {}, [glyph(payload, r.category), " ", r.id === rel.id
        ? el("strong", { "aria-current": "true", text: label })
        : selectLink(core, payload, state, r.id, label, onChange)]);
    })));
  }
  return [article];
}

/** What took place in the home city in the view: the group mark's list, each linked to its details.
 * @param {Payload} payload
 * @param {State} state
 */
function homeDetails(core, payload, state, onChange) {
  const lang = state.lang;
  const T = function (key) { return core.t(payload, lang, key); };
  const home = core.homePlace(payload);
  const rows = core.homeList(payload, core.visibleRelations(payload, state));
  const name = core.pick(home.name, lang);
  const intro = rows.length ? core.tn(payload, lang, "home.count", rows.length).replace("{name}", name)
    .replace("{year}", String(state.year)) : T("home.none").replace("{name}", name);
  return listDetails(core, payload, state, onChange, T("home.heading").replace("{name}", name), intro, rows, function (r) {
    const partner = core.partnerName(payload, r, lang);
    const spot = payload.places[r.place];
    return { label: core.formatSpan(r, lang, payload) + " — " + core.pick(r.title, lang),
      extra: [spot && spot.spot ? core.pick(spot.name, lang) : "",
        partner ? T("details.with_short") + " " + partner : ""].filter(Boolean).join(" · ") };
  });
}

/** A group mark's list: what the view shows at its places, place by place, each linked to its details.
 * @param {Payload} payload
 * @param {State} state
 */
function groupDetails(core, payload, state, onChange) {
  const lang = state.lang;
  const T = function (key) { return core.t(payload, lang, key); };
  const order = state.group || [];
  const rows = core.visibleRelations(payload, state).filter(function (r) { return order.includes(r.place); })
    .sort(function (a, b) { return order.indexOf(a.place) - order.indexOf(b.place) || (a.start || "").localeCompare(b.start || ""); });
  const names = order.map(function (key) { return core.placeName(payload.places[key], lang); });
  const intro = rows.length ? core.tn(payload, lang, "group.count", rows.length) : T("group.none");
  return listDetails(core, payload, state, onChange, T("group.heading").replace("{names}", names.join(", ")), intro, rows,
    function (r) { return { label: core.pick(r.title, lang), extra: core.placeName(payload.places[r.place], lang) }; });
}

/** Relations listed in the details (a group mark's, the home city's): a heading, a line that counts them,
 * each relation a link to its own details; words(r) gives its link's label and what follows it.
 * @param {Payload} payload
 * @param {State} state
 */
function listDetails(core, payload, state, onChange, heading, intro, rows, words) {
  const article = el("article", { "aria-labelledby": ID.details_title }, [
    el("h2", { id: ID.details_title, tabindex: "-1", text: heading }), el("p", { text: intro })]);
  if (rows.length) {
    article.appendChild(el("ul", { class: "home-list" }, rows.map(function (r) {
      const said = words(r);
      return el("li", {}, [glyph(payload, r.category), " ", selectLink(core, payload, state, r.id, said.label, onChange),
        said.extra ? el("span", { class: "place-what", text: " (" + said.extra + ")" }) : null]);
    })));
  }
  return [article];
}

const TABLE_LIMIT = 300;
const PLACE_LIMIT = 300;

/** The places the map shows as a list of links: what a click on the map does, a keyboard can do.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function places(core, payload, state, rows, onChange, open, groups) {
  const lang = state.lang;
  const T = function (key) { return core.t(payload, lang, key); };
  const heading = function (count) { return T("places.heading").replace("{count}", core.formatNumber(count, lang)); };
  // Closed, the list is only counted: with 50,000 relations, sorting and writing it on every year
  // change would cost more than the map; it is written when opened (explorer.mjs listens).
  if (!open) return { heading: heading(core.placeTotal(rows, payload)), children: null };
  const list = core.placeList(payload, state, rows);
  const selected = payload.relations.find(function (r) { return r.id === state.sel; });
  if (!list.length) return { heading: heading(0), children: [el("p", { text: T("places.none") })] };
  const items = list.slice(0, PLACE_LIMIT).map(function (entry) {
    const what = entry.cats.map(function (c) { return T("category." + c); }).join(", ");
    const count = core.tn(payload, lang, "places.relations", entry.count);
    const link = entry.home
      ? selectLink(core, payload, state, "", entry.label, onChange, state.at === "home", { at: "home" })
      : selectLink(core, payload, state, entry.sel, entry.label, onChange, selected && selected.place === entry.key);
    return el("li", { "data-place": entry.key }, entry.cats.map(function (c) { return glyph(payload, c); }).concat([" ", link,
      el("span", { class: "place-what", text: " — " + what + " (" + count + ")" })]));
  });
  const children = [el("ul", { class: "place-items" }, items)];
  if (list.length > PLACE_LIMIT) children.push(el("p", { text: T("places.more").replace("{count}", String(PLACE_LIMIT)) }));
  if (groups.length) {  // the group marks, as the keyboard's way to open them
    children.push(el("p", { class: "place-groups", text: T("places.groups") }), el("ul", { class: "place-items" },
      groups.map(function (keys) {
        const names = keys.map(function (key) { return core.placeName(payload.places[key], lang); }).join(", ");
        const label = core.tn(payload, lang, "places.group", keys.length).replace("{names}", names);
        return el("li", {}, [selectLink(core, payload, state, "", label, onChange,
          Boolean(state.group && state.group.join() === keys.join()), { group: keys })]);
      })));
  }
  return { heading: heading(list.length), children: children };
}

/** The map's key in words: each category's symbol, the consulates' shades, the home city, the ring.
 * @param {Payload} payload
 * @param {State} state
 */
function legend(core, payload, state, grouped) {
  const T = function (key) { return core.t(payload, state.lang, key); };
  const item = function (mark, label) { return el("li", {}, [mark, " " + label]); };
  const symbol = function (text, cls) { return el("span", { class: "glyph " + (cls || ""), "aria-hidden": "true", text: text }); };
  const shaded = state.cats.filter(function (c) { return core.isCountryLayer(payload, c); });
  const items = state.cats.filter(function (c) { return !shaded.includes(c); }).map(function (c) {
    return item(glyph(payload, c), T("category." + c));
  });
  items.push(item(symbol("★", "home"), T("legend.home")), item(symbol("◯", "ring"), T("legend.selected")),
    item(symbol("◌", "ring"), T("legend.partner")));
  if (grouped) items.push(item(symbol("②", "group"), T("legend.group")));
  const parts = [el("h3", { class: "visually-hidden", text: T("legend.heading") }), el("ul", {}, items)];
  if (shaded.length) {
    parts.push(el("p", { class: "shades" }, [T("legend.consulates")].concat(core.rankShades(payload).map(function (shade) {
      const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.background = shade.colour;
      swatch.style.borderColor = core.look(payload).map.rankBorder;
      return el("span", { class: "shade" }, [" ", swatch, " " + T("consular_rank." + shade.consular_rank)]);
    }))));
  }
  return parts;
}

/**
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function table(core, payload, state, rows, onChange) {
  const lang = state.lang;
  const T = function (key) { return core.t(payload, lang, key); };
  const heads = ["table.category", "table.title", "table.where", "table.partner", "table.dates", "table.amount",
    "table.status"];
  const body = el("tbody", {}, core.tableRows(payload, state, rows.slice(0, TABLE_LIMIT)).map(function (r) {
    return el("tr", {}, [
      el("td", {}, [glyph(payload, r.category), " " + r.categoryLabel]),
      el("th", { scope: "row" }, [selectLink(core, payload, state, r.id, r.title, onChange)]),
      el("td", { text: r.where }), el("td", { text: r.partner || "—" }), el("td", { text: r.dates }),
      el("td", { class: "number", text: r.amount }),
      el("td", { text: r.status }),
    ]);
  }));
  const parts = [el("table", {}, [
    el("caption", { text: T("table.caption").replace("{count}", core.formatNumber(rows.length, lang)) }),
    el("thead", {}, [el("tr", {}, heads.map(function (k) { return el("th", { scope: "col", text: T(k) }); }))]),
    body,
  ])];
  if (rows.length > TABLE_LIMIT) parts.push(el("p", { text: T("table.more").replace("{count}", String(TABLE_LIMIT)) }));
  return parts;
}

/** Draw the three views into their containers (found by id) for a state.
 * @param {Payload} payload
 * @param {State} state
 * @param {Relation[]} rows
 */
function render(core, payload, state, rows, onChange, groups) {
  const fill = function (name, children) {
    const container = byId(name);
    if (container) container.replaceChildren.apply(container, children);
  };
  fill("key_figures", keyFigures(core, payload, state, rows, onChange));
  const box = /** @type {HTMLDetailsElement} */ (byId("places"));
  const list = places(core, payload, state, rows, onChange, Boolean(box && box.open), groups);
  const summary = byId("places_summary");
  if (summary) summary.textContent = list.heading;
  if (list.children) fill("place_list", list.children);
  fill("map_legend", legend(core, payload, state, groups.length > 0));
  fill("details", details(core, payload, state, onChange));
  fill("table", table(core, payload, state, rows, onChange));
  const notes = byId("figure_notes");
  const drawn = payload.version + "|" + state.lang;  // they change with the data and the language only
  if (notes && notes.getAttribute("data-drawn") !== drawn) {
    notes.replaceChildren.apply(notes, figureNotes(core, payload, state));
    notes.setAttribute("data-drawn", drawn);
  }
}

export { render };
