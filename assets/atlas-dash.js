/* Glue between the Dash app and the pure core (atlas-core.js): clientside callbacks only.
 * Builds Dash component trees as plain objects; React renders every string as text, never as HTML. */
(function () {
  "use strict";
  const core = window.atlas;
  const GLYPH = {
    circle: "●", diamond: "◆", square: "■", "triangle-up": "▲", star: "★", "triangle-down": "▼",
    hexagon: "⬢", pentagon: "⬟", cross: "✚", x: "✖", "triangle-right": "▶",
  };

  function h(type, props, children, namespace) {
    const all = Object.assign({}, props || {});
    if (children !== undefined) all.children = children;
    return { type: type, namespace: namespace || "dash_html_components", props: all };
  }

  function link(href, children, props) {
    return h("Link", Object.assign({ href: href }, props || {}), children, "dash_core_components");
  }

  function colon(lang) {
    return lang === "en" ? ": " : " : ";  // French puts a space before the colon
  }

  function noUpdates(n) {
    return Array(n).fill(window.dash_clientside.no_update);
  }

  function glyph(cat) {
    const style = core.STYLE[cat];
    return h("Span", { className: "glyph", style: { color: style.color }, "aria-hidden": "true" }, GLYPH[style.symbol]);
  }

  /* ---------- state ---------- */

  function triggeredIds() {
    const ctx = window.dash_clientside.callback_context;
    return (ctx && ctx.triggered ? ctx.triggered : []).map(function (t) { return t.prop_id; });
  }

  function relationAtPlace(payload, state, placeKey) {
    const visible = core.visibleRelations(payload, state).filter(function (r) { return r.p === placeKey; });
    const any = payload.relations.filter(function (r) { return r.p === placeKey; });
    const chosen = (visible.length ? visible : any)[0];
    return chosen ? chosen.id : "";
  }

  function clickedPlace(payload, click) {
    const point = click && click.points && click.points[0];
    if (!point) return "";
    if (typeof point.customdata === "string") return point.customdata;
    return Array.isArray(point.customdata) ? String(point.customdata[0]) : "";
  }

  function applyPatch(payload, state, patch) {
    if (patch.reset) return Object.assign(core.defaultState(payload), { lang: state.lang });
    const next = Object.assign({}, state);
    if ("year" in patch && Number.isFinite(patch.year)) {
      next.year = Math.min(payload.years[1], Math.max(payload.years[0], patch.year));
    }
    if ("mode" in patch) next.mode = patch.mode === "happened" ? "happened" : "inforce";
    if ("cats" in patch) next.cats = payload.categories.filter(function (c) { return patch.cats.includes(c); });
    if ("region" in patch) next.region = patch.region || "";
    if (patch.place) {
      next.sel = relationAtPlace(payload, next, patch.place);
      next.focus = patch.place;  // centre the map there, once; not part of the URL
    }
    return next;
  }

  function nextState(payload, previous, search, inputs) {
    const fired = triggeredIds();
    if (!previous || fired.includes("url.search") || fired.length === 0 || fired.includes(".")) {
      return core.parseState(search, payload);
    }
    if (fired.includes("view-input.data") && inputs.patch) return applyPatch(payload, previous, inputs.patch);
    const state = Object.assign({}, previous);
    if (fired.includes("map.clickData")) {
      const place = clickedPlace(payload, inputs.mapClick);
      if (place) state.sel = relationAtPlace(payload, state, place);
    }
    if (fired.includes("timeline.clickData")) {
      const id = clickedPlace(payload, inputs.timelineClick);
      if (id) state.sel = id;
    }
    return state;
  }

  function showControls(payload, state) {
    const container = document.getElementById("controls");
    if (!container || !window.atlasControls) return;
    if (container.getAttribute("data-lang") !== state.lang) {
      window.atlasControls.mount(container, core, payload, state.lang, function (patch) {
        window.dash_clientside.set_props("view-input", { data: Object.assign({ at: Date.now() }, patch) });
      });
      container.setAttribute("data-lang", state.lang);
    }
    window.atlasControls.update(container, core, payload, state);
  }

  /* ---------- rendering ---------- */

  function keyFigureItems(payload, state, rows) {
    const lang = state.lang;
    return core.keyFigures(payload, state, rows).map(function (item) {
      const parts = [glyph(item.cat), " ", h("Strong", {}, core.formatNumber(item.count, lang)), " " + item.label];
      if (item.official) {
        let official = " — " + core.t(payload, lang, "figures.official") + colon(lang) + item.official;
        if (item.inData !== null && item.inData !== undefined) {
          official += " (" + core.formatNumber(item.inData, lang) + " " + core.t(payload, lang, "figures.on_map") + ")";
        }
        parts.push(h("Span", { className: "official" }, official));
      }
      return h("Li", {}, parts);
    });
  }

  function tableView(payload, state, rows) {
    const lang = state.lang;
    const T = function (key) { return core.t(payload, lang, key); };
    const limit = 300;
    const body = core.tableRows(payload, state, rows.slice(0, limit)).map(function (r) {
      return h("Tr", {}, [h("Td", {}, [glyph(r.cat), " " + r.category]),
        h("Th", { scope: "row" }, link(core.toSearch(Object.assign({}, state, { sel: r.id }), payload), r.title)),
        h("Td", {}, r.place), h("Td", {}, r.dates), h("Td", { className: "number" }, r.amount), h("Td", {}, r.status)]);
    });
    const heads = ["table.category", "table.title", "table.place", "table.dates", "table.amount", "table.status"];
    const children = [h("Table", {}, [
      h("Caption", {}, T("table.caption").replace("{count}", core.formatNumber(rows.length, lang))),
      h("Thead", {}, h("Tr", {}, heads.map(function (k) { return h("Th", { scope: "col" }, T(k)); }))),
      h("Tbody", {}, body),
    ])];
    if (rows.length > limit) children.push(h("P", {}, T("table.more").replace("{count}", String(limit))));
    return children;
  }

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = name;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function definition(term, value) {
    return [h("Dt", {}, term), h("Dd", {}, value)];
  }

  function detailsPanel(payload, state) {
    const lang = state.lang;
    const T = function (key) { return core.t(payload, lang, key); };
    const rel = payload.relations.find(function (r) { return r.id === state.sel; });
    if (!rel) return h("P", { className: "prompt" }, T("details.prompt"));
    const place = rel.p ? payload.places[rel.p] : null;
    const where = place ? core.pick(place.name, lang) + (place.city ? ", " + core.pick(place.country, lang) : "") : "";
    let facts = definition(T("details.dates"), core.formatSpan(rel, lang, payload));
    if (rel.amt) facts = facts.concat(definition(T("details.amount"), core.formatNumber(rel.amt, lang) + " €"));
    if (rel.ppl) {
      facts = facts.concat(definition(T("details.people"),
        core.formatNumber(rel.ppl, lang) + " " + core.pick(rel.pw, lang)));
    }
    facts = facts.concat(definition(T("details.status"), T("status." + rel.st)));
    if (rel.flags && rel.flags.length) {
      facts = facts.concat(definition(T("details.caveats"), rel.flags.map(function (f) { return T("flag." + f); }).join(" · ")));
    }
    const children = [
      h("H2", { id: "details-title" }, core.pick(rel.t, lang)),
      h("P", { className: "where" }, [glyph(rel.cat), " " + T("category." + rel.cat) + (where ? " · " + where : "")]),
      h("Dl", {}, facts),
      h("P", {}, core.pick(rel.d, lang)),
    ];
    const steps = payload.milestones[rel.id] || [];
    if (steps.length) {
      children.push(h("H3", {}, T("details.milestones")));
      children.push(h("Ul", {}, steps.map(function (m) {
        return h("Li", {}, core.formatDate(m.date, m.date.length === 4 ? "year" : m.date.length === 7 ? "month" : "day", lang)
          + " — " + T("milestone_kind." + m.kind) + colon(lang) + core.pick(m.note, lang));
      })));
    }
    children.push(h("H3", {}, T("details.sources")));
    children.push(h("Ul", { className: "sources" }, (rel.src || []).map(function (url, i) {
      let host = url;
      try { host = new URL(url).hostname.replace(/^www\./, ""); } catch (e) { /* keep the address */ }
      return h("Li", {}, h("A", { href: url, target: "_blank", rel: "noopener noreferrer" },
        T("details.source_link").replace("{n}", String(i + 1)) + " (" + host + ")"));
    })));
    const history = core.placeHistory(payload, rel.id);
    if (history.length > 1) {
      children.push(h("H3", {}, T("details.history") + (where ? colon(lang) + where : "")));
      children.push(h("Ol", { className: "history" }, history.map(function (r) {
        const label = core.formatSpan(r, lang, payload) + " — " + core.pick(r.t, lang);
        const current = r.id === rel.id;
        return h("Li", {}, [glyph(r.cat), " ", current
          ? h("Strong", { "aria-current": "true" }, label)
          : link(core.toSearch(Object.assign({}, state, { sel: r.id }), payload), label)]);
      })));
    }
    return h("Article", { "aria-labelledby": "details-title" }, children);
  }

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    atlas: {
      /** Controls, URL and state kept in step: any of them changes, the others follow. */
      sync: function (search, patch, mapClick, timelineClick, payload, previous) {
        if (!payload) return noUpdates(2);
        const state = nextState(payload, previous, search, {
          patch: patch, mapClick: mapClick, timelineClick: timelineClick,
        });
        const wanted = core.toSearch(state, payload);
        return [state, wanted === search ? window.dash_clientside.no_update : wanted];
      },

      /** Everything drawn from the state: map, timeline, words, details, live counts, language link. */
      render: function (state, payload) {
        if (!state || !payload) return noUpdates(7);
        const rows = core.visibleRelations(payload, state);
        const other = state.lang === "en" ? "fr" : "en";
        document.documentElement.lang = state.lang;
        showControls(payload, state);
        return [
          core.mapFigure(payload, state, rows),
          core.timelineFigure(payload, state, rows),
          core.summary(payload, state, rows),
          keyFigureItems(payload, state, rows),
          detailsPanel(payload, state),
          tableView(payload, state, rows),
          core.toSearch(Object.assign({}, state, { lang: other }), payload),
        ];
      },

      /** Downloads of exactly what is shown, built in the browser (they work offline too). */
      downloadCsv: function (clicks, state, payload) {
        if (clicks && state && payload) {
          download("marseille-international-" + state.year + ".csv",
            core.toCSV(payload, state, core.visibleRelations(payload, state)), "text/csv;charset=utf-8");
        }
        return window.dash_clientside.no_update;
      },

      downloadGeojson: function (clicks, state, payload) {
        if (clicks && state && payload) {
          download("marseille-international-" + state.year + ".geojson",
            JSON.stringify(core.toGeoJSON(payload, state, core.visibleRelations(payload, state))),
            "application/geo+json");
        }
        return window.dash_clientside.no_update;
      },
    },
  });
})();
