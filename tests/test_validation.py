"""Each kind of bad input, in a tiny hand-made data folder, gets its own exact message."""

from __future__ import annotations

import pytest

from dashboard.csvfiles import formula_like
from dashboard.dataset import check_dataset, load_dataset
from dashboard.problems import DataError

from .conftest import CITY_PAGE_URL, manifest_columns, valid_relation, write_csv


def messages(folder) -> list[str]:
    dataset, report = check_dataset(folder)
    assert dataset is None, "expected the data to be rejected"
    return [str(p) for p in report.errors]


def test_valid_tiny_folder_loads(tiny_data):
    dataset = load_dataset(tiny_data([valid_relation()]))
    row = dataset.relations.iloc[0]
    assert (row["id"], row["place_name"], row["start"], row["start_precision"]) == ("TW01", "Genoa", "1958", "year")


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"start_year": "20O4"},
         "relations.csv, row 2, column start_year: '20O4' is not a year — write the year with four digits, "
         "for example 2004"),
        ({"category": "twinning"},
         "relations.csv, row 2, column category: 'twinning' is not a known category — use one of: twin_city, "
         "cooperation, consulate, aid, event, visit, network, climate, commemoration, statement, recognition (or "
         "declare it in categories.csv)"),
        ({"country": "UK", "city": "Glasgow"},
         "relations.csv, row 2, column country: 'UK' is not a known ISO 3166-1 alpha-2 country code — did you "
         "mean GB? Use the two-letter code, for example GB, DE, SN or PS"),
        ({"city": "Gennoa"},
         "relations.csv, row 2, column city: 'Gennoa' is not a city the gazetteer knows in IT — did you mean "
         "Genoa or Enna or Genzano di Roma? If not, check the spelling and the country, or give lat and lon (the "
         "gazetteer holds cities over 15,000 inhabitants)"),
        ({"end_year": "1957"},
         "relations.csv, row 2, column end_year: '1957' the end (1957) is before the start (1958) — check both "
         "dates; the end is when the relation stopped"),
        ({"sources": ""},
         "relations.csv, row 2, column sources: is empty but required — every row needs at least one source: "
         "paste the web address where the fact can be checked"),
        ({"sources": "www.example.org"},
         "relations.csv, row 2, column sources: 'www.example.org' contains 'www.example.org', which is not a web "
         "address — write full addresses starting with https://, separated by ' ; '"),
        ({"start_month": "2", "start_day": "30"},
         "relations.csv, row 2, column start_day: 1958-02 has no day 30 — fill in the missing part or clear the "
         "others"),
        ({"start_day": "4"},
         "relations.csv, row 2, column start_month: a day is given without a month — fill in the missing part or "
         "clear the others"),
        ({"category": "consulate", "city": "", "consular_rank": ""},
         "relations.csv, row 2, column consular_rank: a consulate needs its rank — write general, consulate or "
         "honorary, or unknown when no source gives it"),
        ({"status": "unverified"},
         "relations.csv, row 2, column status: 'unverified' is not a known status — use one of: confirmed, "
         "city_page"),
        ({"status": "city_page"},
         f"relations.csv, row 2, column sources: has status city_page but does not cite the City's page — add "
         f"{CITY_PAGE_URL} to sources"),
        ({"city": "", "lat": "9.0", "lon": "44.4"},
         "relations.csv, row 2, column lat: '9.0000, 44.4000' places the point 4,264 km outside IT, its declared "
         "country — check the country code and the coordinates (are lat and lon swapped?)"),
        ({"lat": "44.4"},
         "relations.csv, row 2, column lon: only one of lat and lon is given — give both coordinates, or neither"),
        ({"amount_eur": "15 000 €"},
         "relations.csv, row 2, column amount_eur: '15 000 €' is not a whole number — write digits only, with no "
         "currency sign or decimals, for example 15000"),
        ({"flags": "maybe"},
         "relations.csv, row 2, column flags: 'maybe' contains 'maybe', which is not a known flag — use one of: "
         "single_secondary_source, date_derived, date_approximate, sources_disagree, current_status_unknown, "
         "date_is_announcement, announced_not_confirmed, role_stated_by_city, not_a_city_accord, city_count_unclear, "
         "source_is_copy, source_about_other, source_aggregator, date_is_decision, date_planned, end_is_latest, "
         "signatory_not_stated, undated (several separated by ' ; ')"),
        ({"category": "consulate", "city": "", "consular_rank": "vice-consulate"},
         "relations.csv, row 2, column consular_rank: 'vice-consulate' is not a known consular rank — use one of: "
         "general, consulate, honorary, unknown"),
        ({"id": "EV01", "category": "event"},
         "relations.csv, row 2, column venue: an event needs to say where it happened — write home (in Marseille), "
         "partner (at the partner's city or country) or a spot from venues.csv"),
        ({"id": "VI01", "category": "visit", "venue": "pharo"},
         "relations.csv, row 2, column venue: 'pharo' is not a spot in venues.csv — write home or partner; or add "
         "the spot to venues.csv"),
        ({"id": "ST01", "category": "statement", "city": "", "country": "", "venue": "partner"},
         "relations.csv, row 2, column venue: 'partner' says it happened at the partner's place, but no partner "
         "place is given — fill in city and country, or country, or write home or a spot"),
    ],
)
def test_bad_cell_gets_its_own_message(tiny_data, overrides, expected):
    assert messages(tiny_data([valid_relation(**overrides)])) == [expected]


