// Unit tests of assets/src/core.mjs on a tiny hand-made payload: node --test tests/js
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as atlas from "../../assets/src/core.mjs";
// What Python says each category is and how the basemap looks (scripts/write_fixtures.py writes it).
const LOOK = JSON.parse(readFileSync(new URL("../fixtures/look.json", import.meta.url)));

function payload() {
  return {
    years: [1950, 2026],
    home: { lat: 43.3, lon: 5.38, key: "g3" },
    view: { projection: "natural earth", rotation_lon: 15, center_lat: 25, center_lon: 15, lat_min: -58, lat_max: 85 },
    categories: ["twin_city", "cooperation", "consulate", "event"],
    categoryInfo: LOOK.categoryInfo,
    languages: [{ code: "fr", locale: "fr-FR" }, { code: "en", locale: "en-GB" }],
    plotly: LOOK.plotly,
    relations: [
      { id: "TW1", cat: "twin_city", s: "1958-07-11", sp: "day", cc: "DE", p: "g1", t: { fr: "Jumelage avec Hambourg", en: "Twinning with Hamburg" } },
      { id: "CA1", cat: "cooperation", s: "1992-06", sp: "month", cc: "AM", p: "g2", t: { fr: "Accord avec Erevan", en: "Accord with Yerevan" } },
      { id: "CO1", cat: "consulate", s: "1949", sp: "year", e: "2016-08", ep: "month", cc: "IL", rank: "general", p: "cIL", t: { fr: "Consulat", en: "Consulate" } },
      { id: "CO2", cat: "consulate", cc: "IT", rank: "general", p: "cIT", t: { fr: "Consulat d'Italie", en: "Consulate of Italy" } },
      { id: "EV1", cat: "event", s: "2024-05-08", sp: "day", p: "g3", pt: "", t: { fr: "Flamme", en: "Flame" } },
      { id: "EV2", cat: "event", s: "2021-09-03", sp: "day", e: "2021-09-11", ep: "day", p: "g3", pt: "", t: { fr: "UICN", en: "IUCN" } },
      // held at a spot in Marseille, with India: drawn at the spot, India named and counted for Asia
      { id: "EV4", cat: "event", s: "2025-02-12", sp: "day", cc: "IN", p: "vpharo", pt: "cIN", t: { fr: "Consulat de l'Inde", en: "India's consulate" } },
    ],
    places: {
      g1: { lat: 53.55, lon: 9.99, region: "EU", sub: "western-europe", city: true, name: { fr: "Hambourg", en: "Hamburg" }, country: { fr: "Allemagne", en: "Germany" } },
      g2: { lat: 40.18, lon: 44.51, region: "AS", sub: "western-asia", city: true, name: { fr: "Erevan", en: "Yerevan" }, country: { fr: "Arménie", en: "Armenia" } },
      g3: { lat: 43.3, lon: 5.38, region: "EU", sub: "western-europe", city: true, home: true, name: { fr: "Marseille", en: "Marseille" }, country: { fr: "France", en: "France" } },
      vpharo: { lat: 43.294, lon: 5.358, region: "EU", sub: "western-europe", city: true, spot: true, home: true, name: { fr: "Palais du Pharo", en: "Palais du Pharo" }, town: { fr: "Marseille", en: "Marseille" }, country: { fr: "France", en: "France" } },
      cIN: { lat: 22.9, lon: 79.6, region: "AS", sub: "southern-asia", iso3: "IND", name: { fr: "Inde", en: "India" }, country: { fr: "Inde", en: "India" } },
      cIL: { lat: 31.4, lon: 34.7, region: "AS", sub: "western-asia", iso3: "ISR", name: { fr: "Israël", en: "Israel" }, country: { fr: "Israël", en: "Israel" } },
      cIT: { lat: 43.5, lon: 12.1, region: "EU", sub: "southern-europe", iso3: "ITA", name: { fr: "Italie", en: "Italy" }, country: { fr: "Italie", en: "Italy" } },
    },
    regions: [{ key: "EU", subs: ["southern-europe", "western-europe"] }, { key: "AS", subs: ["southern-asia", "western-asia"] }],
    figures: [
      { id: "OF", cats: ["cooperation"], display: { fr: "29", en: "29" }, label: { fr: "accords", en: "agreements" }, inData: 1, measure: "places",
        asOf: 2025, attr: "city", by: { fr: "la Ville", en: "the City" }, src: ["https://example.org/f"], flags: ["date_derived"],
        apart: [{ flag: "announced_not_confirmed", ids: ["EV4"] }], note: { fr: "Compte incertain.", en: "Count unclear." } },
      { id: "OR", cats: [], display: { fr: "1re", en: "1st" }, label: { fr: "place consulaire", en: "consular city" }, inData: null,
        asOf: null, attr: "independent", by: { fr: "une association", en: "an association" }, src: ["https://example.org/r"],
        flags: ["undated", "source_is_copy"], apart: [] },
    ],
    strings: {
      fr: { "punctuation.colon": " : ", "punctuation.list": " ; ", "category.twin_city": "Ville jumelle", "category.cooperation": "Coopération", "category.consulate": "Consulat",
        "category.event": "Événement", "consular_rank.general": "Consulat général",
        "summary.inforce": "En {year} : {count} relations dans {countries} pays", "summary.happened": "{year} : {count}",
        "details.date_unknown": "date inconnue", "explorer.map": "Carte", "map.more": "Détail dessous.",
        "map.by_category": "{label} : {count} dans {countries} pays", "map.by_category_count": "{label} : {count}",
        "timeline.description": "Frise : {count} de {first} à {last}, {year} marquée.", "timeline.empty": "Frise vide.",
        "details.with_short": "avec", "home.hover": "Ici : {count} ; cliquez", "figures.undated": "non daté",
        "figures.as_of_derived": "{year}, année déduite", "attribution.city": "la Ville",
        "attribution.independent": "une autre source", "flag.source_is_copy": "copie",
        "figures.in_data.places.one": "données : {count} ville", "figures.in_data.places.other": "données : {count} villes",
        "apart.announced_not_confirmed.one": "à part : {count} annoncé ({names})",
        "apart.announced_not_confirmed.other": "à part : {count} annoncés ({names})" },
      en: { "punctuation.colon": ": ", "punctuation.list": "; ", "category.twin_city": "Twin city", "category.cooperation": "Cooperation", "category.consulate": "Consulate",
        "category.event": "Event", "consular_rank.general": "Consulate general",
        "summary.inforce": "In {year}: {count} relations in {countries} countries", "summary.happened": "{year}: {count}",
        "details.date_unknown": "date unknown", "explorer.map": "Map", "map.more": "Detail below.",
        "map.by_category": "{label}: {count} in {countries} countries",
        "timeline.description": "Timeline: {count} from {first} to {last}, {year} marked.", "timeline.empty": "Empty.",
        "details.with_short": "with", "home.hover": "Here: {count}; click", "figures.undated": "undated",
        "attribution.city": "the City", "figures.in_data.places.one": "data: {count} city",
        "figures.in_data.places.other": "data: {count} cities" },
    },
  };
}

