// Unit tests of assets/atlas-core.js on a tiny hand-made payload: node --test tests/js
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const atlas = require("../../assets/atlas-core.js");

function payload() {
  return {
    years: [1950, 2026],
    marseille: { lat: 43.3, lon: 5.38 },
    categories: ["twin_city", "cooperation", "consulate", "event"],
    relations: [
      { id: "TW1", cat: "twin_city", s: "1958-07-11", sp: "day", cc: "DE", p: "g1", t: ["Jumelage avec Hambourg", "Twinning with Hamburg"] },
      { id: "CA1", cat: "cooperation", s: "1992-06", sp: "month", cc: "AM", p: "g2", t: ["Accord avec Erevan", "Accord with Yerevan"] },
      { id: "CO1", cat: "consulate", s: "1949", sp: "year", e: "2016-08", ep: "month", cc: "IL", rank: "general", p: "cIL", t: ["Consulat", "Consulate"] },
      { id: "CO2", cat: "consulate", cc: "IT", rank: "general", p: "cIT", t: ["Consulat d'Italie", "Consulate of Italy"] },
      { id: "EV1", cat: "event", s: "2024-05-08", sp: "day", cc: "FR", p: "g3", t: ["Flamme", "Flame"] },
      { id: "EV2", cat: "event", s: "2021-09-03", sp: "day", e: "2021-09-11", ep: "day", cc: "FR", p: "g3", t: ["UICN", "IUCN"] },
    ],
    places: {
      g1: { lat: 53.55, lon: 9.99, region: "EU", sub: "western-europe", city: true, name: ["Hambourg", "Hamburg"], country: ["Allemagne", "Germany"] },
      g2: { lat: 40.18, lon: 44.51, region: "AS", sub: "western-asia", city: true, name: ["Erevan", "Yerevan"], country: ["Arménie", "Armenia"] },
      g3: { lat: 43.3, lon: 5.38, region: "EU", sub: "western-europe", city: true, name: ["Marseille", "Marseille"], country: ["France", "France"] },
      cIL: { lat: 31.4, lon: 34.7, region: "AS", sub: "western-asia", iso3: "ISR", name: ["Israël", "Israel"], country: ["Israël", "Israel"] },
      cIT: { lat: 43.5, lon: 12.1, region: "EU", sub: "southern-europe", iso3: "ITA", name: ["Italie", "Italy"], country: ["Italie", "Italy"] },
    },
    regions: [{ key: "EU", subs: ["southern-europe", "western-europe"] }, { key: "AS", subs: ["western-asia"] }],
    figures: [{ id: "OF", cats: ["cooperation"], display: ["29", "29"], label: ["accords", "agreements"], inData: 1 }],
    strings: {
      fr: { "category.twin_city": "Ville jumelle", "category.cooperation": "Coopération", "category.consulate": "Consulat",
        "category.event": "Événement", "consular_rank.general": "Consulat général",
        "summary.inforce": "En {year} : {count} relations dans {countries} pays", "summary.happened": "{year} : {count}",
        "details.date_unknown": "date inconnue", "explorer.map": "Carte", "map.more": "Détail dessous.",
        "map.by_category": "{label} : {count} dans {countries} pays", "map.by_category_count": "{label} : {count}",
        "timeline.description": "Frise : {count} de {first} à {last}, {year} marquée.", "timeline.empty": "Frise vide." },
      en: { "category.twin_city": "Twin city", "category.cooperation": "Cooperation", "category.consulate": "Consulate",
        "category.event": "Event", "consular_rank.general": "Consulate general",
        "summary.inforce": "In {year}: {count} relations in {countries} countries", "summary.happened": "{year}: {count}",
        "details.date_unknown": "date unknown", "explorer.map": "Map", "map.more": "Detail below.",
        "map.by_category": "{label}: {count} in {countries} countries",
        "timeline.description": "Timeline: {count} from {first} to {last}, {year} marked.", "timeline.empty": "Empty." },
    },
  };
}

const ids = (rows) => rows.map((r) => r.id).sort();

