"""Another city's atlas from one command: `python -m dashboard new`, then served and drawn in Chromium,
titled with that city, with nothing of Marseille left."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from .browser import offline_page, requires_chromium
from .conftest import PYTHON, ROOT


def new_atlas(folder, city: str, country: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "dashboard", "new", str(folder), "--city", city, "--country", country],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_new_writes_a_valid_empty_folder_and_refuses_what_it_cannot_do(tmp_path):
    done = new_atlas(tmp_path / "lyon", "Lyon", "fr")
    assert done.returncode == 0, done.stderr
    checked = subprocess.run([PYTHON, "-m", "dashboard", "check", str(tmp_path / "lyon")], cwd=ROOT,
                             capture_output=True, text=True, timeout=120, check=False)
    assert checked.returncode == 0 and "0 errors" in checked.stdout
    assert 'city = "Lyon"' in (tmp_path / "lyon" / "atlas.toml").read_text(encoding="utf-8")
    package = (tmp_path / "lyon" / "datapackage.json").read_text(encoding="utf-8")
    assert '"title": "Lyon international atlas"' in package and "Marseille" not in package
    valid = subprocess.run([str(Path(PYTHON).parent / "frictionless"), "validate", "datapackage.json", "--json"],
                           cwd=tmp_path / "lyon", capture_output=True, text=True, timeout=120, check=False)
    assert json.loads(valid.stdout)["valid"]
    again = new_atlas(tmp_path / "lyon", "Lyon", "FR")
    assert (again.returncode, again.stderr.strip()) == (2, f"{tmp_path / 'lyon'} is not empty: choose a new or "
                                                           "empty folder")
    unknown = new_atlas(tmp_path / "nowhere", "Lyyon", "FR")
    assert unknown.returncode == 2 and "is not a city the offline gazetteer knows in FR" in unknown.stderr
    assert not (tmp_path / "nowhere").exists()  # nothing written


def add_rows(folder):
    with (folder / "relations.csv").open(encoding="utf-8") as handle:
        columns = next(csv.reader(handle))
    rows = [dict.fromkeys(columns, "") | cells for cells in (
        {"id": "TW01", "category": "twin_city", "status": "confirmed", "title_fr": "Jumelage de test",
         "title_en": "Test twinning", "description_fr": "Texte.", "description_en": "Text.", "city": "Hamburg",
         "country": "DE", "start_year": "1960", "sources": "https://example.org/test"},
        {"id": "EV01", "category": "event", "status": "confirmed", "title_fr": "Événement de test",
         "title_en": "Test event", "description_fr": "Texte.", "description_en": "Text.", "venue": "home",
         "start_year": "2024", "sources": "https://example.org/test"},
    )]
    with (folder / "relations.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, columns, lineterminator="\n").writerows(rows)


@pytest.mark.browser
@requires_chromium
def test_another_city_s_atlas_is_served_titled_and_drawn_from_its_own_home(tmp_path, server_on):
    folder = tmp_path / "genoa"
    assert new_atlas(folder, "Genoa", "IT").returncode == 0
    add_rows(folder)
    server = server_on(folder)
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?year=2024&mode=inforce")
        page.wait_for_selector("#map .geo .layer path", timeout=30000)
        page.wait_for_function("document.querySelectorAll('#map .map-data .scattergeo').length > 0")
        assert page.title() == "Genoa à l'international"
        assert page.inner_text("h1") == "Genoa à l'international"
        figure = page.evaluate("""() => document.querySelector('#map .map-data').data.map((d) => ({
            text: d.text, custom: d.customdata, lat: d.lat, mode: d.mode }))""")
        home = next(d for d in figure if d["custom"] == ["@home"])
        assert home["text"] == ["Genoa (1)"]  # the test event, held at home
        arc = next(d for d in figure if d["mode"] == "lines")
        assert arc["lat"][0] == pytest.approx(44.4, abs=0.1)  # from Genoa to Hamburg
        assert "Carte des relations internationales de Genoa" in page.get_attribute("#map .map-data", "aria-label")
        assert "Marseille" not in page.inner_text("body")
        page.goto(server.url + "/?year=2024&lang=en")
        page.wait_for_function("(document.querySelector('h1') || {}).textContent === 'Genoa and the world'")
        assert "Marseille" not in page.inner_text("body")
        for address in ("/donnees", "/data"):  # its data page, with no contributor written yet
            page.goto(server.url + address)
            assert "Genoa" in page.inner_text("main") and "Marseille" not in page.content()
        assert page.console_errors == []