const ids = (rows) => rows.map((r) => r.id).sort();

test("url state round-trips and bad values fall back", () => {
  const p = payload();
  const state = atlas.parseState("?year=2024&mode=happened&cat=event,twin_city&region=EU&sel=EV1&lang=en", p);
  assert.deepEqual(state, { year: 2024, mode: "happened", cats: ["twin_city", "event"], region: "EU", sel: "EV1", at: "", lang: "en" });
  assert.deepEqual(atlas.parseState(atlas.toSearch(state, p), p), state);
  const bad = atlas.parseState("?year=99999&mode=<script>&cat=nope&region=XX&sel=ZZ&lang=de", p);
  assert.deepEqual(bad, { year: 2026, mode: "inforce", cats: [], region: "", sel: "", at: "", lang: "fr" });
  const home = atlas.parseState("?at=home&lang=fr", p);
  assert.equal(home.at, "home");  // Marseille's list, open
  assert.equal(atlas.toSearch(home, p), "?year=2026&at=home&lang=fr");
  assert.equal(atlas.parseState("?at=elsewhere", p).at, "");
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
  const placed = atlas.applyPatch(p, { ...state, year: 2024 }, { place: "g1" });
  assert.equal(placed.sel, "TW1"); // the relation shown there that year
  assert.equal(placed.focus, "g1");
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

test("what took place in Marseille is one mark over the others, named with its count, opening to its list", () => {
  const p = payload();
  const data = atlas.mapFigure(p, atlas.defaultState(p), p.relations).data;
  const home = data.findIndex((d) => d.customdata && d.customdata[0] === "@home");
  const places = data.findIndex((d) => d.name === "places");
  assert.deepEqual(data[home].text, ["Marseille (3)"]);  // EV1, EV2 at the city, EV4 at the Pharo
  assert.ok(data[home].hovertext[0].includes("2 × Événement") === false && data[home].hovertext[0].includes("3 × Événement"));
  assert.ok(!data[places].marker.symbol.includes("star"));  // no event mark hides under the group
  assert.ok(home > places);
  const quiet = atlas.mapFigure(p, atlas.defaultState(p), p.relations.slice(0, 4)).data;
  const star = quiet.find((d) => d.mode === "markers+text" && d.marker.symbol === "star-square");
  assert.deepEqual([star.text, star.customdata], [["Marseille"], [""]]);  // nothing there: no list to open
  const list = atlas.homeList(p, p.relations).map((r) => r.id);
  assert.deepEqual(list, ["EV2", "EV1", "EV4"]);  // oldest first
  const opened = atlas.applyPatch(p, atlas.defaultState(p), { place: "g3" });
  assert.deepEqual([opened.at, opened.sel], ["home", ""]);  // a search for Marseille opens it too
  assert.deepEqual([atlas.applyPatch(p, opened, { sel: "EV4" }).at, atlas.applyPatch(p, opened, { sel: "EV4" }).sel], ["", "EV4"]);
});

test("a thing held in Marseille names its partner, who counts for the region filter and the search", () => {
  const p = payload();
  const ev4 = p.relations.find((r) => r.id === "EV4");
  assert.equal(atlas.whereName(p, ev4, "fr"), "Palais du Pharo, Marseille");
  assert.equal(atlas.partnerName(p, ev4, "en"), "India");
  assert.equal(atlas.partnerName(p, p.relations.find((r) => r.id === "EV1"), "fr"), "");  // with nobody in particular
  const happened = { ...atlas.defaultState(p), year: 2025, mode: "happened" };
  assert.deepEqual(ids(atlas.visibleRelations(p, { ...happened, region: "AS" })), ["EV4"]);  // its partner
  assert.deepEqual(ids(atlas.visibleRelations(p, { ...happened, region: "EU" })), ["EV4"]);  // where it was held
  assert.equal(atlas.relationAtPlace(p, happened, "cIN"), "EV4");  // India, searched for, opens it
  const link = atlas.mapFigure(p, { ...happened, sel: "EV4" }, [ev4]).data.find((d) => d.line && d.line.dash === "dash");
  assert.deepEqual([link.lat, link.lon], [[43.294, 22.9], [5.358, 79.6]]);  // from the Pharo to India
  assert.equal(link.text[1], "Inde");
  assert.equal(atlas.mapFigure(p, { ...happened, sel: "TW1" }, p.relations).data.filter((d) => d.line && d.line.dash).length, 0);
});

test("the visibility rule's shared cases hold here as in Python", () => {
  const fixture = JSON.parse(readFileSync(new URL("../fixtures/visibility.json", import.meta.url)));
  for (const c of fixture.cases) {
    assert.equal(atlas.shownIn(c.start, c.end, c.lasting, c.year, c.mode, fixture.last_year), c.shown, c.why);
  }
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
  assert.deepEqual(places.hovertext, ["<b>Hambourg, Allemagne</b><br>Jumelage avec Hambourg",
    "<b>Erevan, Arménie</b><br>Accord avec Erevan"]);  // the events are in Marseille's group
  assert.deepEqual(places.marker.color, [LOOK.categoryInfo.twin_city.colour, LOOK.categoryInfo.cooperation.colour]);
  assert.deepEqual(figure.layout.geo.center, { lat: 25, lon: 15 });
  const home = figure.data.find((d) => d.customdata && d.customdata[0] === "@home");
  assert.ok(home.hovertext[0].startsWith("<b>Marseille</b><br>Ici : 3 ; cliquez"));
});

test("timeline: one lane per shown category, selected year marked", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2021, cats: ["event", "consulate"] };
  const figure = atlas.timelineFigure(p, state, p.relations);
  assert.deepEqual(figure.layout.yaxis.categoryarray, ["Événement", "Consulat"]);
  assert.equal(figure.layout.shapes[0].x0, "2021-01-01");
  const points = figure.data.filter((d) => d.mode === "markers" && d.customdata);
  assert.deepEqual(points.map((d) => d.customdata), [["CO1"], ["EV1", "EV2", "EV4"]]);
  const selected = atlas.timelineFigure(p, { ...state, sel: "EV2" }, p.relations);
  assert.deepEqual(selected.data.at(-1).x, ["2021-09-03"]); // the selection is ringed on the timeline too
  assert.notEqual(selected.layout.datarevision, figure.layout.datarevision);
});