def test_duplicate_id(tiny_data):
    folder = tiny_data([valid_relation(), valid_relation(city="Naples", start_year="2024")])
    assert messages(folder) == [
        "relations.csv, row 3, column id: 'TW01' is used twice (first on row 2) — give each row its own id; "
        "never reuse an old one"
    ]


def test_every_problem_is_collected_in_one_report(tiny_data):
    folder = tiny_data([
        valid_relation(start_year="20O4"),
        valid_relation(id="TW02", category="twinning"),
        valid_relation(id="TW03", city="Gennoa"),
    ])
    found = messages(folder)
    assert [m.split(":")[0] for m in found] == [
        "relations.csv, row 2, column start_year",
        "relations.csv, row 3, column category",
        "relations.csv, row 4, column city",
    ]


def test_broken_quoting(tiny_data):
    folder = tiny_data([valid_relation()])
    path = folder / "relations.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'TW02,twin_city,"unclosed quote\n', encoding="utf-8")
    found = messages(folder)
    assert found == [
        "relations.csv, row 3: broken CSV quoting near this line (unexpected end of data) — a cell that contains "
        "a comma, a line break or a quote must be wrapped in double quotes, and a double quote inside it written "
        'twice (""); re-saving from LibreOffice or Excel does this'
    ]


def test_unquoted_comma_makes_a_ragged_row(tiny_data):
    columns = manifest_columns("relations.csv")
    folder = tiny_data([valid_relation()])
    path = folder / "relations.csv"
    cells = [valid_relation(id="TW02")[c] for c in columns]
    cells[columns.index("description_en")] = "Genoa, Italy"  # written without quotes
    path.write_text(path.read_text(encoding="utf-8") + ",".join(cells).replace('"', "") + "\n", encoding="utf-8")
    assert messages(folder) == [
        f"relations.csv, row 3: has {len(columns) + 1} cells but the header has {len(columns)} columns — a cell "
        "probably contains an unquoted comma: wrap that cell in double quotes"
    ]


def test_wrong_encoding(tiny_data):
    folder = tiny_data([valid_relation(title_fr="Jumelage avec Gênes")])
    path = folder / "relations.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    assert messages(folder) == [
        "relations.csv, row 2: the file is not UTF-8 (it looks like Windows-1252 / Latin-1): byte 0xea cannot be "
        "read — save the file as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8; LibreOffice: Save As > Text CSV, "
        "character set Unicode (UTF-8))"
    ]


def test_missing_required_column(tiny_data):
    columns = [c for c in manifest_columns("relations.csv") if c != "sources"]
    folder = tiny_data([valid_relation()])
    row = valid_relation()
    del row["sources"]
    write_csv(folder / "relations.csv", [row], columns)
    assert messages(folder) == [
        "relations.csv, row 1, column sources: this required column is missing from the header — add a column "
        "named 'sources' (see data/README.md)"
    ]


def test_milestone_of_unknown_relation(tiny_data):
    milestone = dict(relation_id="XX99", kind="signature", year="2001", month="", day="", note_fr="Note.",
                     note_en="Note.", status="confirmed", sources="https://example.org/x")
    folder = tiny_data([valid_relation()], milestones=[milestone])
    assert messages(folder) == [
        "milestones.csv, row 2, column relation_id: 'XX99' does not match any id in relations.csv — check the id, "
        "or add the relation first"
    ]


