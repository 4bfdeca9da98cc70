"""The bundled dataset: every fact of the City's page, every sourced reference row, every point placed right."""

from __future__ import annotations

import csv
import difflib
from pathlib import Path

import pytest

from dashboard.config import CITY_PAGE_URL, MARSEILLE_LAT, MARSEILLE_LON
from dashboard.dataset import load_dataset, plain_records
from dashboard.summary import counts_by_category, official_vs_data

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
needs_reference = pytest.mark.skipif(not (REFERENCE / "relations.csv").exists(),
                                     reason="the shared research notes are not beside this checkout")


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


@pytest.fixture(scope="module")
def rows(dataset):
    return {r["id"]: r for r in plain_records(dataset.relations)}


def reference_rows() -> dict[str, dict]:
    with (REFERENCE / "relations.csv").open(encoding="utf-8") as handle:
        return {r["id"]: r for r in csv.DictReader(handle)}


def test_counts_per_category(dataset):
    counts = {c.category: (c.relations, c.mapped) for c in counts_by_category(dataset)}
    assert counts == {
        "twin_city": (17, 17), "cooperation": (17, 17), "consulate": (23, 23), "aid": (12, 12),
        "event": (18, 18), "visit": (20, 20), "network": (9, 6), "climate": (3, 1),
        "commemoration": (6, 6), "statement": (2, 2), "recognition": (3, 2),
    }


def test_every_row_is_sourced_and_city_page_rows_cite_the_page(dataset):
    for row in plain_records(dataset.relations):
        assert row["sources"], row["id"]
        assert all(url.startswith(("http://", "https://")) for url in row["sources"]), row["id"]
        if row["status"] == "city_page":
            assert CITY_PAGE_URL in row["sources"], row["id"]


def test_every_point_lies_in_its_country(dataset):
    mapped = dataset.relations[dataset.relations["lat"].notna() & dataset.relations["country"].notna()]
    assert len(mapped) == 124
    assert (mapped["km_outside"] <= 25).all(), mapped.loc[mapped["km_outside"] > 25, ["id", "km_outside"]]


def test_no_coordinate_is_typed_by_hand(dataset):
    """Every point comes from the gazetteer or the basemap: none invented."""
    assert set(dataset.relations["geo_method"]) == {"gazetteer", "country", "unmapped"}


def test_marseille_is_where_the_config_says(rows):
    event = rows["EV13"]
    assert (event["lat"], event["lon"], event["distance_km"]) == (MARSEILLE_LAT, MARSEILLE_LON, 0)