test("summary sentence and key figures with the official total", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2016 };
  const rows = atlas.visibleRelations(p, state);
  assert.equal(atlas.summary(p, state, rows), "En 2016 : 3 relations dans 3 pays");
  const figures = atlas.keyFigures(p, state, rows);
  const coop = figures.items.find((k) => k.cat === "cooperation");
  assert.deepEqual([coop.count, coop.officials.map((f) => f.id)], [1, ["OF"]]);
  assert.deepEqual(atlas.officialFigure(p, coop.officials[0], "fr"), {
    id: "OF", text: "29 accords", asOf: "2025, année déduite", by: "la Ville", attr: "la Ville",
    src: ["https://example.org/f"], note: "Compte incertain.", inData: "données : 1 ville",
    apart: ["à part : 1 annoncé (Inde)"], caveats: [],
  });
  assert.deepEqual(figures.others.map((f) => atlas.officialFigure(p, f, "fr")).map((f) => [f.text, f.asOf, f.attr, f.caveats]),
    [["Place consulaire : 1re", "non daté", "une autre source", ["copie"]]]);  // tied to no category
});

test("counted texts follow each language's plural rules", () => {
  const p = payload();
  assert.equal(atlas.tn(p, "fr", "figures.in_data.places", 0), "données : 0 ville");  // French: 0 is singular
  assert.equal(atlas.tn(p, "fr", "figures.in_data.places", 2), "données : 2 villes");
  assert.equal(atlas.tn(p, "en", "figures.in_data.places", 0), "data: 0 cities");
  assert.equal(atlas.tn(p, "en", "figures.in_data.places", 1), "data: 1 city");
  assert.equal(atlas.tn(p, "fr", "figures.in_data.places", 15000), "données : 15\u202f000 villes");
});

