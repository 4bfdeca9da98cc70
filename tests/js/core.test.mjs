// Unit tests of the browser's core (assets/src/core.mjs) on the payload Python writes: node --test tests/js
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as atlas from "../../assets/src/core.mjs";

// The payload of a tiny dataset (eleven rows of the bundled data), written by Python: the two halves read the
// same contract. Each test gets its own copy to change.
const TINY = readFileSync(new URL("../fixtures/tiny-payload.json", import.meta.url), "utf-8");
const payload = () => JSON.parse(TINY);
const LOOK = payload();

// The tiny dataset's places: Hamburg, Yerevan, Bethlehem, Marseille (the home city) and spots in it, India,
// Israel, Italy, the Vatican.
const HAMBURG = "g2911298";
const YEREVAN = "g616052";
const HOME = "g2995469";

const ids = (rows) => rows.map((r) => r.id).sort();
const relation = (p, id) => p.relations.find((r) => r.id === id);
const place = (p, key) => p.places[key];
// A relation of the test's own, shaped as the contract says.
const made = (fields) => ({ status: "confirmed", title: { fr: "x", en: "x" }, description: { fr: "", en: "" }, ...fields });

test("url state round-trips and bad values fall back", () => {
  const p = payload();
  const state = atlas.parseState("?year=2024&mode=happened&cat=event,twin_city&region=EU&sel=EV13&lang=en", p);
  assert.deepEqual(state, { year: 2024, mode: "happened", cats: ["twin_city", "event"], region: "EU", view: "", sel: "EV13", at: "", lang: "en" });
  assert.deepEqual(atlas.parseState(atlas.toSearch(state, p), p), state);
  const bad = atlas.parseState("?year=99999&mode=<script>&cat=nope&region=XX&sel=ZZ&lang=de", p);
  assert.deepEqual(bad, { year: 2026, mode: "inforce", cats: [], region: "", view: "", sel: "", at: "", lang: "fr" });
  const home = atlas.parseState("?at=home&lang=fr", p);
  assert.equal(home.at, "home");  // the home city's list, open
  assert.equal(atlas.toSearch(home, p), "?year=2026&at=home&lang=fr");
  assert.equal(atlas.parseState("?at=elsewhere", p).at, "");
  assert.equal(atlas.parseState("?year=abc", p).year, 2026);
  assert.equal(atlas.parseState("?year=1200", p).year, 1949);  // the first year of the data
  assert.equal(atlas.toSearch(atlas.defaultState(p), p), "?year=2026&lang=fr");
});

test("a named view frames the map, is carried by the address, and gives way to a region chosen after it", () => {
  const p = payload();
  const world = p.views.find((v) => v.id === "world");
  const state = atlas.parseState("?view=world&lang=fr", p);
  assert.equal(state.view, "world");
  assert.equal(atlas.toSearch(state, p), "?year=2026&view=world&lang=fr");
  const layout = atlas.mapFigure(p, state, []).layout;
  assert.deepEqual([layout.geo.projection, layout.geo.center, layout.geo.lataxis], [world.geo.projection, world.geo.center, world.geo.lataxis]);
  assert.equal(layout.uirevision, "view-world");
  assert.deepEqual(atlas.baseMapFigure(p, state).layout.geo.projection, world.geo.projection);  // both layers
  const around = atlas.applyPatch(p, state, { view: "from-home" });
  assert.equal(atlas.mapFigure(p, around, []).layout.geo.projection.type, "azimuthal equidistant");
  assert.equal(atlas.mapFigure(p, around, []).layout.geo.lataxis, undefined);  // the world's latitudes do not stay
  assert.equal(atlas.applyPatch(p, state, { region: "EU" }).view, "");  // the region frames the map
  assert.equal(atlas.applyPatch(p, state, { view: "nowhere" }).view, "");
  assert.equal(atlas.parseState("?view=" + p.views[0].id, p).view, "");  // the opening view is the default
  assert.equal(atlas.parseState("?view=<b>", p).view, "");
});

test("published links keep opening the same view: old names migrate, the new name wins", () => {
  const p = payload();
  const old = atlas.parseState("?year=2016&cats=twin_city,consulate&lang=en", p);
  assert.deepEqual(old.cats, ["twin_city", "consulate"]);
  assert.equal(atlas.toSearch(old, p), "?year=2016&cat=twin_city%2Cconsulate&lang=en");  // written with today's name
  assert.deepEqual(atlas.parseState("?cat=event&cats=twin_city", p).cats, ["event"]);
  for (const step of atlas.MIGRATIONS) assert.notEqual(step.from, step.to);
});