# Each fact stated on the City's page, and the row that holds it.
CITY_PAGE_FACTS = [
    ("Pope Francis, 22-23 September 2023", "EV12", {"start": "2023-09-22", "end": "2023-09-23"}),
    ("Olympic flame, 150,000 people", "EV13", {"people": 150000, "start": "2024-05-08"}),
    ("Olympic Games (football)", "EV14", {"start": "2024-07-24"}),
    ("Olympic Games (sailing)", "EV15", {"start": "2024-07-28"}),
    ("Brazilian consulate general again", "CO12", {"country": "BR", "consular_rank": "general"}),
    ("Indian consulate general, 2025", "CO13", {"country": "IN", "start": "2025-02-12"}),
    ("Naples twinning", "TW15", {"city": "Naples", "category": "twin_city"}),
    ("Yerevan twinning, 2025", "TW16", {"start": "2025-05-05", "category": "twin_city"}),
    ("Mayor's visit to Yerevan, May 2025", "VI18", {"start": "2025-05-02"}),
    ("Algiers, 2024 visit", "VI14", {"start": "2024-05-12", "city": "Algiers"}),
    ("Dakar 2024: schools and health", "VI16", {"start": "2024-12-02", "city": "Dakar"}),
    ("Kyiv support", "CA12", {"city": "Kyiv"}),
    ("Odesa twinning", "TW09", {"city": "Odesa"}),
    ("Ukraine collection", "AI02", {"country": "UA"}),
    ("Mayor meets Zelensky", "VI11", {"city": "Kyiv"}),
    ("Mattarella visit, February 2025", "EV16", {"start": "2025-02-05"}),
    ("IUCN World Conservation Congress", "EV07", {"start": "2021-09-03"}),
    ("Med SECA", "CL03", {"start": "2022-12-15"}),
    ("Climate Chance Europe-Africa, 2025", "EV18", {"start": "2025-03-31"}),
    ("7 October 2023 condemnation", "ST01", {"start": "2023-10-07", "status": "city_page"}),
    ("18 October 2023 call", "ST02", {"start": "2023-10-18", "status": "city_page"}),
    ("Gaza grants", "AI08", {"amount_eur": 80000}),
    ("Gaza grants", "AI09", {"amount_eur": 80000}),
    ("Gaza grants", "AI12", {"amount_eur": 100000}),
    ("Haifa twinning", "TW06", {"city": "Haifa"}),
    ("Twinning with a city in Palestine", "TW17", {"country": "PS", "city": "Bethlehem"}),
    ("Florence charter, February 2022", "EV08", {"start": "2022-02-26", "city": "Florence"}),
    ("Beirut, August 2020", "AI01", {"start": "2020-08-05", "city": "Beirut"}),
    ("Syria earthquake, February 2023", "AI06", {"country": "SY", "start": "2023-02-16"}),
    ("Türkiye earthquake, February 2023", "AI05", {"country": "TR", "start": "2023-02-16"}),
    ("Chile fires, 2023", "AI04", {"country": "CL", "start": "2023-02-13"}),
    ("Lachin corridor, 15,000 euros", "AI07", {"amount_eur": 15000}),
    ("Mayotte, storm Chido 2024", "AI10", {"country": "YT", "start": "2024-12-17"}),
    ("Round-ups commemorated, January 2023", "CM02", {"start": "2023-01", "status": "city_page"}),
    ("Round-ups story in Hamburg, autumn 2025", "CM05", {"city": "Hamburg", "start": "2025"}),
    ("110 years of the Armenian genocide", "CM06", {"start": "2025-04", "status": "city_page"}),
    ("Time Out 2024", "RE01", {"start": "2024"}),
    ("The Guardian", "RE02", {"country": "GB"}),
    ("The New York Times", "RE03", {"country": "US"}),
]


@pytest.mark.parametrize(("fact", "relation_id", "expected"), CITY_PAGE_FACTS, ids=[f[0] for f in CITY_PAGE_FACTS])
def test_city_page_fact_is_in_the_dataset(rows, fact, relation_id, expected):
    row = rows[relation_id]
    assert {key: row[key] for key in expected} == expected, fact


def test_city_page_figures_are_in_the_dataset(dataset):
    figures = {f["id"]: f for f in dataset.figures}
    assert (figures["OF03"]["value"], figures["OF03"]["label_en"]) == (29, "bilateral cooperation agreements")
    assert figures["OF08"]["value"] == 150000
    assert figures["OF07"]["display_fr"] == "première place consulaire du pays"
    assert figures["OF10"]["display_fr"] == "3e destination de France"


def test_official_figures_beside_what_the_data_holds(dataset):
    compared = {c.figure["id"]: (c.figure["value"], c.in_data) for c in official_vs_data(dataset)}
    assert compared["OF02"] == (17, 17)  # twinning oaths: all found
    assert compared["OF03"] == (29, 16)  # cooperation: "29 agreements, 16 on the map"
    assert compared["OF01"] == (46, 27)
    assert compared["OF06"] == (75, 19)  # consular posts still open in the data
    assert compared["OF08"] == (150000, 150000)