test("a place is named with its country, once for a city-state", () => {
  assert.equal(atlas.placeName({ city: true, name: { fr: "Erevan", en: "Yerevan" }, country: { fr: "Arménie", en: "Armenia" } }, "fr"), "Erevan, Arménie");
  assert.equal(atlas.placeName({ city: true, name: { fr: "Cité du Vatican", en: "Vatican City" }, country: { fr: "Cité du Vatican", en: "Vatican City" } }, "en"), "Vatican City");
  assert.equal(atlas.placeName({ city: false, name: { fr: "Italie", en: "Italy" }, country: { fr: "Italie", en: "Italy" } }, "fr"), "Italie");
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
  assert.deepEqual(table.map((r) => [r.id, r.where, r.partner, r.dates]), [
    ["TW1", "Hambourg, Allemagne", "Hambourg, Allemagne", "11 juillet 1958"],
    ["CA1", "Erevan, Arménie", "Erevan, Arménie", "juin 1992"], ["CO1", "Israël", "Israël", "1949 – août 2016"]]);
  const csv = atlas.toCSV(p, state, rows);
  assert.ok(csv.startsWith("\ufeffid,category,title,where,partner,partner_country,"));
  assert.equal(csv.trim().split("\r\n").length, 4);
  assert.match(csv, /\r\nTW1,twin_city,Jumelage avec Hambourg,"Hambourg, Allemagne","Hambourg, Allemagne",DE,1958-07-11,/);
  const geo = atlas.toGeoJSON(p, state, rows);
  assert.equal(geo.features.length, 3);
  assert.deepEqual(geo.features[0].geometry, { type: "Point", coordinates: [9.99, 53.55] });
  const held = atlas.toGeoJSON(p, state, [p.relations.find((r) => r.id === "EV4")]).features[0];
  assert.deepEqual([held.geometry.coordinates, held.properties.where, held.properties.partner],
    [[5.358, 43.294], "Palais du Pharo, Marseille", "Inde"]);  // the point is where it happened
});