test("the embed options, the still flag and a story's chapter are read from the address in one place", () => {
  const p = payload();
  assert.equal(atlas.embedOptions("?year=2024"), null);
  assert.deepEqual(atlas.embedOptions("?embed=1").controls, ["year"]);
  const chosen = atlas.embedOptions("?embed=1&controls=categories,<script>,year");
  assert.deepEqual([chosen.controls, chosen.suffix], [["year", "categories"], "&embed=1&controls=year,categories"]);
  assert.deepEqual(atlas.embedOptions("?embed=1&controls=none").controls, []);
  assert.equal(atlas.isStill("?still=1"), true);
  assert.equal(atlas.isStill("?still=yes"), false);
  const stories = { ...p, stories: { default: [{ chapter: 1 }, { chapter: 2 }, { chapter: 3 }] } };
  assert.equal(atlas.requestedStory("?story=default&chapter=2", stories).index, 1);
  assert.equal(atlas.requestedStory("?story=default&chapter=99", stories).index, 2);  // the last one
  assert.equal(atlas.requestedStory("?story=default&chapter=x", stories).index, 0);
  assert.equal(atlas.requestedStory("?story=constructor", stories), null);  // not a story, whatever the object has
  assert.equal(atlas.requestedStory("?story=nope", stories), null);
  assert.equal(atlas.storySearch("default", 1, "en"), "?story=default&chapter=2&lang=en");
});

test("in force that year: lasting relations begun and not ended (undated only today), one-offs that year", () => {
  const p = payload();
  const at = (year) => ids(atlas.visibleRelations(p, { ...atlas.defaultState(p), year }));
  assert.deepEqual(at(1950), ["CO05"]);  // Israel's consulate, 1949 to 2016
  assert.deepEqual(at(2016), ["CA03", "CO05", "TW01"]);  // its last year
  assert.deepEqual(at(2017), ["CA03", "TW01"]);
  assert.deepEqual(at(2024), ["CA03", "EV13", "TW01"]);  // the flame's arrival, that year only
  assert.deepEqual(at(2026), ["CA03", "CO16", "TW01", "TW16", "TW17"]);  // Italy's undated consulate: today
});

test("happened that year, and events that span it", () => {
  const p = payload();
  const at = (year) => ids(atlas.visibleRelations(p, { ...atlas.defaultState(p), mode: "happened", year }));
  assert.deepEqual(at(2021), ["EV07"]);
  assert.deepEqual(at(1958), ["TW01"]);
  assert.deepEqual(at(2016), []); // a consulate that closed did not "happen" in 2016
});

test("category and region filters, and live counts ignore the category filter", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2021, cats: ["event", "cooperation"], region: "EU" };
  assert.deepEqual(ids(atlas.visibleRelations(p, state)), ["EV07"]);
  const counts = Object.fromEntries(p.categories.map((c) => [c, 0]));
  assert.deepEqual(atlas.categoryCounts(p, state), { ...counts, twin_city: 1, event: 1 });
});