def test_excel_conventions_are_accepted(tiny_data):
    """A French Excel saves with semicolons and a byte-order mark; both are fine."""
    folder = tiny_data([valid_relation()])
    write_csv(folder / "relations.csv", [valid_relation(title_fr="Gênes; la Superbe")],
              manifest_columns("relations.csv"), delimiter=";")
    path = folder / "relations.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    dataset = load_dataset(folder)
    assert dataset.relations.iloc[0]["title_fr"] == "Gênes; la Superbe"


def test_unknown_column_is_a_warning_only(tiny_data):
    folder = tiny_data([valid_relation()])
    row = valid_relation(notes="internal")
    write_csv(folder / "relations.csv", [row], [*manifest_columns("relations.csv"), "notes"])
    dataset, report = check_dataset(folder)
    assert dataset is not None
    assert [str(p) for p in report.warnings] == [
        "warning: relations.csv, row 1, column notes: is not a known column and is ignored — check its spelling "
        "against data/README.md"
    ]


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_a_warning(tiny_data):
    folder = tiny_data([valid_relation(title_fr="=HYPERLINK(\"http://example.org\")", title_en="@SUM(A1)")])
    dataset, report = check_dataset(folder)
    assert dataset is not None  # a warning: the office decides
    warnings = [str(p) for p in report.warnings]
    assert warnings == [
        "warning: relations.csv, row 2, column title_fr: '=HYPERLINK(\"http://example.org\")' begins like a "
        "spreadsheet formula (=, +, -, @, a tab or a line break): a spreadsheet opening the file could run it — "
        "start the cell with a letter or a digit (remove the leading sign or space)",
        "warning: relations.csv, row 2, column title_en: '@SUM(A1)' begins like a spreadsheet formula (=, +, -, @, "
        "a tab or a line break): a spreadsheet opening the file could run it — start the cell with a letter or a "
        "digit (remove the leading sign or space)",
    ]
    # a number is not a formula (a longitude of -9.1); a sign, a tab or a line break before text is
    assert not formula_like("-9.1") and not formula_like("+33") and not formula_like("Gênes")
    assert all(formula_like(cell) for cell in ("-x", "+ 1 an", "\tx", "\rx", "=1+1", "@a"))


def test_load_raises_with_the_whole_report(tiny_data):
    with pytest.raises(DataError) as caught:
        load_dataset(tiny_data([valid_relation(start_year="20O4")]))
    assert "row 2, column start_year: '20O4' is not a year" in str(caught.value)


def test_real_data_copy_with_one_typo_names_file_row_and_column(data_copy):
    path = data_copy / "relations.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("TW05,twin_city,confirmed,Jumelage avec Gênes,Twinning with Genoa,Genoa,IT,,,,1958",
                                 "TW05,twin_city,confirmed,Jumelage avec Gênes,Twinning with Genoa,Genoa,IT,,,,19S8"),
                    encoding="utf-8")
    assert messages(data_copy) == [
        "relations.csv, row 6, column start_year: '19S8' is not a year — write the year with four digits, for "
        "example 2004"
    ]


def test_checking_never_writes_to_the_data_folder(data_copy):
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    check_dataset(data_copy)
    assert {p.name: p.read_bytes() for p in data_copy.iterdir()} == before


def test_missing_manifest_falls_back_to_the_bundled_one(data_copy):
    (data_copy / "datapackage.json").unlink()
    dataset, report = check_dataset(data_copy)
    assert dataset is not None
    assert "datapackage.json" in str(report.warnings[0])


def test_city_name_translation_must_name_a_known_city(tiny_data):
    folder = tiny_data([valid_relation()])
    path = folder / "city_names.csv"
    path.write_text(path.read_text(encoding="utf-8") + "IT,Genova City,Gênes,Genoa\n", encoding="utf-8")
    found = messages(folder)
    assert found[-1].startswith("city_names.csv, row ")
    assert found[-1].endswith("column city: 'Genova City' is not a city the gazetteer knows in IT — write the city as "
                              "the gazetteer names it (the check shows the place names)")


