"""A category added by data alone (a row of categories.csv and rows of relations.csv), seen in Chromium:
drawn, filtered, counted and listed, with no code touched."""

from __future__ import annotations

import csv

import pytest

from .browser import offline_page, requires_chromium

pytestmark = [pytest.mark.browser, requires_chromium]

SPORT = "sport,12,Sport international,International sport,#1f4e79,hourglass,point,no,no,yes"


def add_sport(data):
    with (data / "categories.csv").open("a", encoding="utf-8") as handle:
        handle.write(SPORT + "\n")
    with (data / "relations.csv").open(encoding="utf-8") as handle:
        columns = next(csv.reader(handle))  # the file's own order, as a spreadsheet keeps it
    rows = [dict.fromkeys(columns, "") | {
        "id": f"SP0{n}", "category": "sport", "status": "confirmed", "title_fr": title, "title_en": title,
        "description_fr": "Texte.", "description_en": "Text.", "city": city, "country": country,
        "venue": "partner", "start_year": "2024", "sources": "https://example.org/sport"}
        for n, (title, city, country) in enumerate([("Tournoi à Gênes", "Genoa", "IT"),
                                                    ("Régates à Tunis", "Tunis", "TN")], start=1)]
    with (data / "relations.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, columns, lineterminator="\n").writerows(rows)


def test_a_category_added_by_data_alone_is_drawn_filtered_counted_and_listed(data_copy, server_on):
    add_sport(data_copy)
    server = server_on(data_copy)
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?year=2024&mode=happened")
        page.wait_for_selector("#map .geo .layer path", timeout=30000)
        page.wait_for_function("document.querySelector('#categories input[value=sport]') !== null")
        assert page.inner_text("label[for='categories-sport']").strip() == "⧗ Sport international (2)"  # counted
        drawn = page.evaluate("""() => document.querySelector('#map .map-data').data
            .filter((d) => d.name === 'places')
            .flatMap((d) => d.marker.symbol.map((s, i) => [s, d.marker.color[i]]))
            .filter(([s]) => s === 'hourglass')""")
        assert drawn == [["hourglass", "#1f4e79"], ["hourglass", "#1f4e79"]]  # its shape and colour
        assert page.locator("#table tbody tr", has_text="Régates à Tunis").count() == 1  # listed
        assert "Sport international" in page.inner_text("#key-figures")
        assert "Sport international" in page.inner_text("#map-legend")
        timeline = page.evaluate("document.querySelector('#timeline').layout.yaxis.categoryarray")
        assert "Sport international" in timeline  # its own lane
        page.click("#places > summary")  # the list is written when opened, a frame later
        page.locator("#place-list li", has_text="Tunis").first.wait_for(timeout=10000)
        assert page.locator("#place-list li", has_text="Tunis").count() == 1
        page.locator("#categories input[value=sport]").uncheck()  # filtered
        page.wait_for_function("!document.querySelector('#table').textContent.includes('Régates à Tunis')")
        page.goto(server.url + "/?year=2024&mode=happened&lang=en&cat=sport")
        page.wait_for_function("document.querySelector('.table-view caption') && "
                               "document.querySelector('.table-view caption').textContent.endsWith(': 2')")
        assert "International sport" in page.inner_text("#table")
        assert page.console_errors == []