test("a UN sub-region filters like a continent, and only known ones are accepted", () => {
  const p = payload();
  const south = { ...atlas.defaultState(p), region: "southern-europe" }; // today: the undated consulate counts
  assert.deepEqual(ids(atlas.visibleRelations(p, south)), ["CO16"]);
  assert.deepEqual(ids(atlas.visibleRelations(p, { ...south, region: "western-asia" })), ["CA03", "TW16", "TW17"]);
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
  const placed = atlas.applyPatch(p, { ...state, year: 2024 }, { place: HAMBURG });
  assert.equal(placed.sel, "TW01"); // the relation shown there that year
  assert.equal(placed.focus, HAMBURG);
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

test("what took place in the home city is one mark over the others, named with its count, opening to its list", () => {
  const p = payload();
  const data = atlas.mapFigure(p, atlas.defaultState(p), p.relations).data;
  const home = data.findIndex((d) => d.customdata && d.customdata[0] === "@home");
  const places = data.findIndex((d) => d.name === "places");
  assert.deepEqual(data[home].text, ["Marseille (5)"]);  // EV03 in the city, EV07, EV12, EV13 and EV17 at its spots
  assert.ok(data[home].hovertext[0].includes("4 × Grand événement"));
  assert.ok(!data[places].marker.symbol.includes(p.categoryInfo.event.symbol));  // no event mark under the group
  assert.ok(home > places);
  const quiet = atlas.mapFigure(p, atlas.defaultState(p), p.relations.filter((r) => !["event", "visit"].includes(r.category))).data;
  const star = quiet.find((d) => d.mode === "markers+text" && d.customdata);
  assert.deepEqual([star.text, star.customdata], [["Marseille"], [""]]);  // nothing there: no list to open
  assert.deepEqual(atlas.homeList(p, p.relations).map((r) => r.id), ["EV03", "EV07", "EV12", "EV13", "EV17"]);  // oldest first
  const opened = atlas.applyPatch(p, atlas.defaultState(p), { place: HOME });
  assert.deepEqual([opened.at, opened.sel], ["home", ""]);  // a search for the home city opens it too
  const chosen = atlas.applyPatch(p, opened, { sel: "EV17" });
  assert.deepEqual([chosen.at, chosen.sel], ["", "EV17"]);
});

test("a thing held in the home city names its partner, who counts for the region filter and the search", () => {
  const p = payload();
  const ev17 = relation(p, "EV17");  // India's consulate opened, at its address in Marseille
  assert.equal(atlas.whereName(p, ev17, "fr"), "Consulat général de l'Inde, 397 avenue du Prado, Marseille");
  assert.equal(atlas.partnerName(p, ev17, "en"), "India");
  assert.equal(atlas.partnerName(p, relation(p, "EV13"), "fr"), "");  // with nobody in particular
  const happened = { ...atlas.defaultState(p), year: 2025, mode: "happened" };
  assert.deepEqual(ids(atlas.visibleRelations(p, { ...happened, region: "AS" })), ["EV17", "TW16", "TW17"]);  // its partner
  assert.deepEqual(ids(atlas.visibleRelations(p, { ...happened, region: "EU" })), ["EV17"]);  // where it was held
  assert.equal(atlas.relationAtPlace(p, happened, "cIN"), "EV17");  // India, searched for, opens it
  const link = atlas.mapFigure(p, { ...happened, sel: "EV17" }, [ev17]).data.find((d) => d.line && d.line.dash === "dash");
  const [from, to] = [place(p, ev17.place), place(p, "cIN")];
  assert.deepEqual([link.lat, link.lon], [[from.lat, to.lat], [from.lon, to.lon]]);  // from the venue to India
  assert.equal(link.text[1], "Inde");
  assert.equal(atlas.mapFigure(p, { ...happened, sel: "TW01" }, p.relations).data.filter((d) => d.line && d.line.dash).length, 0);
});

test("the visibility rule's shared cases hold here as in Python", () => {
  const fixture = JSON.parse(readFileSync(new URL("../fixtures/visibility.json", import.meta.url)));
  for (const c of fixture.cases) {
    assert.equal(atlas.shownIn(c.start, c.end, c.lasting, c.year, c.mode, fixture.last_year), c.shown, c.why);
  }
});

test("map figure: consulates by country, arcs from the home city, places grouped, centre pinned", () => {
  const p = payload();
  const state = atlas.defaultState(p);
  const figure = atlas.mapFigure(p, state, p.relations);
  const choropleth = figure.data.find((d) => d.type === "choropleth");
  assert.deepEqual(choropleth.locations, ["ISR", "ITA"]);
  const arcs = figure.data.filter((d) => d.mode === "lines");
  const from = (key) => [p.home.lat, place(p, key).lat, null];
  assert.deepEqual(arcs.map((a) => a.lat), [[...from(HAMBURG), ...from(YEREVAN), ...from("g284315")], from(YEREVAN)]);
  assert.deepEqual(arcs.map((a) => a.legendgroup), ["twin_city", "cooperation"]);
  const places = figure.data.find((d) => d.name === "places");
  assert.deepEqual(places.customdata, [HAMBURG, YEREVAN, "g284315", YEREVAN]);  // the events are in the home city's group
  assert.ok(places.hovertext[0].startsWith("<b>Hambourg, Allemagne</b><br>Jumelage avec Hambourg"));
  assert.deepEqual(places.marker.color.slice(2), [LOOK.categoryInfo.twin_city.colour, LOOK.categoryInfo.cooperation.colour]);
  assert.deepEqual(figure.layout.geo.center, p.views[0].geo.center);  // the first named view opens the map
  const home = figure.data.find((d) => d.customdata && d.customdata[0] === "@home");
  assert.ok(home.hovertext[0].startsWith("<b>Marseille</b><br>Ici\u00a0: 5\u202f; cliquez pour la liste"));
});

test("timeline: one lane per shown category, selected year marked", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2021, cats: ["event", "consulate"] };
  const figure = atlas.timelineFigure(p, state, p.relations);
  assert.deepEqual(figure.layout.yaxis.categoryarray, ["Grand événement", "Consulat"]);
  assert.equal(figure.layout.shapes[0].x0, "2021-01-01");
  const points = figure.data.filter((d) => d.mode === "markers" && d.customdata);
  assert.deepEqual(points.map((d) => d.customdata), [["CO05"], ["EV03", "EV07", "EV13", "EV17"]]);  // Italy's: no date
  const selected = atlas.timelineFigure(p, { ...state, sel: "EV07" }, p.relations);
  assert.deepEqual(selected.data.at(-1).x, ["2021-09-03"]); // the selection is ringed on the timeline too
  assert.notEqual(selected.layout.datarevision, figure.layout.datarevision);
});

