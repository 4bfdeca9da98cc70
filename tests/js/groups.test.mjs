// No mark hidden under another (assets/src/groups.mjs): marks that overlap at the current zoom become one
// group mark; a place's marks of several categories stand side by side; a group opens to its list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as atlas from "../../assets/src/core.mjs";

const TINY = readFileSync(new URL("../fixtures/tiny-payload.json", import.meta.url), "utf-8");
const payload = () => JSON.parse(TINY);
const HAMBURG = "g2911298";
const YEREVAN = "g616052";
const radius = (n) => 8 + n;

test("marks that touch form a group anchored on the first; marks apart stay alone", () => {
  const marks = [{ key: "a", x: 0, y: 0, r: 5 }, { key: "b", x: 6, y: 0, r: 5 }, { key: "c", x: 100, y: 0, r: 5 }];
  const groups = atlas.overlapping(marks, radius);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].members.map((m) => m.key), ["a", "b"]);
  assert.deepEqual([groups[0].x, groups[0].y], [0, 0]);
  assert.equal(groups[0].r, radius(2));
  assert.deepEqual(atlas.overlapping([{ key: "a", x: 0, y: 0, r: 5 }, { key: "b", x: 10, y: 0, r: 5 }], radius), []);
});

test("groups that grow into each other merge, until none overlaps", () => {
  // a and b group (radius 10 at two); c and d group 18 px away; the two groups then touch and merge
  const marks = [{ key: "a", x: 0, y: 0, r: 5 }, { key: "c", x: 18, y: 0, r: 5 }, { key: "b", x: -6, y: 0, r: 5 },
    { key: "d", x: 24, y: 0, r: 5 }];
  const groups = atlas.overlapping(marks, radius);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].members.map((m) => m.key).sort(), ["a", "b", "c", "d"]);
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = i + 1; j < groups.length; j += 1) {
      assert.ok(Math.hypot(groups[i].x - groups[j].x, groups[i].y - groups[j].y) >= groups[i].r + groups[j].r);
    }
  }
});

test("the map draws a group mark for places that would overlap, and its click names their places", () => {
  const p = payload();
  const state = atlas.defaultState(p);
  const rows = atlas.visibleRelations(p, state);
  // a zoom so far out that Hamburg and Yerevan fall on the same pixel
  const project = () => [100, 100];
  project.invert = () => null;
  const figure = atlas.mapFigure(p, state, rows, project);
  const group = figure.data.find((t) => t.name === "groups");
  assert.ok(group, "a group mark");
  const places = atlas.groupPlaces(group.customdata[0]);
  assert.ok(places.includes(HAMBURG) && places.includes(YEREVAN), places);
  assert.deepEqual(figure.groups[0], places);
  const marks = figure.data.find((t) => t.name === "places");
  assert.ok(!marks || !marks.customdata.some((key) => places.includes(key)), "a grouped place has no mark of its own");
  // without a projection (a view not drawn yet) every mark is drawn, none grouped
  const plain = atlas.mapFigure(p, state, rows);
  assert.ok(!plain.data.some((t) => t.name === "groups"));
  assert.deepEqual(plain.groups, []);
});

test("a group's list opens in place of a choice, and any other choice closes it", () => {
  const p = payload();
  const state = atlas.defaultState(p);
  const open = atlas.applyPatch(p, { ...state, sel: "TW01" }, { group: [HAMBURG, YEREVAN, "nowhere"] });
  assert.deepEqual(open.group, [HAMBURG, YEREVAN]);
  assert.equal(open.sel, "");
  assert.equal(atlas.applyPatch(p, open, { year: 2000 }).group.length, 2);  // a year change keeps it open
  assert.equal(atlas.applyPatch(p, open, { sel: "TW01" }).group, undefined);
  assert.equal(atlas.applyPatch(p, open, { at: "home" }).group, undefined);
  assert.equal(atlas.toSearch(open, p), atlas.toSearch(state, p));  // not in the address: it depends on the zoom
  assert.equal(atlas.groupPlaces(HAMBURG), null);
});

test("a group mark is named as a group at its mark, by its two first places and how many more, never by one", () => {
  const p = payload();
  const state = { ...atlas.defaultState(p), year: 2026 };
  const rows = atlas.visibleRelations(p, state);
  const keys = atlas.labelCandidates(p, state, rows).map((c) => c.key);
  const three = atlas.labelCandidates(p, state, rows, [[keys[1], keys[0], keys[2]]]);
  assert.equal(three.length, 1);
  assert.equal(three[0].key, "@group:" + [keys[1], keys[0], keys[2]].join(","));  // the group mark's own key
  assert.equal(three[0].text, "Bethléem, Erevan +1");
  const place = p.places[keys[1]];
  assert.deepEqual([three[0].lon, three[0].lat], [place.lon, place.lat]);  // at the group's anchor
  const two = atlas.labelCandidates(p, state, rows, [[keys[0], keys[2]]]);
  assert.deepEqual(two.map((c) => c.text).sort(), ["Bethléem", "Erevan, Hambourg"]);
  assert.equal(atlas.labelCandidates(p, { ...state, lang: "en" }, rows, [[keys[1], keys[0], keys[2]]])[0].text, "Bethlehem, Yerevan +1");
});