test("url state round-trips and bad values fall back", () => {
  const p = payload();
  const state = atlas.parseState("?year=2024&mode=happened&cat=event,twin_city&region=EU&sel=EV1&lang=en", p);
  assert.deepEqual(state, { year: 2024, mode: "happened", cats: ["twin_city", "event"], region: "EU", sel: "EV1", lang: "en" });
  assert.deepEqual(atlas.parseState(atlas.toSearch(state, p), p), state);
  const bad = atlas.parseState("?year=99999&mode=<script>&cat=nope&region=XX&sel=ZZ&lang=de", p);
  assert.deepEqual(bad, { year: 2026, mode: "inforce", cats: [], region: "", sel: "", lang: "fr" });
  assert.equal(atlas.parseState("?year=abc", p).year, 2026);
  assert.equal(atlas.parseState("?year=1200", p).year, 1950);
  assert.equal(atlas.toSearch(atlas.defaultState(p), p), "?year=2026&lang=fr");
});

test("in force that year: lasting relations begun and not ended (undated only today), one-offs that year", () => {
  const p = payload();
  const at = (year) => ids(atlas.visibleRelations(p, { ...atlas.defaultState(p), year }));
  assert.deepEqual(at(1950), ["CO1"]);
  assert.deepEqual(at(2016), ["CA1", "CO1", "TW1"]);
  assert.deepEqual(at(2017), ["CA1", "TW1"]);
  assert.deepEqual(at(2026), ["CA1", "CO2", "TW1"]);
  assert.deepEqual(at(2024), ["CA1", "EV1", "TW1"]);
});

test("happened that year, and events that span it", () => {
  const p = payload();
  const at = (year) => ids(atlas.visibleRelations(p, { ...atlas.defaultState(p), mode: "happened", year }));
  assert.deepEqual(at(2021), ["EV2"]);
  assert.deepEqual(at(1958), ["TW1"]);
  assert.deepEqual(at(2016), []); // a consulate that closed did not "happen" in 2016
});

test("category and region filters, and live counts ignore the category filter", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2021, cats: ["event", "cooperation"], region: "EU" };
  assert.deepEqual(ids(atlas.visibleRelations(p, state)), ["EV2"]);
  assert.deepEqual(atlas.categoryCounts(p, state), { twin_city: 1, cooperation: 0, consulate: 0, event: 1 });
});

test("a UN sub-region filters like a continent, and only known ones are accepted", () => {
  const p = payload();
  const south = { ...atlas.defaultState(p), region: "southern-europe" }; // today: the undated consulate counts
  assert.deepEqual(ids(atlas.visibleRelations(p, south)), ["CO2"]);
  assert.deepEqual(ids(atlas.visibleRelations(p, { ...south, region: "western-asia" })), ["CA1"]);
  assert.equal(atlas.parseState("?region=southern-europe", p).region, "southern-europe");
  assert.equal(atlas.parseState("?region=northern-europe", p).region, ""); // no place there
  assert.equal(atlas.applyPatch(p, south, { region: "__proto__" }).region, "");
});

test("patches from controls are checked and clamped like a permalink", () => {
  const p = payload();
  const state = atlas.defaultState(p);
  assert.equal(atlas.applyPatch(p, state, { year: 3000 }).year, 2026);
  assert.equal(atlas.applyPatch(p, state, { year: 1999.6 }).year, 2000);
  assert.equal(atlas.applyPatch(p, state, { year: "x" }).year, 2026);
  assert.deepEqual(atlas.applyPatch(p, state, { cats: ["event", "nope"] }).cats, ["event"]);
  assert.equal(atlas.applyPatch(p, state, { sel: "ZZ" }).sel, "");
  const placed = atlas.applyPatch(p, { ...state, year: 2024 }, { place: "g3" });
  assert.equal(placed.sel, "EV1"); // the relation shown there that year
  assert.equal(placed.focus, "g3");
  assert.equal(atlas.applyPatch(p, placed, { year: 2020 }).focus, undefined); // centring happens once
  assert.deepEqual(atlas.applyPatch(p, { ...placed, lang: "en" }, { reset: true }), { ...state, lang: "en" });
});