def test_consulates_that_closed_have_their_end(rows):
    assert (rows["CO03"]["end"], rows["CO03"]["end_precision"]) == ("2016-11-07", "day")
    assert (rows["CO05"]["end"], rows["CO05"]["end_precision"]) == ("2016-08", "month")
    japan = sorted((rows[i]["start"], rows[i]["end"]) for i in ("CO30", "CO31", "CO04"))
    assert japan == [("1874", "1883"), ("1919", "1944"), ("1979", None)]


def test_yerevan_has_several_relations_over_time(dataset):
    yerevan = dataset.relations[dataset.relations["place_name"] == "Yerevan"]
    assert set(yerevan["category"]) == {"cooperation", "twin_city", "visit", "commemoration"}
    assert sorted(yerevan["start"].dropna())[0] == "1992-06"


def test_naples_keeps_both_dates(dataset):
    naples = dataset.milestones[dataset.milestones["relation_id"] == "TW15"]
    assert sorted(zip(naples["date"], naples["status"], strict=True)) == [
        ("2024-09", "confirmed"), ("2024-10-18", "confirmed"), ("2025", "city_page")]


# --- against the research notes ------------------------------------------------------------------

CATEGORY_OF_REFERENCE = {"cooperation_agreement": "cooperation"}
# Rows whose start was deliberately made less precise than the research note's date, and why.
LESS_PRECISE = {
    "EV06": "the day was derived from a weekday; the month is what the source says",
    "EV11": "the match day was derived; the tournament year is what the source says",
    "VI13": "11 October 2023 is the article's date, not the visit's",
    "CA03": "the note gives June 1992 in words",
    "CO04": "split into three periods (1874-1883, 1919-1944, 1979-)",
}


@needs_reference
def test_every_sourced_reference_row_is_in_the_dataset_and_no_unverified_one(rows):
    for ref_id, ref in reference_rows().items():
        if ref["confidence"] == "unverified":
            assert ref_id not in rows, f"{ref_id} is unverified and must stay out"
        else:
            assert ref_id in rows, f"{ref_id} ({ref['name_en']}) is missing"


@needs_reference
def test_reference_facts_carry_over(rows):
    for ref_id, ref in reference_rows().items():
        if ref_id not in rows or ref_id in LESS_PRECISE:
            continue
        row = rows[ref_id]
        assert row["category"] == CATEGORY_OF_REFERENCE.get(ref["category"], ref["category"]), ref_id
        assert set(ref["source_url"].replace(" ", "").split(";")) - {""} <= set(row["sources"]), ref_id
        assert (row["country"] or "") == ref["country_iso2"] or ref_id == "NE02", ref_id
        if ref["year_start"]:
            assert row["start"][:4] == ref["year_start"], ref_id
        if ref["year_end"]:
            assert row["end"][:4] == ref["year_end"], ref_id
        if ref["date"] and row["start_precision"] == "day":
            assert row["start"] == ref["date"], ref_id
        if ref["amount_eur"]:
            assert row["amount_eur"] == int(ref["amount_eur"]), ref_id


@needs_reference
def test_descriptions_are_our_own_words(rows):
    for ref_id, ref in reference_rows().items():
        if ref_id not in rows:
            continue
        for lang in ("fr", "en"):
            ours, notes = rows[ref_id][f"description_{lang}"], ref[f"description_{lang}"]
            ratio = difflib.SequenceMatcher(None, ours, notes).ratio()
            assert ratio < 0.72, f"{ref_id} {lang} reads too close to the research note ({ratio:.2f})"


def test_every_mapped_place_has_a_un_subregion_and_the_filter_lists_it(dataset):
    from dashboard.view import view_payload

    payload = view_payload(dataset)
    assert all(place["sub"] for place in payload["places"].values())
    regions = {r["key"]: r["subs"] for r in payload["regions"]}
    assert list(regions)[:2] == ["EU", "AF"]
    assert {"southern-europe", "western-europe"} <= set(regions["EU"])
    assert "northern-africa" in regions["AF"] and "western-asia" in regions["AS"]
    assert payload["places"]["g2995469"]["sub"] == "western-europe"  # Marseille
