"""One GeoJSON format: the CLI's (dashboard/export.py) and the page's download (assets/src/downloads.mjs)
give the same features for the same payload."""

from __future__ import annotations

import json
import subprocess

from dashboard.export import payload_geojson
from scripts.write_fixtures import FIXTURES

from .conftest import ROOT

NODE_GEOJSON = """
import { readFileSync } from "node:fs";
import * as core from "%s";
const payload = JSON.parse(readFileSync(%s, "utf-8"));
const state = core.defaultState(payload);
process.stdout.write(JSON.stringify(core.toGeoJSON(payload, state, payload.relations)));
"""


def browser_geojson(payload_file) -> dict:
    script = NODE_GEOJSON % ((ROOT / "assets" / "src" / "core.mjs").as_uri(), json.dumps(str(payload_file)))
    done = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True,
                          timeout=60, check=True)
    return json.loads(done.stdout)


def test_the_page_and_the_cli_write_the_same_geojson(tmp_path):
    fixture = FIXTURES / "tiny-payload.json"
    payload = json.loads(fixture.read_text(encoding="utf-8"))
    python = payload_geojson(payload)
    assert python == browser_geojson(fixture)
    assert len(python["features"]) == len(payload["relations"])  # every tiny relation has a place
    # a relation with empty texts and no place: the same on both sides, and left out
    payload["relations"][0]["description"] = {}
    payload["relations"].append({"id": "ZZ", "category": "event", "status": "confirmed", "title": {"fr": "x"},
                                 "description": {}})
    changed = tmp_path / "payload.json"
    changed.write_text(json.dumps(payload), encoding="utf-8")
    assert payload_geojson(payload) == browser_geojson(changed)
    assert payload_geojson(payload)["features"][0]["properties"]["description_en"] is None


def test_a_thing_is_where_it_happened_with_its_partner_in_every_language():
    payload = json.loads((FIXTURES / "tiny-payload.json").read_text(encoding="utf-8"))
    features = {f["properties"]["id"]: f for f in payload_geojson(payload)["features"]}
    india = features["EV17"]  # India's consulate opened, at its address in Marseille
    venue = payload["places"]["vconsulat_inde"]
    assert india["geometry"]["coordinates"] == [venue["lon"], venue["lat"]]
    props = india["properties"]
    assert (props["partner_fr"], props["partner_en"]) == ("Inde", "India")
    assert props["where_fr"].startswith("Consulat général de l'Inde") and props["where_fr"].endswith(", Marseille")
    india_point = payload["places"]["cIN"]
    assert (props["partner_lat"], props["partner_lon"]) == (india_point["lat"], india_point["lon"])
    pope = features["EV12"]["properties"]  # the Pope's visit, at the Pharo, with a city-state
    assert (pope["partner_en"], pope["where_en"]) == ("Vatican City", "Palais du Pharo, Marseille")  # named once
    hamburg = features["TW01"]["properties"]
    assert (hamburg["title_fr"], hamburg["title_en"]) == ("Jumelage avec Hambourg", "Twinning with Hamburg")
    assert hamburg["start"] == "1958-07-11" and hamburg["start_precision"] == "day" and hamburg["end"] is None
    assert isinstance(hamburg["sources"], list) and hamburg["sources"]