def test_a_bad_story_names_the_story_the_chapter_and_the_field(tiny_data):
    folder = tiny_data([valid_relation()])
    chapter = dict.fromkeys(manifest_columns("stories.csv"), "")
    chapter.update(story="default", chapter="1", title_fr="Titre", title_en="Title", text_fr="Texte.",
                   text_en="Text.", year="2020", relations="TW01")
    rows = [
        chapter,
        {**chapter, "chapter": "2", "year_end": "2010"},
        {**chapter, "chapter": "3", "region": "Mediterranee"},
        {**chapter, "chapter": "4", "relations": "TW01 ; XX99"},
        {**chapter, "chapter": "4", "mode": "sometimes"},
    ]
    write_csv(folder / "stories.csv", rows, manifest_columns("stories.csv"))
    assert messages(folder) == [
        "stories.csv, row 6, column mode: 'sometimes' is not a known view mode — use one of: inforce, happened",
        "stories.csv, row 3, column year_end: '2010' story default, chapter 2: year_end (2010) is before year (2020) "
        "— the chapter runs from year to year_end",
        "stories.csv, row 4, column region: 'Mediterranee' story default, chapter 3: 'Mediterranee' is not a known "
        "region — use a continent code (EU, AF, AS, NA, SA, OC) or a UN sub-region such as southern-europe or "
        "northern-africa (see dashboard/subregions.csv)",
        "stories.csv, row 5, column relations: 'TW01 ; XX99' story default, chapter 4: XX99 is not an id in "
        "relations.csv — list ids from relations.csv, separated by ' ; ': the text relies on them",
        "stories.csv, row 6, column chapter: story default, chapter 4: this chapter number is used twice (first on "
        "row 5) — number the chapters of a story 1, 2, 3...",
    ]


def test_several_stories_live_in_one_file_each_in_chapter_order(tiny_data):
    from dashboard.stories import stories_payload

    folder = tiny_data([valid_relation()])
    chapter = dict.fromkeys(manifest_columns("stories.csv"), "")
    chapter.update(title_fr="Titre", title_en="Title", text_fr="Texte.", text_en="Text.", year="2020",
                   relations="TW01")
    rows = [{**chapter, "story": "mer", "chapter": "2", "year_end": "2024", "categories": "twin_city"},
            {**chapter, "story": "default", "chapter": "1"},
            {**chapter, "story": "mer", "chapter": "1", "region": "southern-europe", "mode": "happened",
             "year": "1958"}]
    write_csv(folder / "stories.csv", rows, manifest_columns("stories.csv"))
    stories = stories_payload(list(load_dataset(folder).stories))
    assert sorted(stories) == ["default", "mer"]
    assert [c["chapter"] for c in stories["mer"]] == [1, 2]
    assert stories["mer"][0]["region"] == "southern-europe" and stories["mer"][0]["mode"] == "happened"
    assert stories["mer"][1]["year_end"] == 2024 and stories["mer"][1]["categories"] == ["twin_city"]
    assert stories["default"][0]["relations"] == ["TW01"] and stories["default"][0]["mode"] == "inforce"


# --- where a thing happened, official figures, what a story may cite ------------------------------

SPOT = dict(id="pharo", name_fr="Palais du Pharo", name_en="Palais du Pharo", city="Marseille", country="FR",
            lat="43.29417", lon="5.3583", sources="https://example.org/pharo")


def test_an_event_held_at_a_spot_in_marseille_is_drawn_there_with_its_partner_kept(tiny_data):
    event = valid_relation(id="EV01", category="event", city="", country="IN", venue="pharo")
    dataset = load_dataset(tiny_data([event], venues=[SPOT]))
    row = dataset.relations.iloc[0]
    assert (row["venue"], row["venue_lat"], row["venue_lon"], row["venue_home"]) == ("pharo", 43.29417, 5.3583, True)
    assert row["country"] == "IN" and row["geo_method"] == "country"  # the partner still counts


@pytest.mark.parametrize(
    ("spot", "expected"),
    [
        ({"lat": "48.8566", "lon": "2.3522"},
         "venues.csv, row 2, column lat: '48.8566, 2.3522' places the spot 661 km from Marseille, its city — check "
         "the coordinates (are lat and lon swapped?)"),
        ({"city": "", "lat": "", "lon": ""},
         "venues.csv, row 2, column lat: a spot needs its coordinates or its city — give lat and lon from the "
         "source, or the city it is in"),
        ({"city": "Marseilles-sur-Mer"},
         "venues.csv, row 2, column city: 'Marseilles-sur-Mer' is not a city the gazetteer knows in FR — write the "
         "city as in relations.csv, or leave it empty"),
        ({"city": "", "country": "AM", "lat": "43.29417", "lon": "5.3583"},
         "venues.csv, row 2, column lat: '43.2942, 5.3583' places the spot 3,119 km outside AM, its country — check "
         "the coordinates and the country code"),
        ({"lon": ""},
         "venues.csv, row 2, column lon: only one of lat and lon is given — give both coordinates, or neither"),
        ({"sources": ""},
         "venues.csv, row 2, column sources: is empty but required — every row needs at least one source: paste "
         "the web address where the fact can be checked"),
    ],
)
def test_a_bad_spot_gets_its_own_message(tiny_data, spot, expected):
    assert messages(tiny_data([valid_relation()], venues=[{**SPOT, **spot}])) == [expected]