test("dates keep their precision in both languages", () => {
  assert.equal(atlas.formatDate("1958", "year", "fr"), "1958");
  assert.equal(atlas.formatDate("2024-05", "month", "fr"), "mai 2024");
  assert.equal(atlas.formatDate("2024-05", "month", "en"), "May 2024");
  assert.equal(atlas.formatDate("2024-05-08", "day", "fr"), "8 mai 2024");
  assert.equal(atlas.formatDate("2024-05-08", "day", "en"), "8 May 2024");
  assert.equal(atlas.formatNumber(150000, "fr"), "150\u202f000");
  assert.equal(atlas.formatNumber(150000, "en"), "150,000");
});

test("events in Marseille are drawn above the city's star", () => {
  const p = payload();
  const data = atlas.mapFigure(p, atlas.defaultState(p), p.relations).data;
  const star = data.findIndex((d) => d.text && d.text[0] === "Marseille");
  const places = data.findIndex((d) => d.name === "places");
  assert.ok(data[places].marker.symbol.includes("star")); // the events' symbol
  assert.ok(star >= 0 && places > star);
});

test("map figure: consulates by country, arcs from Marseille, places grouped, centre pinned", () => {
  const p = payload();
  const state = atlas.defaultState(p);
  const figure = atlas.mapFigure(p, state, p.relations);
  const choropleth = figure.data.find((d) => d.type === "choropleth");
  assert.deepEqual(choropleth.locations, ["ISR", "ITA"]);
  const arcs = figure.data.filter((d) => d.mode === "lines");
  assert.deepEqual(arcs.map((a) => a.lat), [[43.3, 53.55, null], [43.3, 40.18, null]]);
  const places = figure.data.find((d) => d.name === "places");
  const events = places.marker.symbol.map((s, i) => (s === "star" ? i : -1)).filter((i) => i >= 0);
  assert.equal(events.length, 1); // two events, one place
  assert.equal(places.hovertext[events[0]], "<b>Marseille</b><br>Flamme<br>UICN");
  assert.equal(places.marker.color[events[0]], atlas.STYLE.event.color);
  assert.deepEqual(figure.layout.geo.center, { lat: 25, lon: 15 });
  assert.ok(figure.data.some((d) => d.text && d.text[0] === "Marseille"));
});

test("timeline: one lane per shown category, selected year marked", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2021, cats: ["event", "consulate"] };
  const figure = atlas.timelineFigure(p, state, p.relations);
  assert.deepEqual(figure.layout.yaxis.categoryarray, ["Événement", "Consulat"]);
  assert.equal(figure.layout.shapes[0].x0, "2021-01-01");
  const points = figure.data.filter((d) => d.mode === "markers" && d.customdata);
  assert.deepEqual(points.map((d) => d.customdata), [["CO1"], ["EV1", "EV2"]]);
  const selected = atlas.timelineFigure(p, { ...state, sel: "EV2" }, p.relations);
  assert.deepEqual(selected.data.at(-1).x, ["2021-09-03"]); // the selection is ringed on the timeline too
  assert.notEqual(selected.layout.datarevision, figure.layout.datarevision);
});

test("summary sentence and key figures with the official total", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2016 };
  const rows = atlas.visibleRelations(p, state);
  assert.equal(atlas.summary(p, state, rows), "En 2016 : 3 relations dans 3 pays");
  const coop = atlas.keyFigures(p, state, rows).find((k) => k.cat === "cooperation");
  assert.deepEqual(coop, { cat: "cooperation", label: "Coopération", count: 1, official: "29 accords", inData: 1 });
});

test("a place is named with its country, once for a city-state", () => {
  assert.equal(atlas.placeName({ city: true, name: ["Erevan", "Yerevan"], country: ["Arménie", "Armenia"] }, "fr"), "Erevan, Arménie");
  assert.equal(atlas.placeName({ city: true, name: ["Cité du Vatican", "Vatican City"], country: ["Cité du Vatican", "Vatican City"] }, "en"), "Vatican City");
  assert.equal(atlas.placeName({ city: false, name: ["Italie", "Italy"], country: ["Italie", "Italy"] }, "fr"), "Italie");
});