test("summary sentence and key figures beside the official ones, counted the same way", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2016 };
  const rows = atlas.visibleRelations(p, state);
  assert.equal(atlas.summary(p, state, rows), "En 2016\u00a0: 3 relations en vigueur ou en cours, dans 3 pays.");
  const figures = atlas.keyFigures(p, state, rows);
  const coop = figures.items.find((k) => k.category === "cooperation");
  assert.deepEqual([coop.count, coop.noun, coop.officials.map((f) => f.id)], [1, "accord de coopération", ["OF03", "OF04"]]);
  // the lead figure in one sentence: the City's agreements beside the map's agreements (not its places)
  assert.equal(coop.says, "La Ville comptait 29 accords de coopération bilatéraux en 2025\u202f; la carte en compte 1, un par accord ou serment.");
  const of03 = p.figures.find((f) => f.id === "OF03");
  assert.deepEqual(atlas.officialFigure(p, of03, "fr"), {
    id: "OF03", text: "29 accords de coopération bilatéraux", asOf: "2025, année déduite de la source",
    saidBy: of03.said_by.fr, attribution: "la Ville", sources: of03.sources, note: of03.note.fr,
    inData: "la carte en compte 1, un par accord ou serment", apart: [], caveats: [], says: coop.says,
  });
  const twins = atlas.officialFigure(p, p.figures.find((f) => f.id === "OF02"), "fr");
  assert.deepEqual([twins.asOf, twins.inData, twins.apart], ["non daté", "la carte en compte 2, un par accord ou serment",
    ["à part\u00a0: 1 annoncé, non signé (Bethléem)"]]);  // the announced twinning is counted apart, by name
  assert.equal(twins.says, "La Ville compte 17 serments de jumelage\u202f; la carte en compte 2, un par accord ou serment, plus 1 à part.");
  const rank = atlas.officialFigure(p, figures.others.find((f) => f.id === "OF07"), "fr");
  assert.deepEqual([rank.text, rank.inData, rank.says], [  // worded as a phrase: it follows its label; no count to compare
    "Rang de Marseille parmi les places consulaires de France\u00a0: première place consulaire du pays", "", ""]);
  // posts: open in the figure's own year, and today; those counted open only because their start is unknown, said
  const posts = atlas.officialFigure(p, p.figures.find((f) => f.id === "OF06"), "en");
  assert.equal(posts.caveats.length, 1);  // a source that copies another says so
  assert.equal(posts.says, "The City counted 75 consular posts in Marseille in 2010; the map shows 2 open that year, 1 today.");
  assert.equal(posts.inData, "the map shows 2 open that year, 1 today, 1 of them with no known opening date, counted as open");
  // a span of years: the label names it, the map counts the same span
  assert.equal(atlas.officialFigure(p, p.figures.find((f) => f.id === "OF05"), "fr").says, "La Ville comptait 14 villes liées "
    + "à Marseille entre 1958 et 2006\u202f; la carte montre 1 ville ou pays partenaire, pour des liens commencés entre 1958 et 2006.");
  // a row built from the figure's own sources is no second count
  const crowd = atlas.officialFigure(p, p.figures.find((f) => f.id === "OF08"), "en");
  assert.equal(crowd.inData, "the map takes this number from the same sources: it is not a second count");
});

test("a one-off category in the 'in force' mode: the year's count beside all years', and the way to the last", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2026 };
  const visits = atlas.keyFigures(p, state, atlas.visibleRelations(p, state)).items.find((k) => k.category === "visit");
  assert.deepEqual([visits.count, visits.noun, visits.inYear, visits.inAll, visits.goTo],
    [0, "visite ou délégation", "en 2026", "1 en tout", 2023]);
  const happened = atlas.keyFigures(p, { ...state, mode: "happened" }, []).items.find((k) => k.category === "visit");
  assert.deepEqual([happened.inYear, happened.goTo], ["", null]);  // that mode counts the year's only, as it says
});