def valid_figure(**overrides) -> dict:
    figure = dict.fromkeys(manifest_columns("official_figures.csv"), "")
    figure.update(id="OF01", label_fr="serments de jumelage", label_en="twinning oaths", value="17", display_fr="17",
                  display_en="17", compare_categories="twin_city", compare_measure="places", as_of_year="2025",
                  attribution="city", said_by_fr="la Ville", said_by_en="the City", status="confirmed",
                  sources="https://example.org/figures")
    figure.update(overrides)
    return figure


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"as_of_year": ""},
         "official_figures.csv, row 2, column as_of_year: an official figure needs the year it dates from — write "
         "the year in as_of_year; if the source gives none, add the flag undated"),
        ({"sources": ""},
         "official_figures.csv, row 2, column sources: is empty but required — every row needs at least one source: "
         "paste the web address where the fact can be checked"),
        ({"attribution": "mayor"},
         "official_figures.csv, row 2, column attribution: 'mayor' is not a known attribution — use one of: city, "
         "independent"),
        ({"compare_from": "2020", "compare_to": "1980"},
         "official_figures.csv, row 2, column compare_to: '1980' compare_to (1980) is before compare_from (2020) — "
         "compare_from is the first year counted, compare_to the last"),
        ({"flags": "approximately"},
         "official_figures.csv, row 2, column flags: 'approximately' contains 'approximately', which is not a known "
         "flag — use one of: single_secondary_source, date_derived, date_approximate, sources_disagree, "
         "current_status_unknown, date_is_announcement, announced_not_confirmed, role_stated_by_city, "
         "not_a_city_accord, city_count_unclear, source_is_copy, source_about_other, source_aggregator, "
         "date_is_decision, date_planned, end_is_latest, signatory_not_stated, undated (several separated by ' ; ')"),
    ],
)
def test_a_bad_official_figure_gets_its_own_message(tiny_data, overrides, expected):
    assert messages(tiny_data([valid_relation()], figures=[valid_figure(**overrides)])) == [expected]


def test_an_undated_figure_says_so_with_its_flag(tiny_data):
    dataset = load_dataset(tiny_data([valid_relation()], figures=[valid_figure(as_of_year="", flags="undated")]))
    assert dataset.figures[0]["as_of_year"] is None


def test_announced_and_unclear_rows_are_counted_apart(tiny_data):
    from dashboard.summary import official_vs_data

    relations = [valid_relation(), valid_relation(id="TW02", city="Naples", start_year="2024"),
                 valid_relation(id="TW03", city="Bethlehem", country="PS", flags="announced_not_confirmed"),
                 valid_relation(id="TW04", city="Milan", flags="city_count_unclear")]
    comparison = official_vs_data(load_dataset(tiny_data(relations, figures=[valid_figure()])))[0]
    assert (comparison.in_data, comparison.apart) == (
        2, (("announced_not_confirmed", ("TW03",)), ("city_count_unclear", ("TW04",))))


def test_a_figure_compares_with_the_years_it_names(tiny_data):
    from dashboard.summary import official_vs_data

    relations = [valid_relation(), valid_relation(id="TW02", city="Naples", start_year="2024")]
    figure = valid_figure(compare_from="1950", compare_to="2006")
    assert official_vs_data(load_dataset(tiny_data(relations, figures=[figure])))[0].in_data == 1