test("a place's history lists all its relations, oldest first", () => {
  assert.deepEqual(atlas.placeHistory(payload(), "EV1").map((r) => r.id), ["EV2", "EV1"]);
});

test("table rows, CSV and GeoJSON hold exactly the rows shown", () => {
  const p = payload();
  p.strings.fr["status.confirmed"] = "Confirmé";
  const state = { ...atlas.defaultState(p), year: 2016 };
  const rows = atlas.visibleRelations(p, state).map((r) => ({ ...r, st: "confirmed" }));
  const table = atlas.tableRows(p, state, rows);
  assert.deepEqual(table.map((r) => [r.id, r.place, r.dates]), [
    ["TW1", "Hambourg, Allemagne", "11 juillet 1958"], ["CA1", "Erevan, Arménie", "juin 1992"],
    ["CO1", "Israël", "1949 – août 2016"]]);
  const csv = atlas.toCSV(p, state, rows);
  assert.ok(csv.startsWith("\ufeffid,category,title,place"));
  assert.equal(csv.trim().split("\r\n").length, 4);
  assert.match(csv, /\r\nTW1,twin_city,Jumelage avec Hambourg,Hambourg,DE,1958-07-11,/);
  const geo = atlas.toGeoJSON(p, state, rows);
  assert.equal(geo.features.length, 3);
  assert.deepEqual(geo.features[0].geometry, { type: "Point", coordinates: [9.99, 53.55] });
});

test("CSV cells with commas, quotes or line breaks are quoted", () => {
  const p = payload();
  const rows = [{ ...p.relations[0], t: ['Dit "Hambourg", ville', 'x'], st: "confirmed" }];
  assert.match(atlas.toCSV(p, atlas.defaultState(p), rows), /,"Dit ""Hambourg"", ville",/);
});

test("search: accents and language optional, cities before countries", () => {
  const p = payload();
  assert.equal(atlas.fold("Gênes-Le Pirée"), "genes le piree");
  assert.deepEqual(atlas.searchPlaces(p, "erevan", "fr").map((r) => r.key), ["g2"]);
  assert.deepEqual(atlas.searchPlaces(p, "Yerevan", "en").map((r) => r.label), ["Yerevan, Armenia"]);
  assert.deepEqual(atlas.searchPlaces(p, "hamb", "fr").map((r) => r.label), ["Hambourg, Allemagne"]);
  assert.deepEqual(atlas.searchPlaces(p, "ISRAEL", "fr").map((r) => r.key), ["cIL"]);
  assert.deepEqual(atlas.searchPlaces(p, "e", "fr"), []);
});

test("a search result centres the map once, under its own ui revision", () => {
  const p = payload();
  const figure = atlas.mapFigure(p, { ...atlas.defaultState(p), focus: "g2" }, []);
  assert.deepEqual(figure.layout.geo.center, { lat: 40.18, lon: 44.51 });
  assert.equal(figure.layout.uirevision, "focus-g2");
});

test("the timeline keeps its data across years: only the year mark moves", () => {
  const p = payload();
  const a = { ...atlas.defaultState(p), year: 1990 };
  const b = { ...atlas.defaultState(p), year: 2024 };
  assert.deepEqual(ids(atlas.timelineRows(p, a)), ids(p.relations));
  const fa = atlas.timelineFigure(p, a, atlas.timelineRows(p, a));
  const fb = atlas.timelineFigure(p, b, atlas.timelineRows(p, b));
  assert.equal(fa.layout.datarevision, fb.layout.datarevision);
  assert.notEqual(fa.layout.shapes[0].x0, fb.layout.shapes[0].x0);
  const fc = atlas.timelineFigure(p, { ...a, cats: ["event"] }, atlas.timelineRows(p, { ...a, cats: ["event"] }));
  assert.notEqual(fa.layout.datarevision, fc.layout.datarevision);
});