test("counted texts follow each language's plural rules: no '1 relations', no 'in 1 countries', no '17 Ville jumelle'", () => {
  const p = payload();
  assert.equal(atlas.tn(p, "fr", "figures.held.places", 0), "la carte montre 0 ville ou pays partenaire");  // French: 0 is singular
  assert.equal(atlas.tn(p, "fr", "figures.held.places", 2), "la carte montre 2 villes ou pays partenaires");
  assert.equal(atlas.tn(p, "en", "figures.held.places", 0), "the map shows 0 partner cities or countries");
  assert.equal(atlas.tn(p, "en", "figures.held.places", 1), "the map shows 1 partner city or country");
  assert.deepEqual([0, 1, 17].map((n) => atlas.categoryNoun(p, "fr", "twin_city", n)), ["ville jumelle", "ville jumelle", "villes jumelles"]);
  assert.deepEqual([0, 1, 31].map((n) => atlas.categoryNoun(p, "en", "consulate", n)), ["consular posts", "consular post", "consular posts"]);
  assert.equal(atlas.tn(p, "fr", "places.relations", 15000), "15\u202f000 relations");
  const state = { ...atlas.defaultState(p), year: 2024, lang: "en", cats: ["twin_city"] };
  const one = atlas.visibleRelations(p, state);
  assert.equal(atlas.summary(p, state, one), "In 2024: 1 relation in force or under way, in 1 country.");
  assert.ok(atlas.mapDescription(p, state, one).includes("Twin city: 1 in 1 country."));
  assert.equal(atlas.summary(p, { ...state, lang: "fr", mode: "happened", year: 2013, cats: ["event"] }, [relation(p, "EV03")]),
    "En 2013\u00a0: 1 relation nouée ou événement, dans 0 pays.");
});

test("a place is named as Python names it, in each language", () => {
  const p = payload();
  assert.equal(atlas.placeName(place(p, YEREVAN), "fr"), "Erevan, Arménie");
  assert.equal(atlas.placeName(place(p, YEREVAN), "en"), "Yerevan, Armenia");
  assert.equal(atlas.placeName(place(p, "cIT"), "fr"), "Italie");  // a country alone
  assert.equal(atlas.placeName(place(p, "vvieux_port"), "en"), "Old Port, Marseille");  // a spot, with its city
});

test("a place's history lists all its relations, oldest first", () => {
  assert.deepEqual(atlas.placeHistory(payload(), "TW16").map((r) => r.id), ["CA03", "TW16"]);  // Yerevan
});

test("table rows, CSV and GeoJSON hold exactly the rows shown", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2016 };
  const rows = atlas.visibleRelations(p, state);
  const table = atlas.tableRows(p, state, rows);
  assert.deepEqual(table.map((r) => [r.id, r.where, r.partner, r.dates]), [
    ["TW01", "Hambourg, Allemagne", "Hambourg, Allemagne", "11 juillet 1958"],
    ["CA03", "Erevan, Arménie", "Erevan, Arménie", "juin 1992"],
    ["CO05", "Marseille, France", "Israël", "1949 – août 2016"]]);  // a consulate: in the home city, with its country
  assert.equal(table[0].status, p.strings.fr["status.confirmed"]);
  const csv = atlas.toCSV(p, state, rows);
  // the data package's column names (relations.csv), the page's language in the texts' names
  assert.ok(csv.startsWith("\ufeffid,category,status,title_fr,description_fr,city,country,lat,lon,start_year,start_month,"
    + "start_day,end_year,end_month,end_day,amount_eur,people,people_what_fr,consular_rank,flags,sources,where_fr,"));
  assert.equal(csv.trim().split("\r\n").length, 4);
  const hamburg = place(p, HAMBURG);
  assert.ok(csv.includes("\r\nTW01,twin_city,confirmed,Jumelage avec Hambourg,"), csv);
  assert.ok(csv.includes(",Hambourg,DE," + hamburg.lat + "," + hamburg.lon + ",1958,7,11,,,,"), csv);
  assert.match(csv, /\r\nCO05,consulate,confirmed,[^\r]*,,IL,,,1949,,,2016,8,,/);  // a country-level partner: no city
  const geo = atlas.toGeoJSON(p, state, rows);
  assert.equal(geo.features.length, 3);
  assert.deepEqual(geo.features[0].geometry, { type: "Point", coordinates: [place(p, HAMBURG).lon, place(p, HAMBURG).lat] });
  const held = atlas.toGeoJSON(p, state, [relation(p, "EV17")]).features[0];
  const venue = place(p, relation(p, "EV17").place);
  assert.deepEqual([held.geometry.coordinates, held.properties.partner_fr], [[venue.lon, venue.lat], "Inde"]);  // the point is where it happened
});