def story_chapter(**overrides) -> dict:
    chapter = dict.fromkeys(manifest_columns("stories.csv"), "")
    chapter.update(story="default", chapter="1", title_fr="Titre", title_en="Title", text_fr="Texte.",
                   text_en="Text.", year="2020", relations="TW01")
    chapter.update(overrides)
    return chapter


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"mode": "happened"},
         "stories.csv, row 2, column relations: 'TW01' story default, chapter 1: this relation is cited, but it dates "
         "from 1958, so the map does not show it in 2020 (happened) — cite relations shown in the chapter's years, or "
         "widen year and year_end"),
        ({"year": "1950", "year_end": "1957"},
         "stories.csv, row 2, column relations: 'TW01' story default, chapter 1: this relation is cited, but it dates "
         "from 1958, so the map does not show it in 1950–1957 (inforce) — cite relations shown in the chapter's "
         "years, or widen year and year_end"),
        ({"categories": "event ; visit"},
         "stories.csv, row 2, column relations: 'TW01' story default, chapter 1: this relation is cited, but its "
         "category (twin_city) is not among the chapter's (event, visit) — add its category to categories, or cite "
         "another relation"),
        ({"figures": "OF09"},
         "stories.csv, row 2, column figures: 'OF09' story default, chapter 1: OF09 is not an id in "
         "official_figures.csv — list ids from official_figures.csv, separated by ' ; '"),
    ],
)
def test_a_story_may_cite_only_what_its_chapter_shows(tiny_data, overrides, expected):
    assert messages(tiny_data([valid_relation()], stories=[story_chapter(**overrides)])) == [expected]


def test_a_chapter_that_plays_into_a_relation_s_years_may_cite_it(tiny_data):
    chapter = story_chapter(mode="happened", year="1950", year_end="1960")
    assert load_dataset(tiny_data([valid_relation()], stories=[chapter])).stories[0]["relations"] == "TW01"


# --- categories.csv: what each kind of relation is and how it looks ---------------------------------

def with_category_row(folder, row: str):
    path = folder / "categories.csv"
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("sport,12,Sport,Sport,#1f4e79,rhombus,point,no,no,yes",
         "categories.csv, row 13, column symbol: 'rhombus' is not a symbol the map can draw — use one of: circle, "
         "diamond, square, triangle-up, star, triangle-down, hexagon, pentagon, cross, x, triangle-right, "
         "triangle-left, hourglass, star-diamond"),
        ("sport,12,Sport,Sport,#1f4e79,star,point,no,no,yes",
         "categories.csv, row 13, column symbol: 'star' is already the shape of the category on row 6 — give each "
         "category its own shape: colour must never be the only difference"),
        ("sport,12,Sport,Sport,#f0e68c,hourglass,point,no,no,yes",
         "categories.csv, row 13, column colour: '#f0e68c' has a contrast of only 1.0:1 with the land on "
         "the normal basemap (#e4e7eb) — choose a darker colour (at least 3:1 against land and sea)"),
        ("sport,12,Sport,Sport,blue,hourglass,point,no,no,yes",
         "categories.csv, row 13, column colour: 'blue' is not a colour — write it as # and six hexadecimal "
         "digits, for example #0b5fa5"),
        ("sport,12,Sport,Sport,#1f4e79,hourglass,region,no,no,yes",
         "categories.csv, row 13, column layer: 'region' is not a known layer — use one of: point, country"),
        ("aid,12,Sport,Sport,#1f4e79,hourglass,point,no,no,yes",
         "categories.csv, row 13, column id: 'aid' is used twice (first on row 5) — give each row its own id; "
         "never reuse an old one"),
    ],
)
def test_a_bad_category_gets_its_own_message(tiny_data, row, expected):
    assert messages(with_category_row(tiny_data([valid_relation()]), row)) == [expected]


def test_a_category_is_declared_by_a_row_and_then_known_everywhere(tiny_data):
    folder = with_category_row(tiny_data([valid_relation(id="SP01", category="sport", venue="partner")]),
                               "sport,12,Sport,Sport,#1f4e79,hourglass,point,no,no,yes")
    dataset = load_dataset(folder)
    assert dataset.relations.iloc[0]["category"] == "sport"
    assert [c.id for c in dataset.categories][-1] == "sport" and dataset.categories[-1].needs_venue
    missing = tiny_data([valid_relation(id="SP01", category="sport")])  # a fresh folder: not declared
    assert messages(missing)[0].endswith("(or declare it in categories.csv)")


# --- atlas.toml: the home city, titles, the City's page ----------------------------------------------

