"""The payload on the wire (dashboard/wire.py): packed, then unpacked, it is the payload again, on the real
data and on a synthetic one where every relation's country is its place's."""

import json

import pytest

from dashboard.config import DEFAULT_DATA_DIR
from dashboard.dataset import load_dataset
from dashboard.view import view_payload
from dashboard.wire import BY_COUNTRY, FROM_PLACE, TABLE, pack, payload_json, unpack
from scripts.bench_pipeline import generate


def without_empty(payload: dict) -> dict:
    """The payload as JSON carries it, each record without its empty values (the browser leaves them out)."""
    payload = json.loads(json.dumps(payload))
    payload["relations"] = [{k: v for k, v in rel.items() if v is not None} for rel in payload["relations"]]
    payload["places"] = {key: {k: v for k, v in place.items() if v is not None}
                         for key, place in payload["places"].items()}
    return payload


@pytest.fixture(scope="module")
def real_payload():
    return view_payload(load_dataset(DEFAULT_DATA_DIR), "v")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return view_payload(load_dataset(generate(tmp_path_factory.mktemp("synthetic"), 600)), "v")


def test_the_real_payload_comes_back_whole(real_payload):
    assert without_empty(unpack(json.loads(payload_json(real_payload)))) == without_empty(real_payload)
    packed = pack(real_payload)
    assert set(packed["places"][BY_COUNTRY]) == {"iso3", "region", "subregion", "country_name"}
    assert all(isinstance(n, int) for n in packed["relations"][TABLE]["place"] if n not in (None, ""))


def test_a_synthetic_payload_comes_back_whole_with_countries_from_places(synthetic):
    packed = pack(synthetic)
    assert packed["relations"][FROM_PLACE] == ["country"]
    kept = [c for c in packed["relations"][TABLE]["country"] if c is not None]
    assert len(kept) < len(synthetic["relations"]) / 4  # written only where the place does not say it
    assert without_empty(unpack(json.loads(payload_json(synthetic)))) == without_empty(synthetic)