test("CSV cells with commas, quotes or line breaks are quoted", () => {
  const p = payload();
  const rows = [{ ...p.relations[0], title: { fr: 'Dit "Hambourg", ville', en: "x" } }];
  assert.match(atlas.toCSV(p, atlas.defaultState(p), rows), /,"Dit ""Hambourg"", ville",/);
});

test("CSV cells a spreadsheet would run as formulas are made text; numbers are left alone", () => {
  const p = payload();
  const rows = ["=HYPERLINK(\"http://x\")", "+1", "-2 ans", "@SUM(A1)", "\tx", "\rx"].map(function (title, i) {
    return { ...p.relations[0], id: "R" + i, title: { fr: title, en: title } };
  });
  const lines = atlas.toCSV(p, atlas.defaultState(p), rows).trim().split("\r\n").slice(1);
  assert.match(lines[0], /^R0,twin_city,confirmed,"'=HYPERLINK\(""http:\/\/x""\)",/);
  ["'+1", "'-2 ans", "'@SUM(A1)", "'\tx", "'\rx"].forEach(function (cell, i) {
    assert.ok(lines[i + 1].includes(',"' + cell + '",'), lines[i + 1]);
  });
  const lon = String(p.places[p.relations[0].place].lon);
  assert.ok(lines[0].endsWith("," + lon), "a negative or positive longitude stays a number");
});

test("search: accents and language optional, cities before countries", () => {
  const p = payload();
  assert.equal(atlas.fold("Gênes-Le Pirée"), "genes le piree");
  assert.deepEqual(atlas.searchPlaces(p, "erevan", "fr").map((r) => r.key), [YEREVAN]);
  assert.deepEqual(atlas.searchPlaces(p, "Yerevan", "en").map((r) => r.label), ["Yerevan, Armenia"]);
  assert.deepEqual(atlas.searchPlaces(p, "hamb", "fr").map((r) => r.label), ["Hambourg, Allemagne"]);
  assert.deepEqual(atlas.searchPlaces(p, "ISRAEL", "fr").map((r) => r.key), ["cIL"]);
  assert.deepEqual(atlas.searchPlaces(p, "e", "fr"), []);
});

test("a search result centres the map once, under its own ui revision", () => {
  const p = payload();
  const figure = atlas.mapFigure(p, { ...atlas.defaultState(p), focus: YEREVAN }, []);
  assert.deepEqual(figure.layout.geo.center, { lat: place(p, YEREVAN).lat, lon: place(p, YEREVAN).lon });
  assert.equal(figure.layout.uirevision, "focus-" + YEREVAN);
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
  const found = atlas.mapFigure(p, { ...atlas.defaultState(p), region: "EU", focus: YEREVAN }, []).layout;
  assert.equal(found.uirevision, "focus-" + YEREVAN);
});

test("a crowded timeline lane shows one mark per year, and a click on it goes to that year", () => {
  const p = payload();
  const many = Array.from({ length: 450 }, (_, i) => made({
    id: "X" + i, category: "event", start: String(1990 + (i % 3)), start_precision: "year", country: "FR", place: HOME,
  }));
  const big = { ...p, relations: p.relations.concat(many), version: "big" };
  const state = { ...atlas.defaultState(big), cats: ["event"] };
  const figure = atlas.timelineFigure(big, state, atlas.timelineRows(big, state));
  const lane = figure.data.find((d) => d.customdata && d.customdata[0].startsWith("year:"));
  assert.deepEqual(lane.customdata, ["year:1990", "year:1991", "year:1992", "year:2013", "year:2021", "year:2024", "year:2025"]);
  assert.ok(lane.hovertext[0].includes("150"));
});