test("CSV cells with commas, quotes or line breaks are quoted", () => {
  const p = payload();
  const rows = [{ ...p.relations[0], t: { fr: 'Dit "Hambourg", ville', en: 'x' }, st: "confirmed" }];
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
    id: "X" + i, cat: "event", s: String(1990 + (i % 3)), sp: "year", cc: "FR", p: "g3", t: { fr: "x", en: "x" },
  }));
  const big = { ...p, relations: p.relations.concat(many), version: "big" };
  const state = { ...atlas.defaultState(big), cats: ["event"] };
  const figure = atlas.timelineFigure(big, state, atlas.timelineRows(big, state));
  const lane = figure.data.find((d) => d.customdata && d.customdata[0].startsWith("year:"));
  assert.deepEqual(lane.customdata, ["year:1990", "year:1991", "year:1992", "year:2021", "year:2024", "year:2025"]);
  assert.ok(lane.hovertext[0].includes("150"));
});

test("text from the data reaches plotly's hover labels as text, never as markup", () => {
  const p = payload();
  p.relations[0].t = { fr: '<a href="javascript:alert(1)">x</a> & <b>y</b>', en: "t" };
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
    for (const cat of LOOK.categories) {  // one relation of every category, drawn both ways
      if (!p.categories.includes(cat)) p.categories.push(cat);
      p.relations.push({ id: "X" + cat, cat, s: "2000", sp: "year", e: "2030", ep: "year", cc: "DE", p: "g1", t: { fr: "x", en: "x" } });
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
    assert.ok(checked.length >= 2 * LOOK.categories.length, "the figures were read");
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
    for (const [cat, style] of Object.entries(LOOK.categoryInfo)) {
      for (const ground of [geo.landcolor, geo.oceancolor]) {
        assert.ok(contrast(style.colour, 1, ground) >= 3, `${cat} on ${ground}`);
      }
    }
  }
});

