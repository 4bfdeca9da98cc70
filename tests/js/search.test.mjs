// The search that gathers a story (assets/src/search.mjs) and the choice that shows it (state.mjs
// revealPatch), on the tiny payload Python writes: node --test tests/js
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as atlas from "../../assets/src/core.mjs";

const TINY = readFileSync(new URL("../fixtures/tiny-payload.json", import.meta.url), "utf-8");
const payload = () => JSON.parse(TINY);
const ids = (found) => found.relations.map((r) => r.id);

test("a country's name gathers everything tied to it: drawn there, held with a partner there, or named", () => {
  const p = payload();
  const india = atlas.searchAll(p, "Inde", "fr");
  assert.deepEqual(india.places.map((x) => x.key), ["vconsulat_inde", "cIN"]);  // the spot is named for it too
  // held at India's consulate in Marseille, with India as partner: found by its partner, drawn elsewhere
  assert.deepEqual(ids(india), ["EV17"]);
  assert.equal(india.relations[0].where, "Consulat général de l'Inde, 397 avenue du Prado, Marseille");
  // the same in English, without accents, in any case
  assert.deepEqual(ids(atlas.searchAll(p, "india", "en")), ["EV17"]);
  assert.deepEqual(ids(atlas.searchAll(p, "VATICAN", "fr")), ["EV12"]);  // the Pope's visit, at the Pharo
  const armenia = atlas.searchAll(p, "armenie", "fr");
  assert.deepEqual(ids(armenia), ["CA03", "TW16"]);  // oldest first: the story in order
  assert.deepEqual(armenia.places.map((x) => x.label), ["Erevan, Arménie"]);
});

test("names in French, in English, with or without accents, and the names a place is also known by", () => {
  const p = payload();
  p.places.g2911298.aka = ["Hamburgo"];  // the gazetteer's or the keepers' spelling
  for (const query of ["Hambourg", "hamburg", "Hamburgo", "hamb"]) {
    assert.deepEqual(atlas.searchAll(p, query, "fr").places.map((x) => x.key), ["g2911298"], query);
  }
  p.places.g2911298.name = { fr: "Séville", en: "Seville" };
  p.places.g2911298.aka = ["Sevilla"];
  for (const query of ["Séville", "seville", "Sevilla", "SÉVILLE"]) {
    assert.deepEqual(ids(atlas.searchAll(p, query, "fr")), ["TW01"], query);
  }
  assert.deepEqual(atlas.searchAll(p, "e", "fr"), { places: [], relations: [] });  // one letter finds nothing
  assert.deepEqual(atlas.searchAll(p, "Atlantide", "fr"), { places: [], relations: [] });
});

test("a title's words find a relation with no place of its own", () => {
  const p = payload();
  assert.deepEqual(ids(atlas.searchAll(p, "flamme olympique", "fr")), ["EV13"]);
  assert.deepEqual(ids(atlas.searchAll(p, "olympic", "en")), ["EV13"]);
});

test("choosing a result from another time puts it on the map: its year, its category, every region", () => {
  const p = payload();
  const now = atlas.defaultState(p);  // 2026, in force, every category
  assert.deepEqual(atlas.revealPatch(p, now, "TW01"), { sel: "TW01", reveal: true });  // in force: nothing else moves
  assert.deepEqual(atlas.revealPatch(p, now, "EV13"), { sel: "EV13", reveal: true, year: 2024 });  // an event of 2024
  const narrowed = Object.assign({}, now, { cats: ["twin_city"], region: "AS" });
  const patch = atlas.revealPatch(p, narrowed, "EV17");
  assert.deepEqual(patch, { sel: "EV17", reveal: true, cats: ["twin_city", "event"], region: "", year: 2025 });
  const shown = atlas.applyPatch(p, narrowed, patch);
  assert.ok(atlas.visibleRelations(p, shown).some((r) => r.id === "EV17"));
  assert.deepEqual(atlas.revealPatch(p, now, "nothing"), { sel: "nothing", reveal: true });  // applyPatch refuses it
});