test("text from the data reaches plotly's hover labels as text, never as markup", () => {
  const p = payload();
  p.relations[0].title = { fr: '<a href="javascript:alert(1)">x</a> & <b>y</b>', en: "t" };
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
      p.relations.push({ id: "X" + cat, category: cat, status: "confirmed", start: "2000", start_precision: "year", end: "2030",
        end_precision: "year", country: "DE", place: HAMBURG, title: { fr: "x", en: "x" }, description: { fr: "", en: "" } });
    }
    const state = { ...atlas.defaultState(p), year: 2024, sel: "TW01", theme: theme === "normal" ? undefined : theme };
    const geo = atlas.baseMapFigure(p, state).layout.geo;
    const grounds = [geo.landcolor, geo.oceancolor];
    const figure = atlas.mapFigure(p, state, atlas.visibleRelations(p, state));
    const checked = [];
    for (const trace of figure.data) {
      const opacity = (trace.opacity ?? 1) * (trace.marker?.opacity ?? 1);
      if (trace.type === "choropleth") {
        checked.push(["consulate border", trace.marker.line.color, 1, [geo.landcolor]]);
      } else if (trace.name === "arcs-rest") {
        // the arcs of what is not chosen: faint on purpose (the marks carry the meaning), fainter than the chosen one
        const strong = atlas.look(p, state).map.traces.arcChosen;
        assert.ok(opacity < strong.opacity && trace.line.width < strong.line.width, "a faint arc is fainter");
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
    "Carte des relations internationales de Marseille. En 2024\u00a0: 3 relations en vigueur ou en cours, dans 2 pays. "
    + "Ville jumelle\u00a0: 1 dans 1 pays\u202f; Accord de coopération\u00a0: 1 dans 1 pays\u202f; Grand événement\u00a0: 1. "
    + "La liste des lieux, sous la carte, et le tableau des relations en donnent le détail.");  // the flame: no country
  assert.equal(atlas.timelineDescription(p, state, atlas.timelineRows(p, state)),
    "Frise chronologique\u00a0: 10 relations datées, de 1949 à 2025, une ligne par catégorie\u202f; l'année 2024 est marquée. "
    + "Le tableau des relations en donne le détail.");
  assert.ok(atlas.timelineDescription(p, state, [relation(p, "EV03")]).startsWith("Frise chronologique\u00a0: 1 relation datée,"));
  assert.equal(atlas.timelineDescription(p, state, []), p.strings.fr["timeline.empty"]);
});

test("the list of places shows each place once, by name, with what a click there would select", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2025, mode: "happened" };
  p.relations.push(made({ id: "EV90", category: "event", start: "2025-06", start_precision: "month", country: "AM", place: YEREVAN }));
  const rows = atlas.visibleRelations(p, state);
  const places = atlas.placeList(p, state, rows);
  assert.deepEqual(places.map((x) => x.label), ["Bethléem, Territoires palestiniens", "Erevan, Arménie", "Marseille, France"]);
  const yerevan = places[1];
  assert.deepEqual(yerevan.cats, ["twin_city", "event"]);  // in the categories' order
  assert.equal(yerevan.count, 2);
  assert.equal(yerevan.sel, atlas.relationAtPlace(p, state, YEREVAN));  // as a click on the map
  assert.deepEqual(atlas.placeList(p, { ...state, lang: "en" }, rows).map((x) => x.label),
    ["Bethlehem, Palestinian Territories", "Marseille, France", "Yerevan, Armenia"]);  // sorted in each language
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
  for (let i = 0; i < 450; i += 1) {  // 450 cities: 440 in Germany, 10 in Armenia
    const cc = i < 440 ? "DE" : "AM";
    p.places["x" + i] = { lat: 40 + i / 100, lon: 10 + i / 100, country: cc, iso3: null, region: "EU",
      subregion: "western-europe", is_city: true, name: { fr: "Ville " + i, en: "Town " + i },
      country_name: { fr: cc, en: cc }, distance_km: 1000 };
    p.relations.push({ id: "X" + i, category: "twin_city", status: "confirmed", start: "1990", start_precision: "year",
      country: cc, place: "x" + i, title: { fr: "Jumelage " + i, en: "Twinning " + i }, description: { fr: "", en: "" } });
  }
  const state = { ...atlas.defaultState(p), year: 2000 };
  const rows = atlas.visibleRelations(p, state);
  assert.ok(atlas.placeCount(rows, p).grouped);
  const marks = atlas.mapFigure(p, state, rows).data.find((d) => d.name === "countries");
  assert.ok(marks, "the country marks are drawn");
  assert.equal(marks.lat.length, marks.marker.size.length);
  assert.ok(marks.lat.length >= 2);
  assert.ok(Math.max(...marks.marker.size) > Math.min(...marks.marker.size));  // 440 weigh more than 10
  assert.deepEqual(atlas.labelCandidates(p, state, rows), []);  // country marks: no place names to place
});

