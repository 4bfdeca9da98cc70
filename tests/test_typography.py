"""Each language's typography over everything the atlas says: the catalogues and the data's text columns.
French: a no-break space before ; : ! ?, inside guillemets and between thousands (dashboard/typography.py;
scripts/typeset.py sets them). English: no space before ; : ! ? (but a separator shown to be typed, ' ; ')."""

from __future__ import annotations

import csv

import pytest

from dashboard.i18n import CATALOGUE, texts
from dashboard.typography import english_faults, french

from .conftest import DATA


def data_texts(suffix: str) -> list[tuple[str, str]]:
    """Every non-empty text cell of the data in one language: (file:row:column, text)."""
    found = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                found += [(f"{path.name}:{number}:{name}", text) for name, text in row.items()
                          if name and name.endswith(suffix) and text]
    return found


def test_french_typography_rules():
    assert french("jumelage ; la carte") == "jumelage\u202f; la carte"  # never broken before its semicolon
    assert french("Aperçu : ces données") == "Aperçu\u00a0: ces données"
    assert french("Quoi ? Oui !") == "Quoi\u202f? Oui\u202f!"
    assert french("la page « Échanges »") == "la page «\u00a0Échanges\u00a0»"
    assert french("150 000 personnes, 1 234 567 euros") == "150\u202f000 personnes, 1\u202f234\u202f567 euros"
    assert french("entre 1958 et 2006, en 2023 2 000") == "entre 1958 et 2006, en 2023 2\u202f000"
    assert french("https://example.org/?a=1") == "https://example.org/?a=1"  # no space there: left alone
    assert french(french("a : b")) == french("a : b")


def test_the_french_catalogue_is_set_in_french_typography():
    wrong = {key: text for key, text in CATALOGUE["fr"].items() if french(text) != text}
    assert wrong == {}, "run scripts/typeset.py"


def test_the_data_s_french_texts_are_set_in_french_typography():
    wrong = [(where, text) for where, text in data_texts("_fr") if french(text) != text]
    assert wrong == [], "run scripts/typeset.py"


def test_a_keeper_s_plain_space_is_set_when_the_data_is_read():
    assert texts({"title_fr": "Accord : Tunis", "title_en": "Agreement: Tunis"}, "title") == {
        "fr": "Accord\u00a0: Tunis", "en": "Agreement: Tunis"}


@pytest.mark.parametrize("where", ["catalogue", "data"])
def test_english_puts_no_space_before_semicolons_colons_and_marks(where):
    pairs = (list(CATALOGUE["en"].items()) if where == "catalogue" else data_texts("_en"))
    faults = {key: english_faults(text) for key, text in pairs if english_faults(text)}
    assert faults == {}
