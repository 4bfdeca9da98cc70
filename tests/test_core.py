"""The pure core on tiny inputs: dates, cell parsers, gazetteer, geography, export."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from dashboard import fields, geo
from dashboard.dataset import load_dataset, plain_records
from dashboard.dates import PartialDate, build_date, ends_before_start
from dashboard.export import relations_geojson
from dashboard.gazetteer import default_gazetteer, normalise
from dashboard.geocode import country_point

from .conftest import HOME_LAT, HOME_LON


@pytest.mark.parametrize(
    ("parts", "iso", "precision", "first", "last"),
    [
        ((1958, None, None), "1958", "year", "1958-01-01", "1958-12-31"),
        ((2024, 2, None), "2024-02", "month", "2024-02-01", "2024-02-29"),
        ((2024, 5, 8), "2024-05-08", "day", "2024-05-08", "2024-05-08"),
    ],
)
def test_partial_dates_keep_their_precision(parts, iso, precision, first, last):
    date = PartialDate(*parts)
    assert (date.iso(), date.precision) == (iso, precision)
    assert (date.first_day().isoformat(), date.last_day().isoformat()) == (first, last)
    assert PartialDate.from_iso(iso) == date


def test_end_before_start_allows_overlapping_precisions():
    assert not ends_before_start(PartialDate(2016), PartialDate(2016, 11, 7))
    assert not ends_before_start(PartialDate(2016, 8), PartialDate(2016))
    assert ends_before_start(PartialDate(2016, 8), PartialDate(2016, 7, 31))


def test_build_date_names_the_part_to_fix():
    date, why, part = build_date(None, 5, None)
    assert (date, why.text("en"), part) == (None, "a month or day is given without a year", "year")
    date, why, part = build_date(2023, 2, 29)
    assert (date, why.text("en"), why.text("fr"), part) == (None, "2023-02 has no day 29",
                                                            "le mois 2023-02 n'a pas de jour 29", "day")
    assert build_date(None, None, None) == (None, None, "")


@pytest.mark.parametrize(("cell", "value"), [("15000", 15000), ("15 000", 15000), ("15\u202f000", 15000)])
def test_counts_accept_spaced_thousands(cell, value):
    assert fields.parse_count(cell) == value


def test_coordinates_accept_a_decimal_comma():
    assert fields.parse_latitude("43,2965") == pytest.approx(43.2965)
    with pytest.raises(fields.CellError, match="between -90 and 90"):
        fields.parse_latitude("143.2")


@pytest.mark.parametrize(
    ("name", "country", "found"),
    [("Erevan", "AM", "Yerevan"), ("Yerevan", "AM", "Yerevan"), ("Gênes", "IT", "Genoa"), ("genes", "IT", "Genoa"),
     ("Genoa", "IT", "Genoa"), ("Le Pirée", "GR", "Piraeus"), ("Anvers", "BE", "Antwerp"), ("Kiev", "UA", "Kyiv"),
     ("Odessa", "UA", "Odesa"), ("Valparaiso", "CL", "Valparaíso"), ("marrakech", "MA", "Marrakesh")],
)
def test_gazetteer_matches_names_in_several_languages(name, country, found):
    assert default_gazetteer().find(name, country).name == found


def test_gazetteer_is_exact_within_the_country():
    gazetteer = default_gazetteer()
    assert gazetteer.find("Odessa", "US").country == "US"  # Texas, not Ukraine
    assert gazetteer.find("Genoa", "FR") is None
    assert gazetteer.find("Gennoa", "IT") is None
    assert gazetteer.suggest("Marseile", "FR")[0] == "Marseille"


def test_gazetteer_knows_marseille_where_the_atlas_puts_it():
    marseille = default_gazetteer().find("Marseille", "FR")
    assert (marseille.lat, marseille.lon) == (HOME_LAT, HOME_LON)


def test_normalise_folds_case_accents_and_punctuation():
    assert normalise("Saint-Étienne") == normalise("saint etienne") == "saint etienne"


def test_great_circle_distance():
    paris = geo.distance_km_from(HOME_LAT, HOME_LON, 48.8566, 2.3522)
    assert paris == pytest.approx(661, abs=2)
    assert geo.haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * geo.EARTH_RADIUS_KM)


def test_points_in_out_and_near_their_country():
    km = geo.km_outside_country(
        [43.29695, 41.90268, 45.0, -12.78234, 10.0],
        [5.38107, 12.45414, 9.0, 45.22878, -30.0],
        ["FRA", "VAT", "FRA", "MYT", "MYT"],
    )
    assert km[0] == 0  # Marseille, inside France
    assert 0 < km[1] < 25  # Vatican City: the country is smaller than the basemap can draw
    assert km[2] > 100  # a point in Italy declared French
    assert km[3] < 25  # Mayotte has no polygon: checked against land
    assert km[4] > 500  # open Atlantic


def test_country_points_come_from_the_basemap_or_the_capital():
    gazetteer = default_gazetteer()
    lat, lon = country_point("IL", gazetteer)
    assert geo.km_outside_country([lat], [lon], ["ISR"])[0] == 0  # label point moved inside when needed
    assert country_point("YT", gazetteer) == (-12.78234, 45.22878)  # Mamoudzou


def test_geojson_selects_by_category_and_id_and_leaves_out_what_has_no_place():
    dataset = load_dataset()
    aid = relations_geojson(dataset, categories=["aid"])["features"]
    assert aid and {f["properties"]["category"] for f in aid} == {"aid"}
    chosen = relations_geojson(dataset, ids=["TW01", "NE05"])["features"]
    assert [f["properties"]["id"] for f in chosen] == ["TW01"]  # a network with no place has no point
    everything = relations_geojson(dataset)["features"]
    assert len(everything) == sum(1 for r in plain_records(dataset.relations) if r["venue_lat"] is not None)


def test_countries_across_the_antimeridian_stay_whole():
    """Planar geometry would turn Russia inside out at 180°: Vorkuta and Anadyr must be in Russia."""
    km = geo.km_outside_country([67.5, 64.73, -17.8, 55.75], [64.0, 177.5, 178.0, 37.62], ["RUS", "RUS", "FJI", "RUS"])
    assert km.tolist() == pytest.approx([0, 0, 0, 0], abs=2)


def test_repeated_places_are_checked_once_and_mapped_back():
    km = geo.km_outside_country([45.0, 43.29695, 45.0], [9.0, 5.38107, 9.0], ["FRA", "FRA", "FRA"])
    assert km[0] == km[2] > 100 and km[1] == 0


def test_cache_survives_a_corrupt_file(tmp_path, monkeypatch):
    from dashboard import cache

    monkeypatch.setenv("ATLAS_CACHE_DIR", str(tmp_path))
    assert cache.cached("thing", "k1", lambda: {"a": 1}) == {"a": 1}
    (written,) = tmp_path.glob("thing-*.pickle")
    assert cache.cached("thing", "k1", lambda: {"a": 2}) == {"a": 1}  # read back, not rebuilt
    written.write_bytes(b"not a pickle")
    assert cache.cached("thing", "k1", lambda: {"a": 3}) == {"a": 3}  # rebuilt
    assert cache.cached("thing", "k2", lambda: {"a": 4}) == {"a": 4}  # another key, another file


def test_the_visibility_rule_holds_the_cases_the_browser_holds():
    """The same cases as tests/js (assets/src/core.mjs shownIn): one rule, two languages."""
    import json

    from dashboard.visibility import shown_in

    fixture = json.loads((Path(__file__).parent / "fixtures" / "visibility.json").read_text(encoding="utf-8"))
    for case in fixture["cases"]:
        span = (case["start"], case["end"])
        shown = shown_in(span, case["lasting"], case["year"], case["mode"], fixture["last_year"])
        assert shown is case["shown"], case["why"]


def test_names_fold_as_the_page_search_folds_them():
    """The same cases as tests/js (assets/src/core.mjs fold): one folding, two languages."""
    import json

    from dashboard.gazetteer import normalise

    fixture = json.loads((Path(__file__).parent / "fixtures" / "folding.json").read_text(encoding="utf-8"))
    for case in fixture["cases"]:
        assert normalise(case["name"]) == case["folded"], case["why"]
