/* The explorer's words drawn as plain DOM: key figures, the details panel, the table view.
 * (Handing Dash hundreds of components per change cost ~350 ms; writing the DOM directly costs a few.)
 * Links are real permalinks; a plain click selects in place, without reloading the page. */
(function (root) {
  "use strict";
  function el(tag, attrs, children) { return root.atlasDom.el(tag, attrs, children); }
  function glyph(core, cat) { return root.atlasDom.glyph(core, cat); }

  function colon(lang) {
    return lang === "en" ? ": " : " : "; // French puts a space before the colon
  }

  /** A link that selects a relation in place; the details then take the focus (the link itself is
   * redrawn with its list, and a keyboard user wants to read what they chose). */
  function selectLink(core, payload, state, id, label, onChange, current) {
    const a = el("a", { href: core.toSearch(Object.assign({}, state, { sel: id }), payload), text: label,
      "aria-current": current ? "true" : null });
    a.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // new tab: let it be
      event.preventDefault();
      onChange({ sel: id, reveal: true });
    });
    return a;
  }

  function keyFigures(core, payload, state, rows) {
    const lang = state.lang;
    return core.keyFigures(payload, state, rows).map(function (item) {
      const parts = [glyph(core, item.cat), " ", el("strong", { text: core.formatNumber(item.count, lang) }),
        " " + item.label];
      if (item.official) {
        let official = " — " + core.t(payload, lang, "figures.official") + colon(lang) + item.official;
        if (item.inData !== null && item.inData !== undefined) {
          official += " (" + core.formatNumber(item.inData, lang) + " " + core.t(payload, lang, "figures.on_map") + ")";
        }
        parts.push(el("span", { class: "official", text: official }));
      }
      return el("li", {}, parts);
    });
  }

  function definitions(pairs) {
    const list = el("dl");
    pairs.forEach(function (pair) {
      list.appendChild(el("dt", { text: pair[0] }));
      list.appendChild(el("dd", { text: pair[1] }));
    });
    return list;
  }

  function precisionOf(iso) {
    return iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
  }

  function details(core, payload, state, onChange) {
    const lang = state.lang;
    const T = function (key) { return core.t(payload, lang, key); };
    const rel = payload.relations.find(function (r) { return r.id === state.sel; });
    if (!rel) return [el("p", { class: "prompt", text: T("details.prompt") })];
    const place = rel.p ? payload.places[rel.p] : null;
    const where = place ? core.placeName(place, lang) : "";
    const facts = [[T("details.dates"), core.formatSpan(rel, lang, payload)]];
    if (rel.amt) facts.push([T("details.amount"), core.formatNumber(rel.amt, lang) + " €"]);
    if (rel.ppl) facts.push([T("details.people"), core.formatNumber(rel.ppl, lang) + " " + core.pick(rel.pw, lang)]);
    facts.push([T("details.status"), T("status." + rel.st)]);
    if (rel.flags && rel.flags.length) {
      facts.push([T("details.caveats"), rel.flags.map(function (f) { return T("flag." + f); }).join(" · ")]);
    }
    const article = el("article", { "aria-labelledby": "details-title" }, [
      el("h2", { id: "details-title", tabindex: "-1", text: core.pick(rel.t, lang) }),
      el("p", { class: "where" }, [glyph(core, rel.cat), " " + T("category." + rel.cat) + (where ? " · " + where : "")]),
      definitions(facts),
      el("p", { text: core.pick(rel.d, lang) }),
    ]);
    const steps = payload.milestones[rel.id] || [];
    if (steps.length) {
      article.appendChild(el("h3", { text: T("details.milestones") }));
      article.appendChild(el("ul", {}, steps.map(function (m) {
        return el("li", { text: core.formatDate(m.date, precisionOf(m.date), lang) + " — "
          + T("milestone_kind." + m.kind) + colon(lang) + core.pick(m.note, lang) });
      })));
    }
    article.appendChild(el("h3", { text: T("details.sources") }));
    article.appendChild(el("ul", { class: "sources" }, (rel.src || []).map(function (url, i) {
      let host = url;
      try { host = new URL(url).hostname.replace(/^www\./, ""); } catch (e) { /* keep the address */ }
      return el("li", {}, [el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, [
        T("details.source_link").replace("{n}", String(i + 1)) + " (" + host + ")",
        el("span", { class: "visually-hidden", text: " " + T("details.new_window") })])]);
    })));
    const history = core.placeHistory(payload, rel.id);
    if (history.length > 1) {
      article.appendChild(el("h3", { text: T("details.history") + (where ? colon(lang) + where : "") }));
      article.appendChild(el("ol", { class: "history" }, history.map(function (r) {
        const label = core.formatSpan(r, lang, payload) + " — " + core.pick(r.t, lang);
        return el("li", {}, [glyph(core, r.cat), " ", r.id === rel.id
          ? el("strong", { "aria-current": "true", text: label })
          : selectLink(core, payload, state, r.id, label, onChange)]);
      })));
    }
    return [article];
  }

  const TABLE_LIMIT = 300;
  const PLACE_LIMIT = 300;

  /** The places the map shows as a list of links: what a click on the map does, a keyboard can do. */
  function places(core, payload, state, rows, onChange, open) {
    const lang = state.lang;
    const T = function (key) { return core.t(payload, lang, key); };
    const heading = function (count) { return T("places.heading").replace("{count}", core.formatNumber(count, lang)); };
    // Closed, the list is only counted: with 50,000 relations, sorting and writing it on every year
    // change would cost more than the map; it is written when opened (atlas-explorer.js listens).
    if (!open) return { heading: heading(core.placeTotal(rows)), children: null };
    const list = core.placeList(payload, state, rows);
    const selected = payload.relations.find(function (r) { return r.id === state.sel; });
    if (!list.length) return { heading: heading(0), children: [el("p", { text: T("places.none") })] };
    const items = list.slice(0, PLACE_LIMIT).map(function (entry) {
      const what = entry.cats.map(function (c) { return T("category." + c); }).join(", ");
      const count = entry.count === 1 ? T("places.relation") : T("places.relations").replace("{count}", core.formatNumber(entry.count, lang));
      return el("li", { "data-place": entry.key }, entry.cats.map(function (c) { return glyph(core, c); }).concat([" ",
        selectLink(core, payload, state, entry.sel, entry.label, onChange, selected && selected.p === entry.key),
        el("span", { class: "place-what", text: " — " + what + " (" + count + ")" })]));
    });
    const children = [el("ul", { class: "place-items" }, items)];
    if (list.length > PLACE_LIMIT) children.push(el("p", { text: T("places.more").replace("{count}", String(PLACE_LIMIT)) }));
    return { heading: heading(list.length), children: children };
  }

  /** The map's key in words: each category's symbol, the consulates' shades, Marseille, the ring. */
  function legend(core, payload, state) {
    const T = function (key) { return core.t(payload, state.lang, key); };
    const item = function (mark, label) { return el("li", {}, [mark, " " + label]); };
    const symbol = function (text, cls) { return el("span", { class: "glyph " + (cls || ""), "aria-hidden": "true", text: text }); };
    const items = state.cats.filter(function (c) { return c !== "consulate"; }).map(function (c) {
      return item(glyph(core, c), T("category." + c));
    });
    items.push(item(symbol("★", "marseille"), T("legend.marseille")), item(symbol("◯", "ring"), T("legend.selected")));
    const parts = [el("h3", { class: "visually-hidden", text: T("legend.heading") }), el("ul", {}, items)];
    if (state.cats.includes("consulate")) {
      parts.push(el("p", { class: "shades" }, [T("legend.consulates")].concat(core.CONSULATE_SHADES.map(function (shade) {
        const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
        swatch.style.background = shade.color;
        swatch.style.borderColor = core.CONSULATE_BORDER;
        return el("span", { class: "shade" }, [" ", swatch, " " + T("consular_rank." + shade.rank)]);
      }))));
    }
    return parts;
  }

  function table(core, payload, state, rows, onChange) {
    const lang = state.lang;
    const T = function (key) { return core.t(payload, lang, key); };
    const heads = ["table.category", "table.title", "table.place", "table.dates", "table.amount", "table.status"];
    const body = el("tbody", {}, core.tableRows(payload, state, rows.slice(0, TABLE_LIMIT)).map(function (r) {
      return el("tr", {}, [
        el("td", {}, [glyph(core, r.cat), " " + r.category]),
        el("th", { scope: "row" }, [selectLink(core, payload, state, r.id, r.title, onChange)]),
        el("td", { text: r.place }), el("td", { text: r.dates }), el("td", { class: "number", text: r.amount }),
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

  /** Draw the three views into their containers (found by id) for a state. */
  function render(core, payload, state, rows, onChange) {
    const fill = function (id, children) {
      const container = document.getElementById(id);
      if (container) container.replaceChildren.apply(container, children);
    };
    fill("key-figures", keyFigures(core, payload, state, rows));
    const box = document.getElementById("places");
    const list = places(core, payload, state, rows, onChange, Boolean(box && box.open));
    const summary = document.getElementById("places-summary");
    if (summary) summary.textContent = list.heading;
    if (list.children) fill("place-list", list.children);
    fill("map-legend", legend(core, payload, state));
    fill("details", details(core, payload, state, onChange));
    fill("table", table(core, payload, state, rows, onChange));
  }

  root.atlasViews = { render: render };
})(typeof self !== "undefined" ? self : this);