test("names on the map: by priority, the chosen one first, none over another name or another mark", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2026 };
  const rows = atlas.visibleRelations(p, state);
  const candidates = atlas.labelCandidates(p, state, rows);
  assert.deepEqual(candidates.map((c) => c.text), ["Erevan", "Bethléem", "Hambourg"]);  // twin cities first, the most held first
  const chosen = atlas.labelCandidates(p, { ...state, sel: "TW01" }, rows);
  assert.equal(chosen[0].text, "Hambourg");  // the chosen place before all
  assert.ok(!candidates.some((c) => c.key === HOME));  // the home city names itself, under its star
  // plain numbers: three marks in a row, 10 px names 40 px wide
  const at = { a: [100, 100], b: [150, 100], c: [100, 140] };
  const list = ["a", "b", "c"].map((k) => ({ key: k, text: k.repeat(4), lon: at[k][0], lat: at[k][1], chosen: false }));
  const marks = Object.entries(at).map(([key, [x, y]]) => ({ key, x, y, r: 5 }));
  const frame = { width: 400, height: 300, lineHeight: 10, most: 10 };
  const placed = atlas.placeLabels(list, (lon, lat) => [lon, lat], marks, () => 40, frame);
  const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) assert.ok(!overlap(a, b), `${a.key} and ${b.key}`);
    for (const m of marks.filter((mark) => mark.key !== a.key)) {
      const nx = Math.max(a.x, Math.min(m.x, a.x + a.w));
      const ny = Math.max(a.y, Math.min(m.y, a.y + a.h));
      assert.ok((m.x - nx) ** 2 + (m.y - ny) ** 2 >= m.r ** 2, `${a.key} covers ${m.key}`);
    }
  }
  assert.equal(placed.find((n) => n.key === "a").side, "left");  // its right is taken by b's mark
  assert.equal(atlas.placeLabels(list, (lon, lat) => [lon, lat], marks, () => 40, { ...frame, most: 1 }).length, 1);
  assert.equal(atlas.placeLabels(list, () => null, marks, () => 40, frame).length, 0);  // nothing on the map, no name
});

test("a framed view widens to its box's shape, so the map fills it; a view without a frame is left alone", () => {
  const geo = () => ({ lonaxis: { range: [-25, 60] }, lataxis: { range: [2, 64] } });
  const wide = atlas.fitFrame(geo(), 900, 400);
  assert.deepEqual(wide.lataxis.range, [2, 64]);
  assert.ok(wide.lonaxis.range[0] < -25 && wide.lonaxis.range[1] > 60);
  assert.ok(Math.abs((wide.lonaxis.range[0] + wide.lonaxis.range[1]) / 2 - 17.5) < 1e-9);  // around its middle
  const tall = atlas.fitFrame(geo(), 375, 450);
  assert.deepEqual(tall.lonaxis.range, [-25, 60]);
  assert.ok(tall.lataxis.range[0] < 2 && tall.lataxis.range[1] > 64 && tall.lataxis.range[1] <= 90);
  assert.deepEqual(atlas.fitFrame({ projection: { scale: 2 } }, 900, 400), { projection: { scale: 2 } });
});

test("the year histogram counts what began or happened each year, in the chosen categories and region", () => {
  const p = payload();
  const counts = atlas.yearCounts(p, atlas.defaultState(p));
  assert.equal(counts.length, p.years[1] - p.years[0] + 1);
  const at = (year, state = atlas.defaultState(p)) => atlas.yearCounts(p, state)[year - p.years[0]];
  assert.equal(at(1958), 1);  // Hamburg
  assert.equal(at(2025), 3);  // Yerevan's twinning, Bethlehem, India's consulate
  assert.equal(at(2021), 1);  // the IUCN congress, once though it ran over days
  assert.equal(at(2016), 0);  // a consulate closing is not a beginning
  assert.equal(counts.reduce((a, b) => a + b, 0), p.relations.filter((r) => r.start).length);  // undated: none
  assert.equal(at(2025, { ...atlas.defaultState(p), cats: ["event"] }), 1);
  assert.equal(at(2025, { ...atlas.defaultState(p), region: "EU" }), 1);
});

test("a span of years (a still chapter that plays a range) shows what any of its years shows", () => {
  const p = payload();
  const base = { ...atlas.defaultState(p), year: 2016 };
  const years = [2013, 2014, 2015, 2016];
  const union = new Set(years.flatMap((year) => atlas.visibleRelations(p, { ...base, year }).map((r) => r.id)));
  const span = atlas.visibleRelations(p, { ...base, year: 2016, from: 2013 }).map((r) => r.id);
  assert.deepEqual(new Set(span), union);
  const happened = new Set(years.flatMap((year) => atlas.visibleRelations(p, { ...base, mode: "happened", year }).map((r) => r.id)));
  assert.deepEqual(new Set(atlas.visibleRelations(p, { ...base, mode: "happened", from: 2013 }).map((r) => r.id)), happened);
});
