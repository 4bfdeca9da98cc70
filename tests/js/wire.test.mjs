// The payload on the wire (dashboard/wire.py packs it, assets/src/wire.mjs unpacks it): the same records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { unpack } from "../../assets/src/wire.mjs";

const read = (name) => JSON.parse(readFileSync(new URL("../fixtures/" + name, import.meta.url), "utf-8"));

/** A record without its empty values: the payload leaves them out (a place's missing iso3 is null there). */
const withoutEmpty = (record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));

test("what Python packs, the browser unpacks into the same relations and places", () => {
  const payload = read("tiny-payload.json");
  const wire = read("tiny-payload-packed.json");
  assert.ok(!Array.isArray(wire.relations) && wire.relations["@columns"]);
  const back = unpack(wire);
  assert.deepEqual(back.relations, payload.relations.map(withoutEmpty));
  assert.deepEqual(Object.keys(back.places), Object.keys(payload.places));  // in the same order
  for (const key of Object.keys(payload.places)) assert.deepEqual(back.places[key], withoutEmpty(payload.places[key]));
  assert.deepEqual(back.strings, payload.strings);  // the rest as it was
  assert.equal(unpack(payload), payload);  // a payload that was not packed is taken as it is
});
