/* Glue between the Dash app and the shared browser modules: clientside callbacks only.
 * atlas-core.js computes, atlas-controls.js and atlas-views.js draw plain DOM; Dash carries the state,
 * the URL and the two figures. */
(function () {
  "use strict";
  const core = window.atlas;

  function noUpdates(n) {
    return Array(n).fill(window.dash_clientside.no_update);
  }

  /** Controls and views report a partial state; it reaches the sync callback through a store. */
  function send(patch) {
    window.dash_clientside.set_props("view-input", { data: Object.assign({ at: Date.now() }, patch) });
  }

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

  function clicked(click) {
    const point = click && click.points && click.points[0];
    if (!point) return "";
    if (typeof point.customdata === "string") return point.customdata;
    return Array.isArray(point.customdata) ? String(point.customdata[0]) : "";
  }

  function applyPatch(payload, state, patch) {
    if (patch.reset) return Object.assign(core.defaultState(payload), { lang: state.lang });
    const next = Object.assign({}, state);
    delete next.focus;
    if ("year" in patch && Number.isFinite(patch.year)) {
      next.year = Math.min(payload.years[1], Math.max(payload.years[0], patch.year));
    }
    if ("mode" in patch) next.mode = patch.mode === "happened" ? "happened" : "inforce";
    if ("cats" in patch) next.cats = payload.categories.filter(function (c) { return patch.cats.includes(c); });
    if ("region" in patch) next.region = patch.region || "";
    if ("sel" in patch && payload.relations.some(function (r) { return r.id === patch.sel; })) next.sel = patch.sel;
    if (patch.place) {
      next.sel = relationAtPlace(payload, next, patch.place);
      next.focus = patch.place; // centre the map there, once; not part of the URL
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
    delete state.focus;
    if (fired.includes("map.clickData")) {
      const place = clicked(inputs.mapClick);
      if (place) state.sel = relationAtPlace(payload, state, place);
    }
    if (fired.includes("timeline.clickData")) {
      const id = clicked(inputs.timelineClick);
      if (id) state.sel = id;
    }
    return state;
  }

  function showControls(payload, state) {
    const container = document.getElementById("controls");
    if (!container) return;
    if (container.getAttribute("data-lang") !== state.lang) {
      window.atlasControls.mount(container, core, payload, state.lang, send);
      container.setAttribute("data-lang", state.lang);
    }
    window.atlasControls.update(container, core, payload, state);
  }

  /** Size a figure to its container: explicit sizes spare dcc.Graph a resize pass (a second full draw)
   * after every update. */
  function sized(figure, id) {
    const box = document.getElementById(id);
    if (box && box.clientWidth) {
      figure.layout.width = box.clientWidth;
      if (id === "map") figure.layout.height = box.clientHeight || Math.round(box.clientWidth * 0.55);
    }
    return figure;
  }

  let resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      ["map", "timeline"].forEach(function (id) {
        const graph = document.querySelector("#" + id + " .js-plotly-plot");
        const box = document.getElementById(id);
        if (!graph || !box || !window.Plotly) return;
        const update = { width: box.clientWidth };
        if (id === "map") update.height = box.clientHeight;
        window.Plotly.relayout(graph, update);
      });
    }, 200);
  });

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

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    atlas: {
      /** URL, control changes and clicks kept in step: any of them changes, the others follow. */
      sync: function (search, patch, mapClick, timelineClick, payload, previous) {
        if (!payload) return noUpdates(2);
        const state = nextState(payload, previous, search, {
          patch: patch, mapClick: mapClick, timelineClick: timelineClick,
        });
        const wanted = core.toSearch(state, payload);
        return [state, wanted === search ? window.dash_clientside.no_update : wanted];
      },

      /** Everything drawn from the state: controls, words and table in the DOM; the two figures via Dash. */
      render: function (state, payload) {
        if (!state || !payload) return noUpdates(4);
        const rows = core.visibleRelations(payload, state);
        const other = state.lang === "en" ? "fr" : "en";
        // Sizes are read before the DOM changes below, so reading them never forces a layout pass.
        const map = sized(core.mapFigure(payload, state, rows), "map");
        const timeline = sized(core.timelineFigure(payload, state, core.timelineRows(payload, state)), "timeline");
        document.documentElement.lang = state.lang;
        showControls(payload, state);
        window.atlasViews.render(core, payload, state, rows, send);
        return [
          map,
          timeline,
          core.summary(payload, state, rows),
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