test("the map's text alternative says the view, category by category, and where the detail is", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2024 };
  const rows = atlas.visibleRelations(p, state);
  assert.equal(atlas.mapDescription(p, state, rows),
    "Carte. En 2024 : 3 relations dans 2 pays Ville jumelle : 1 dans 1 pays ; Coopération : 1 dans 1 pays ; "
    + "Événement : 1. Détail dessous.");  // the consulate closed in 2016 is not counted; the flame is with no country
  const en = { ...state, lang: "en", cats: ["twin_city"] };
  assert.equal(atlas.mapDescription(p, en, atlas.visibleRelations(p, en)),
    "Map. In 2024: 1 relations in 1 countries Twin city: 1 in 1 countries. Detail below.");
  assert.equal(atlas.timelineDescription(p, state, atlas.timelineRows(p, state)), "Frise : 6 de 1949 à 2025, 2024 marquée.");
  const nowhere = [{ id: "EV9", cat: "event", s: "2024", sp: "year", t: { fr: "Prix", en: "Prize" } }];  // no country
  assert.ok(atlas.mapDescription(p, state, nowhere).includes("Événement : 1."));
  assert.equal(atlas.timelineDescription(p, state, []), "Frise vide.");
});

test("the list of places shows each place once, by name, with what a click there would select", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2024, mode: "happened" };
  p.relations.push({ id: "EV3", cat: "event", s: "2024-06", sp: "month", cc: "DE", p: "g1", t: { fr: "Fête", en: "Fair" } });
  p.relations.push({ id: "TW2", cat: "twin_city", s: "2024-01", sp: "month", cc: "DE", p: "g1", t: { fr: "J", en: "T" } });
  const rows = atlas.visibleRelations(p, state);
  const places = atlas.placeList(p, state, rows);
  assert.deepEqual(places.map((x) => x.label), ["Hambourg, Allemagne", "Marseille, France"]);
  const hamburg = places[0];
  assert.deepEqual(hamburg.cats, ["twin_city", "event"]);  // in the categories' order
  assert.equal(hamburg.count, 2);
  assert.equal(hamburg.sel, atlas.relationAtPlace(p, state, "g1"));  // as a click on the map
  assert.deepEqual(atlas.placeList(p, { ...state, lang: "en" }, rows).map((x) => x.label), ["Hamburg, Germany", "Marseille, France"]);
  assert.equal(atlas.placeTotal(rows, p), places.length);  // the closed list's count, without the list
});

test("each category has its own shape, so colour is never the only difference (RGAA 3.1)", () => {
  const symbols = Object.values(LOOK.categoryInfo).map((style) => style.symbol);
  assert.equal(new Set(symbols).size, symbols.length);
  const colours = Object.values(LOOK.categoryInfo).map((style) => style.colour);
  assert.equal(new Set(colours).size, colours.length);
});

test("names fold as the gazetteer folds them: the shared cases hold here as in Python", () => {
  const fixture = JSON.parse(readFileSync(new URL("../fixtures/folding.json", import.meta.url)));
  for (const c of fixture.cases) assert.equal(atlas.fold(c.name), c.folded, c.why);
});

test("beyond the place limit the map draws one mark per country, sized by what it holds", () => {
  const p = payload();
  for (let i = 0; i < 450; i += 1) {  // 450 cities: 300 in Germany, 150 in Armenia
    const cc = i < 300 ? "DE" : "AM";
    p.places["x" + i] = { lat: 40 + i / 100, lon: 10 + i / 100, cc: cc, region: "EU", sub: "western-europe", city: true,
      name: { fr: "Ville " + i, en: "Town " + i }, country: { fr: cc, en: cc } };
    p.relations.push({ id: "X" + i, cat: "twin_city", s: "1990", sp: "year", cc: cc, p: "x" + i,
      t: { fr: "Jumelage " + i, en: "Twinning " + i } });
  }
  const state = { ...atlas.defaultState(p), year: 2000 };
  const rows = atlas.visibleRelations(p, state);
  assert.ok(atlas.placeCount(rows, p).grouped);
  const marks = atlas.mapFigure(p, state, rows).data.find((d) => d.name === "countries");
  assert.ok(marks, "the country marks are drawn");
  assert.equal(marks.lat.length, marks.marker.size.length);
  assert.ok(marks.lat.length >= 2);
  assert.ok(Math.max(...marks.marker.size) > Math.min(...marks.marker.size));  // 300 weigh more than 150
});
