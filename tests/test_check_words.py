"""The data check speaks French and English from the catalogues: every key the code names is in both, and a
broken folder's report in French has no English left in it."""

from __future__ import annotations

import re

import pytest

from dashboard.dataset import check_dataset
from dashboard.i18n import LOCALES_DIR, read_catalogue
from dashboard.problems import WARNING, Problem, Report, Text
from dashboard.typography import french as typeset_fr

from .conftest import ROOT, valid_relation
from .test_validation import story_chapter, with_category_row

KEY = re.compile(r'"(check\.[a-z_.]+[a-z_])"')


def test_every_check_key_in_the_code_is_in_both_catalogues():
    named = {key for path in (ROOT / "dashboard").glob("*.py") for key in KEY.findall(path.read_text("utf-8"))}
    assert len(named) > 100
    for lang in ("fr", "en"):
        table = read_catalogue(LOCALES_DIR / f"{lang}.po")  # the file itself, not completed from French
        missing = {key for key in named if key not in table and f"{key}.other" not in table}  # .other: tn's plural
        assert missing == set(), lang


@pytest.fixture
def broken(tiny_data, tmp_path):
    """A folder with many kinds of mistakes: cells, rows, places, dates, categories, stories, a warning."""
    relations = [
        valid_relation(start_year="20O4"), valid_relation(id="TW02", category="twinning"),
        valid_relation(id="TW03", city="Gennoa"), valid_relation(id="TW04", start_month="13"),
        valid_relation(id="TW05", lat="44.4"), valid_relation(id="TW06", country="UK"),
        valid_relation(id="TW07", flags="maybe"), valid_relation(id="TW08", start_year="1990", end_year="1980"),
        valid_relation(id="TW09", start_day="3"), valid_relation(id="EV01", category="event"),
        valid_relation(id="VI01", category="visit", venue="pharo"), valid_relation(id="TW01", city="Naples"),
        valid_relation(id="TW10", sources=""), valid_relation(id="TW11", category="consulate", city=""),
        valid_relation(id="TW12", amount_eur="15 000 €"), valid_relation(id="TW13", title_en="=1+1"),
    ]
    stories = [story_chapter(mode="happened"), story_chapter(chapter="2", region="moon", figures="OF09")]
    folder = with_category_row(tiny_data(relations, stories=stories),
                               "sport,12,Sport,Sport,blue,rhombus,point,no,no,yes")
    dataset, report = check_dataset(folder)
    assert dataset is None and len(report.errors) > 15 and report.warnings
    return report


def test_a_broken_folder_s_report_in_french_has_no_english_frame_words(broken):
    french = broken.format("fr")
    for word in ("row ", "column ", "warning:", "error", "is not", "{", "}"):
        assert word not in french, word
    assert typeset_fr("ligne 2, colonne start_year : « 20O4 » n'est pas une année") in french
    assert typeset_fr("attention : ") in french and french.endswith(" avertissement")
    assert broken.format() == broken.format("en") == "\n".join([*map(str, broken.errors + broken.warnings),
                                                                 broken.format("en").splitlines()[-1]])


def test_every_problem_of_a_broken_folder_is_translated(broken):
    """Its message and its fix each differ between French and English: none was left untranslated."""
    for problem in broken.problems:
        assert problem.text("fr") != problem.text("en")
        assert str(problem) == problem.text("en")
        for key in filter(None, (problem.key, problem.fix_key)):
            text = Text(key, problem.values)
            assert text.text("fr") != text.text("en"), key


def test_a_problem_is_hashable_and_its_values_are_kept_in_order():
    a = Problem("relations.csv", "check.id_twice", "check.id_twice.fix", row=3, column="id", value="TW01",
                values={"first": 2})
    assert hash(a) == hash(Problem("relations.csv", "check.id_twice", "check.id_twice.fix", row=3, column="id",
                                   value="TW01", values=(("first", 2),)))
    assert a.text("fr") == typeset_fr("relations.csv, ligne 3, colonne id : « TW01 » est utilisé deux fois (la "
                                      "première fois ligne 2) — donnez à chaque ligne son propre identifiant ; ne "
                                      "réutilisez jamais un ancien")
    assert str(a) == ("relations.csv, row 3, column id: 'TW01' is used twice (first on row 2) — give each row its "
                      "own id; never reuse an old one")


def test_the_count_line_follows_each_language_s_plural_rules():
    warning = Problem("x.csv", "check.unknown_column", severity=WARNING, row=1, column="note")
    assert Report([warning]).format("fr").splitlines() == [
        typeset_fr("attention : x.csv, ligne 1, colonne note : n'est pas une colonne connue : elle est ignorée"),
        "0 erreur, 1 avertissement"]
    assert Report([warning]).format("en").splitlines()[-1] == "0 errors, 1 warning"


def test_each_check_text_has_the_same_placeholders_in_both_languages():
    """A translator keeps every {name}: a lost one would drop a value from the message."""
    files = {lang: read_catalogue(LOCALES_DIR / f"{lang}.po") for lang in ("fr", "en")}
    # French quotes the bare value and points to data/README.md rather than quote the manifest's English
    apart = {"check.value", "check.required.fix"}
    for key in (k for k in files["fr"] if k.startswith("check.") and k not in apart):
        names = [set(re.findall(r"\{(\w+)\}", files[lang][key])) for lang in ("fr", "en")]
        assert names[0] == names[1], key
