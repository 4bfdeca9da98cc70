(() => {
  var __defProp = Object.defineProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };

  // assets/src/core.mjs
  var core_exports = {};
  __export(core_exports, {
    MIGRATIONS: () => MIGRATIONS,
    applyPatch: () => applyPatch,
    atHome: () => atHome,
    baseMapFigure: () => baseMapFigure,
    boundsFrame: () => boundsFrame,
    categoryCounts: () => categoryCounts,
    defaultState: () => defaultState,
    embedOptions: () => embedOptions,
    fitFrame: () => fitFrame,
    fold: () => fold,
    formatDate: () => formatDate,
    formatNumber: () => formatNumber,
    formatSpan: () => formatSpan,
    groupPlaces: () => groupPlaces,
    homeList: () => homeList,
    homePlace: () => homePlace,
    isCountryLayer: () => isCountryLayer,
    isPresenter: () => isPresenter,
    isStill: () => isStill,
    keyFigures: () => keyFigures,
    labelCandidates: () => labelCandidates,
    look: () => look,
    mapDescription: () => mapDescription,
    mapFigure: () => mapFigure,
    officialFigure: () => officialFigure,
    opensOnDefault: () => opensOnDefault,
    overlapping: () => overlapping,
    parseState: () => parseState,
    partnerKey: () => partnerKey,
    partnerName: () => partnerName,
    pick: () => pick,
    placeCount: () => placeCount,
    placeHistory: () => placeHistory,
    placeLabels: () => placeLabels,
    placeList: () => placeList,
    placeName: () => placeName,
    placeTotal: () => placeTotal,
    plain: () => plain,
    rankShades: () => rankShades,
    relationAtPlace: () => relationAtPlace,
    requestedStory: () => requestedStory,
    revealPatch: () => revealPatch,
    searchAll: () => searchAll,
    searchPlaces: () => searchPlaces,
    shownIn: () => shownIn,
    storySearch: () => storySearch,
    style: () => style,
    summary: () => summary,
    t: () => t,
    tableRows: () => tableRows,
    timelineDescription: () => timelineDescription,
    timelineFigure: () => timelineFigure,
    timelineRows: () => timelineRows,
    tn: () => tn,
    toCSV: () => toCSV,
    toGeoJSON: () => toGeoJSON,
    toSearch: () => toSearch,
    visibleRelations: () => visibleRelations,
    whereKey: () => whereKey,
    whereName: () => whereName,
    yearCounts: () => yearCounts,
    yearMark: () => yearMark,
    yearOf: () => yearOf
  });

  // assets/src/util.mjs
  function yearOf(iso) {
    return iso ? parseInt(iso.slice(0, 4), 10) : null;
  }
  function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
  }
  function sum(a, b) {
    return a + b;
  }

  // assets/src/text.mjs
  function pick(pair, lang) {
    if (pair === null || typeof pair !== "object") return pair;
    return lang in pair ? pair[lang] : pair[Object.keys(pair)[0]];
  }
  function t(payload, lang, key) {
    const table2 = payload.strings[lang] || payload.strings[payload.languages[0].code];
    return key in table2 ? table2[key] : key;
  }
  var pluralRules = {};
  function tn(payload, lang, key, count) {
    const code = payload.strings[lang] ? lang : payload.languages[0].code;
    const rules = pluralRules[code] || (pluralRules[code] = new Intl.PluralRules(locale(code)));
    const table2 = payload.strings[code];
    const form = key + "." + rules.select(count);
    const text = form in table2 ? table2[form] : table2[key + ".other"] || key;
    return text.replace("{count}", formatNumber(count, lang));
  }
  function plain(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  var TAGS = {};
  function useLanguages(payload) {
    payload.languages.forEach(function(language) {
      TAGS[language.code] = language.locale;
    });
    return payload.languages[0].code;
  }
  function locale(lang) {
    return TAGS[lang] || lang;
  }
  var formatters = {};
  function formatter(kind, lang) {
    const key = kind + lang;
    if (!formatters[key]) {
      formatters[key] = kind === "number" ? new Intl.NumberFormat(locale(lang)) : new Intl.DateTimeFormat(locale(lang), kind === "month" ? { month: "long", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    }
    return formatters[key];
  }
  function formatDate(iso, precision, lang) {
    if (!iso) return "";
    const parts = iso.split("-").map(Number);
    if (precision === "year" || parts.length === 1) return String(parts[0]);
    const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1));
    return formatter(precision === "month" ? "month" : "day", lang).format(date);
  }
  function formatNumber(value, lang) {
    return formatter("number", lang).format(value);
  }
  function formatSpan(rel, lang, payload) {
    const start3 = formatDate(rel.start, rel.start_precision, lang);
    const end = formatDate(rel.end, rel.end_precision, lang);
    if (!start3 && !end) return t(payload, lang, "details.date_unknown");
    if (!end) return start3;
    return start3 === end ? start3 : start3 + " – " + end;
  }

  // assets/src/look.mjs
  function style(payload, cat) {
    return payload.categoryInfo[cat];
  }
  function look(payload, state) {
    return payload.plotly[state && state.theme === "projector" ? "projector" : "normal"];
  }
  function filled(template, fill) {
    const out = Object.assign({}, template, fill);
    ["marker", "line", "textfont"].forEach(function(key) {
      if (template[key] && fill[key]) out[key] = Object.assign({}, template[key], fill[key]);
    });
    return out;
  }
  function grown(rule, count) {
    return rule.base + Math.min(rule.most, rule.growth * Math.sqrt(Math.max(0, count - rule.beyond)));
  }
  function rankShades(payload) {
    return look(payload).map.rankShades;
  }
  function isCountryLayer(payload, cat) {
    return style(payload, cat).layer === "country";
  }
  function arcCategories(payload) {
    return payload.categories.filter(function(c) {
      return style(payload, c).arcs;
    });
  }

  // assets/src/places.mjs
  function homePlace(payload) {
    return payload.home && payload.places[payload.home.key];
  }
  function placeKeys(rel) {
    return [rel.place, rel.where, rel.partner].filter(Boolean);
  }
  function partnerKey(rel) {
    return rel.partner !== void 0 ? rel.partner : rel.place || "";
  }
  function whereKey(rel) {
    return rel.where !== void 0 ? rel.where : rel.place || "";
  }
  function atHome(payload, rel) {
    const place = rel.place && payload.places[rel.place];
    return Boolean(place && place.home && !isCountryLayer(payload, rel.category));
  }
  function placeName(place, lang) {
    const name = pick(place.name, lang);
    const country = pick(place.country_name, lang);
    if (place.town) return name + ", " + pick(place.town, lang);
    return place.is_city && name !== country ? name + ", " + country : place.is_city ? name : country;
  }
  function whereName(payload, rel, lang) {
    const place = payload.places[whereKey(rel)];
    return place ? placeName(place, lang) : "";
  }
  function partnerName(payload, rel, lang) {
    const place = payload.places[partnerKey(rel)];
    return place ? placeName(place, lang) : "";
  }
  function placeHistory(payload, relationId) {
    const rel = payload.relations.find(function(r) {
      return r.id === relationId;
    });
    if (!rel || !rel.place) return rel ? [rel] : [];
    return payload.relations.filter(function(r) {
      return r.place === rel.place;
    }).sort(function(a, b) {
      return (a.start || "9999").localeCompare(b.start || "9999");
    });
  }

  // assets/src/rules.mjs
  function happenedYears(start3, end, lasting, year) {
    if (start3 === null) return false;
    return start3 === year || end !== null && !lasting && start3 <= year && year <= end;
  }
  function inForceYears(lasting, start3, end, year, lastYear) {
    if (!lasting) return happenedYears(start3, end, lasting, year);
    if (start3 === null) return end === null && year === lastYear;
    return start3 <= year && (end === null || end >= year);
  }
  var prepared = /* @__PURE__ */ new WeakMap();
  function prepare(payload) {
    let index = prepared.get(payload);
    if (!index) {
      index = payload.relations.map(function(rel) {
        return {
          rel,
          start: yearOf(rel.start),
          end: yearOf(rel.end),
          lasting: style(payload, rel.category).lasting,
          regions: regionsOf(payload, rel)
        };
      });
      prepared.set(payload, index);
    }
    return index;
  }
  function regionsOf(payload, rel) {
    const codes = [];
    placeKeys(rel).forEach(function(key) {
      const place = payload.places[key];
      if (place) codes.push(place.region, place.subregion);
    });
    return codes.filter(Boolean);
  }
  function shownIn(start3, end, lasting, year, mode, lastYear) {
    return mode === "happened" ? happenedYears(start3, end, lasting, year) : inForceYears(lasting, start3, end, year, lastYear);
  }
  function shownInTime(item, state, lastYear) {
    return shownIn(item.start, item.end, item.lasting, state.year, state.mode, lastYear);
  }
  function matchesRegion(rel, state, payload) {
    return !state.region || regionsOf(payload, rel).includes(state.region);
  }
  function inRegion(item, region) {
    return !region || item.regions.includes(region);
  }
  function visibleRelations(payload, state) {
    const last = payload.years[1];
    const cats = new Set(state.cats);
    const rows = [];
    prepare(payload).forEach(function(item) {
      if (cats.has(item.rel.category) && inRegion(item, state.region) && shownInTime(item, state, last)) {
        rows.push(item.rel);
      }
    });
    return rows;
  }
  function categoryCounts(payload, state) {
    const last = payload.years[1];
    const counts = {};
    payload.categories.forEach(function(c) {
      counts[c] = 0;
    });
    prepare(payload).forEach(function(item) {
      if (inRegion(item, state.region) && shownInTime(item, state, last)) counts[item.rel.category] += 1;
    });
    return counts;
  }
  function yearCounts(payload, state) {
    const first = payload.years[0];
    const counts = new Array(payload.years[1] - first + 1).fill(0);
    const cats = new Set(state.cats);
    prepare(payload).forEach(function(item) {
      if (item.start === null || !cats.has(item.rel.category) || !inRegion(item, state.region)) return;
      const last = item.lasting || item.end === null ? item.start : item.end;
      for (let year = item.start; year <= last; year += 1) {
        if (year - first >= 0 && year - first < counts.length) counts[year - first] += 1;
      }
    });
    return counts;
  }

  // assets/src/state.mjs
  var MODES = ["inforce", "happened"];
  var REGIONS = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"];
  function defaultState(payload) {
    return {
      year: payload.years[1],
      mode: "inforce",
      cats: payload.categories.slice(),
      region: "",
      view: "",
      sel: "",
      at: "",
      lang: useLanguages(payload)
    };
  }
  function relationAtPlace(payload, state, placeKey) {
    const drawn = function(r) {
      return r.place === placeKey;
    };
    const touching = function(r) {
      return placeKeys(r).includes(placeKey);
    };
    const visible = visibleRelations(payload, state);
    const chosen2 = visible.find(drawn) || payload.relations.find(drawn) || visible.find(touching) || payload.relations.find(touching);
    return chosen2 ? chosen2.id : "";
  }
  function revealPatch(payload, state, id) {
    const rel = payload.relations.find(function(r) {
      return r.id === id;
    });
    const patch = { sel: id, reveal: true };
    if (!rel) return patch;
    const shows = function(s) {
      return visibleRelations(payload, s).some(function(r) {
        return r.id === id;
      });
    };
    if (shows(state)) return patch;
    if (!state.cats.includes(rel.category)) patch.cats = state.cats.concat([rel.category]);
    if (state.region) patch.region = "";
    const year = rel.start ? parseInt(rel.start.slice(0, 4), 10) : NaN;
    if (Number.isFinite(year) && !shows(applyPatch(payload, state, patch))) patch.year = year;
    return patch;
  }
  function applyPatch(payload, state, patch) {
    if (patch.reset) return Object.assign(defaultState(payload), { lang: state.lang });
    const next = Object.assign({}, state);
    delete next.focus;
    if ("sel" in patch || "at" in patch || patch.place || Array.isArray(patch.group)) delete next.group;
    if (Array.isArray(patch.group)) {
      const places2 = patch.group.filter(function(key) {
        return Boolean(payload.places[key]);
      });
      if (places2.length) Object.assign(next, { group: places2, sel: "", at: "" });
    }
    if ("year" in patch && Number.isFinite(patch.year)) {
      next.year = clamp(Math.round(patch.year), payload.years[0], payload.years[1]);
    }
    if ("mode" in patch) next.mode = patch.mode === "happened" ? "happened" : "inforce";
    if (Array.isArray(patch.cats)) {
      next.cats = payload.categories.filter(function(c) {
        return patch.cats.includes(c);
      });
    }
    if ("region" in patch) {
      next.region = validRegion(payload, patch.region) ? patch.region : "";
      next.view = "";
    }
    if ("view" in patch) next.view = validView(payload, patch.view) ? patch.view : "";
    if ("sel" in patch && (patch.sel === "" || payload.relations.some(function(r) {
      return r.id === patch.sel;
    }))) {
      next.sel = patch.sel;
      next.at = "";
    }
    if ("at" in patch) {
      next.at = patch.at === "home" && homePlace(payload) ? "home" : "";
      if (next.at) next.sel = "";
    }
    if (patch.place && payload.places[patch.place]) {
      if (payload.home && patch.place === payload.home.key) {
        next.sel = "";
        next.at = "home";
      } else {
        next.sel = relationAtPlace(payload, next, patch.place);
        next.at = "";
      }
      next.focus = patch.place;
    }
    return next;
  }
  function validView(payload, value) {
    return (payload.views || []).slice(1).some(function(view) {
      return view.id === value;
    });
  }
  function validRegion(payload, value) {
    if (REGIONS.includes(value)) return true;
    return (payload.regions || []).some(function(r) {
      return r.subs.includes(value);
    });
  }

  // assets/src/url.mjs
  var MIGRATIONS = [
    { from: "cats", to: "cat" }
    // the categories' parameter, as hand-written links sometimes name it
  ];
  var VALUE_RENAMES = { cat: {} };
  var EMBED_CONTROLS = ["search", "year", "play", "mode", "categories", "region", "reset"];
  function migrated(search) {
    const params = new URLSearchParams(typeof search === "string" ? search : "");
    MIGRATIONS.forEach(function(step) {
      if (params.has(step.from) && !params.has(step.to)) params.set(step.to, params.get(step.from));
      params.delete(step.from);
    });
    Object.keys(VALUE_RENAMES).forEach(function(name) {
      const renames = VALUE_RENAMES[name];
      if (!params.has(name)) return;
      params.set(name, params.get(name).split(",").map(function(v) {
        return renames[v] || v;
      }).join(","));
    });
    return params;
  }
  function parseState(search, payload) {
    const state = defaultState(payload);
    const params = migrated(search);
    const year = parseInt(params.get("year"), 10);
    if (Number.isFinite(year)) {
      state.year = clamp(year, payload.years[0], payload.years[1]);
    }
    const mode = params.get("mode");
    if (MODES.includes(mode)) state.mode = /** @type {State["mode"]} */
    mode;
    if (params.has("cat")) {
      const wanted = params.get("cat").split(",");
      state.cats = payload.categories.filter(function(c) {
        return wanted.includes(c);
      });
    }
    if (validRegion(payload, params.get("region"))) {
      state.region = params.get("region");
    }
    if (validView(payload, params.get("view"))) {
      state.view = params.get("view");
    }
    const sel = params.get("sel") || "";
    if (payload.relations.some(function(r) {
      return r.id === sel;
    })) {
      state.sel = sel;
    } else if (params.get("at") === "home" && homePlace(payload)) {
      state.at = "home";
    }
    if (payload.strings[params.get("lang")]) {
      state.lang = params.get("lang");
    }
    return state;
  }
  function toSearch(state, payload) {
    const params = new URLSearchParams();
    params.set("year", String(state.year));
    if (state.mode !== "inforce") params.set("mode", state.mode);
    if (state.cats.length !== payload.categories.length) params.set("cat", state.cats.join(","));
    if (state.region) params.set("region", state.region);
    if (state.view) params.set("view", state.view);
    if (state.sel) params.set("sel", state.sel);
    else if (state.at) params.set("at", state.at);
    params.set("lang", state.lang);
    return "?" + params.toString();
  }
  function embedOptions(search) {
    const params = migrated(search);
    if (params.get("embed") !== "1") return null;
    const asked2 = (params.get("controls") || "year").split(",");
    const chosen2 = EMBED_CONTROLS.filter(function(c) {
      return asked2.includes(c);
    });
    return { controls: chosen2, suffix: "&embed=1" + (params.has("controls") ? "&controls=" + chosen2.join(",") : "") };
  }
  function isStill(search) {
    return migrated(search).get("still") === "1";
  }
  var OPENING = ["lang", "embed", "controls", "still"];
  function opensOnDefault(search) {
    return Array.from(new URLSearchParams(search).keys()).every(function(key) {
      return OPENING.includes(key);
    });
  }
  function isPresenter(search) {
    return migrated(search).get("presenter") === "1";
  }
  function requestedStory(search, payload) {
    const params = migrated(search);
    const story = params.get("story");
    const chapters = story && payload.stories && Object.prototype.hasOwnProperty.call(payload.stories, story) && payload.stories[story];
    if (!chapters || !chapters.length) return null;
    const n = parseInt(params.get("chapter"), 10);
    const index = Number.isFinite(n) ? Math.min(chapters.length, Math.max(1, n)) - 1 : 0;
    return { story, chapters, index };
  }
  function storySearch(story, index, lang) {
    return "?" + new URLSearchParams({ story, chapter: String(index + 1), lang }).toString();
  }

  // assets/src/mapview.mjs
  function geoView(layout, payload, state) {
    const out = JSON.parse(JSON.stringify(layout));
    const geo = out.geo;
    let revision = "atlas-map";
    const focus = state.focus && payload.places[state.focus];
    const chosen2 = state.view && namedView(payload, state.view);
    const frame = !focus && !chosen2 && state.region && regionFrame(payload, state.region);
    const bounds = !focus && !chosen2 && !frame && state.bounds;
    if (bounds) {
      geo.projection = Object.assign({}, geo.projection, {
        scale: 1,
        rotation: { lon: (bounds.west + bounds.east) / 2, lat: 0, roll: 0 }
      });
      geo.center = { lon: (bounds.west + bounds.east) / 2, lat: (bounds.south + bounds.north) / 2 };
      geo.lonaxis = Object.assign({}, geo.lonaxis, { range: [bounds.west, bounds.east] });
      geo.lataxis = Object.assign({}, geo.lataxis, { range: [bounds.south, bounds.north] });
      revision = "bounds-" + [bounds.west, bounds.east, bounds.south, bounds.north].join(",");
    }
    if (chosen2) {
      const view = JSON.parse(JSON.stringify(chosen2.geo));
      geo.projection = view.projection;
      geo.center = view.center;
      ["lataxis", "lonaxis"].forEach(function(axis) {
        if (view[axis]) geo[axis] = view[axis];
        else delete geo[axis];
      });
      revision = "view-" + state.view;
    }
    if (frame) {
      geo.center = frame.center;
      geo.projection.scale = frame.scale;
      revision = "region-" + state.region;
    }
    if (focus) {
      geo.center = { lat: focus.lat, lon: focus.lon };
      geo.projection.scale = 3;
      revision = "focus-" + state.focus;
    }
    out.uirevision = revision;
    return out;
  }
  var DEGREE_ASPECT = 0.85;
  var RAD = Math.PI / 180;
  function naturalX(phi) {
    const p2 = phi * phi;
    const p4 = p2 * p2;
    return 0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (3971e-6 * p2 - 1529e-6 * p4));
  }
  function naturalY(phi) {
    const p2 = phi * phi;
    return phi * (1.007226 + p2 * (0.015085 + p2 * p2 * (-0.044475 + 0.028874 * p2 - 5916e-6 * p2 * p2)));
  }
  function frameShape(geo, lonSpan, south, north) {
    if ((geo.projection || {}).type !== "natural earth") return lonSpan * DEGREE_ASPECT / (north - south);
    const widest = south <= 0 && north >= 0 ? 0 : Math.min(Math.abs(south), Math.abs(north));
    return lonSpan * RAD * naturalX(widest * RAD) / (naturalY(north * RAD) - naturalY(south * RAD));
  }
  function fitFrame(geo, width, height, cover) {
    if (!geo.lonaxis || !geo.lataxis || !geo.lonaxis.range || !geo.lataxis.range || !width || !height) return geo;
    const share = clamp(cover || 0, 0, 0.6);
    fitShape(geo, width * (1 - share) / height);
    if (share > 0) {
      const [west, east] = geo.lonaxis.range;
      const wider = Math.min(360 - (east - west), (east - west) * share / (1 - share));
      geo.lonaxis = Object.assign({}, geo.lonaxis, { range: [west - wider, east] });
      if (geo.projection.rotation) geo.projection.rotation = Object.assign(
        {},
        geo.projection.rotation,
        { lon: geo.projection.rotation.lon - wider / 2 }
      );
      if (geo.center) geo.center = Object.assign({}, geo.center, { lon: geo.center.lon - wider / 2 });
    }
    return geo;
  }
  function fitShape(geo, box) {
    const [west, east] = geo.lonaxis.range;
    const [south, north] = geo.lataxis.range;
    const frame = frameShape(geo, east - west, south, north);
    if (box > frame) {
      const half = Math.min(180, (east - west) * box / frame / 2);
      const middle2 = (west + east) / 2;
      geo.lonaxis = Object.assign({}, geo.lonaxis, { range: [middle2 - half, middle2 + half] });
      return;
    }
    const middle = (south + north) / 2;
    let low = (north - south) / 2;
    let high = 90;
    for (let i = 0; i < 30; i += 1) {
      const half = (low + high) / 2;
      if (frameShape(geo, east - west, Math.max(-90, middle - half), Math.min(90, middle + half)) > box) low = half;
      else high = half;
    }
    geo.lataxis = Object.assign({}, geo.lataxis, { range: [Math.max(-90, middle - high), Math.min(90, middle + high)] });
  }
  var MIN_SPAN = { lon: 36, lat: 18 };
  var MARGIN = 0.15;
  function boundsFrame(payload, relationIds) {
    const points = [];
    (payload.relations || []).forEach(function(r) {
      const place = relationIds.includes(r.id) && r.place && payload.places[r.place];
      if (place) points.push(place);
    });
    if (!points.length) return null;
    const home = payload.home && payload.places[payload.home.key];
    if (home) points.push(home);
    const lons = points.map(function(p) {
      return p.lon;
    });
    const lats = points.map(function(p) {
      return p.lat;
    });
    const span = function(values, least) {
      const low = Math.min.apply(null, values);
      const high = Math.max.apply(null, values);
      const half = Math.max(least, (high - low) * (1 + 2 * MARGIN)) / 2;
      return [(low + high) / 2 - half, (low + high) / 2 + half];
    };
    const [west, east] = span(lons, MIN_SPAN.lon);
    const [south, north] = span(lats, MIN_SPAN.lat);
    const round = function(x) {
      return Math.round(x * 10) / 10;
    };
    return {
      west: round(Math.max(-180, west)),
      east: round(Math.min(180, east)),
      south: round(Math.max(-85, south)),
      north: round(Math.min(85, north))
    };
  }
  function namedView(payload, id) {
    return (payload.views || []).find(function(view) {
      return view.id === id;
    });
  }
  function regionFrame(payload, region) {
    const points = Object.keys(payload.places).map(function(k) {
      return payload.places[k];
    }).filter(function(p) {
      return p.region === region || p.subregion === region;
    });
    if (!points.length) return null;
    const lats = points.map(function(p) {
      return p.lat;
    });
    const east = points.map(function(p) {
      return Math.sin(p.lon * Math.PI / 180);
    });
    const north = points.map(function(p) {
      return Math.cos(p.lon * Math.PI / 180);
    });
    const mean = Math.atan2(east.reduce(sum, 0), north.reduce(sum, 0)) * 180 / Math.PI;
    const lons = points.map(function(p) {
      return (p.lon - mean + 540) % 360 - 180;
    });
    const lonSpan = Math.max.apply(null, lons) - Math.min.apply(null, lons);
    const latSpan = Math.max.apply(null, lats) - Math.min.apply(null, lats);
    const scale = clamp(Math.min(300 / Math.max(lonSpan, 8), 130 / Math.max(latSpan, 6)), 1, 8);
    return {
      center: {
        lat: (Math.max.apply(null, lats) + Math.min.apply(null, lats)) / 2,
        lon: mean + (Math.max.apply(null, lons) + Math.min.apply(null, lons)) / 2
      },
      scale: Math.round(scale * 10) / 10
    };
  }
  function baseMapFigure(payload, state) {
    return {
      // plotly.js draws a geo subplot only for a trace: an empty one.
      data: [{ type: "scattergeo", lat: [], lon: [], hoverinfo: "skip", showlegend: false }],
      layout: geoView(look(payload, state).map.base, payload, state)
    };
  }

  // assets/src/home.mjs
  function homeGroup(payload, rows) {
    const here = rows.filter(function(rel) {
      return atHome(payload, rel);
    });
    const cats = {};
    here.forEach(function(rel) {
      cats[rel.category] = (cats[rel.category] || 0) + 1;
    });
    return { rels: here, cats: payload.categories.filter(function(c) {
      return cats[c];
    }).map(function(c) {
      return { category: c, count: cats[c] };
    }) };
  }
  function homeTrace(payload, state, rows) {
    const lang = state.lang;
    const home = homePlace(payload);
    const name = home ? pick(home.name, lang) : "";
    const group = homeGroup(payload, rows);
    const count = group.rels.length;
    const lines = group.cats.map(function(c) {
      return formatNumber(c.count, lang) + " × " + t(payload, lang, "category." + c.category);
    });
    const hover = "<b>" + plain(name) + "</b>" + (count ? "<br>" + t(payload, lang, "home.hover").replace("{count}", formatNumber(count, lang)) + "<br>" + lines.join("<br>") : "");
    const map = look(payload, state).map;
    return filled(map.traces.home, {
      lat: [payload.home.lat],
      lon: [payload.home.lon],
      text: [count ? name + " (" + formatNumber(count, lang) + ")" : name],
      hovertext: [hover],
      customdata: [count ? "@home" : ""],
      marker: { size: grown(map.sizes.home, count) }
    });
  }
  function homeList(payload, rows) {
    return homeGroup(payload, rows).rels.slice().sort(function(a, b) {
      return (a.start || "9999").localeCompare(b.start || "9999");
    });
  }

  // assets/src/groups.mjs
  function overlapping(marks, radius) {
    let groups = [];
    const touches = function(a, b) {
      return Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;
    };
    marks.forEach(function(mark) {
      const near = groups.find(function(group) {
        return touches(group, mark);
      });
      if (!near) {
        groups.push({ x: mark.x, y: mark.y, r: mark.r, members: [mark] });
        return;
      }
      near.members.push(mark);
      near.r = Math.max(near.r, radius(near.members.length));
    });
    for (let merged = true, rounds = 0; merged && rounds < marks.length; rounds += 1) {
      merged = false;
      for (let i = 0; i < groups.length && !merged; i += 1) {
        for (let j = i + 1; j < groups.length && !merged; j += 1) {
          if (!touches(groups[i], groups[j])) continue;
          const members = groups[i].members.concat(groups[j].members);
          groups[i] = { x: groups[i].x, y: groups[i].y, r: Math.max(groups[i].r, radius(members.length)), members };
          groups = groups.slice(0, j).concat(groups.slice(j + 1));
          merged = true;
        }
      }
    }
    return groups.filter(function(group) {
      return group.members.length > 1;
    });
  }
  var GROUP = "@group:";
  function groupPlaces(what) {
    return what.indexOf(GROUP) === 0 ? what.slice(GROUP.length).split(",").filter(Boolean) : null;
  }
  function groupMarks(payload, state, marks, project) {
    const sizes = look(payload, state).map.sizes;
    const points = [];
    const atPlace = /* @__PURE__ */ new Map();
    marks.forEach(function(mark) {
      atPlace.set(mark.place, (atPlace.get(mark.place) || []).concat([mark]));
    });
    atPlace.forEach(function(here, key) {
      const place = payload.places[key];
      const at = project(place.lon, place.lat);
      if (!at) return;
      const width = here.reduce(function(w, m) {
        return w + m.size + 2;
      }, 0);
      let x = at[0] - width / 2;
      here.forEach(function(mark) {
        const point = { key, x: x + mark.size / 2 + 1, y: at[1], r: mark.size / 2 + 1, mark };
        x += mark.size + 2;
        const lonLat = here.length > 1 && project.invert ? project.invert(point.x, point.y) : null;
        if (lonLat) Object.assign(mark, { lon: lonLat[0], lat: lonLat[1] });
        else point.x = at[0];
        points.push(point);
      });
    });
    return overlapping(points, function(n) {
      return grown(sizes.group, n) / 2 + 1;
    }).map(function(group) {
      const places2 = [];
      group.members.forEach(function(m) {
        if (!places2.includes(m.key)) places2.push(m.key);
      });
      return { members: group.members, places: places2, rels: group.members.reduce(function(n, m) {
        return n + m.mark.rels.length;
      }, 0) };
    });
  }
  function groupTrace(payload, state, together) {
    const lang = state.lang;
    const map = look(payload, state).map;
    const trace = filled(map.traces.group, { lat: [], lon: [], text: [], customdata: [], hovertext: [], marker: { size: [] } });
    together.forEach(function(group) {
      const first = payload.places[group.places[0]];
      const names = group.places.map(function(key) {
        return plain(placeName(payload.places[key], lang));
      });
      const count = group.places.length > 1 ? group.places.length : group.members.length;
      trace.lat.push(first.lat);
      trace.lon.push(first.lon);
      trace.text.push(formatNumber(count, lang));
      trace.customdata.push(GROUP + group.places.join(","));
      trace.hovertext.push("<b>" + names.slice(0, 6).join(", ") + (names.length > 6 ? "…" : "") + "</b><br>" + tn(payload, lang, "group.hover", group.rels));
      trace.marker.size.push(grown(map.sizes.group, group.members.length));
    });
    return trace;
  }

  // assets/src/map.mjs
  var ARC_LIMIT = 150;
  var PLACE_LIMIT = 400;
  function groupByPlace(rows, payload) {
    const groups = /* @__PURE__ */ new Map();
    rows.forEach(function(rel) {
      if (!rel.place || isCountryLayer(payload, rel.category) || atHome(payload, rel)) return;
      const key = rel.category + "|" + rel.place;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(rel);
    });
    return groups;
  }
  function hoverTitle(payload, rel, lang) {
    const partner = rel.partner && payload.places[rel.partner];
    const title = plain(pick(rel.title, lang)) + " (" + plain(formatSpan(rel, lang, payload)) + ")";
    return partner ? title + " — " + t(payload, lang, "details.with_short") + " " + plain(placeName(partner, lang)) : title;
  }
  function hoverList(payload, rels, lang) {
    const titles = rels.slice(0, 6).map(function(r) {
      return hoverTitle(payload, r, lang);
    });
    if (rels.length > 6) titles.push("… +" + (rels.length - 6));
    return titles.join("<br>");
  }
  function countryMarks(payload, state, rows) {
    const lang = state.lang;
    const byCountry = /* @__PURE__ */ new Map();
    rows.forEach(function(rel) {
      if (!rel.place || isCountryLayer(payload, rel.category) || atHome(payload, rel)) return;
      const place = payload.places[rel.place];
      const entry = byCountry.get(place.country) || { rels: [], lat: 0, lon: 0, places: /* @__PURE__ */ new Set(), cats: {} };
      if (!entry.places.has(rel.place)) {
        entry.places.add(rel.place);
        entry.lat += place.lat;
        entry.lon += place.lon;
      }
      entry.rels.push(rel);
      entry.cats[rel.category] = (entry.cats[rel.category] || 0) + 1;
      byCountry.set(place.country, entry);
    });
    const map = look(payload, state).map;
    const trace = filled(map.traces.countries, { lat: [], lon: [], customdata: [], hovertext: [], marker: { size: [] } });
    byCountry.forEach(function(entry) {
      const first = payload.places[entry.rels[0].place];
      const kinds = payload.categories.filter(function(c) {
        return entry.cats[c];
      }).map(function(c) {
        return formatNumber(entry.cats[c], lang) + " " + t(payload, lang, "category." + c);
      });
      trace.lat.push(entry.lat / entry.places.size);
      trace.lon.push(entry.lon / entry.places.size);
      trace.customdata.push(entry.rels[0].place);
      trace.hovertext.push("<b>" + plain(pick(first.country_name, lang)) + "</b><br>" + kinds.join("<br>"));
      trace.marker.size.push(grown(map.sizes.country, entry.rels.length));
    });
    return trace;
  }
  function markerTraces(payload, state, rows, project) {
    const lang = state.lang;
    const groups = groupByPlace(rows, payload);
    if (groups.size > PLACE_LIMIT) return { traces: [countryMarks(payload, state, rows)], groups: [] };
    const map = look(payload, state).map;
    const marks = [];
    payload.categories.forEach(function(cat) {
      groups.forEach(function(rels, key) {
        if (key.startsWith(cat + "|")) marks.push({ cat, place: rels[0].place, rels, size: grown(map.sizes.place, rels.length) });
      });
    });
    const together = project ? groupMarks(payload, state, marks, project) : [];
    const grouped = /* @__PURE__ */ new Set();
    together.forEach(function(group) {
      group.members.forEach(function(m) {
        grouped.add(m.mark);
      });
    });
    const trace = filled(map.traces.places, {
      lat: [],
      lon: [],
      customdata: [],
      hovertext: [],
      marker: { symbol: [], color: [], size: [] }
    });
    const cited = state.hl && state.hl.length ? citedPlaces(payload, state.hl) : null;
    if (cited) trace.marker.opacity = [];
    marks.filter(function(mark) {
      return !grouped.has(mark);
    }).forEach(function(mark) {
      const place = payload.places[mark.place];
      trace.lat.push(mark.lat === void 0 ? place.lat : mark.lat);
      trace.lon.push(mark.lon === void 0 ? place.lon : mark.lon);
      trace.customdata.push(mark.place);
      trace.hovertext.push("<b>" + plain(placeName(place, lang)) + "</b><br>" + hoverList(payload, mark.rels, lang));
      trace.marker.symbol.push(style(payload, mark.cat).symbol);
      trace.marker.color.push(style(payload, mark.cat).colour);
      trace.marker.size.push(mark.size);
      if (cited) trace.marker.opacity.push(cited.has(mark.place) ? 1 : map.fade);
    });
    return { traces: [trace, groupTrace(payload, state, together)], groups: together.map(function(g) {
      return g.places;
    }) };
  }
  function citedPlaces(payload, relationIds) {
    const keys = /* @__PURE__ */ new Set();
    payload.relations.forEach(function(r) {
      if (r.place && relationIds.includes(r.id)) keys.add(r.place);
    });
    return keys;
  }
  function arcTraces(payload, state, rows) {
    const home = payload.home;
    const arcs = arcCategories(payload);
    const byCat = {};
    let count = 0;
    rows.forEach(function(rel) {
      if (!arcs.includes(rel.category) || !rel.place) return;
      const seen = byCat[rel.category] || (byCat[rel.category] = /* @__PURE__ */ new Set());
      if (!seen.has(rel.place)) count += 1;
      seen.add(rel.place);
    });
    if (count > ARC_LIMIT) {
      const sel = rows.find(function(r) {
        return r.id === state.sel && arcs.includes(r.category) && r.place;
      });
      Object.keys(byCat).forEach(function(cat) {
        byCat[cat] = new Set(sel && sel.category === cat ? [sel.place] : []);
      });
    }
    const traces = look(payload, state).map.traces;
    const chosen2 = rows.find(function(r) {
      return r.id === state.sel && arcs.includes(r.category) && r.place;
    });
    const filtered = state.cats.length < payload.categories.length || Boolean(state.region);
    const template = chosen2 || !filtered ? traces.arcRest : traces.arc;
    const drawn = arcs.filter(function(cat) {
      return byCat[cat];
    }).map(function(cat) {
      const lat = [];
      const lon = [];
      byCat[cat].forEach(function(key) {
        const place2 = payload.places[key];
        lat.push(home.lat, place2.lat, null);
        lon.push(home.lon, place2.lon, null);
      });
      return filled(template, { lat, lon, legendgroup: cat, line: { color: style(payload, cat).colour } });
    });
    if (!chosen2) return drawn;
    const place = payload.places[chosen2.place];
    return drawn.concat([filled(traces.arcChosen, {
      lat: [home.lat, place.lat],
      lon: [home.lon, place.lon],
      line: { color: style(payload, chosen2.category).colour }
    })]);
  }
  function countryShades(payload, state, rows, cat) {
    const lang = state.lang;
    const byCountry = /* @__PURE__ */ new Map();
    const ranks = rankShades(payload).map(function(shade) {
      return shade.consular_rank;
    });
    rows.forEach(function(rel) {
      if (rel.category !== cat) return;
      const level = Math.max(0, ranks.indexOf(rel.consular_rank));
      const current = byCountry.get(rel.country);
      if (!current || level > current.level) byCountry.set(rel.country, { level, rel });
    });
    const trace = filled(look(payload, state).map.traces.countryLayer, {
      locations: [],
      z: [],
      customdata: [],
      hovertext: [],
      name: t(payload, lang, "category." + cat)
    });
    byCountry.forEach(function(entry) {
      const place = payload.places[entry.rel.place];
      if (!place || !place.iso3) return;
      trace.locations.push(place.iso3);
      trace.z.push(entry.level);
      trace.customdata.push(entry.rel.place);
      trace.hovertext.push("<b>" + plain(pick(place.country_name, lang)) + "</b><br>" + t(payload, lang, "consular_rank." + entry.rel.consular_rank));
    });
    return trace;
  }
  function selectionTrace(payload, state, rows) {
    const shown = new Set(rows.map(function(r) {
      return r.id;
    }));
    const keys = [];
    payload.relations.forEach(function(r) {
      const wanted = r.id === state.sel || (state.hl || []).includes(r.id) && shown.has(r.id);
      if (wanted && r.place && !keys.includes(r.place)) keys.push(r.place);
    });
    const places2 = keys.map(function(k) {
      return payload.places[k];
    });
    return filled(look(payload, state).map.traces.selection, {
      lat: places2.map(function(p) {
        return p.lat;
      }),
      lon: places2.map(function(p) {
        return p.lon;
      })
    });
  }
  function partnerTrace(payload, state) {
    const rel = state.sel && payload.relations.find(function(r) {
      return r.id === state.sel;
    });
    const from = rel && rel.place && payload.places[rel.place];
    const to = rel && rel.partner && payload.places[rel.partner];
    if (!from || !to || isCountryLayer(payload, rel.category)) return { type: "scattergeo", lat: [], lon: [] };
    return filled(look(payload, state).map.traces.partner, {
      lat: [from.lat, to.lat],
      lon: [from.lon, to.lon],
      text: ["", pick(to.name, state.lang)]
    });
  }
  function mapFigure(payload, state, rows, project) {
    const traces = state.cats.filter(function(c) {
      return isCountryLayer(payload, c);
    }).map(function(c) {
      return countryShades(payload, state, rows, c);
    });
    const marks = markerTraces(payload, state, rows, project);
    const data = traces.concat(
      arcTraces(payload, state, rows),
      [partnerTrace(payload, state)],
      marks.traces,
      [homeTrace(payload, state, rows), selectionTrace(payload, state, rows)]
    ).filter(function(trace) {
      return (trace.lat || trace.locations).length > 0;
    });
    return { data, layout: geoView(look(payload, state).map.data, payload, state), groups: marks.groups };
  }
  function placeTotal(rows, payload) {
    const keys = /* @__PURE__ */ new Set();
    rows.forEach(function(rel) {
      if (rel.place && payload.places[rel.place]) keys.add(atHome(payload, rel) ? payload.home.key : rel.place);
    });
    return keys.size;
  }
  function placeCount(rows, payload) {
    const count = groupByPlace(rows, payload).size;
    return { count, grouped: count > PLACE_LIMIT };
  }

  // assets/src/timeline.mjs
  var TIMELINE_POINTS = 400;
  function timelineRows(payload, state) {
    return payload.relations.filter(function(rel) {
      return state.cats.includes(rel.category) && matchesRegion(rel, state, payload);
    });
  }
  var timelineMemo = { key: null, data: null };
  function timelineFigure(payload, state, rows) {
    const lang = state.lang;
    const revision = [payload.version, lang, state.region, state.cats.join(","), rows.length].join("|");
    const figure = timelineMemo.key === revision ? { data: timelineMemo.data } : buildTimeline(payload, state, rows);
    timelineMemo = { key: revision, data: figure.data };
    return finishTimeline(payload, state, figure.data, revision);
  }
  function buildTimeline(payload, state, rows) {
    const lang = state.lang;
    const lanes = payload.categories.filter(function(c) {
      return state.cats.includes(c);
    });
    const templates = look(payload, state).timeline;
    const traces = [];
    lanes.forEach(function(cat) {
      const mine = rows.filter(function(r) {
        return r.category === cat && r.start;
      });
      const colour = style(payload, cat).colour;
      const span = filled(templates.traces.span, { x: [], y: [], line: { color: colour } });
      const points = filled(templates.traces.points, {
        x: [],
        y: [],
        customdata: [],
        hovertext: [],
        name: t(payload, lang, "category." + cat),
        marker: { symbol: style(payload, cat).symbol, color: colour }
      });
      const label = t(payload, lang, "category." + cat);
      if (mine.length > TIMELINE_POINTS) {
        traces.push(yearlyLane(payload, templates, lang, cat, label, mine));
        return;
      }
      mine.forEach(function(rel) {
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
  function yearMark(payload, state) {
    return Object.assign(
      {},
      look(payload, state).timeline.yearMark,
      { x0: state.year + "-01-01", x1: state.year + "-12-31" }
    );
  }
  function yearlyLane(payload, templates, lang, cat, label, rels) {
    const counts = /* @__PURE__ */ new Map();
    rels.forEach(function(rel) {
      const year = yearOf(rel.start);
      counts.set(year, (counts.get(year) || 0) + 1);
    });
    const years = Array.from(counts.keys()).sort(function(a, b) {
      return a - b;
    });
    return filled(templates.traces.years, {
      x: years.map(function(y) {
        return y + "-07-01";
      }),
      y: years.map(function() {
        return label;
      }),
      customdata: years.map(function(y) {
        return "year:" + y;
      }),
      hovertext: years.map(function(y) {
        return "<b>" + y + "</b><br>" + formatNumber(counts.get(y), lang) + " × " + label;
      }),
      marker: {
        symbol: style(payload, cat).symbol,
        color: style(payload, cat).colour,
        size: years.map(function(y) {
          return grown(templates.yearSize, counts.get(y));
        })
      }
    });
  }
  function finishTimeline(payload, state, data, revision) {
    const lang = state.lang;
    const lanes = payload.categories.filter(function(c) {
      return state.cats.includes(c);
    });
    const first = payload.years[0];
    const selected = payload.relations.find(function(r) {
      return r.id === state.sel && r.start && lanes.includes(r.category);
    });
    const templates = look(payload, state).timeline;
    const ring = filled(templates.traces.ring, {
      x: selected ? [selected.start] : [],
      y: selected ? [t(payload, lang, "category." + selected.category)] : []
    });
    const layout = JSON.parse(JSON.stringify(templates.layout));
    const lane = templates.lane;
    layout.height = Math.max(lane.min, lane.height * lanes.length + lane.extra);
    layout.xaxis.range = [String(Math.max(first, templates.opensOn)) + "-01-01", String(payload.years[1]) + "-12-31"];
    layout.yaxis.categoryarray = lanes.map(function(c) {
      return t(payload, lang, "category." + c);
    }).reverse();
    layout.shapes = [yearMark(payload, state)];
    layout.datarevision = revision + "|" + (state.sel || "");
    return { data: data.concat([ring]), layout };
  }

  // assets/src/words.mjs
  function countries(rows) {
    const set = /* @__PURE__ */ new Set();
    rows.forEach(function(r) {
      if (r.country) set.add(r.country);
    });
    return set.size;
  }
  function summary(payload, state, rows) {
    const lang = state.lang;
    const happened = state.mode === "happened";
    return t(payload, lang, happened ? "summary.happened" : "summary.inforce").replace("{year}", String(state.year)).replace("{relations}", tn(payload, lang, happened ? "count.happened" : "count.inforce", rows.length)).replace("{countries}", tn(payload, lang, "count.countries", countries(rows)));
  }
  function mapDescription(payload, state, rows) {
    const lang = state.lang;
    const byCategory = {};
    rows.forEach(function(r) {
      (byCategory[r.category] = byCategory[r.category] || []).push(r);
    });
    const parts = payload.categories.map(function(cat) {
      const mine = byCategory[cat];
      if (!mine) return "";
      const where = countries(mine);
      return t(payload, lang, where ? "map.by_category" : "map.by_category_count").replace("{label}", t(payload, lang, "category." + cat)).replace("{count}", formatNumber(mine.length, lang)).replace("{countries}", tn(payload, lang, "count.countries", where));
    }).filter(Boolean);
    return [
      t(payload, lang, "explorer.map") + ".",
      summary(payload, state, rows),
      parts.length ? parts.join(t(payload, lang, "punctuation.list")) + "." : "",
      t(payload, lang, "map.more")
    ].filter(Boolean).join(" ");
  }
  function timelineDescription(payload, state, rows) {
    const lang = state.lang;
    const years = rows.filter(function(r) {
      return r.start;
    }).map(function(r) {
      return yearOf(r.start);
    });
    if (!years.length) return t(payload, lang, "timeline.empty");
    return t(payload, lang, "timeline.description").replace("{relations}", tn(payload, lang, "count.dated", years.length)).replace("{first}", String(Math.min.apply(null, years))).replace("{last}", String(Math.max.apply(null, years))).replace("{year}", String(state.year));
  }
  function placeList(payload, state, rows) {
    const lang = state.lang;
    const byPlace = /* @__PURE__ */ new Map();
    rows.forEach(function(rel) {
      if (!rel.place || !payload.places[rel.place]) return;
      const home = atHome(payload, rel);
      const key = home ? payload.home.key : rel.place;
      const entry = byPlace.get(key) || { key, cats: [], count: 0, sel: home ? "" : rel.id, home };
      if (!entry.cats.includes(rel.category)) entry.cats.push(rel.category);
      entry.count += 1;
      byPlace.set(key, entry);
    });
    return Array.from(byPlace.values()).map(function(entry) {
      entry.label = placeName(payload.places[entry.key], lang);
      entry.cats = payload.categories.filter(function(c) {
        return entry.cats.includes(c);
      });
      return entry;
    }).sort(function(a, b) {
      return a.label.localeCompare(b.label, lang);
    });
  }
  function keyFigures(payload, state, rows) {
    const lang = state.lang;
    const single = function(f) {
      return f.categories.length === 1;
    };
    const items = payload.categories.filter(function(c) {
      return state.cats.includes(c);
    }).map(function(cat) {
      return { category: cat, label: t(payload, lang, "category." + cat), count: rows.filter(function(r) {
        return r.category === cat;
      }).length, officials: payload.figures.filter(function(f) {
        return single(f) && f.categories[0] === cat;
      }) };
    });
    return { items, others: payload.figures.filter(function(f) {
      return !single(f);
    }) };
  }
  function officialFigure(payload, figure, lang) {
    const T = function(key) {
      return t(payload, lang, key);
    };
    const flags = figure.flags || [];
    const year = figure.as_of ? String(figure.as_of) : "";
    const display = pick(figure.display, lang);
    const label = pick(figure.label, lang);
    const quantity = /^(plus de |more than )?[\d\s\u00a0\u202f.,]+$/.test(display);
    const text = quantity ? display + " " + label : label + t(payload, lang, "punctuation.colon") + display;
    const out = {
      id: figure.id,
      text: text.charAt(0).toUpperCase() + text.slice(1),
      asOf: !year ? T("figures.undated") : flags.includes("date_derived") ? T("figures.as_of_derived").replace("{year}", year) : year,
      saidBy: pick(figure.said_by, lang),
      attribution: T("attribution." + figure.attribution),
      sources: figure.sources || [],
      note: figure.note ? pick(figure.note, lang) : "",
      inData: "",
      apart: [],
      caveats: flags.filter(function(f) {
        return f !== "undated" && f !== "date_derived";
      }).map(function(f) {
        return T("flag." + f);
      })
    };
    if (figure.in_data === null || figure.in_data === void 0) return out;
    if (figure.relation) {
      const rel = payload.relations.find(function(r) {
        return r.id === figure.relation;
      });
      out.inData = T("figures.in_data.people").replace("{count}", formatNumber(figure.in_data, lang)).replace("{title}", rel ? pick(rel.title, lang) : figure.relation);
      return out;
    }
    out.inData = tn(payload, lang, "figures.in_data." + figure.measure, figure.in_data);
    if (figure.compare_from || figure.compare_to) {
      out.inData += T("figures.between").replace("{from}", String(figure.compare_from || "…")).replace("{to}", String(figure.compare_to || "…"));
    }
    out.apart = (figure.apart || []).map(function(group) {
      const names = group.ids.map(function(id) {
        const rel = payload.relations.find(function(r) {
          return r.id === id;
        });
        const place = rel && payload.places[partnerKey(rel)];
        return place ? pick(place.name, lang) : rel ? pick(rel.title, lang) : id;
      });
      return tn(payload, lang, "apart." + group.flag, group.ids.length).replace("{names}", names.join(", "));
    });
    return out;
  }

  // assets/src/downloads.mjs
  function tableRows(payload, state, rows) {
    const lang = state.lang;
    return rows.map(function(rel) {
      return {
        id: rel.id,
        category: rel.category,
        categoryLabel: t(payload, lang, "category." + rel.category),
        title: pick(rel.title, lang),
        where: whereName(payload, rel, lang),
        partner: partnerName(payload, rel, lang),
        dates: formatSpan(rel, lang, payload),
        amount: rel.amount_eur ? formatNumber(rel.amount_eur, lang) : "",
        status: t(payload, lang, "status." + rel.status)
      };
    });
  }
  var FORMULA = /^[=+\-@\t\r]/;
  function csvCell(value) {
    const text = value === void 0 || value === null ? "" : String(value);
    if (typeof value === "string" && FORMULA.test(text)) return `"'` + text.replace(/"/g, '""') + '"';
    return /[",\n\r;]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function dateParts(iso) {
    const parts = (iso || "").split("-").map(function(part) {
      return part ? String(Number(part)) : "";
    });
    return [parts[0] || "", parts[1] || "", parts[2] || ""];
  }
  function toCSV(payload, state, rows) {
    const lang = state.lang;
    const header = [
      "id",
      "category",
      "status",
      "title_" + lang,
      "description_" + lang,
      "city",
      "country",
      "lat",
      "lon",
      "start_year",
      "start_month",
      "start_day",
      "end_year",
      "end_month",
      "end_day",
      "amount_eur",
      "people",
      "people_what_" + lang,
      "consular_rank",
      "flags",
      "sources",
      "where_" + lang,
      "where_lat",
      "where_lon"
    ];
    const lines = [header.join(",")];
    rows.forEach(function(rel) {
      const partner = payload.places[partnerKey(rel)];
      const city = partner && partner.is_city ? partner : null;
      const where = payload.places[whereKey(rel)];
      lines.push([
        rel.id,
        rel.category,
        rel.status,
        pick(rel.title, lang),
        pick(rel.description, lang),
        city ? pick(city.name, lang) : "",
        rel.country || "",
        city ? city.lat : "",
        city ? city.lon : "",
        ...dateParts(rel.start),
        ...dateParts(rel.end),
        rel.amount_eur || "",
        rel.people || "",
        rel.people_what ? pick(rel.people_what, lang) : "",
        rel.consular_rank || "",
        (rel.flags || []).join(" ; "),
        (rel.sources || []).join(" ; "),
        whereName(payload, rel, lang),
        where ? where.lat : "",
        where ? where.lon : ""
      ].map(csvCell).join(","));
    });
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }
  var GEOJSON_TEXTS = ["title", "description", "where", "partner"];
  var GEOJSON_FIELDS = [
    "country",
    "start",
    "start_precision",
    "end",
    "end_precision",
    "consular_rank",
    "amount_eur",
    "people"
  ];
  function feature(payload, rel) {
    const where = payload.places[whereKey(rel)];
    const partner = payload.places[partnerKey(rel)];
    if (!where) return null;
    const texts = { title: rel.title, description: rel.description };
    const places2 = { where, partner };
    const properties = { id: rel.id, category: rel.category, status: rel.status };
    GEOJSON_TEXTS.forEach(function(name) {
      payload.languages.forEach(function(language) {
        const code = language.code;
        if (name in places2) {
          properties[name + "_" + code] = places2[name] ? placeName(places2[name], code) : null;
          return;
        }
        const given = texts[name] && Object.keys(texts[name]).length;
        properties[name + "_" + code] = given ? pick(texts[name], code) : null;
      });
    });
    GEOJSON_FIELDS.forEach(function(name) {
      properties[name] = rel[name] === void 0 ? null : rel[name];
    });
    Object.assign(properties, {
      flags: rel.flags || [],
      sources: rel.sources || [],
      partner_lat: partner ? partner.lat : null,
      partner_lon: partner ? partner.lon : null,
      distance_km: partner ? partner.distance_km : null
    });
    return { type: "Feature", geometry: { type: "Point", coordinates: [where.lon, where.lat] }, properties };
  }
  function toGeoJSON(payload, state, rows) {
    return { type: "FeatureCollection", features: rows.map(function(rel) {
      return feature(payload, rel);
    }).filter(Boolean) };
  }

  // assets/src/search.mjs
  function fold(text) {
    return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss").replace(/[-'’.`]/g, " ").replace(/\s+/g, " ").trim();
  }
  function named(name, wanted) {
    return name === wanted || name.startsWith(wanted) || name.includes(" " + wanted);
  }
  function placeNames(place) {
    return Object.values(place.name).concat(Object.values(place.country_name), place.aka || []).map(fold);
  }
  function matchingPlaces(payload, wanted, lang) {
    const found = [];
    Object.keys(payload.places).forEach(function(key) {
      const place = payload.places[key];
      if (placeNames(place).some(function(n) {
        return named(n, wanted);
      })) {
        found.push({ key, label: placeName(place, lang), is_city: Boolean(place.is_city) });
      }
    });
    return found.sort(function(a, b) {
      return Number(b.is_city) - Number(a.is_city) || a.label.localeCompare(b.label, lang);
    });
  }
  function searchPlaces(payload, query, lang, limit) {
    const wanted = fold(query || "");
    if (wanted.length < 2) return [];
    return matchingPlaces(payload, wanted, lang).slice(0, limit || 8);
  }
  function searchAll(payload, query, lang) {
    const wanted = fold(query || "");
    if (wanted.length < 2) return { places: [], relations: [] };
    const places2 = matchingPlaces(payload, wanted, lang);
    const keys = new Set(places2.map(function(p) {
      return p.key;
    }));
    const tied = function(rel) {
      return placeKeys(rel).some(function(key) {
        return keys.has(key);
      }) || Object.values(rel.title).some(function(title) {
        return named(fold(title), wanted);
      });
    };
    const relations = payload.relations.filter(tied).sort(function(a, b) {
      return (a.start || "9999").localeCompare(b.start || "9999") || a.id.localeCompare(b.id);
    }).map(function(rel) {
      return {
        id: rel.id,
        category: rel.category,
        label: pick(rel.title, lang),
        where: whereName(payload, rel, lang),
        start: rel.start || ""
      };
    });
    return { places: places2, relations };
  }

  // assets/src/labels.mjs
  var GAP = 3;
  var SIDES = ["right", "left", "above", "below"];
  function labelCandidates(payload, state, rows) {
    const order = {};
    payload.categories.forEach(function(c, i) {
      order[c] = i;
    });
    const chosen2 = state.sel && payload.relations.find(function(r) {
      return r.id === state.sel;
    });
    const byPlace = /* @__PURE__ */ new Map();
    rows.forEach(function(rel) {
      if (!rel.place || isCountryLayer(payload, rel.category) || atHome(payload, rel)) return;
      const entry = byPlace.get(rel.place) || { key: rel.place, first: Infinity, count: 0 };
      entry.first = Math.min(entry.first, order[rel.category]);
      entry.count += 1;
      byPlace.set(rel.place, entry);
    });
    if (byPlace.size > PLACE_LIMIT) return [];
    const cited = citedPlaces(payload, state.hl || []);
    const only = state.theme === "projector" && cited.size > 0;
    return Array.from(byPlace.values()).filter(function(entry) {
      return !only || cited.has(entry.key) || Boolean(chosen2 && chosen2.place === entry.key);
    }).map(function(entry) {
      const place = payload.places[entry.key];
      const name = pick(place.is_city ? place.name : place.country_name, state.lang);
      return {
        key: entry.key,
        text: name,
        lat: place.lat,
        lon: place.lon,
        chosen: Boolean(chosen2 && chosen2.place === entry.key),
        cited: cited.has(entry.key),
        first: entry.first,
        count: entry.count
      };
    }).sort(function(a, b) {
      return Number(b.chosen) - Number(a.chosen) || Number(b.cited) - Number(a.cited) || a.first - b.first || b.count - a.count || a.text.localeCompare(b.text);
    });
  }
  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }
  function coversMark(box, mark) {
    const nearestX = Math.max(box.x, Math.min(mark.x, box.x + box.w));
    const nearestY = Math.max(box.y, Math.min(mark.y, box.y + box.h));
    return (mark.x - nearestX) ** 2 + (mark.y - nearestY) ** 2 < mark.r ** 2;
  }
  function sideBox(side, x, y, r, w, h) {
    if (side === "right") return { x: x + r + GAP, y: y - h / 2, w, h };
    if (side === "left") return { x: x - r - GAP - w, y: y - h / 2, w, h };
    if (side === "above") return { x: x - w / 2, y: y - r - GAP - h, w, h };
    return { x: x - w / 2, y: y + r + GAP, w, h };
  }
  function placeLabels(candidates, project, marks, measure, frame, taken) {
    const placed = [];
    const boxes = (taken || []).slice();
    for (const candidate of candidates) {
      if (placed.length >= frame.most && !candidate.chosen) break;
      const point = project(candidate.lon, candidate.lat);
      if (!point) continue;
      const keyed = marks.find(function(m) {
        return m.key === candidate.key;
      }) || { x: point[0], y: point[1], r: 4 };
      const here = marks.filter(function(m) {
        return m.key === candidate.key || Math.hypot(m.x - keyed.x, m.y - keyed.y) < 1.5;
      });
      const own = { x: keyed.x, y: keyed.y, r: Math.max.apply(null, [keyed.r].concat(here.map(function(m) {
        return m.r;
      }))) };
      const w = measure(candidate.text);
      const h = frame.lineHeight;
      let chosen2 = null;
      for (const side of SIDES) {
        const box = sideBox(side, own.x, own.y, own.r, w, h);
        const inside = box.x >= 0 && box.y >= 0 && box.x + box.w <= frame.width && box.y + box.h <= frame.height;
        if (!inside) continue;
        if (boxes.some(function(b) {
          return overlaps(b, box);
        })) continue;
        if (marks.some(function(m) {
          return !here.includes(m) && coversMark(box, m);
        })) continue;
        chosen2 = { side, box };
        break;
      }
      if (!chosen2 && candidate.chosen) chosen2 = { side: "right", box: sideBox("right", own.x, own.y, own.r, w, h) };
      if (!chosen2) continue;
      boxes.push(chosen2.box);
      placed.push({
        key: candidate.key,
        text: candidate.text,
        side: chosen2.side,
        x: chosen2.box.x,
        y: chosen2.box.y,
        w,
        h,
        chosen: candidate.chosen
      });
    }
    return placed;
  }

  // assets/src/ids.mjs
  function readIds() {
    const root14 = globalThis.document && globalThis.document.body;
    try {
      return JSON.parse(root14 && root14.dataset.ids || "{}");
    } catch {
      return {};
    }
  }
  var ID = readIds();
  function byId(name) {
    return document.getElementById(ID[name]);
  }

  // assets/src/dom.mjs
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(function(entry) {
      if (entry[1] === null || entry[1] === void 0 || entry[1] === false) return;
      if (entry[0] === "text") node.textContent = entry[1];
      else node.setAttribute(entry[0], entry[1] === true ? "" : entry[1]);
    });
    (children || []).forEach(function(child) {
      if (child === null || child === void 0) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function glyph(payload, cat) {
    const style2 = payload.categoryInfo[cat];
    const span = el("span", { class: "glyph", "aria-hidden": "true", text: style2.glyph });
    span.style.color = style2.colour;
    return span;
  }
  function loadFailed(what, retry) {
    const box = byId("load_error");
    if (!box) return;
    const message = box.querySelector("p");
    message.textContent = message.getAttribute("data-" + what);
    const button = box.querySelector("button");
    button.onclick = function() {
      box.hidden = true;
      retry();
    };
    box.hidden = false;
  }
  function reducedMotion() {
    return Boolean(globalThis.matchMedia && globalThis.matchMedia("(prefers-reduced-motion: reduce)").matches);
  }

  // assets/src/console.mjs
  var root = globalThis;
  var NAME = "atlas-story";
  function storyLink(story, onChapter) {
    const me = Math.random().toString(36).slice(2);
    const windows = /* @__PURE__ */ new Set();
    if (root.opener) windows.add(root.opener);
    let channel = null;
    try {
      channel = root.BroadcastChannel ? new root.BroadcastChannel(NAME) : null;
    } catch {
    }
    const seen = /* @__PURE__ */ new Set();
    function receive(message) {
      if (!message || message.atlas !== NAME || message.story !== story || message.from === me) return;
      if (seen.has(message.id)) return;
      seen.add(message.id);
      onChapter(message.index, Boolean(message.playing));
    }
    if (channel) channel.onmessage = function(event) {
      receive(event.data);
    };
    root.addEventListener("message", function(event) {
      if (event.source && event.source !== /** @type {any} */
      root && event.data && event.data.atlas === NAME) windows.add(event.source);
      receive(event.data);
    });
    let sent = 0;
    return {
      /** Tell the other windows this one now shows chapter index (and plays its range). */
      tell: function(index, playing) {
        sent += 1;
        const message = { atlas: NAME, story, index, playing, from: me, id: me + ":" + sent };
        if (channel) channel.postMessage(message);
        windows.forEach(function(other) {
          try {
            if (!other.closed) other.postMessage(message, "*");
          } catch {
          }
        });
      },
      /** Open the console for this story in another window, and keep it in step. */
      open: function(url) {
        const other = root.open(url, NAME + "-console");
        if (other) windows.add(other);
        return other;
      }
    };
  }
  function presenterParts(core, payload, story, lang, stateOf, ready) {
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const notes = el("div", { class: "story-notes" });
    const coming = el("p", { class: "story-next" });
    const glimpse = el("div", { class: "story-glimpse", "aria-hidden": "true" });
    const time = el("p", { class: "story-clock", "aria-live": "off" });
    const began = Date.now();
    let shown = -1;
    const two = function(n) {
      return String(n).padStart(2, "0");
    };
    function tick() {
      const spent = Math.floor((Date.now() - began) / 1e3);
      const now = /* @__PURE__ */ new Date();
      time.textContent = T("present.elapsed").replace("{time}", Math.floor(spent / 60) + ":" + two(spent % 60)) + " · " + T("present.clock").replace("{time}", two(now.getHours()) + ":" + two(now.getMinutes()));
    }
    tick();
    setInterval(tick, 1e3);
    return {
      box: el("div", { class: "story-speaker" }, [el("h3", { text: T("present.notes") }), notes, coming, glimpse, time]),
      show: function(index) {
        const chapter = story.chapters[index];
        const said = core.pick(chapter.notes || {}, lang);
        notes.replaceChildren(el("p", { text: said || T("present.no_notes") }));
        const after = story.chapters[index + 1];
        coming.textContent = after ? T("present.coming").replace("{title}", core.pick(after.title, lang)) : T("present.last");
        glimpse.hidden = !after;
        if (after) ready.then(function() {
          if (shown === index) drawGlimpse(core, payload, stateOf(after), glimpse);
        });
        shown = index;
      }
    };
  }
  function drawGlimpse(core, payload, state, box) {
    const Plotly = root.Plotly;
    if (!Plotly || !box.clientWidth) return;
    const width = box.clientWidth;
    const height = Math.round(width * 9 / 16);
    const rows = core.visibleRelations(payload, state);
    const base = core.baseMapFigure(payload, state);
    const layout = Object.assign({}, base.layout, { width, height });
    layout.geo = core.fitFrame(Object.assign({}, layout.geo), width, height);
    const data = core.mapFigure(payload, state, rows, null).data;
    Plotly.react(box, base.data.concat(data), layout, { staticPlot: true, displayModeBar: false });
  }

  // assets/src/links.mjs
  function colon(core, payload, lang) {
    return core.t(payload, lang, "punctuation.colon");
  }
  function selectLink(core, payload, state, id, label, onChange, current, patch) {
    const change = patch || { sel: id };
    const a = el("a", {
      href: core.toSearch(Object.assign({}, state, { sel: id, at: change.at || "" }), payload),
      text: label,
      "aria-current": current ? "true" : null
    });
    a.addEventListener("click", function(event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      onChange(Object.assign({ reveal: true }, change));
    });
    return a;
  }
  function sourceLinks(core, payload, lang, urls, label) {
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    return urls.map(function(url, i) {
      let host = url;
      try {
        host = new URL(url).hostname.replace(/^www\./, "");
      } catch {
      }
      const text = label === "" ? host : (label || T("details.source_link").replace("{n}", String(i + 1))) + " (" + host + ")";
      return el("a", { href: url, target: "_blank", rel: "noopener noreferrer", class: "source-link" }, [
        label === "" ? el("span", { class: "visually-hidden", text: T("details.source_link").replace("{n}", String(i + 1)) + colon(core, payload, lang) }) : null,
        text,
        el("span", { class: "visually-hidden", text: " " + T("details.new_window") })
      ]);
    });
  }

  // assets/src/officials.mjs
  function officialFigure2(core, payload, lang, figure, full) {
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const words = core.officialFigure(payload, figure, lang);
    const links = sourceLinks(core, payload, lang, words.sources, full ? null : "");
    const data = [words.inData].concat(words.apart).filter(Boolean).join(" ; ");
    if (!full) {
      const line2 = [el("strong", { class: "figure-value", text: words.text }), " (" + words.asOf + ", " + words.attribution + " ; "];
      links.forEach(function(link, i) {
        line2.push(i ? ", " : "", link);
      });
      line2.push(")");
      if (data) line2.push(el("span", { class: "figure-data", text: " — " + data + "." }));
      return el("li", { "data-figure": words.id }, line2);
    }
    const meta = [words.asOf, T("figures.said_by") + colon(core, payload, lang) + words.saidBy, T("attribution_long." + figure.attribution), ""];
    const line = meta.join(" · ");
    const about = el("span", { class: "figure-meta", text: line.charAt(0).toUpperCase() + line.slice(1) });
    links.forEach(function(link, i) {
      about.appendChild(document.createTextNode(i ? ", " : ""));
      about.appendChild(link);
    });
    return el("li", { "data-figure": words.id, id: ID.figure_prefix + words.id }, [
      el("strong", { class: "figure-value", text: words.text }),
      about,
      data ? el("span", { class: "figure-data", text: data.charAt(0).toUpperCase() + data.slice(1) + "." }) : null,
      words.caveats.length ? el("span", { class: "figure-caveats", text: T("details.caveats") + colon(core, payload, lang) + words.caveats.join(" · ") + "." }) : null,
      words.note ? el("span", { class: "figure-note", text: words.note }) : null
    ]);
  }
  function keyFigures2(core, payload, state, rows) {
    const lang = state.lang;
    const figures = core.keyFigures(payload, state, rows);
    const items = figures.items.map(function(item) {
      const parts = [glyph(payload, item.category), " ", el("strong", { text: core.formatNumber(item.count, lang) }), " " + item.label];
      if (item.officials.length) {
        parts.push(
          el("span", { class: "visually-hidden", text: " " + core.t(payload, lang, "figures.official") }),
          el("ul", { class: "officials" }, item.officials.map(function(f) {
            return officialFigure2(core, payload, lang, f, false);
          }))
        );
      }
      return el("li", { "data-cat": item.category }, parts);
    });
    items.push(el("li", { class: "all-figures" }, [el("a", {
      href: "#" + ID.figure_notes_section,
      text: core.tn(payload, lang, "figures.all", payload.figures.length)
    })]));
    return items;
  }
  function figureNotes(core, payload, state) {
    const lang = state.lang;
    return [
      el("p", { text: core.t(payload, lang, "figures.notes_intro") }),
      el("ul", { class: "figure-notes" }, payload.figures.map(function(f) {
        return officialFigure2(core, payload, lang, f, true);
      }))
    ];
  }

  // assets/src/present.mjs
  var root2 = globalThis;
  var NEXT = ["PageDown", "ArrowRight", "ArrowDown", " ", "Enter", "n"];
  var PREVIOUS = ["PageUp", "ArrowLeft", "ArrowUp", "Backspace"];
  var CONSOLE = ["p", "P"];
  var BLANK = ["b", "B", ".", "w", "W"];
  var PLAY_SECONDS = 12;
  var IDLE_MS = 2e3;
  var GUTTER = 16;
  function chapterState(core, payload, chapter, lang, year) {
    const bounds = core.boundsFrame(payload, chapter.relations);
    const state = core.applyPatch(payload, Object.assign(core.defaultState(payload), { lang }), {
      year: year === void 0 ? chapter.year : year,
      mode: chapter.mode,
      cats: chapter.categories.length ? chapter.categories : payload.categories,
      region: chapter.region,
      sel: chapter.relations[0] || "",
      // a chapter shows its own view (stories.csv, view), else its region's frame, else the frame around
      // the places it cites, else the presentation's view (data/atlas.toml)
      view: chapter.view || (chapter.region || bounds ? "" : payload.presentationView || "")
    });
    if (!chapter.view && !chapter.region && bounds) state.bounds = bounds;
    state.hl = chapter.relations;
    state.theme = "projector";
    return state;
  }
  function start(explorer, core, payload, story, lang) {
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    let index = story.index;
    let timer = null;
    let played = false;
    const title = el("h2", { id: ID.story_title, class: "story-title" });
    const text = el("p", { class: "story-text" });
    const figures = el("ul", { class: "story-figures officials" });
    const progress = el("p", { class: "story-progress" });
    const shownYear = el("p", { class: "story-year" });
    const status = el("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
    const buttons = {
      previous: el("button", { type: "button", "data-action": "previous", text: T("present.previous") }),
      play: el("button", { type: "button", "data-action": "play", "aria-pressed": "false", text: T("explorer.play") }),
      next: el("button", { type: "button", "data-action": "next", text: T("present.next") }),
      full: el("button", { type: "button", "data-action": "full", text: T("present.fullscreen") }),
      // RGAA 12.10: the clicker's letter keys (B, ".", K...) can be turned off; Page Up/Down and arrows stay
      keys: el("button", { type: "button", "data-action": "keys", "aria-pressed": "true", text: T("present.letter_keys") }),
      leave: el("button", { type: "button", "data-action": "leave", text: T("present.leave") })
    };
    const panel = el("section", { class: "story", "aria-labelledby": ID.story_title }, [
      el("div", { class: "story-head" }, [
        el("p", { class: "story-name", text: core.pick(story.chapters[0].title, lang) }),
        shownYear
      ]),
      title,
      text,
      figures,
      progress,
      status,
      el("div", { class: "story-buttons" }, Object.keys(buttons).map(function(k) {
        return buttons[k];
      })),
      el("p", { class: "story-keys", text: T("present.keys") })
    ]);
    const ending = endAddress(core, payload, lang);
    if (ending) panel.insertBefore(ending, progress);
    const presenter = core.isPresenter(root2.location.search);
    const speaker = presenter ? presenterParts(core, payload, story, lang, function(c) {
      return chapterState(core, payload, c, lang);
    }, explorer.live) : null;
    if (speaker) panel.insertBefore(speaker.box, progress);
    const link = storyLink(story.story, function(i, playing) {
      show(i, false, true);
      if (playing) play(true);
    });
    const blank = el("div", { class: "story-blank", hidden: true, "aria-hidden": "true" });
    document.documentElement.classList.add("presenting", presenter ? "presenter" : "audience");
    const view = document.querySelector(".atlas-view");
    const first = view.querySelector(".story");
    if (first) first.remove();
    view.prepend(panel);
    document.body.appendChild(blank);
    document.documentElement.classList.add("story-ready");
    function chapter() {
      return story.chapters[index];
    }
    function display(year) {
      const state = chapterState(core, payload, chapter(), lang, year);
      if (!presenter) state.cover = Math.min(0.6, (panel.getBoundingClientRect().right + GUTTER) / root2.innerWidth);
      shownYear.textContent = String(year);
      explorer.show(state);
    }
    function address(replace) {
      try {
        root2.history[replace ? "replaceState" : "pushState"](null, "", core.storySearch(story.story, index, lang) + (presenter ? "&presenter=1" : "") + root2.location.hash);
      } catch {
      }
    }
    function show(i, replace, quiet) {
      stop();
      index = Math.min(story.chapters.length - 1, Math.max(0, i));
      played = false;
      const c = chapter();
      display(c.year);
      title.textContent = core.pick(c.title, lang);
      text.textContent = core.pick(c.text, lang);
      const cited = (c.figures || []).map(function(id) {
        return payload.figures.find(function(f) {
          return f.id === id;
        });
      });
      figures.replaceChildren.apply(figures, cited.filter(Boolean).map(function(f) {
        return officialFigure2(core, payload, lang, f, false);
      }));
      figures.hidden = !figures.children.length;
      progress.textContent = T("present.progress").replace("{n}", String(index + 1)).replace("{total}", String(story.chapters.length));
      status.textContent = title.textContent + ". " + progress.textContent;
      document.title = T("present.page_title").replace("{chapter}", title.textContent).replace("{title}", T("app.title"));
      buttons.play.hidden = !c.year_end;
      buttons.previous.disabled = index === 0;
      buttons.next.disabled = index === story.chapters.length - 1 && !c.year_end;
      if (speaker) speaker.show(index);
      if (ending) ending.hidden = index !== story.chapters.length - 1;
      address(replace);
      if (!quiet) link.tell(index, false);
    }
    function play(quiet) {
      const c = chapter();
      if (!c.year_end || timer) return;
      let year = c.year;
      played = true;
      if (!quiet) link.tell(index, true);
      if (reducedMotion()) {
        display(c.year_end);
        return;
      }
      const step = Math.min(800, Math.max(150, PLAY_SECONDS * 1e3 / Math.max(1, c.year_end - c.year)));
      buttons.play.setAttribute("aria-pressed", "true");
      buttons.play.textContent = T("explorer.pause");
      timer = setInterval(function() {
        year += 1;
        display(year);
        if (year >= c.year_end) stop();
      }, step);
    }
    function stop() {
      if (!timer) return false;
      clearInterval(timer);
      timer = null;
      buttons.play.setAttribute("aria-pressed", "false");
      buttons.play.textContent = T("explorer.play");
      return true;
    }
    function next() {
      const c = chapter();
      if (c.year_end && !played) return play();
      if (stop()) return display(c.year_end);
      if (index < story.chapters.length - 1) show(index + 1);
    }
    function toggleFullScreen() {
      if (document.fullscreenElement) return document.exitFullscreen();
      const page = document.documentElement;
      return page.requestFullscreen ? page.requestFullscreen().catch(function() {
      }) : null;
    }
    function leave() {
      stop();
      const state = Object.assign({}, explorer.state);
      root2.location.search = core.toSearch(state, payload);
    }
    const actions = {
      previous: function() {
        show(index - 1);
      },
      next,
      full: toggleFullScreen,
      leave,
      play: function() {
        if (!stop()) play();
      },
      keys: function() {
        letterKeys = !letterKeys;
        buttons.keys.setAttribute("aria-pressed", String(letterKeys));
      }
    };
    Object.keys(buttons).forEach(function(k) {
      buttons[k].addEventListener("click", actions[k]);
    });
    let letterKeys = true;
    let typed = "";
    document.addEventListener("keydown", function(event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = (
        /** @type {HTMLElement} */
        event.target
      );
      if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
      const key = event.key;
      if (!letterKeys && key.length === 1) return;
      if (!blank.hidden && !BLANK.includes(key)) {
        blank.hidden = true;
      }
      if (/^[0-9]$/.test(key)) {
        typed += key;
        return;
      }
      if (key === "Enter" && typed) {
        event.preventDefault();
        show(parseInt(typed, 10) - 1);
        typed = "";
        return;
      }
      typed = "";
      if (target && target.tagName === "BUTTON" && (key === " " || key === "Enter")) return;
      let done = true;
      if (NEXT.includes(key)) next();
      else if (PREVIOUS.includes(key)) actions.previous();
      else if (key === "Home") show(0);
      else if (key === "End") show(story.chapters.length - 1);
      else if (key === "f" || key === "F") toggleFullScreen();
      else if (key === "k" || key === "K") actions.play();
      else if (BLANK.includes(key)) blank.hidden = !blank.hidden;
      else if (key === "Escape") {
        if (!stop()) leave();
      } else if (CONSOLE.includes(key) && !presenter) link.open(core.storySearch(story.story, index, lang) + "&presenter=1");
      else done = false;
      if (done) event.preventDefault();
    });
    root2.addEventListener("popstate", function() {
      const asked2 = core.requestedStory(root2.location.search, payload);
      if (asked2 && asked2.story === story.story) show(asked2.index, true);
    });
    if (!presenter) idleScreen();
    show(index, true, true);
    return { show, next, stop, get index() {
      return index;
    }, get playing() {
      return Boolean(timer);
    } };
  }
  function idleScreen() {
    const page = document.documentElement;
    let timer = 0;
    function awake() {
      page.classList.remove("idle");
      clearTimeout(timer);
      timer = setTimeout(function() {
        page.classList.add("idle");
      }, IDLE_MS);
    }
    ["mousemove", "mousedown", "touchstart"].forEach(function(kind) {
      root2.addEventListener(kind, awake, { passive: true });
    });
    awake();
  }
  function endAddress(core, payload, lang) {
    if (!payload.address) return null;
    const code = el("div", { class: "story-qr" });
    code.innerHTML = payload.address.qr;
    const svg2 = code.querySelector("svg");
    if (svg2) {
      svg2.setAttribute("role", "img");
      svg2.setAttribute("aria-label", core.t(payload, lang, "present.qr"));
    }
    return el("figure", { class: "story-address", hidden: true }, [code, el("figcaption", {}, [
      core.t(payload, lang, "present.address") + " ",
      el("a", { href: payload.address.url, text: payload.address.url })
    ])]);
  }

  // assets/src/address.mjs
  var root3 = globalThis;
  var COALESCE_MS = 1e3;
  var CHOICE = ["sel", "at", "group", "place", "reveal"];
  function chosen(state) {
    return Boolean(state.sel || state.at || state.group && state.group.length);
  }
  function backTo(search) {
    const entry = root3.history.state;
    if (!entry || entry.previous !== search || root3.location.search === search) return false;
    root3.history.back();
    return true;
  }
  function followAddress(store, suffix) {
    let timer = 0;
    let push = false;
    let last = { at: 0, yearOnly: false };
    function remember(replace) {
      push = push || !replace;
      clearTimeout(timer);
      timer = setTimeout(write, 100);
    }
    function write() {
      const asPush = push;
      push = false;
      const search = toSearch(store.state, store.payload) + suffix;
      if (search === root3.location.search) return;
      try {
        const entry = asPush ? { previous: root3.location.search } : root3.history.state;
        root3.history[asPush ? "pushState" : "replaceState"](entry, "", search + root3.location.hash);
      } catch {
      }
    }
    let chose = chosen(store.state);
    store.subscribe(function(event) {
      const before = chose;
      chose = chosen(store.state);
      if (event.kind === "payload") return remember(true);
      if (event.kind !== "change") return;
      const patch = event.patch;
      const yearOnly = Object.keys(patch).every(function(k) {
        return k === "year" || k === "transient";
      });
      const now = Date.now();
      const replace = Boolean(patch.transient) || yearOnly && last.yearOnly && now - last.at < COALESCE_MS || before && chose && Object.keys(patch).every(function(k) {
        return CHOICE.includes(k);
      });
      last = { at: now, yearOnly };
      remember(replace);
    });
    root3.addEventListener("popstate", function() {
      clearTimeout(timer);
      push = false;
      store.show(parseState(root3.location.search, store.payload), "address");
    });
    remember(true);
  }

  // assets/src/histogram.mjs
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function(k) {
      node.setAttribute(k, String(attrs[k]));
    });
    return node;
  }
  function createHistogram(core, payload, lang, onChange) {
    const style2 = core.look(payload).timeline.histogram;
    const first = payload.years[0];
    const node = svg("svg", {
      class: "year-histogram",
      role: "img",
      height: style2.height,
      preserveAspectRatio: "none"
    });
    let drawn = "";
    let rects = [];
    let chosen2 = null;
    node.addEventListener("click", function(event) {
      const box = node.getBoundingClientRect();
      const years = payload.years[1] - first + 1;
      const year = first + Math.floor((event.clientX - box.left) / box.width * years);
      onChange({ year: Math.min(payload.years[1], Math.max(first, year)) });
    });
    function update2(state) {
      const key = state.cats.join(",") + "|" + state.region;
      if (key !== drawn) {
        const counts = core.yearCounts(payload, state);
        const most = Math.max(1, Math.max.apply(null, counts));
        node.setAttribute("viewBox", "0 0 " + counts.length + " " + most);
        rects = counts.map(function(count, i) {
          return svg("rect", { x: i, y: most - count, width: 1, height: count, fill: style2.bar, "data-year": first + i });
        });
        node.replaceChildren.apply(node, rects);
        const peak = counts.indexOf(Math.max.apply(null, counts));
        node.setAttribute("aria-label", core.t(payload, lang, "histogram.label").replace("{first}", String(first)).replace("{last}", String(payload.years[1])).replace("{peak}", String(first + peak)).replace("{count}", core.formatNumber(counts[peak], lang)));
        drawn = key;
        chosen2 = null;
      }
      if (chosen2) chosen2.setAttribute("fill", style2.bar);
      chosen2 = rects[state.year - first] || null;
      if (chosen2) {
        chosen2.setAttribute("fill", style2.chosen);
        node.appendChild(chosen2);
      }
    }
    return { node, update: update2 };
  }

  // assets/src/searchbox.mjs
  var PLACE_LIMIT2 = 6;
  var RELATION_LIMIT = 40;
  function option(core, payload, lang, item, index) {
    const node = el("li", {
      role: "option",
      id: ID.search_results + "-" + index,
      "aria-selected": "false",
      class: "search-option"
    });
    if (item.kind === "place") {
      node.append(el("span", { class: "search-place", text: item.label }));
    } else {
      const date = item.start ? core.formatDate(item.start, "year", lang) : "";
      node.append(
        glyph(payload, item.category),
        " ",
        el("span", { text: item.label }),
        el("span", { class: "search-what", text: [date, item.where].filter(Boolean).join(" · ") })
      );
    }
    return node;
  }
  function searchControl(core, payload, lang, T, onChange, currentState) {
    const input = el("input", {
      type: "search",
      id: ID.place_search,
      autocomplete: "off",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": ID.search_results,
      "aria-describedby": ID.search_status,
      enterkeyhint: "search"
    });
    const list = el("ul", { id: ID.search_results, class: "search-results", role: "listbox", "aria-label": T("search.results") });
    const status = el("p", { id: ID.search_status, class: "visually-hidden", role: "status" });
    let items = [];
    let active = -1;
    function mark(index) {
      active = index;
      list.querySelectorAll("[role=option]").forEach(function(node, i) {
        node.setAttribute("aria-selected", String(i === index));
      });
      if (index < 0) input.removeAttribute("aria-activedescendant");
      else {
        const node = list.children[index];
        input.setAttribute("aria-activedescendant", node.id);
        if (node.scrollIntoView) node.scrollIntoView({ block: "nearest" });
      }
    }
    function choose(index) {
      const item = items[index];
      if (!item) return;
      input.value = item.label;
      clear();
      if (item.kind === "place") onChange({ place: item.key, reveal: true });
      else onChange(core.revealPatch(payload, currentState(), item.id));
    }
    function clear() {
      items = [];
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      mark(-1);
    }
    function find() {
      const found = core.searchAll(payload, input.value, lang);
      items = found.places.slice(0, PLACE_LIMIT2).map(function(p) {
        return Object.assign({ kind: "place" }, p);
      }).concat(found.relations.slice(0, RELATION_LIMIT).map(function(r) {
        return Object.assign({ kind: "relation" }, r);
      }));
      list.replaceChildren.apply(list, items.map(function(item, i) {
        return option(core, payload, lang, item, i);
      }));
      input.setAttribute("aria-expanded", String(items.length > 0));
      mark(-1);
      status.textContent = input.value.trim().length < 2 ? "" : items.length ? core.tn(payload, lang, "search.found", found.relations.length).replace("{places}", core.tn(payload, lang, "search.places", found.places.length)) : T("explorer.no_result");
    }
    input.addEventListener("input", find);
    input.addEventListener("keydown", function(event) {
      if (!items.length) return;
      const moves = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1 };
      if (event.key in moves) {
        event.preventDefault();
        mark((moves[event.key] + items.length) % items.length);
      } else if (event.key === "Enter") {
        event.preventDefault();
        choose(active < 0 ? 0 : active);
      } else if (event.key === "Escape") {
        event.stopPropagation();
        clear();
      }
    });
    list.addEventListener("mousedown", function(event) {
      event.preventDefault();
    });
    list.addEventListener("click", function(event) {
      const node = event.target instanceof Element ? event.target.closest("[role=option]") : null;
      if (node) choose(Array.prototype.indexOf.call(list.children, node));
    });
    return el("div", { class: "control search", role: "search" }, [
      el("label", { for: ID.place_search, text: T("explorer.search") }),
      input,
      list,
      status
    ]);
  }

  // assets/src/controls.mjs
  var histograms = /* @__PURE__ */ new WeakMap();
  function choice(type, name, value, labelChildren) {
    const id = name + "-" + value;
    return el("div", { class: "choice" }, [
      el("input", { type, name, id, value }),
      el("label", { for: id }, labelChildren)
    ]);
  }
  function fieldset(legend2, choices, id) {
    return el("fieldset", { class: "control", id }, [el("legend", { text: legend2 })].concat(choices));
  }
  function fillSheet(sheet, blocks) {
    sheet.querySelectorAll(":scope > [data-control]").forEach(function(old) {
      old.remove();
    });
    const close = sheet.querySelector(":scope > .sheet-close");
    blocks.slice().reverse().forEach(function(block) {
      if (close) close.after(block);
      else sheet.prepend(block);
    });
  }
  function mount(boxes, core, payload, lang, onChange, currentState) {
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const first = String(payload.years[0]);
    const last = String(payload.years[1]);
    const slider = el("input", { type: "range", id: ID.year_slider, class: "year-slider", min: first, max: last, step: "1", value: last });
    const number = el("input", {
      type: "number",
      id: ID.year_input,
      class: "year-input",
      min: first,
      max: last,
      step: "1",
      value: last,
      inputmode: "numeric"
    });
    const step = function(id, text, label, by) {
      const button = el("button", { type: "button", id, class: "year-step-button", "aria-label": label, title: label, text });
      button.addEventListener("click", function() {
        onChange({ year: currentState().year + by });
      });
      return button;
    };
    const histogram = createHistogram(core, payload, lang, onChange);
    histograms.set(boxes.bar, histogram);
    const year = el("div", { class: "control year" }, [
      el("label", { for: ID.year_slider, class: "year-label", text: T("explorer.year") }),
      histogram.node,
      slider,
      el("div", { class: "year-step" }, [
        step(ID.year_previous, "‹", T("explorer.year_previous"), -1),
        el("label", { for: ID.year_input, class: "visually-hidden", text: T("explorer.year_number") }),
        number,
        step(ID.year_next, "›", T("explorer.year_next"), 1)
      ])
    ]);
    const modes = fieldset(T("explorer.mode"), ["inforce", "happened"].map(function(m) {
      return choice("radio", ID.mode, m, [T("mode." + m)]);
    }), ID.mode);
    const cats = fieldset(T("explorer.categories"), payload.categories.map(function(c) {
      return choice("checkbox", ID.categories, c, [
        glyph(payload, c),
        " " + T("category." + c) + " ",
        el("span", { class: "count", "data-count": c })
      ]);
    }), ID.categories);
    const regions = regionControl(payload, T);
    const reset = el("button", { type: "button", id: ID.reset, class: "reset", text: T("explorer.reset") });
    const play = playControls(core, T, payload, onChange);
    const search = searchControl(core, payload, lang, T, onChange, currentState);
    const blocks = { search, year, play, mode: modes, categories: cats, region: regions, reset };
    Object.keys(blocks).forEach(function(name) {
      blocks[name].setAttribute("data-control", name);
    });
    fillSheet(boxes.search, [search]);
    boxes.bar.replaceChildren(year, play);
    fillSheet(boxes.filters, [modes, cats, regions, reset]);
    slider.addEventListener("input", function() {
      onChange({ year: parseInt(slider.value, 10) });
    });
    number.addEventListener("change", function() {
      const value = parseInt(number.value, 10);
      if (Number.isFinite(value)) onChange({ year: value });
    });
    modes.addEventListener("change", function(e) {
      onChange({ mode: e.target.value });
    });
    regions.addEventListener("change", function(e) {
      onChange({ region: e.target.value });
    });
    cats.addEventListener("change", function() {
      const checked = Array.from(cats.querySelectorAll("input:checked")).map(function(i) {
        return i.value;
      });
      onChange({ cats: checked });
    });
    reset.addEventListener("click", function() {
      onChange({ reset: true });
    });
  }
  function regionControl(payload, T) {
    const options = [el("option", { value: "", text: T("region.all") })];
    (payload.regions || []).forEach(function(region) {
      const name = T("region." + region.key);
      options.push(el("optgroup", { label: name }, [
        el("option", { value: region.key, text: T("region.whole").replace("{name}", name) })
      ].concat(region.subs.map(function(sub) {
        return el("option", { value: sub, text: T("subregion." + sub) });
      }))));
    });
    return el("div", { class: "control region" }, [
      el("label", { for: ID.region_select, text: T("explorer.region") }),
      el("select", { id: ID.region_select }, options)
    ]);
  }
  function playControls(core, T, payload, onChange) {
    const opensOn = core.look(payload).timeline.opensOn;
    const button = el("button", { type: "button", id: ID.play, class: "play", "aria-pressed": "false" }, [
      el("span", { class: "play-icon", "aria-hidden": "true", text: "▶" }),
      el("span", { class: "play-text", text: T("explorer.play") })
    ]);
    function say(playing) {
      button.setAttribute("aria-pressed", String(playing));
      button.querySelector(".play-icon").textContent = playing ? "❚❚" : "▶";
      button.querySelector(".play-text").textContent = T(playing ? "explorer.pause" : "explorer.play");
    }
    const speed = el("select", { id: ID.play_speed }, [["slow", 1600], ["normal", 900], ["fast", 400]].map(function(s) {
      const option3 = el("option", { value: String(s[1]), text: T("speed." + s[0]) });
      if (s[0] === "normal") option3.selected = true;
      return option3;
    }));
    let timer = null;
    function stop() {
      if (timer) clearInterval(timer);
      timer = null;
      say(false);
    }
    function step() {
      const slider = (
        /** @type {HTMLInputElement} */
        document.getElementById(ID.year_slider)
      );
      const year = parseInt(slider.value, 10);
      if (year >= payload.years[1]) return stop();
      onChange({ year: year + 1, transient: true });
    }
    button.addEventListener("click", function() {
      if (timer) return stop();
      const slider = (
        /** @type {HTMLInputElement} */
        document.getElementById(ID.year_slider)
      );
      if (parseInt(slider.value, 10) >= payload.years[1]) onChange({ year: Math.max(payload.years[0], opensOn) });
      timer = setInterval(step, parseInt(speed.value, 10));
      say(true);
    });
    speed.addEventListener("change", function() {
      if (timer) {
        clearInterval(timer);
        timer = setInterval(step, parseInt(speed.value, 10));
      }
    });
    return el("div", { class: "control play-controls" }, [
      button,
      el("label", { for: ID.play_speed, text: T("explorer.speed") }),
      speed
    ]);
  }
  function update(boxes, core, payload, state) {
    const field2 = function(id) {
      return (
        /** @type {HTMLInputElement | null} */
        document.getElementById(id)
      );
    };
    const inputs = function(id) {
      return document.querySelectorAll(
        /** @type {"input"} */
        "#" + id + " input"
      );
    };
    const slider = field2(ID.year_slider);
    if (!slider) return;
    const year = String(state.year);
    if (slider.value !== year) slider.value = year;
    slider.setAttribute("aria-valuetext", year);
    const number = field2(ID.year_input);
    if (number.value !== year) number.value = year;
    inputs(ID.mode).forEach(function(i) {
      i.checked = i.value === state.mode;
    });
    const region = field2(ID.region_select);
    if (region.value !== state.region) region.value = state.region;
    inputs(ID.categories).forEach(function(i) {
      i.checked = state.cats.includes(i.value);
    });
    if (histograms.has(boxes.bar)) histograms.get(boxes.bar).update(state);
    field2(ID.year_previous).disabled = state.year <= payload.years[0];
    field2(ID.year_next).disabled = state.year >= payload.years[1];
    const counts = core.categoryCounts(payload, state);
    boxes.filters.querySelectorAll("[data-count]").forEach(function(span) {
      span.textContent = "(" + core.formatNumber(counts[span.getAttribute("data-count")], state.lang) + ")";
    });
  }

  // assets/src/share.mjs
  var root4 = globalThis;
  var HEIGHT = 640;
  var CONTROLS = { year: ["year", "play"], search: ["search"], filters: ["mode", "categories", "region", "reset"] };
  function embedSearch(core, payload, state, options) {
    const params = new URLSearchParams(core.toSearch(state, payload).slice(1));
    if (!options.fixYear) params.delete("year");
    params.set("embed", "1");
    const controls = options.controls.flatMap(function(name) {
      return CONTROLS[name] || [];
    });
    if (controls.join() !== "year") params.set("controls", controls.length ? controls.join(",") : "none");
    return "?" + params.toString().replace(/%2C/g, ",");
  }
  function snippets(core, payload, state, lang, options) {
    const base = root4.location.origin + root4.location.pathname;
    const assets = base.replace(/[^/]*$/, "") + "assets/";
    const view = core.toSearch(state, payload);
    const title = core.t(payload, lang, "explorer.map").replace(/"/g, "&quot;");
    return {
      permalink: base + view,
      iframe: '<iframe src="' + base + embedSearch(core, payload, state, options) + '" title="' + title + '" loading="lazy" width="100%" height="' + HEIGHT + '" style="border:0;max-width:100%" allow="fullscreen"></iframe>',
      script: '<script src="' + assets + 'atlas-embed-host.js" defer><\/script>',
      picture: '<a href="' + base + view + '"><img src="' + assets + "previews/atlas-" + lang + '.png" alt="' + title + '" width="1200" height="900" style="max-width:100%;height:auto"></a>'
    };
  }
  function field(id, label, value) {
    const area = el("textarea", { id, readonly: true, rows: "3", spellcheck: "false" });
    area.value = value;
    const copy = el("button", { type: "button", class: "copy", "data-copies": id });
    return el("div", { class: "share-field" }, [el("label", { for: id, text: label }), area, copy]);
  }
  function option2(name, label, checked) {
    const box = el("input", { type: "checkbox", id: ID.share_dialog + "-" + name, value: name, checked });
    return el("div", { class: "choice" }, [box, el("label", { for: ID.share_dialog + "-" + name, text: label })]);
  }
  function copyText(area, say) {
    area.select();
    const fallback = function() {
      let done;
      try {
        done = document.execCommand("copy");
      } catch {
        done = false;
      }
      say(done);
    };
    if (root4.navigator.clipboard && root4.isSecureContext) {
      root4.navigator.clipboard.writeText(area.value).then(function() {
        say(true);
      }, fallback);
    } else fallback();
  }
  function hostAdvice(core, payload, lang, framers) {
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const origin = root4.location.origin;
    const sites = (framers || "").split(" ").filter(Boolean).map(function(s) {
      return s === "'self'" ? origin : s;
    });
    return el("div", { class: "share-advice" }, [
      sites.length ? el("p", { text: T("share.allowed").replace("{sites}", sites.join(", ")) }) : null,
      el("p", { text: T("share.csp").replace(/\{origin\}/g, origin) }),
      el("p", { text: T("share.height").replace("{height}", String(HEIGHT)) })
    ]);
  }
  function mount2(button, core, payload, lang, currentState) {
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const dialog = el("dialog", { id: ID.share_dialog, class: "share-dialog", "aria-labelledby": ID.share_title });
    document.body.appendChild(dialog);
    button.addEventListener("click", function() {
      const state = currentState();
      const choices = el("fieldset", { class: "share-options" }, [
        el("legend", { text: T("share.options") }),
        option2("year", T("share.controls.year"), true),
        option2("search", T("share.controls.search"), false),
        option2("filters", T("share.controls.filters"), false),
        option2("fix-year", T("share.fix_year").replace("{year}", String(state.year)), false)
      ]);
      const read = function() {
        const checked = Array.from(choices.querySelectorAll("input:checked")).map(function(i) {
          return i.getAttribute("value");
        });
        return { fixYear: checked.includes("fix-year"), controls: checked.filter(function(c) {
          return c !== "fix-year";
        }) };
      };
      const text = snippets(core, payload, state, lang, read());
      const status = el("p", { class: "share-status", role: "status" });
      const close = el("button", { type: "button", class: "close", text: T("share.close") });
      dialog.replaceChildren(
        el("h2", { id: ID.share_title, text: T("share.title") }),
        field(ID.share_permalink, T("share.permalink"), text.permalink),
        choices,
        field(ID.share_iframe, T("share.iframe"), text.iframe),
        field(ID.share_script, T("share.script"), text.script),
        hostAdvice(core, payload, lang, button.getAttribute("data-framers")),
        field(ID.share_picture, T("share.picture"), text.picture),
        status,
        close
      );
      choices.addEventListener("change", function() {
        const area = (
          /** @type {HTMLTextAreaElement} */
          dialog.querySelector("#" + ID.share_iframe)
        );
        area.value = snippets(core, payload, state, lang, read()).iframe;
      });
      dialog.querySelectorAll("button.copy").forEach(function(copy) {
        copy.textContent = T("share.copy");
        copy.addEventListener("click", function() {
          copyText(dialog.querySelector("#" + copy.getAttribute("data-copies")), function(done) {
            status.textContent = T(done ? "share.copied" : "share.selected");
          });
        });
      });
      close.addEventListener("click", function() {
        dialog.close();
        button.focus();
      });
      dialog.showModal();
    });
  }

  // assets/src/views.mjs
  function definitions(pairs) {
    const list = el("dl");
    pairs.forEach(function(pair) {
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
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const rel = payload.relations.find(function(r) {
      return r.id === state.sel;
    });
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
      facts.push([T("details.caveats"), rel.flags.map(function(f) {
        return T("flag." + f);
      }).join(" · ")]);
    }
    const article = el("article", { "aria-labelledby": ID.details_title }, [
      core.atHome(payload, rel) ? el("p", { class: "back" }, [selectLink(
        core,
        payload,
        Object.assign({}, state, { sel: "" }),
        "",
        T("home.back").replace("{name}", core.pick(core.homePlace(payload).name, lang)),
        onChange,
        false,
        { at: "home" }
      )]) : null,
      el("h2", { id: ID.details_title, tabindex: "-1", text: core.pick(rel.title, lang) }),
      el("p", { class: "where" }, [glyph(payload, rel.category), " " + T("category." + rel.category)]),
      definitions(facts),
      el("p", { text: core.pick(rel.description, lang) })
    ]);
    const steps = payload.milestones[rel.id] || [];
    if (steps.length) {
      article.appendChild(el("h3", { text: T("details.milestones") }));
      article.appendChild(el("ul", {}, steps.map(function(m) {
        return el("li", { text: core.formatDate(m.date, precisionOf(m.date), lang) + " — " + T("milestone_kind." + m.kind) + colon(core, payload, lang) + core.pick(m.note, lang) });
      })));
    }
    article.appendChild(el("h3", { text: T("details.sources") }));
    article.appendChild(el("ul", { class: "sources" }, sourceLinks(core, payload, lang, rel.sources || []).map(function(link) {
      return el("li", {}, [link]);
    })));
    const history = core.placeHistory(payload, rel.id);
    if (history.length > 1) {
      article.appendChild(el("h3", { text: T("details.history") + (where ? colon(core, payload, lang) + where : "") }));
      article.appendChild(el("ol", { class: "history" }, history.map(function(r) {
        const label = core.formatSpan(r, lang, payload) + " — " + core.pick(r.title, lang);
        return el("li", {}, [glyph(payload, r.category), " ", r.id === rel.id ? el("strong", { "aria-current": "true", text: label }) : selectLink(core, payload, state, r.id, label, onChange)]);
      })));
    }
    return [article];
  }
  function homeDetails(core, payload, state, onChange) {
    const lang = state.lang;
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const home = core.homePlace(payload);
    const rows = core.homeList(payload, core.visibleRelations(payload, state));
    const name = core.pick(home.name, lang);
    const intro = rows.length ? core.tn(payload, lang, "home.count", rows.length).replace("{name}", name).replace("{year}", String(state.year)) : T("home.none").replace("{name}", name);
    return listDetails(core, payload, state, onChange, T("home.heading").replace("{name}", name), intro, rows, function(r) {
      const partner = core.partnerName(payload, r, lang);
      const spot = payload.places[r.place];
      return {
        label: core.formatSpan(r, lang, payload) + " — " + core.pick(r.title, lang),
        extra: [
          spot && spot.spot ? core.pick(spot.name, lang) : "",
          partner ? T("details.with_short") + " " + partner : ""
        ].filter(Boolean).join(" · ")
      };
    });
  }
  function groupDetails(core, payload, state, onChange) {
    const lang = state.lang;
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const order = state.group || [];
    const rows = core.visibleRelations(payload, state).filter(function(r) {
      return order.includes(r.place);
    }).sort(function(a, b) {
      return order.indexOf(a.place) - order.indexOf(b.place) || (a.start || "").localeCompare(b.start || "");
    });
    const names = order.map(function(key) {
      return core.placeName(payload.places[key], lang);
    });
    const intro = rows.length ? core.tn(payload, lang, "group.count", rows.length) : T("group.none");
    return listDetails(
      core,
      payload,
      state,
      onChange,
      T("group.heading").replace("{names}", names.join(", ")),
      intro,
      rows,
      function(r) {
        return { label: core.pick(r.title, lang), extra: core.placeName(payload.places[r.place], lang) };
      }
    );
  }
  function listDetails(core, payload, state, onChange, heading, intro, rows, words) {
    const article = el("article", { "aria-labelledby": ID.details_title }, [
      el("h2", { id: ID.details_title, tabindex: "-1", text: heading }),
      el("p", { text: intro })
    ]);
    if (rows.length) {
      article.appendChild(el("ul", { class: "home-list" }, rows.map(function(r) {
        const said = words(r);
        return el("li", {}, [
          glyph(payload, r.category),
          " ",
          selectLink(core, payload, state, r.id, said.label, onChange),
          said.extra ? el("span", { class: "place-what", text: " (" + said.extra + ")" }) : null
        ]);
      })));
    }
    return [article];
  }
  var TABLE_LIMIT = 300;
  var PLACE_LIMIT3 = 300;
  function places(core, payload, state, rows, onChange, open, groups) {
    const lang = state.lang;
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const heading = function(count) {
      return T("places.heading").replace("{count}", core.formatNumber(count, lang));
    };
    if (!open) return { heading: heading(core.placeTotal(rows, payload)), children: null };
    const list = core.placeList(payload, state, rows);
    const selected = payload.relations.find(function(r) {
      return r.id === state.sel;
    });
    if (!list.length) return { heading: heading(0), children: [el("p", { text: T("places.none") })] };
    const items = list.slice(0, PLACE_LIMIT3).map(function(entry) {
      const what = entry.cats.map(function(c) {
        return T("category." + c);
      }).join(", ");
      const count = core.tn(payload, lang, "places.relations", entry.count);
      const link = entry.home ? selectLink(core, payload, state, "", entry.label, onChange, state.at === "home", { at: "home" }) : selectLink(core, payload, state, entry.sel, entry.label, onChange, selected && selected.place === entry.key);
      return el("li", { "data-place": entry.key }, entry.cats.map(function(c) {
        return glyph(payload, c);
      }).concat([
        " ",
        link,
        el("span", { class: "place-what", text: " — " + what + " (" + count + ")" })
      ]));
    });
    const children = [el("ul", { class: "place-items" }, items)];
    if (list.length > PLACE_LIMIT3) children.push(el("p", { text: T("places.more").replace("{count}", String(PLACE_LIMIT3)) }));
    if (groups.length) {
      children.push(el("p", { class: "place-groups", text: T("places.groups") }), el(
        "ul",
        { class: "place-items" },
        groups.map(function(keys) {
          const names = keys.map(function(key) {
            return core.placeName(payload.places[key], lang);
          }).join(", ");
          const label = core.tn(payload, lang, "places.group", keys.length).replace("{names}", names);
          return el("li", {}, [selectLink(
            core,
            payload,
            state,
            "",
            label,
            onChange,
            Boolean(state.group && state.group.join() === keys.join()),
            { group: keys }
          )]);
        })
      ));
    }
    return { heading: heading(list.length), children };
  }
  function legend(core, payload, state, grouped) {
    const T = function(key) {
      return core.t(payload, state.lang, key);
    };
    const item = function(mark, label) {
      return el("li", {}, [mark, " " + label]);
    };
    const symbol = function(text, cls) {
      return el("span", { class: "glyph " + (cls || ""), "aria-hidden": "true", text });
    };
    const shaded = state.cats.filter(function(c) {
      return core.isCountryLayer(payload, c);
    });
    const items = state.cats.filter(function(c) {
      return !shaded.includes(c);
    }).map(function(c) {
      return item(glyph(payload, c), T("category." + c));
    });
    items.push(
      item(symbol("★", "home"), T("legend.home")),
      item(symbol("◯", "ring"), T("legend.selected")),
      item(symbol("◌", "ring"), T("legend.partner"))
    );
    if (grouped) items.push(item(symbol("②", "group"), T("legend.group")));
    const parts = [el("h3", { class: "visually-hidden", text: T("legend.heading") }), el("ul", {}, items)];
    if (shaded.length) {
      parts.push(el("p", { class: "shades" }, [T("legend.consulates")].concat(core.rankShades(payload).map(function(shade) {
        const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
        swatch.style.background = shade.colour;
        swatch.style.borderColor = core.look(payload).map.rankBorder;
        return el("span", { class: "shade" }, [" ", swatch, " " + T("consular_rank." + shade.consular_rank)]);
      }))));
    }
    return parts;
  }
  function table(core, payload, state, rows, onChange) {
    const lang = state.lang;
    const T = function(key) {
      return core.t(payload, lang, key);
    };
    const heads = [
      "table.category",
      "table.title",
      "table.where",
      "table.partner",
      "table.dates",
      "table.amount",
      "table.status"
    ];
    const body = el("tbody", {}, core.tableRows(payload, state, rows.slice(0, TABLE_LIMIT)).map(function(r) {
      return el("tr", {}, [
        el("td", {}, [glyph(payload, r.category), " " + r.categoryLabel]),
        el("th", { scope: "row" }, [selectLink(core, payload, state, r.id, r.title, onChange)]),
        el("td", { text: r.where }),
        el("td", { text: r.partner || "—" }),
        el("td", { text: r.dates }),
        el("td", { class: "number", text: r.amount }),
        el("td", { text: r.status })
      ]);
    }));
    const parts = [el("table", {}, [
      el("caption", { text: T("table.caption").replace("{count}", core.formatNumber(rows.length, lang)) }),
      el("thead", {}, [el("tr", {}, heads.map(function(k) {
        return el("th", { scope: "col", text: T(k) });
      }))]),
      body
    ])];
    if (rows.length > TABLE_LIMIT) parts.push(el("p", { text: T("table.more").replace("{count}", String(TABLE_LIMIT)) }));
    return parts;
  }
  function render(core, payload, state, rows, onChange, groups) {
    const fill = function(name, children) {
      const container = byId(name);
      if (container) container.replaceChildren.apply(container, children);
    };
    fill("key_figures", keyFigures2(core, payload, state, rows));
    const box = (
      /** @type {HTMLDetailsElement} */
      byId("places")
    );
    const list = places(core, payload, state, rows, onChange, Boolean(box && box.open), groups);
    const summary2 = byId("places_summary");
    if (summary2) summary2.textContent = list.heading;
    if (list.children) fill("place_list", list.children);
    fill("map_legend", legend(core, payload, state, groups.length > 0));
    fill("details", details(core, payload, state, onChange));
    fill("table", table(core, payload, state, rows, onChange));
    const notes = byId("figure_notes");
    const drawn = payload.version + "|" + state.lang;
    if (notes && notes.getAttribute("data-drawn") !== drawn) {
      notes.replaceChildren.apply(notes, figureNotes(core, payload, state));
      notes.setAttribute("data-drawn", drawn);
    }
  }

  // assets/src/viewbar.mjs
  var root5 = globalThis;
  var ZOOM = 1.5;
  var PAN_DEGREES = 12;
  function mountViews(box, core, payload, lang, onChange) {
    const views = payload.views || [];
    box.replaceChildren.apply(box, views.length < 2 ? [] : views.map(function(view, i) {
      const button = el("button", {
        type: "button",
        class: "view-button",
        "data-view": i ? view.id : "",
        "aria-pressed": "false",
        text: core.pick(view.name, lang)
      });
      button.addEventListener("click", function() {
        onChange({ view: i ? view.id : "" });
      });
      return button;
    }));
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", core.t(payload, lang, "map.views"));
  }
  function updateViews(box, state) {
    box.querySelectorAll("button[data-view]").forEach(function(button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-view") === (state.view || "")));
    });
  }
  function keyboardMap(figure, Plotly) {
    figure.setAttribute("tabindex", "0");
    figure.setAttribute("aria-keyshortcuts", "+ - ArrowUp ArrowDown ArrowLeft ArrowRight");
    let pending = null;
    figure.addEventListener("keydown", function(event) {
      const geo = figure._fullLayout && figure._fullLayout.geo;
      if (!geo || event.altKey || event.ctrlKey || event.metaKey) return;
      const now = pending || { scale: geo.projection.scale, lon: geo.center.lon, lat: geo.center.lat };
      const step = PAN_DEGREES / now.scale;
      const moves = {
        "+": { scale: now.scale * ZOOM },
        "=": { scale: now.scale * ZOOM },
        "-": { scale: Math.max(0.5, now.scale / ZOOM) },
        "ArrowLeft": { lon: now.lon - step },
        "ArrowRight": { lon: now.lon + step },
        "ArrowUp": { lat: Math.min(85, now.lat + step) },
        "ArrowDown": { lat: Math.max(-85, now.lat - step) }
      };
      const move = moves[event.key === "_" ? "-" : event.key];
      if (!move) return;
      event.preventDefault();
      const first = !pending;
      pending = Object.assign(now, move);
      if (!first) return;
      root5.requestAnimationFrame(function() {
        const view = pending;
        pending = null;
        Plotly.relayout(figure, { "geo.projection.scale": view.scale, "geo.center.lon": view.lon, "geo.center.lat": view.lat });
      });
    });
  }

  // assets/src/page.mjs
  var root6 = window;
  function showOnly(boxes, names) {
    Object.keys(boxes).forEach(function(key) {
      const box = boxes[key];
      let shown = 0;
      box.querySelectorAll("[data-control]").forEach(function(block) {
        block.hidden = !names.includes(block.getAttribute("data-control"));
        shown += block.hidden ? 0 : 1;
      });
      box.hidden = shown === 0;
      const tab = document.querySelector("[data-opens=" + box.getAttribute("data-sheet") + "]");
      if (tab) tab.hidden = box.hidden;
    });
  }
  function controlBoxes() {
    return { bar: byId("controls"), search: byId("sheet_search"), filters: byId("sheet_filters") };
  }
  function tellHeight() {
    if (root6.parent === root6) return;
    root6.requestAnimationFrame(function() {
      root6.parent.postMessage({ type: "atlas:height", height: document.documentElement.scrollHeight }, "*");
    });
  }
  function saveFile(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const anchor = el("a", { href: url, download: name });
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(function() {
      URL.revokeObjectURL(url);
    }, 1e3);
  }
  var DOWNLOADS = [
    ["download_csv", "csv", "text/csv;charset=utf-8", toCSV],
    ["download_geojson", "geojson", "application/geo+json", function(payload, state, rows) {
      return JSON.stringify(toGeoJSON(payload, state, rows));
    }]
  ];
  function createPage(store, plots, embed) {
    let mounted = "";
    function draw(rows, lanes, reveal) {
      const payload = store.payload;
      const state = store.state;
      document.documentElement.lang = state.lang;
      const boxes = controlBoxes();
      if (mounted !== state.lang) {
        mount(boxes, core_exports, payload, state.lang, store.dispatch, function() {
          return store.state;
        });
        mountViews(byId("map_views"), core_exports, payload, state.lang, store.dispatch);
        plots.map.data.setAttribute("aria-roledescription", t(payload, state.lang, "map.role"));
        mounted = state.lang;
        if (embed) showOnly(boxes, embed.controls);
      }
      update(boxes, core_exports, payload, state);
      updateViews(byId("map_views"), state);
      render(core_exports, payload, state, rows, store.dispatch, plots.groups());
      byId("summary").textContent = summary(payload, state, rows);
      plots.map.data.setAttribute("aria-label", mapDescription(payload, state, rows) + " " + t(payload, state.lang, "map.keyboard"));
      plots.timeline.setAttribute("aria-label", timelineDescription(payload, state, lanes));
      const places2 = placeCount(rows, payload);
      byId("map_note").textContent = places2.grouped ? t(payload, state.lang, "map.grouped").replace("{count}", formatNumber(places2.count, state.lang)) : "";
      document.querySelectorAll("a[data-lang]").forEach(function(link) {
        const other = Object.assign({}, state, { lang: link.getAttribute("data-lang") });
        link.setAttribute("href", toSearch(other, payload) + (embed ? embed.suffix : ""));
      });
      const whole = document.querySelector("#" + ID.embed_credit + " .embed-whole");
      if (whole) whole.setAttribute("href", toSearch(state, payload));
      if (embed) tellHeight();
      if (reveal) {
        const title = byId("details_title");
        if (title) title.focus();
      }
    }
    DOWNLOADS.forEach(function(d) {
      const button = byId(d[0]);
      if (!button) return;
      button.addEventListener("click", function() {
        const payload = store.payload;
        const state = store.state;
        const rows = visibleRelations(payload, state);
        saveFile(payload.fileStem + "-" + state.year + "-" + payload.version + "." + d[1], d[3](payload, state, rows), d[2]);
      });
    });
    const shareButton = byId("share_button");
    if (shareButton) mount2(shareButton, core_exports, store.payload, store.state.lang, function() {
      return store.state;
    });
    return {
      draw,
      /** Build the controls again on the next draw (new data). */
      forget: function() {
        mounted = "";
      }
    };
  }

  // assets/src/maplabels.mjs
  var root7 = globalThis;
  function measurer(style2) {
    const context = document.createElement("canvas").getContext("2d");
    context.font = style2.weight + " " + style2.size + "px " + root7.getComputedStyle(document.body).fontFamily;
    const widths = /* @__PURE__ */ new Map();
    return function(text) {
      if (!widths.has(text)) widths.set(text, Math.ceil(context.measureText(text).width) + 2);
      return widths.get(text);
    };
  }
  function drawnMarks(figure, project) {
    if (!figure) return [];
    const marks = [];
    figure.data.forEach(function(trace) {
      if (trace.type !== "scattergeo" || !trace.marker || !String(trace.mode).includes("markers")) return;
      const sizes = trace.marker.size;
      trace.lat.forEach(function(lat, i) {
        const point = lat === null ? null : project(trace.lon[i], lat);
        if (!point) return;
        const size = Array.isArray(sizes) ? sizes[i] : sizes || 8;
        const key = Array.isArray(trace.customdata) ? trace.customdata[i] : void 0;
        marks.push({ x: point[0], y: point[1], r: size / 2 + 1, key });
      });
    });
    return marks;
  }
  var BURST = 120;
  function liveSurface(gd, figure) {
    function project(lon, lat) {
      const subplot = gd._fullLayout && gd._fullLayout.geo && gd._fullLayout.geo._subplot;
      if (!subplot) return null;
      const point = subplot.projection([lon, lat]);
      if (!point || !Number.isFinite(point[0])) return null;
      return point[0] >= 0 && point[1] >= 0 && point[0] <= gd.clientWidth && point[1] <= gd.clientHeight ? point : null;
    }
    const home = figure && figure.data.find(function(t2) {
      return t2.customdata && t2.text && t2.textposition === "bottom center";
    });
    return {
      width: gd.clientWidth,
      height: gd.clientHeight,
      project,
      marks: function() {
        return drawnMarks(figure, project);
      },
      home: home && project(home.lon[0], home.lat[0]) ? { at: project(home.lon[0], home.lat[0]), text: home.text[0] } : null
    };
  }
  function createLabels(box) {
    const layer = el("div", { class: "map-labels", "aria-hidden": "true" });
    box.appendChild(layer);
    let last = null;
    let measure = null;
    let measured = null;
    function draw() {
      if (!last) return;
      const surface = last.surface();
      if (!surface) return;
      const project = surface.project;
      const style2 = look(last.payload, last.state).map.labels;
      if (measured !== style2) {
        measure = measurer(style2);
        measured = style2;
      }
      const frame = {
        width: surface.width,
        height: surface.height,
        lineHeight: Math.round(style2.size * 1.3),
        most: Math.min(style2.most, Math.round(surface.width * surface.height / style2.areaPerName))
      };
      const marks = surface.marks();
      const taken = [];
      if (surface.home) {
        const w = measure(surface.home.text);
        taken.push({ x: surface.home.at[0] - w / 2, y: surface.home.at[1] + 6, w, h: frame.lineHeight + 4 });
      }
      const candidates = labelCandidates(last.payload, last.state, last.rows);
      const names = placeLabels(candidates, project, marks, measure, frame, taken);
      layer.replaceChildren.apply(layer, names.map(function(name) {
        const span = el("span", {
          class: "map-label" + (name.chosen ? " chosen" : ""),
          "data-place": name.key,
          text: name.text
        });
        span.style.left = name.x + "px";
        span.style.top = name.y + "px";
        span.style.fontSize = style2.size + "px";
        span.style.fontWeight = String(style2.weight);
        span.style.lineHeight = frame.lineHeight + "px";
        span.style.color = style2.colour;
        span.style.setProperty("--halo", style2.halo);
        return span;
      }));
    }
    let frameId = 0;
    function soon() {
      if (frameId) return;
      frameId = root7.requestAnimationFrame(function() {
        frameId = 0;
        draw();
      });
    }
    let shownAt = 0;
    let settle = 0;
    return {
      /** Name the places of a view just drawn (payload, state and rows it was drawn from) on its surface
       * (a function giving { width, height, project, marks(), home }, or null while it has none). */
      show: function(payload, state, rows, surface) {
        last = { payload, state, rows, surface };
        const now = root7.performance.now();
        const burst = now - shownAt < BURST;
        shownAt = now;
        clearTimeout(settle);
        if (burst) settle = setTimeout(soon, BURST);
        else soon();
      },
      /** The view moved (a pan, a zoom): place the names again. */
      moved: soon
    };
  }

  // assets/src/glide.mjs
  var MS = 600;
  function glideFrom(project, width, height) {
    if (reducedMotion() || !width || !height) return null;
    const at = [[width * 0.3, height * 0.5], [width * 0.7, height * 0.5]];
    const places2 = at.map(function(p) {
      return project.invert(p[0], p[1]);
    });
    return places2[0] && places2[1] ? { places: places2, at } : null;
  }
  function glide(layers, from, project) {
    if (!from) return;
    const now = from.places.map(function(lonLat) {
      return project(lonLat[0], lonLat[1]);
    });
    if (!now[0] || !now[1]) return;
    const span = Math.hypot(now[1][0] - now[0][0], now[1][1] - now[0][1]);
    const scale = Math.hypot(from.at[1][0] - from.at[0][0], from.at[1][1] - from.at[0][1]) / span;
    if (!Number.isFinite(scale) || scale <= 0 || scale > 20 || scale < 0.05) return;
    const x = from.at[0][0] - scale * now[0][0];
    const y = from.at[0][1] - scale * now[0][1];
    if (Math.abs(scale - 1) < 0.01 && Math.hypot(x, y) < 2) return;
    const start3 = "translate(" + x + "px, " + y + "px) scale(" + scale + ")";
    layers.filter(Boolean).forEach(function(layer) {
      layer.style.transformOrigin = "0 0";
      if (layer.animate) layer.animate([{ transform: start3 }, { transform: "none" }], { duration: MS, easing: "ease-in-out" });
    });
  }

  // assets/src/picture.mjs
  var root8 = globalThis;
  var REACH = 22;
  function fitMarks(picture) {
    const svg2 = (
      /** @type {SVGSVGElement | null} */
      picture.querySelector("svg")
    );
    const matrix = svg2 && svg2.getScreenCTM && svg2.getScreenCTM();
    if (!matrix || !matrix.a) return;
    const k = (1 / matrix.a).toFixed(3);
    picture.querySelectorAll(".picture-data [data-place], .picture-data path[transform]").forEach(function(node) {
      const parts = (node.getAttribute("transform") || "").split(" ").filter(function(p) {
        return !p.startsWith("scale(");
      });
      node.setAttribute("transform", [parts[0], "scale(" + k + ")"].concat(parts.slice(1)).join(" "));
    });
  }
  function pictureMarks(picture, box) {
    const marks = [];
    picture.querySelectorAll("[data-place]").forEach(function(node) {
      const r = node.getBoundingClientRect();
      if (r.width) marks.push({
        key: node.getAttribute("data-place"),
        x: r.x + r.width / 2 - box.x,
        y: r.y + r.height / 2 - box.y,
        r: Math.max(r.width, r.height) / 2
      });
    });
    return marks;
  }
  function openingPicture(box) {
    let picture = box.querySelector(".map-picture");
    return {
      get shown() {
        return Boolean(picture);
      },
      /** Whether the picture's basemap is the one a figure would draw: the opening frame (its
       * longitudes as they are; Python draws it so, and a box wider than the frame widens them). */
      standsFor: function(payload, geo) {
        const opening = payload.views && payload.views[0] && payload.views[0].geo;
        const lon = opening && opening.lonaxis && opening.lonaxis.range;
        return Boolean(picture && lon && opening.lataxis && geo.lonaxis && geo.lonaxis.range && geo.lonaxis.range[0] === lon[0] && geo.lonaxis.range[1] === lon[1] && JSON.stringify(geo.projection.rotation) === JSON.stringify(opening.projection.rotation));
      },
      /** The live data layer is drawn: the picture's own marks, arcs and shades go. */
      dropData: function() {
        if (picture) picture.querySelectorAll(".picture-data").forEach(function(part) {
          part.remove();
        });
      },
      /** The live basemap is drawn: the picture goes. */
      drop: function() {
        if (picture) picture.remove();
        picture = null;
      },
      /** What a tap at (x, y) in the page chooses: the nearest mark within a finger's reach, or "". */
      at: function(x, y) {
        if (!picture || !picture.querySelector(".picture-data")) return "";
        const frame = frameOf(picture);
        let best = "";
        let nearest = REACH;
        pictureMarks(picture, frame).forEach(function(mark) {
          const d = Math.hypot(mark.x - (x - frame.x), mark.y - (y - frame.y)) - mark.r;
          if (d < nearest) {
            nearest = d;
            best = mark.key;
          }
        });
        return best;
      },
      /** The picture as a surface for names (maplabels.mjs): its size, where it draws a place, its marks. */
      surface: function(payload) {
        if (!picture || !picture.querySelector(".picture-data")) return null;
        fitMarks(picture);
        const frame = frameOf(picture);
        const marks = pictureMarks(picture, frame).filter(function(m) {
          return m.key !== "@home";
        });
        const at = /* @__PURE__ */ new Map();
        marks.forEach(function(m) {
          const place = payload.places[m.key];
          if (!place) return;
          const point = place.lon + "," + place.lat;
          const seen = at.get(point) || { x: 0, y: 0, n: 0 };
          at.set(point, { x: seen.x + m.x, y: seen.y + m.y, n: seen.n + 1 });
        });
        return {
          width: frame.width,
          height: frame.height,
          marks: function() {
            return marks;
          },
          home: null,
          project: function(lon, lat) {
            const p = at.get(lon + "," + lat);
            return p ? [p.x / p.n, p.y / p.n] : null;
          }
        };
      }
    };
  }
  function frameOf(picture) {
    return picture.getBoundingClientRect();
  }
  function whenIdle(fn, wait) {
    if (root8.requestIdleCallback) root8.requestIdleCallback(fn, { timeout: wait });
    else setTimeout(fn, wait);
  }

  // assets/src/touch.mjs
  var root9 = globalThis;
  var MIN_SCALE = 0.5;
  var MAX_SCALE = 40;
  function spread(touches) {
    const a = touches[0];
    const b = touches[1];
    return {
      x: (a.clientX + b.clientX) / 2,
      y: (a.clientY + b.clientY) / 2,
      gap: Math.max(1, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY))
    };
  }
  function degreesPerPixel(invert, width, height) {
    const a = invert(width / 2 - 20, height / 2 - 20);
    const b = invert(width / 2 + 20, height / 2 + 20);
    if (!a || !b) return { lon: 0, lat: 0 };
    return { lon: Math.abs(b[0] - a[0]) / 40, lat: Math.abs(b[1] - a[1]) / 40 };
  }
  function touchMap(box, figure, Plotly, invert) {
    let start3 = null;
    let frame = 0;
    let wanted = null;
    function begin(touches) {
      const geo = figure._fullLayout && figure._fullLayout.geo;
      if (!geo) return;
      const rect = figure.getBoundingClientRect();
      start3 = Object.assign(spread(touches), {
        scale: geo.projection.scale,
        lon: geo.center.lon,
        lat: geo.center.lat,
        per: degreesPerPixel(invert, rect.width, rect.height)
      });
    }
    function move(touches) {
      const now = spread(touches);
      const zoom = now.gap / start3.gap;
      const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, start3.scale * zoom));
      const shrink = start3.scale / scale;
      wanted = {
        "geo.projection.scale": scale,
        "geo.center.lon": start3.lon - (now.x - start3.x) * start3.per.lon * shrink,
        "geo.center.lat": Math.max(-85, Math.min(85, start3.lat + (now.y - start3.y) * start3.per.lat * shrink))
      };
      if (frame) return;
      frame = root9.requestAnimationFrame(function() {
        frame = 0;
        if (wanted) Plotly.relayout(figure, wanted);
        wanted = null;
      });
    }
    const guard = function(event) {
      event.stopPropagation();
      const touches = event.touches;
      if (touches.length >= 2) {
        event.preventDefault();
        if (event.type === "touchstart" || !start3) begin(touches);
        else move(touches);
      } else if (event.type !== "touchmove") start3 = null;
    };
    ["touchstart", "touchmove", "touchend", "touchcancel"].forEach(function(type) {
      box.addEventListener(type, guard, { capture: true, passive: false });
    });
  }

  // assets/src/plots.mjs
  var root10 = globalThis;
  var TOOLS = {
    displaylogo: false,
    scrollZoom: false,
    responsive: false,
    // no "share to Plotly Cloud" button: nothing may leave for another host
    modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage", "sendChartToCloud"]
  };
  var TOPOLOGY = "world_110m";
  function mapLayers(box) {
    const base = el("div", { class: "map-layer map-base", "aria-hidden": "true" });
    const data = el("div", { class: "map-layer map-data", role: "figure" });
    const picture = openingPicture(box);
    box.replaceChildren.apply(box, [box.querySelector(".map-picture"), base, data].filter(Boolean));
    return { box, base, data, picture };
  }
  function clicked(event) {
    const point = event && event.points && event.points[0];
    if (!point) return "";
    if (typeof point.customdata === "string") return point.customdata;
    return Array.isArray(point.customdata) ? String(point.customdata[0]) : "";
  }
  function loadTopology(url) {
    const assets = root10.PlotlyGeoAssets = root10.PlotlyGeoAssets || {};
    assets.topojson = assets.topojson || {};
    if (assets.topojson[TOPOLOGY]) return Promise.resolve();
    return fetch(url + TOPOLOGY + ".json", { credentials: "same-origin" }).then(function(response) {
      if (!response.ok) throw new Error("basemap: HTTP " + response.status);
      return response.json();
    }).then(function(topology) {
      assets.topojson[TOPOLOGY] = topology;
    });
  }
  function registerLocale(Plotly, payload, lang) {
    const dictionary = {};
    const strings = payload.strings[lang] || {};
    Object.keys(strings).forEach(function(key) {
      if (key.indexOf("plotly.") === 0) dictionary[key.slice(7)] = strings[key];
    });
    Plotly.register({ moduleType: "locale", name: lang, dictionary });
  }
  function createPlots(payload, boxes, topojsonURL, onPick, onMoved) {
    const config = Object.assign({ topojsonURL }, TOOLS);
    const map = mapLayers(boxes.map);
    const labels = createLabels(map.box);
    const timeline = boxes.timeline;
    timeline.setAttribute("role", "figure");
    let Plotly = null;
    let listening = false;
    map.box.addEventListener("click", function(event) {
      if (listening) return;
      const what = map.picture.at(event.clientX, event.clientY);
      if (what) onPick("map", what);
    });
    let drawn = { base: "", data: "", timeline: "", projected: "", groups: [] };
    function sized(figure, sizes, cover) {
      figure.layout.width = sizes.mapWidth;
      figure.layout.height = sizes.mapHeight;
      fitFrame(figure.layout.geo, sizes.mapWidth, sizes.mapHeight, cover);
      return figure;
    }
    let waiting = null;
    function drawBase(current, state, focus, sizes) {
      const base = sized(baseMapFigure(current, Object.assign({}, state, { focus })), sizes, state.cover);
      const key = JSON.stringify(base.layout);
      if (key === drawn.base) return key;
      base.config = Object.assign({ staticPlot: true }, config);
      drawn.base = key;
      waiting = base;
      if (map.base._fullLayout || !map.picture.standsFor(current, base.layout.geo)) flushBase();
      else whenIdle(flushBase, 1500);
      return key;
    }
    function flushBase() {
      if (!waiting) return;
      Plotly.react(map.base, waiting);
      waiting = null;
      map.picture.drop();
    }
    function projection() {
      const subplot = map.data._fullLayout && map.data._fullLayout.geo && map.data._fullLayout.geo._subplot;
      return subplot && subplot.projection;
    }
    function project(lon, lat) {
      const p = projection();
      const point = p && p([lon, lat]);
      return point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : null;
    }
    project.invert = function(x, y) {
      const p = projection();
      const lonLat = p && p.invert && p.invert([x, y]);
      return lonLat && Number.isFinite(lonLat[0]) && Number.isFinite(lonLat[1]) ? lonLat : null;
    };
    function keepView(geo) {
      const now = map.data._fullLayout && map.data._fullLayout.geo;
      if (!now) return;
      geo.center = { lon: now.center.lon, lat: now.center.lat };
      geo.projection = Object.assign({}, geo.projection, {
        scale: now.projection.scale,
        rotation: Object.assign({}, now.projection.rotation)
      });
    }
    function drawMap(current, state, focus, rows, sizes) {
      const viewState = Object.assign({}, state, { focus });
      const from = state.theme === "projector" && map.base._fullLayout ? glideFrom(project, sizes.mapWidth, sizes.mapHeight) : null;
      const view = drawBase(current, state, focus, sizes);
      const known = drawn.projected === view;
      const data = sized(mapFigure(current, viewState, rows, known ? project : null), sizes, state.cover);
      if (known) keepView(data.layout.geo);
      data.config = Object.assign({ locale: state.lang }, config);
      const key = JSON.stringify([data.data, data.layout, state.lang]);
      if (known && key === drawn.data) return Promise.resolve(map.data);
      const drawing = Plotly.react(map.data, data);
      drawn.data = key;
      drawn.projected = view;
      drawn.groups = data.groups;
      if (!known) onMoved();
      labels.show(current, viewState, rows, function() {
        return liveSurface(map.data, data);
      });
      if (!known && from) {
        Promise.resolve(drawing).then(function() {
          glide([map.base, map.data, map.box.querySelector(".map-labels")], from, project);
        });
      }
      map.picture.dropData();
      return drawing;
    }
    function drawTimeline(current, state, lanes, sizes) {
      const figure = timelineFigure(current, state, lanes);
      figure.layout.width = sizes.timelineWidth;
      if (sizes.timelineMost) figure.layout.height = Math.min(figure.layout.height, sizes.timelineMost);
      const key = figure.layout.datarevision + "|" + sizes.timelineWidth + "|" + figure.layout.height;
      if (key === drawn.timeline) {
        Plotly.relayout(timeline, { shapes: [yearMark(current, state)] });
        return;
      }
      figure.config = Object.assign({ locale: state.lang }, config);
      Plotly.react(timeline, figure);
      drawn.timeline = key;
      if (!timeline.atlasListening) {
        timeline.on("plotly_click", function(event) {
          onPick("timeline", clicked(event));
        });
        timeline.atlasListening = true;
      }
    }
    function listenToMap() {
      listening = true;
      map.data.on("plotly_click", function(event) {
        onPick("map", clicked(event));
      });
      let pending = null;
      let frame = 0;
      function follow(update2) {
        flushBase();
        Object.keys(update2 || {}).forEach(function(k) {
          if (k.indexOf("geo") === 0) pending = Object.assign(pending || {}, { [k]: update2[k] });
        });
        if (!pending || frame) return;
        frame = root10.requestAnimationFrame(function() {
          const view = pending;
          pending = null;
          frame = 0;
          Plotly.relayout(map.base, view);
          labels.moved();
        });
      }
      map.data.on("plotly_relayouting", follow);
      map.data.on("plotly_relayout", function(update2) {
        follow(update2);
        if (Object.keys(update2 || {}).some(function(k) {
          return k.indexOf("geo") === 0;
        })) onMoved();
      });
    }
    document.addEventListener("keydown", function(event) {
      if (event.key !== "Escape" || !Plotly || !Plotly.Fx) return;
      [map.data, timeline].forEach(function(figure) {
        if (figure._fullLayout) Plotly.Fx.unhover(figure);
      });
    });
    function attach(loaded) {
      Plotly = loaded;
      keyboardMap(map.data, Plotly);
      touchMap(map.box, map.data, Plotly, project.invert);
      payload.languages.forEach(function(language) {
        registerLocale(Plotly, payload, language.code);
      });
    }
    return {
      map,
      timeline,
      attach,
      /** Name the places the picture draws, while it is the map. */
      namePicture: function(current, state, rows) {
        labels.show(current, state, rows, function() {
          return map.picture.surface(current);
        });
      },
      drawMap,
      drawBase,
      drawTimeline,
      listenToMap,
      /** Forget what was drawn (new data): the next draw redraws everything. */
      forget: function() {
        drawn = { base: "", data: "", timeline: "", projected: "", groups: [] };
      },
      /** The group marks last drawn, as their places' keys (the list of places offers them too). */
      groups: function() {
        return drawn.groups;
      }
    };
  }

  // assets/src/loader.mjs
  var root11 = globalThis;
  var loading = null;
  function loadPlotly(url) {
    if (root11.Plotly) return Promise.resolve(root11.Plotly);
    if (!loading) {
      loading = new Promise(function(resolve, reject) {
        const script = document.createElement("script");
        script.src = url;
        script.async = true;
        script.addEventListener("load", function() {
          resolve(root11.Plotly);
        });
        script.addEventListener("error", function() {
          loading = null;
          script.remove();
          reject(new Error("plotly.js: " + url));
        });
        document.head.appendChild(script);
      });
    }
    return loading;
  }
  function eager() {
    return Boolean(root11.matchMedia && root11.matchMedia(EAGER).matches);
  }
  var EAGER = "(min-width: 1101px) and (pointer: fine)";
  function wakeOnDemand(mapBox, timeline, wake) {
    const once = function() {
      wake();
    };
    mapBox.addEventListener("wheel", once, { passive: true, once: true });
    mapBox.addEventListener("keydown", once, { once: true });
    mapBox.addEventListener("pointerdown", function(event) {
      if (event.pointerType === "mouse") wake();
    });
    mapBox.addEventListener("touchstart", function(event) {
      if (event.touches.length > 1) wake();
    }, { passive: true });
    if (root11.IntersectionObserver) {
      const seen = new root11.IntersectionObserver(function(entries) {
        if (entries.some(function(e) {
          return e.isIntersecting;
        })) {
          seen.disconnect();
          wake();
        }
      }, { rootMargin: "0px 0px -25% 0px" });
      seen.observe(timeline);
    }
  }

  // assets/src/sheets.mjs
  var root12 = globalThis;
  var COMPACT = "(max-width: 1100px)";
  function choosing(state) {
    return Boolean(state.sel || state.at || state.group && state.group.length);
  }
  function choiceKey(state) {
    return choosing(state) ? [state.sel, state.at, (state.group || []).join()].join("|") : "";
  }
  function createSheets(store, closeChoice) {
    const atlas = byId("content");
    const map = byId("map");
    const tabs = byId("sheet_tabs");
    if (!atlas || !map || !tabs || document.documentElement.classList.contains("presenting")) return null;
    const media = root12.matchMedia ? root12.matchMedia(COMPACT) : null;
    const compact = function() {
      return Boolean(media && media.matches);
    };
    const sheets = {};
    atlas.querySelectorAll(
      /** @type {"div"} */
      ".sheet[data-sheet]"
    ).forEach(function(node) {
      sheets[node.getAttribute("data-sheet")] = node;
    });
    let open = "";
    let opener = null;
    let chosen2 = "";
    let focusDetails = false;
    function show(name, focus) {
      if (!sheets[name]) return;
      if (!open) opener = document.activeElement;
      if (open && open !== name) sheets[open].classList.remove("open");
      open = name;
      const sheet = sheets[name];
      sheet.classList.add("open");
      const places2 = sheet.querySelector("details");
      if (places2 && !places2.open) places2.open = true;
      tabs.querySelectorAll("[data-opens]").forEach(function(tab) {
        tab.setAttribute("aria-expanded", String(tab.getAttribute("data-opens") === name));
      });
      inSight();
      if (focus) (focus === true ? firstStop(sheet) : focus).focus({ preventScroll: true });
    }
    function hide(restore) {
      if (!open) return;
      sheets[open].classList.remove("open");
      open = "";
      tabs.querySelectorAll("[data-opens]").forEach(function(tab) {
        tab.setAttribute("aria-expanded", "false");
      });
      const back = opener;
      opener = null;
      if (restore && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    }
    function close() {
      if (open === "details") {
        const back = opener;
        closeChoice();
        hide(false);
        if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
      } else hide(true);
    }
    function inSight() {
      const box = map.getBoundingClientRect();
      if (box.top < 0 || box.bottom > root12.innerHeight) map.scrollIntoView({ block: "nearest" });
    }
    function measure() {
      const outer = atlas.getBoundingClientRect();
      const box = map.getBoundingClientRect();
      atlas.style.setProperty("--map-top", Math.round(box.top - outer.top) + "px");
      atlas.style.setProperty("--map-bottom", Math.round(box.bottom - outer.top) + "px");
    }
    const legend2 = byId("map_legend");
    const legendHome = legend2 && legend2.parentElement;
    const legendAfter = legend2 && legend2.previousElementSibling;
    function placeLegend() {
      if (!legend2 || !sheets.filters) return;
      if (compact() && legend2.parentElement !== sheets.filters) sheets.filters.append(legend2);
      else if (!compact() && legend2.parentElement !== legendHome && legendAfter) legendAfter.after(legend2);
    }
    function follow() {
      if (!compact()) {
        hide(false);
        placeLegend();
        return;
      }
      placeLegend();
      measure();
      if (choosing(store.state)) {
        show("details", false);
        chosen2 = choiceKey(store.state);
      } else if (open === "details") hide(false);
    }
    const placeBox = sheets.places && sheets.places.querySelector("details");
    if (placeBox) {
      placeBox.addEventListener("toggle", function() {
        if (!placeBox.open && open === "places") placeBox.open = true;
      });
    }
    tabs.addEventListener("click", function(event) {
      const tab = event.target instanceof Element ? event.target.closest("[data-opens]") : null;
      if (!tab) return;
      const name = tab.getAttribute("data-opens");
      if (open === name) hide(true);
      else show(name, name === "search" ? sheets.search.querySelector("input") : true);
    });
    atlas.addEventListener("click", function(event) {
      const target = event.target instanceof Element ? event.target : null;
      if (target && target.closest(".sheet-close")) return close();
      const link = target && target.closest("a[href^='#']");
      const into = link && document.getElementById(link.getAttribute("href").slice(1));
      const sheet = into && into.closest(".sheet");
      if (compact() && sheet && sheet.getAttribute("data-sheet") !== open) {
        event.preventDefault();
        show(sheet.getAttribute("data-sheet"), false);
        into.scrollIntoView({ block: "start" });
      }
    });
    document.addEventListener("keydown", function(event) {
      if (event.key === "Escape" && open && compact() && !event.defaultPrevented) close();
    });
    store.subscribe(function() {
      if (!compact()) return;
      const now = choiceKey(store.state);
      if (now && now !== chosen2) {
        show("details", false);
        focusDetails = true;
      } else if (!now && open === "details") hide(false);
      chosen2 = now;
    });
    if (media && media.addEventListener) media.addEventListener("change", follow);
    if (root12.ResizeObserver) new root12.ResizeObserver(function() {
      if (compact()) measure();
    }).observe(atlas);
    follow();
    return {
      show,
      close,
      /** The page's words are drawn: a details sheet just opened or changed gives its heading the focus. */
      drawn: function() {
        if (!focusDetails || open !== "details") return;
        focusDetails = false;
        const heading = byId("details_title");
        if (heading) heading.focus({ preventScroll: true });
      },
      get open() {
        return open;
      }
    };
  }
  function firstStop(sheet) {
    const heading = (
      /** @type {HTMLElement | null} */
      sheet.querySelector("h2, h3, summary")
    );
    if (heading) {
      if (!heading.hasAttribute("tabindex") && heading.tagName !== "SUMMARY") heading.setAttribute("tabindex", "-1");
      return heading;
    }
    return (
      /** @type {HTMLElement} */
      sheet.querySelector("input, select, button:not(.sheet-close), a") || sheet
    );
  }

  // assets/src/store.mjs
  function createStore(payload, state) {
    let current = payload;
    let now = state;
    let focus = null;
    const listeners = [];
    function notify(event) {
      listeners.forEach(function(listener) {
        listener(event);
      });
    }
    return {
      get payload() {
        return current;
      },
      get state() {
        return now;
      },
      get focus() {
        return focus;
      },
      /** A partial change from a control, a click or a search. */
      dispatch: function(patch) {
        if (patch.place) focus = current.places[patch.place] ? patch.place : focus;
        if (patch.reset || "region" in patch) focus = null;
        now = applyPatch(current, now, patch);
        notify({ kind: "change", patch });
      },
      /** A whole state at once (a story's chapter, the address after back or forward). */
      show: function(next, origin) {
        focus = null;
        now = next;
        notify({ kind: "show", origin: origin || "" });
      },
      /** New data from the server: the view keeps what still makes sense (read as a permalink is). */
      setPayload: function(next) {
        const search = toSearch(now, current);
        current = next;
        now = parseState(search, current);
        focus = focus && current.places[focus] ? focus : null;
        notify({ kind: "payload" });
      },
      /** Call listener(event) after every change of the state or the payload. */
      subscribe: function(listener) {
        listeners.push(listener);
      }
    };
  }

  // assets/src/explorer.mjs
  var root13 = globalThis;
  function start2(payload, options) {
    const store = createStore(payload, parseState(root13.location.search, payload));
    const embed = embedOptions(root13.location.search);
    if (embed) document.documentElement.classList.add("embed");
    if (isStill(root13.location.search)) document.documentElement.classList.add("still");
    const plots = createPlots(payload, { map: byId("map"), timeline: byId("timeline") }, options.topojsonURL, picked, regroup);
    const opening = opensOnDefault(root13.location.search);
    if (!opening) plots.map.picture.dropData();
    const page = createPage(store, plots, embed);
    const suffix = embed ? embed.suffix : "";
    function closeChoice() {
      const cleared = Object.assign({}, store.state, { sel: "", at: "" });
      if (options.address === false || !backTo(toSearch(cleared, store.payload) + suffix)) {
        store.dispatch({ sel: "", at: "" });
      }
    }
    let topologyReady = false;
    let waking = null;
    function wake() {
      if (!waking) {
        waking = loadPlotly(options.plotlyURL).then(function(Plotly) {
          plots.attach(Plotly);
          basemap();
        }, function(error) {
          waking = null;
          console.error("the map could not be loaded:", error.message);
          loadFailed("basemap", wake);
        });
      }
      return waking;
    }
    function pictureShows(state) {
      return opening && !store.focus && state.year === payload.years[1] && state.mode === "inforce" && !state.region && !state.view && state.cats.length === store.payload.categories.length && !state.hl;
    }
    let reveal = false;
    let markLive = function() {
    };
    const live = new Promise(function(resolve) {
      markLive = resolve;
    });
    let markReady = function() {
    };
    const ready = new Promise(function(resolve) {
      markReady = resolve;
    });
    let regrouping = 0;
    function regroup() {
      if (regrouping) return;
      regrouping = root13.requestAnimationFrame(function() {
        regrouping = 0;
        draw();
      });
    }
    function picked(figure, what) {
      if (!what) return;
      if (figure === "timeline") {
        store.dispatch(what.indexOf("year:") === 0 ? { year: parseInt(what.slice(5), 10) } : { sel: what });
      } else if (what === "@home") {
        store.dispatch({ at: "home" });
      } else if (groupPlaces(what)) {
        store.dispatch({ group: groupPlaces(what) });
      } else {
        store.dispatch({ sel: relationAtPlace(store.payload, store.state, what) });
      }
    }
    let lastSizes = null;
    function readSizes() {
      return {
        mapWidth: plots.map.box.clientWidth,
        mapHeight: plots.map.box.clientHeight,
        // a presentation caps the timeline's height (CSS max-height): its lanes are squeezed to it
        timelineWidth: plots.timeline.clientWidth,
        timelineMost: parseFloat(getComputedStyle(plots.timeline).maxHeight) || 0
      };
    }
    let wordsTimer = 0;
    let wordsFrame = 0;
    function draw() {
      const current = store.payload;
      const state = store.state;
      const rows = visibleRelations(current, state);
      const sizes = lastSizes || (lastSizes = readSizes());
      if (topologyReady) {
        plots.map.box.classList.remove("map-waiting");
        plots.map.box.removeAttribute("aria-busy");
        Promise.resolve(plots.drawMap(current, state, store.focus, rows, sizes)).then(markLive);
      } else if (pictureShows(state)) {
        plots.namePicture(current, state, rows);
      } else {
        plots.map.box.classList.add("map-waiting");
        plots.map.box.setAttribute("aria-busy", "true");
        wake();
      }
      clearTimeout(wordsTimer);
      root13.cancelAnimationFrame(wordsFrame);
      wordsFrame = root13.requestAnimationFrame(function() {
        wordsTimer = setTimeout(function() {
          const lanes = timelineRows(current, state);
          if (topologyReady) plots.drawTimeline(current, state, lanes, sizes);
          page.draw(rows, lanes, reveal);
          if (sheets) sheets.drawn();
          reveal = false;
          markReady();
        }, 0);
      });
    }
    store.subscribe(function(event) {
      if (event.kind === "payload") {
        plots.forget();
        page.forget();
      }
      reveal = event.kind === "change" && Boolean(event.patch.reveal);
      draw();
    });
    if (options.address !== false) followAddress(store, suffix);
    const sheets = createSheets(store, closeChoice);
    const placeBox = (
      /** @type {HTMLDetailsElement} */
      byId("places")
    );
    if (placeBox) placeBox.addEventListener("toggle", function() {
      if (placeBox.open) draw();
    });
    let resizing = 0;
    if (root13.ResizeObserver) {
      const observer = new root13.ResizeObserver(function() {
        clearTimeout(resizing);
        resizing = setTimeout(function() {
          const next = readSizes();
          if (lastSizes && JSON.stringify(next) === JSON.stringify(lastSizes)) return;
          lastSizes = next;
          draw();
        }, 150);
      });
      observer.observe(plots.map.box);
      observer.observe(plots.timeline);
    }
    if (!opening || eager() || root13.Plotly) wake();
    else {
      wakeOnDemand(plots.map.box, plots.timeline, wake);
      draw();
    }
    function basemap() {
      loadTopology(options.topojsonURL).then(function() {
        formatNumber(0, store.state.lang);
        setTimeout(function() {
          plots.drawBase(store.payload, store.state, store.focus, lastSizes || (lastSizes = readSizes()));
          setTimeout(function() {
            topologyReady = true;
            draw();
            plots.listenToMap();
          }, 0);
        }, 0);
      }).catch(function(error) {
        console.error("the basemap could not be loaded:", error.message);
        draw();
        loadFailed("basemap", basemap);
      });
    }
    return {
      change: store.dispatch,
      /** Show a whole state at once (a story's chapter): no history entry of its own. */
      show: function(next) {
        store.show(next, "story");
      },
      get state() {
        return store.state;
      },
      get version() {
        return store.payload.version;
      },
      /** Resolved once the live map is drawn. */
      live,
      /** Resolved once the page's words are drawn: the page answers a tap. */
      ready,
      /** Bring the live map now (a test, a presentation's console). */
      wake,
      setPayload: store.setPayload
    };
  }
  function boot(payload, options) {
    const story = requestedStory(root13.location.search, payload);
    if (!story) return start2(payload, options);
    const lang = parseState(root13.location.search, payload).lang;
    document.documentElement.classList.add("presenting", isPresenter(root13.location.search) ? "presenter" : "audience");
    const explorer = start2(payload, Object.assign({}, options, { address: false }));
    explorer.presentation = start(explorer, core_exports, payload, story, lang);
    return explorer;
  }

  // assets/src/dash.mjs
  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    atlas: {
      /** Hand the explorer each newer data (the first is already there); returns the version asked for. */
      boot: function(source) {
        if (!source || !source.url || !window.atlasExplorer) return window.dash_clientside.no_update;
        load(source);
        return source.version;
      }
    }
  });
  var asked = "";
  var DASH_AFTER_MS = 1e4;
  function load(source) {
    if (source.url === asked) return;
    asked = source.url;
    fetch(source.url, { credentials: "same-origin" }).then(function(response) {
      if (!response.ok) throw new Error("data: HTTP " + response.status);
      return response.json();
    }).then(function(payload) {
      const running = window.atlasExplorer.current;
      if (running) {
        running.setPayload(payload);
        return;
      }
      const map = byId("map");
      const explorer = window.atlasExplorer.current = window.atlasExplorer.boot(
        payload,
        { topojsonURL: map.dataset.topojson, plotlyURL: map.dataset.plotly }
      );
      Promise.race([explorer.live, explorer.ready.then(function() {
        return new Promise(function(resolve) {
          setTimeout(function() {
            whenIdle(resolve, 5e3);
          }, DASH_AFTER_MS);
        });
      })]).then(startDash);
    }).catch(function(error) {
      console.error("the atlas data could not be loaded:", error.message);
      asked = "";
      loadFailed("data", function() {
        load(source);
      });
    });
  }
  var dashStarted = false;
  function startDash() {
    if (dashStarted) return;
    dashStarted = true;
    const later = (
      /** @type {HTMLTemplateElement | null} */
      byId("dash_scripts")
    );
    if (!later) return;
    const urls = Array.from(later.content.querySelectorAll("script[src]")).map(function(tag) {
      return tag.getAttribute("src");
    });
    urls.forEach(function(url, i) {
      const script = document.createElement("script");
      script.src = url;
      script.async = false;
      if (i === urls.length - 1) {
        script.addEventListener("load", function() {
          new window.DashRenderer();
        });
      }
      document.body.appendChild(script);
    });
  }
  function startFromPage() {
    const map = byId("map");
    const url = map && map.dataset.payload;
    if (url && !window.atlasExplorer.current) load({ url });
  }

  // assets/src/desk.mjs
  var byId2 = function(id) {
    return document.getElementById(id);
  };
  function sayChosen(form, input, status) {
    const names = Array.from(input.files || []).map(function(file) {
      return file.name;
    });
    status.textContent = names.length ? form.dataset.chosen.replace("{files}", names.join(", ")) : "";
  }
  function acceptDrops(form, input, status) {
    const hint = form.querySelector(".desk-drop-hint");
    if (hint) hint.hidden = false;
    form.addEventListener("dragover", function(event) {
      event.preventDefault();
      form.classList.add("dropping");
    });
    form.addEventListener("dragleave", function() {
      form.classList.remove("dropping");
    });
    form.addEventListener("drop", function(event) {
      event.preventDefault();
      form.classList.remove("dropping");
      if (!event.dataTransfer || !event.dataTransfer.files.length) return;
      input.files = event.dataTransfer.files;
      sayChosen(form, input, status);
    });
  }
  function startDesk() {
    const form = byId2("desk-form");
    const input = (
      /** @type {HTMLInputElement | null} */
      byId2("desk-files")
    );
    const status = byId2("desk-chosen");
    if (!form || !input || !status) return;
    input.addEventListener("change", function() {
      sayChosen(form, input, status);
    });
    acceptDrops(form, input, status);
    const answer = byId2("desk-answer") || document.querySelector(".desk-refused");
    if (answer) {
      if (!answer.hasAttribute("tabindex")) answer.setAttribute("tabindex", "-1");
      answer.focus();
    }
  }

  // assets/src/main.mjs
  globalThis.atlasExplorer = { start: start2, boot };
  startFromPage();
  startDesk();
})();