@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda text: text.replace('title_fr = "Marseille à l\'international"\n', ""),
         "atlas.toml, column text.title_fr: [text] title_fr is missing or not text — write title_fr = \"...\" "
         "under [text] (see data/atlas.toml)"),
        (lambda text: text.replace("lat = 43.29695", 'lat = "north"'),
         "atlas.toml, column home.lat: [home] lat is missing or not a number — write lat = 0.0 under [home] (see "
         "data/atlas.toml)"),
        (lambda text: text.replace('city = "Marseille"', 'city = "Marsielle"'),
         "atlas.toml, column home.city: 'Marsielle' is not a city the gazetteer knows in FR — write the home city "
         "as the gazetteer names it"),
        (lambda text: text.replace('projection = "azimuthal equidistant"', 'projection = "globe"'),
         "atlas.toml, column views.3.projection: 'globe' is not a projection the map can draw ([[views]] number 3) "
         "— write one of plotly's projections (\"natural earth\", \"azimuthal equidistant\"…)"),
        (lambda text: text.replace('id = "africa"', 'id = "world"'),
         "atlas.toml, column views.4.id: 'world' is used by two views or is not a short code ([[views]] number 4) "
         "— write a code of lower-case letters, digits and hyphens, used only once"),
        (lambda text: text.replace("lon_max = 60\nlat_min = 2", "lat_min = 2"),
         "atlas.toml, column views.1.lon_min: [[views]] number 1: lon_min and lon_max go together — write both, "
         "or neither"),
        (lambda text: text.replace('view = "world"', 'view = "globe"', 1),
         "atlas.toml, column presentation.view: 'globe' is not the id of any of the [[views]] ([presentation] "
         "view) — write one of euromed, world, from-home, africa, or leave it out"),
        (lambda text: text.replace("center_lon = 17.5\nscale = 1\nlon_min", "scale = 1\nlon_min", 1),
         "atlas.toml, column views.1.center_lon: [[views]] number 1: center_lon is missing or not a number — write "
         "center_lon = 0.0 in it"),
    ],
)
def test_a_bad_atlas_setting_gets_its_own_message(tiny_data, edit, expected):
    folder = tiny_data([valid_relation()])
    path = folder / "atlas.toml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert messages(folder) == [expected]


def test_a_broken_atlas_file_says_so(tiny_data):
    folder = tiny_data([valid_relation()])
    (folder / "atlas.toml").write_text('[home]\ncity = "Marseille\n', encoding="utf-8")
    found = messages(folder)
    assert len(found) == 1 and found[0].startswith("atlas.toml: is not valid TOML (")
    (folder / "atlas.toml").unlink()
    assert messages(folder) == ["atlas.toml: cannot be read (No such file or directory) — copy data/atlas.toml "
                                "into the data folder, or write one with python -m dashboard new"]


def test_a_storys_presenter_columns_are_checked(tiny_data):
    """The chapter's view must be one of the map's, its notes in every language, its relations each once."""
    folder = tiny_data([valid_relation()])
    chapter = dict.fromkeys(manifest_columns("stories.csv"), "")
    chapter.update(story="default", chapter="1", title_fr="Titre", title_en="Title", text_fr="Texte.",
                   text_en="Text.", year="2020", relations="TW01", view="world", notes_fr="À dire.", notes_en="To say.")
    rows = [
        chapter,
        {**chapter, "chapter": "2", "view": "moon"},
        {**chapter, "chapter": "3", "notes_en": ""},
        {**chapter, "chapter": "4", "relations": "TW01 ; TW01"},
    ]
    write_csv(folder / "stories.csv", rows, manifest_columns("stories.csv"))
    from dashboard.dataset import check_dataset

    dataset, report = check_dataset(folder)
    said = [str(p) for p in report.problems]
    assert ("stories.csv, row 3, column view: 'moon' story default, chapter 2: 'moon' is not one of the map's views"
            " — use one of the ids of atlas.toml's [[views]] (africa, euromed, from-home, world), or leave it empty"
            in said)
    assert "warning: stories.csv, row 4, column notes_en: story default, chapter 3: the speaker notes are written in" \
           " one language only — write notes_en too (until then, the console shows the other language's notes)" in said
    assert "stories.csv, row 5, column relations: 'TW01 ; TW01' story default, chapter 4: TW01 is cited twice — list" \
           " each relation once: the map rings and names each cited place once" in said
    assert dataset is None  # the view and the twice-cited relation are errors; the missing notes only a warning
    assert len(report.errors) == 2 and len(report.warnings) == 1
