"""The bundled dataset: every fact of the City's page, every sourced reference row, every point placed right."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from dashboard.dataset import load_dataset, plain_records
from dashboard.summary import counts_by_category, official_vs_data

from .conftest import CITY_PAGE_URL, HOME_LAT, HOME_LON

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
        "twin_city": (17, 17), "cooperation": (20, 20), "consulate": (37, 37), "aid": (12, 12),
        "event": (16, 16), "visit": (22, 22), "network": (9, 5), "climate": (3, 1),
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
    statement = rows["ST01"]  # the City's own statement, made in Marseille, with Israel
    where = (statement["venue"], statement["venue_lat"], statement["venue_lon"])
    assert where == ("home", HOME_LAT, HOME_LON)
    assert statement["country"] == "IL"


# Where each thing that happened in Marseille is drawn, checked against the spot's own published point
# (City Hall: the Hôtel-de-Ville quarter's, the building's is not published; the consulate: none published).
PHARO, MAZARGUES, CITY_HALL_QUARTER = (43.29417, 5.3583), (43.2491, 5.40531), (43.3003, 5.3722)
HELD_IN_MARSEILLE = [
    ("CM01", "hotel_de_ville", CITY_HALL_QUARTER, "UA"), ("CM03", "pharo", PHARO, "AM"),
    ("CM04", "mazargues", MAZARGUES, "IN"), ("CM06", "pharo", PHARO, "AM"), ("EV12", "pharo", PHARO, "VA"),
    ("EV16", "hotel_de_ville", CITY_HALL_QUARTER, "IT"),
    ("EV17", "consulat_inde", (HOME_LAT, HOME_LON), "IN"),
]


@pytest.mark.parametrize(("relation_id", "venue", "spot", "partner"), HELD_IN_MARSEILLE,
                         ids=[h[0] for h in HELD_IN_MARSEILLE])
def test_what_happened_in_marseille_is_drawn_at_its_spot_with_its_partner_named(rows, relation_id, venue, spot,
                                                                                partner):
    from dashboard.geo import haversine_km

    row = rows[relation_id]
    assert (row["venue"], row["venue_home"], row["country"]) == (venue, True, partner)
    assert float(haversine_km(row["venue_lat"], row["venue_lon"], *spot)) < 3
    assert float(haversine_km(row["venue_lat"], row["venue_lon"], HOME_LAT, HOME_LON)) < 10


def test_every_event_visit_commemoration_and_statement_says_where_it_happened(rows):
    for row in rows.values():
        if row["category"] in ("event", "visit", "commemoration", "statement"):
            assert row["venue"], row["id"]


def test_the_artsakh_convoy_is_drawn_at_the_border_village_not_in_the_middle_of_armenia(rows, dataset):
    kornidzor = dataset.spots["kornidzor"]
    assert (kornidzor.country, kornidzor.exact) == ("AM", True)
    for relation_id in ("AI07", "VI12"):
        row = rows[relation_id]
        assert (row["venue"], row["venue_lat"], row["venue_lon"]) == ("kornidzor", kornidzor.lat, kornidzor.lon)
        assert "Kornidzor" in row["description_en"] and "Kornidzor" in row["description_fr"]


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


def test_official_figures_beside_what_the_data_holds_counted_the_same_way(dataset):
    compared = {c.figure["id"]: (c.figure["value"], c.in_data, dict(c.apart)) for c in official_vs_data(dataset)}
    # agreements and oaths are counted as instruments (one per signed text), as the City counts them
    assert compared["OF02"] == (17, 16, {"announced_not_confirmed": ("TW17",)})  # 16 signed, Bethlehem announced
    assert compared["OF03"] == (29, 16, {"not_a_city_accord": ("CA02", "CA16", "CA17"),
                                         "city_count_unclear": ("CA20",)})  # Algiers's two agreements count two
    assert compared["OF04"] == (24, 12, {"not_a_city_accord": ("CA02",)})  # begun 1980-2020
    assert compared["OF05"] == (14, 13, {})  # places: twin cities 1958-2006
    # the City's 46 is its 17 oaths and 29 agreements: instruments, not the 24 distinct places
    assert compared["OF01"] == (46, 32, {"announced_not_confirmed": ("TW17",), "not_a_city_accord": (
        "CA02", "CA16", "CA17"), "city_count_unclear": ("CA20",)})
    # posts open in the figure's own year (those whose opening is unknown counted open), and today
    posts = {c.figure["id"]: (c.in_data, c.undated, c.today) for c in official_vs_data(dataset)}
    assert posts["OF06"] == (30, 20, 31) and posts["OF11"] == (29, 20, 31) and posts["OF12"] == (31, 0, None)
    flame = next(c for c in official_vs_data(dataset) if c.figure["id"] == "OF08")
    assert (flame.in_data, flame.same_sources) == (150000, True)  # the row repeats the figure's own sources


def test_every_official_figure_has_its_year_its_attribution_and_its_source(dataset):
    figures = {f["id"]: f for f in dataset.figures}
    assert len(figures) == 13
    for figure in figures.values():
        assert figure["sources"] and figure["attribution"] in ("city", "independent"), figure["id"]
        assert figure["as_of_year"] or "undated" in figure["flags"], figure["id"]
    consular = {i: (figures[i]["value"], figures[i]["as_of_year"], figures[i]["attribution"]) for i in
                ("OF06", "OF11", "OF12")}
    assert consular == {"OF06": (75, 2010, "city"), "OF11": (71, 2017, "city"), "OF12": (80, None, "independent")}
    assert figures["OF07"]["display_en"] == "the country's leading consular city"
    assert figures["OF13"]["display_en"] == "second only to Paris"
    assert figures["OF13"]["as_of_year"] == 2017


def test_consulates_that_closed_have_their_end(rows):
    assert (rows["CO03"]["end"], rows["CO03"]["end_precision"]) == ("2016-11-07", "day")
    assert (rows["CO05"]["end"], rows["CO05"]["end_precision"]) == ("2016-08", "month")
    japan = sorted((rows[i]["start"], rows[i]["end"]) for i in ("CO30", "CO31", "CO04"))
    assert japan == [("1874", "1883"), ("1919", "1944"), ("1979", None)]


def test_yerevan_has_several_relations_over_time(dataset):
    yerevan = dataset.relations[dataset.relations["place_name"] == "Yerevan"]
    assert set(yerevan["category"]) == {"cooperation", "twin_city", "visit"}  # the Pharo lit for Armenia: in Marseille
    assert sorted(yerevan["start"].dropna())[0] == "1992-06"


def test_naples_keeps_both_dates(dataset):
    naples = dataset.milestones[dataset.milestones["relation_id"] == "TW15"]
    assert sorted(zip(naples["date"], naples["kind"], naples["status"], strict=True)) == [
        ("2024-09", "executive_decision", "confirmed"), ("2024-10-18", "council_vote", "confirmed"),
        ("2025", "other_source_date", "city_page")]


# --- the addendum: new posts and partners, corrections ------------------------------------------

NEW_POSTS = {"CO32": ("BE", "general"), "CO33": ("RO", "general"), "CO34": ("AT", "honorary"),
             "CO35": ("CY", "unknown"), "CO36": ("MT", "unknown"), "CO37": ("DK", "unknown"),
             "CO38": ("PH", "unknown"), "CO39": ("LU", "unknown"), "CO40": ("BG", "honorary"),
             "CO41": ("PL", "general"), "CO23": ("LB", "general"), "CO24": ("MG", "general"),
             "CO28": ("CM", "consulate"), "CO26": ("ML", "honorary")}


def test_the_new_consular_posts_are_in_with_the_rank_their_source_gives(rows):
    assert {i: (rows[i]["country"], rows[i]["consular_rank"]) for i in NEW_POSTS} == NEW_POSTS
    assert (rows["CO41"]["start"], rows["CO41"]["end"]) == ("1919", "1948")  # Poland: closed
    assert rows["CO40"]["start"] == "2025-10-03" and "date_is_decision" in rows["CO40"]["flags"]
    consulates = [r for r in rows.values() if r["category"] == "consulate"]
    assert "CI" not in {r["country"] for r in consulates}  # Côte d'Ivoire: contradicted, off the map
    assert not {"ST", "CV"} & {r["country"] for r in consulates}  # unverified candidates stay out


def test_the_corrections_of_the_addendum(rows, dataset):
    assert (rows["CO10"]["end"], "end_is_latest" in rows["CO10"]["flags"]) == ("2019-06", True)  # Comoros lapsed
    assert "sources_disagree" in rows["CO01"]["flags"]  # United States: 1793 here, 1790 in a milestone
    steps = dataset.milestones
    assert {tuple(r) for r in steps.loc[steps["relation_id"].isin(["CO01", "CA01", "CA04"]), ["relation_id", "date"]]
            .itertuples(index=False)} >= {("CO01", "1790"), ("CA01", "2009-06-25"), ("CA04", "2011-12-02")}
    assert (rows["CA08"]["start"], rows["CA08"]["city"]) == ("2017-05-12", "Tangier")  # the mayors' memorandum
    new = {i: (rows[i]["city"], rows[i]["start"]) for i in ("CA19", "CA20", "CA21")}
    assert new == {"CA19": ("Limassol", "2016-04-14"), "CA20": ("San Diego", "2025-09"), "CA21": ("Hamburg", "2008")}
    assert rows["CA20"]["flags"] == ("city_count_unclear",)
    assert "CA18" not in rows  # the research notes' unverified Toronto lead: its id is never reused
    for relation_id in ("CA02", "CA16", "CA17"):
        assert "not_a_city_accord" in rows[relation_id]["flags"], relation_id
    assert (rows["EV12"]["category"], rows["EV16"]["category"]) == ("visit", "visit")
    assert "Kizō Hisamoto" in rows["VI05"]["description_en"]


def test_rows_resting_on_a_copy_or_an_aggregator_say_so(rows):
    assert "source_is_copy" in rows["NE02"]["flags"] and "source_aggregator" in rows["AI12"]["flags"]
    assert (rows["NE02"]["city"], rows["NE02"]["country"]) == (None, None)  # a network belongs to no city
    for relation_id in ("EV01", "EV03", "EV04", "EV11"):  # better sources found: the mirror is gone
        assert not any("theinfolist" in url or "20minutes" in url for url in rows[relation_id]["sources"])


def test_the_stories_no_longer_say_what_the_data_does_not(dataset):
    chapters = {c["chapter"]: c for c in dataset.stories if c["story"] == "default"}
    assert "chaque lien international" not in chapters[1]["text_fr"]
    assert "Bethléem" in chapters[3]["text_fr"] and "TW17" in chapters[3]["relations"]
    assert "vote des aides d'urgence" not in chapters[8]["text_fr"] and "Sécurité civile" in chapters[8]["text_fr"]
    assert "Modi" in chapters[9]["text_fr"] and "honore" not in chapters[9]["text_fr"]
    assert chapters[2]["figures"] == "OF06 ; OF11"  # the figures its text quotes


# --- against the research notes ------------------------------------------------------------------

CATEGORY_OF_REFERENCE = {"cooperation_agreement": "cooperation"}
# Rows whose category was corrected: a head of state's or a pope's coming to Marseille is a visit.
RECATEGORISED = {"EV12": "visit", "EV16": "visit"}
# Rows whose research-note source was replaced by a better one (a mirror, or an article about something else).
REPLACED_SOURCES = {"EV01", "EV03", "EV04", "EV11"}
# Rows corrected by the addendum (../shared/reference/addendum/README.md).
CORRECTED = {"CA08": "dated from the mayors' memorandum of 12 May 2017, not the planning agencies' 2007 text"}
# Rows whose start was deliberately made less precise than the research note's date, and why.
LESS_PRECISE = {
    "EV06": "the day was derived from a weekday; the month is what the source says",
    "EV11": "the match day was derived; the tournament year is what the source says",
    "VI13": "11 October 2023 is the article's date, not the visit's",
    "CA03": "the note gives June 1992 in words",
    "CO04": "split into three periods (1874-1883, 1919-1944, 1979-)",
}


# Rows the research notes left unverified and the addendum sourced (../shared/reference/addendum/consulates.csv).
SOURCED_BY_THE_ADDENDUM = {"CO23": "LB", "CO24": "MG", "CO26": "ML", "CO28": "CM"}


@needs_reference
def test_every_sourced_reference_row_is_in_the_dataset_and_no_unverified_one(rows):
    for ref_id, ref in reference_rows().items():
        if ref_id in SOURCED_BY_THE_ADDENDUM:
            assert rows[ref_id]["country"] == SOURCED_BY_THE_ADDENDUM[ref_id] == ref["country_iso2"], ref_id
        elif ref["confidence"] == "unverified":
            assert ref_id not in rows, f"{ref_id} is unverified and must stay out"
        else:
            assert ref_id in rows, f"{ref_id} ({ref['name_en']}) is missing"


@needs_reference
def test_reference_facts_carry_over(rows):
    for ref_id, ref in reference_rows().items():
        if ref_id not in rows or ref_id in LESS_PRECISE or ref_id in CORRECTED:
            continue
        row = rows[ref_id]
        category = RECATEGORISED.get(ref_id) or CATEGORY_OF_REFERENCE.get(ref["category"], ref["category"])
        assert row["category"] == category, ref_id
        if ref_id not in REPLACED_SOURCES:
            assert set(ref["source_url"].replace(" ", "").split(";")) - {""} <= set(row["sources"]), ref_id
        # Marseille is where some things happened, not who they were with: its partner is then empty
        held_here = ref["city"] == "Marseille" and row["venue"] not in (None, "partner")
        assert (row["country"] or "") == ref["country_iso2"] or held_here or ref_id == "NE02", ref_id
        if ref["year_start"]:
            assert row["start"][:4] == ref["year_start"], ref_id
        if ref["year_end"]:
            assert row["end"][:4] == ref["year_end"], ref_id
        if ref["date"] and row["start_precision"] == "day":
            assert row["start"] == ref["date"], ref_id
        if ref["amount_eur"]:
            assert row["amount_eur"] == int(ref["amount_eur"]), ref_id


def words_of(sentence: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", sentence)}


def sentences_of(text: str | None) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text or "") if s.strip()]


def note_sentences() -> list[tuple[str, set[str]]]:
    """Every sentence of the research notes (descriptions and notes, the addendum's quotes and notes)."""
    found = []
    tables = [(REFERENCE / "relations.csv", ("description_fr", "description_en", "source_note"))]
    tables += [(REFERENCE / "addendum" / name, ("quote", "note")) for name in ("consulates.csv", "cooperation.csv")]
    for path, columns in tables:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                found += [(s, words_of(s)) for c in columns for s in sentences_of(row[c]) if len(words_of(s)) >= 6]
    return found


def too_close(ours: set[str], notes: set[str]) -> tuple[float, float] | None:
    """Jaccard index of the two word sets, and the share of our words found in the note: over 80 %, too close."""
    shared = len(ours & notes)
    jaccard, share = shared / len(ours | notes), shared / len(ours)
    return (jaccard, share) if jaccard > 0.8 or share > 0.8 else None


def test_the_measure_of_closeness_catches_a_copied_sentence():
    note = words_of("Twinning oath signed in Tunis on 10 June 2015 by Jean-Claude Gaudin and the mayor of Tunis.")
    assert too_close(words_of("The twinning oath was signed in Tunis on 10 June 2015 by Jean-Claude Gaudin."), note)
    assert not too_close(words_of("It was in Tunis itself, on 10 June 2015, that Jean-Claude Gaudin and his "
                                  "counterpart put their names to the oath."), note)


@needs_reference
def test_descriptions_are_our_own_words(rows):
    """No sentence of a description shares more than 80 % of its words with a sentence of the research notes
    (sentences under six words are not counted)."""
    notes = note_sentences()
    close = []
    for row in rows.values():
        for lang in ("fr", "en"):
            for sentence in sentences_of(row[f"description_{lang}"]):
                ours = words_of(sentence)
                if len(ours) < 6:
                    continue
                close += [(row["id"], lang, sentence, note) for note, theirs in notes if too_close(ours, theirs)]
    assert close == []


def test_every_mapped_place_has_a_un_subregion_and_the_filter_lists_it(dataset):
    from dashboard.view import view_payload

    payload = view_payload(dataset)
    assert all(place["subregion"] for place in payload["places"].values())
    regions = {r["key"]: r["subs"] for r in payload["regions"]}
    assert list(regions)[:2] == ["EU", "AF"]
    assert {"southern-europe", "western-europe"} <= set(regions["EU"])
    assert "northern-africa" in regions["AF"] and "western-asia" in regions["AS"]
    assert payload["places"]["g2995469"]["subregion"] == "western-europe"  # Marseille