test("choosing a region frames its places; a search result wins over it", () => {
  const p = payload();
  const europe = atlas.mapFigure(p, { ...atlas.defaultState(p), region: "EU" }, []).layout;
  assert.equal(europe.uirevision, "region-EU");
  assert.ok(europe.geo.projection.scale > 1);
  assert.ok(europe.geo.center.lat > 43 && europe.geo.center.lat < 54); // between Marseille and Hamburg
  const base = atlas.baseMapFigure(p, { ...atlas.defaultState(p), region: "EU" }).layout;
  assert.deepEqual(base.geo.center, europe.geo.center); // both layers frame alike
  const found = atlas.mapFigure(p, { ...atlas.defaultState(p), region: "EU", focus: "g2" }, []).layout;
  assert.equal(found.uirevision, "focus-g2");
});

test("a crowded timeline lane shows one mark per year, and a click on it goes to that year", () => {
  const p = payload();
  const many = Array.from({ length: 450 }, (_, i) => ({
    id: "X" + i, cat: "event", s: String(1990 + (i % 3)), sp: "year", cc: "FR", p: "g3", t: ["x", "x"],
  }));
  const big = { ...p, relations: p.relations.concat(many), version: "big" };
  const state = { ...atlas.defaultState(big), cats: ["event"] };
  const figure = atlas.timelineFigure(big, state, atlas.timelineRows(big, state));
  const lane = figure.data.find((d) => d.customdata && d.customdata[0].startsWith("year:"));
  assert.deepEqual(lane.customdata, ["year:1990", "year:1991", "year:1992", "year:2021", "year:2024"]);
  assert.ok(lane.hovertext[0].includes("150"));
});

test("text from the data reaches plotly's hover labels as text, never as markup", () => {
  const p = payload();
  p.relations[0].t = ['<a href="javascript:alert(1)">x</a> & <b>y</b>', "t"];
  const places = atlas.mapFigure(p, atlas.defaultState(p), p.relations).data.find((d) => d.name === "places");
  const hover = places.hovertext.find((h) => h.includes("alert"));
  assert.ok(hover.includes("&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt; &amp; &lt;b&gt;y&lt;/b&gt;"));
  assert.ok(!hover.includes("<a "));
});

