"""The contract between the two halves: the payload's schema (dashboard/contract.py), and the fixtures and
types the browser side reads are what the Python that owns them writes today."""

from __future__ import annotations

import copy
import json

import pytest
from pydantic import ValidationError

from dashboard.contract import check_payload
from dashboard.dataset import load_dataset
from dashboard.view import view_payload
from scripts.write_fixtures import FIXTURE_MAKERS, FIXTURES, TYPES, payload_types, render


@pytest.mark.parametrize("name", sorted(FIXTURE_MAKERS))
def test_the_committed_fixture_is_up_to_date(name):
    committed = (FIXTURES / name).read_text(encoding="utf-8")
    assert committed == render(name), f"tests/fixtures/{name} is stale: run scripts/write_fixtures.py"


def test_the_browser_types_are_the_contract():
    stale = "assets/src/payload.d.ts is stale: run scripts/write_fixtures.py"
    assert TYPES.read_text(encoding="utf-8") == payload_types(), stale


@pytest.fixture(scope="module")
def payload():
    return json.loads(json.dumps(view_payload(load_dataset(), "v")))


def test_the_bundled_data_keeps_the_contract(payload):
    check_payload(payload)
    assert len(payload["relations"]) > 100


def test_names_say_what_they_are(payload):
    """No one- or two-letter keys: a reader of the payload (or of the browser code) knows what each is."""
    def keys(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                yield key
                yield from keys(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from keys(inner)
    data = {k: v for k, v in payload.items() if k not in ("plotly", "strings", "places", "milestones", "stories")}
    data["place"] = next(iter(payload["places"].values()))
    short = {k for k in keys(data) if len(k) <= 2} - {"id", "fr", "en"}
    assert not short


@pytest.mark.parametrize("breaks", [
    lambda p: p["relations"][0].update(s="1958"),  # an old short key
    lambda p: p["relations"][0].pop("category"),  # a required key missing
    lambda p: p["relations"][0].update(start=1958),  # a date as a number
    lambda p: p["places"][next(iter(p["places"]))].update(lat="43.3"),  # a coordinate as text
    lambda p: p["figures"][0].update(as_of="2025"),
    lambda p: p["categoryInfo"]["twin_city"].update(layer="area"),  # not a layer the browser draws
    lambda p: p["stories"].update(x=[{"chapter": 1}]),
])
def test_a_payload_that_leaves_the_contract_is_refused_with_its_path(payload, breaks):
    broken = copy.deepcopy(payload)
    breaks(broken)
    with pytest.raises(ValidationError) as caught:
        check_payload(broken)
    assert caught.value.errors()[0]["loc"][0] in ("relations", "places", "figures", "categoryInfo", "stories")