// WCAG relative luminance and contrast of "#rgb" / "#rrggbb" colours, a colour drawn with an opacity
// over a ground blended as the browser does.
function channels(hex) {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? h.split("").map((c) => c + c).join("") : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}
function luminance(rgb) {
  const [r, g, b] = rgb.map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(colour, opacity, ground) {
  const under = channels(ground);
  const drawn = channels(colour).map((c, i) => c * opacity + under[i] * (1 - opacity));
  const [a, b] = [luminance(drawn), luminance(under)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}
const list = (value) => (Array.isArray(value) ? value : [value]);

for (const theme of ["normal", "projector"]) {
  test(`map and timeline marks stand 3:1 from land, sea and paper (${theme} theme, RGAA 3.3)`, () => {
    const p = payload();
    for (const cat of Object.keys(atlas.STYLE)) {  // one relation of every category, drawn both ways
      if (!p.categories.includes(cat)) p.categories.push(cat);
      p.relations.push({ id: "X" + cat, cat, s: "2000", sp: "year", e: "2030", ep: "year", cc: "DE", p: "g1", t: ["x", "x"] });
    }
    const state = { ...atlas.defaultState(p), year: 2024, sel: "TW1", theme: theme === "normal" ? undefined : theme };
    const geo = atlas.baseMapFigure(p, state).layout.geo;
    const grounds = [geo.landcolor, geo.oceancolor];
    const figure = atlas.mapFigure(p, state, atlas.visibleRelations(p, state));
    const checked = [];
    for (const trace of figure.data) {
      const opacity = (trace.opacity ?? 1) * (trace.marker?.opacity ?? 1);
      if (trace.type === "choropleth") {
        checked.push(["consulate border", trace.marker.line.color, 1, [geo.landcolor]]);
      } else if (trace.mode.includes("lines")) {
        checked.push(["arc", trace.line.color, opacity, grounds]);
      } else {
        for (const colour of list(trace.marker.color)) checked.push([trace.name || "mark", colour, opacity, grounds]);
      }
    }
    const timeline = atlas.timelineFigure(p, state, atlas.timelineRows(p, state));
    for (const trace of timeline.data) {
      const opacity = (trace.opacity ?? 1) * (trace.marker?.opacity ?? 1);
      const colour = trace.mode === "lines" ? trace.line.color : trace.marker.color;
      for (const c of list(colour)) checked.push(["timeline", c, opacity, [timeline.layout.plot_bgcolor]]);
    }
    assert.ok(checked.length >= 2 * Object.keys(atlas.STYLE).length, "the figures were read");
    for (const [what, colour, opacity, around] of checked) {
      for (const ground of around) {
        const ratio = contrast(colour, opacity, ground);
        assert.ok(ratio >= 3, `${what} ${colour} at ${opacity} on ${ground}: ${ratio.toFixed(2)}:1`);
      }
    }
  });
}

test("every category colour stands 3:1 from land and sea in both themes, whichever the data shows", () => {
  const p = payload();
  for (const theme of [undefined, "projector"]) {
    const geo = atlas.baseMapFigure(p, { ...atlas.defaultState(p), theme }).layout.geo;
    for (const [cat, style] of Object.entries(atlas.STYLE)) {
      for (const ground of [geo.landcolor, geo.oceancolor]) {
        assert.ok(contrast(style.color, 1, ground) >= 3, `${cat} on ${ground}`);
      }
    }
  }
});

test("the map's text alternative says the view, category by category, and where the detail is", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2024 };
  const rows = atlas.visibleRelations(p, state);
  assert.equal(atlas.mapDescription(p, state, rows),
    "Carte. En 2024 : 3 relations dans 3 pays Ville jumelle : 1 dans 1 pays ; Coopération : 1 dans 1 pays ; "
    + "Événement : 1 dans 1 pays. Détail dessous.");  // the consulate closed in 2016 is not counted
  const en = { ...state, lang: "en", cats: ["twin_city"] };
  assert.equal(atlas.mapDescription(p, en, atlas.visibleRelations(p, en)),
    "Map. In 2024: 1 relations in 1 countries Twin city: 1 in 1 countries. Detail below.");
  assert.equal(atlas.timelineDescription(p, state, atlas.timelineRows(p, state)), "Frise : 5 de 1949 à 2024, 2024 marquée.");
  const nowhere = [{ id: "EV9", cat: "event", s: "2024", sp: "year", t: ["Prix", "Prize"] }];  // no country
  assert.ok(atlas.mapDescription(p, state, nowhere).includes("Événement : 1."));
  assert.equal(atlas.timelineDescription(p, state, []), "Frise vide.");
});

test("the list of places shows each place once, by name, with what a click there would select", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2024, mode: "happened" };
  p.relations.push({ id: "EV3", cat: "event", s: "2024-06", sp: "month", cc: "DE", p: "g1", t: ["Fête", "Fair"] });
  p.relations.push({ id: "TW2", cat: "twin_city", s: "2024-01", sp: "month", cc: "DE", p: "g1", t: ["J", "T"] });
  const rows = atlas.visibleRelations(p, state);
  const places = atlas.placeList(p, state, rows);
  assert.deepEqual(places.map((x) => x.label), ["Hambourg, Allemagne", "Marseille, France"]);
  const hamburg = places[0];
  assert.deepEqual(hamburg.cats, ["twin_city", "event"]);  // in the categories' order
  assert.equal(hamburg.count, 2);
  assert.equal(hamburg.sel, atlas.relationAtPlace(p, state, "g1"));  // as a click on the map
  assert.deepEqual(atlas.placeList(p, { ...state, lang: "en" }, rows).map((x) => x.label), ["Hamburg, Germany", "Marseille, France"]);
  assert.equal(atlas.placeTotal(rows), places.length);  // the closed list's count, without the list
});

test("each category has its own shape, so colour is never the only difference (RGAA 3.1)", () => {
  const symbols = Object.values(atlas.STYLE).map((style) => style.symbol);
  assert.equal(new Set(symbols).size, symbols.length);
  const colours = Object.values(atlas.STYLE).map((style) => style.color);
  assert.equal(new Set(colours).size, colours.length);
});
