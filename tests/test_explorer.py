"""The explorer in a real browser, offline: map, timeline, controls, details, URL state, languages."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from dashboard.typography import french as typeset_fr

from .browser import offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "explorer") as running:
        yield running


BASEMAP = "#map .geo .layer path"


def basemap_size(page) -> int:
    """Characters of SVG path drawn for land, countries and coastlines: zero when the topology failed."""
    return page.evaluate(f"Array.from(document.querySelectorAll('{BASEMAP}')).reduce((n, p) => "
                         "n + (p.getAttribute('d') || '').length, 0)")


def wake(page):
    """Bring the live map (plotly.js), which a phone's screen otherwise loads when the reader needs it."""
    page.wait_for_function("window.atlasExplorer && window.atlasExplorer.current", timeout=30000)
    page.evaluate("window.atlasExplorer.current.wake()")


def ready(page):
    """The live map drawn (plotly.js's basemap) and the page's words written."""
    wake(page)
    page.wait_for_selector(BASEMAP, timeout=30000)
    page.wait_for_function("document.querySelector('#summary').textContent.length > 0")


def option(page, group: str, value: str):
    return page.locator(f"#{group} input[value='{value}']")


def query(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def wait_query(page, key: str, test: str = "!== null"):
    """The address is written just after a change is drawn: wait for it (test is a JS comparison)."""
    page.wait_for_function(f"new URLSearchParams(location.search).get('{key}') {test}")


def test_map_draws_with_its_basemap_offline(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=2024")
        ready(page)
        assert basemap_size(page) > 100_000  # land and borders of Europe, the Mediterranean and Africa are drawn
        assert page.locator("#map .scattergeo .point").count() > 20  # places
        assert page.locator("#map .choroplethlocation").count() >= 9  # consulate countries
        assert page.locator("#timeline .scatterlayer .point").count() > 30
        assert page.inner_text("#summary") == typeset_fr("En 2024 : 54 relations en vigueur ou en cours, dans 27 pays.")
        says = page.inner_text("#key-figures [data-cat='cooperation'] .figure-says")
        assert says == typeset_fr("La Ville comptait 29 accords de coopération bilatéraux en 2025 ; la carte en compte "
                                  "16, un par accord ou serment, plus 4 à part.")
        page.click("#key-figures [data-cat='cooperation'] .figure-how summary")  # how they are counted
        coop = page.inner_text("#key-figures [data-figure='OF03']")
        assert coop.startswith(typeset_fr("29 accords de coopération bilatéraux (2025, année déduite de la source, "
                                          "la Ville ;"))
        assert typeset_fr("— la carte en compte 16, un par accord ou serment ; à part : 3 liens") in coop
        screenshot(page, "explorer-desktop-fr")
        assert page.blocked == []
        assert page.console_errors == []


def test_year_by_keyboard_and_by_typing(server):
    with offline_page() as page:
        page.goto(server.url + "/")
        ready(page)
        page.focus("#year-slider")
        page.keyboard.press("Home")
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 1793')")
        wait_query(page, "year", "=== '1793'")
        page.keyboard.press("End")
        page.keyboard.press("ArrowLeft")
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 2025')")
        page.fill("#year-input", "1972")
        page.press("#year-input", "Enter")
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 1972')")
        assert page.input_value("#year-slider") == "1972"
        wait_query(page, "year", "=== '1972'")
        assert page.console_errors == []


def test_a_year_that_changes_nothing_on_the_map_does_not_redraw_it(server):
    """Dragging the slider over years with no change on the map costs no draw: plotly.js redraws the data
    layer exactly when its figure changes."""
    with offline_page() as page:
        page.goto(server.url + "/?year=1950")
        ready(page)
        page.wait_for_timeout(500)
        page.evaluate("() => { window.__draws = 0; document.querySelector('#map .map-data')"
                      ".on('plotly_afterplot', () => { window.__draws += 1; }); }")
        figures, draws = [], []
        for year in range(1951, 1981):
            page.evaluate("(y) => { const s = document.getElementById('year-slider'); s.value = String(y);"
                          " s.dispatchEvent(new Event('input', {bubbles: true})); }", year)
            page.wait_for_function(f"document.querySelector('#summary').textContent.startsWith('En {year}')")
            page.wait_for_timeout(50)
            figures.append(page.evaluate("() => { const gd = document.querySelector('#map .map-data');"
                                         " return JSON.stringify([gd.data, gd.layout]); }"))
            draws.append(page.evaluate("window.__draws"))
        changed = [i for i in range(1, len(figures)) if figures[i] != figures[i - 1]]
        redrawn = [i for i in range(1, len(draws)) if draws[i] != draws[i - 1]]
        assert changed == redrawn
        assert 0 < len(changed) < len(figures) - 1  # some years change the map, some do not
        assert page.console_errors == []


def test_filters_mode_and_reset(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=2024")
        ready(page)
        option(page, "categories", "twin_city").click()
        page.wait_for_function("!document.querySelector('#key-figures').textContent.includes('Ville jumelle')")
        wait_query(page, "cat", "=== 'cooperation,consulate,aid,event,visit,network,climate,commemoration,statement,"
                                "recognition'")
        option(page, "mode", "happened").click()
        page.wait_for_function("document.querySelector('#summary').textContent.includes('nouées ou événements')")
        wait_query(page, "mode", "=== 'happened'")
        page.select_option("#region-select", "EU")
        wait_query(page, "region", "=== 'EU'")
        page.select_option("#region-select", label="Afrique du Nord")  # a UN sub-region
        wait_query(page, "region", "=== 'northern-africa'")
        page.wait_for_function("document.querySelector('.table-view caption').textContent.endsWith('\u00a0: 3')")
        places = page.locator(".table-view tbody td:nth-child(3)").all_inner_texts()
        assert places == ["Alger, Algérie", "Alger, Algérie", "Annaba, Algérie"]  # 2024, happened, no twin cities
        page.click("#reset")
        page.wait_for_function("location.search === '?year=2026&lang=fr'")
        assert option(page, "categories", "twin_city").is_checked()
        assert page.console_errors == []


def test_timeline_click_opens_details_and_place_history(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=2025&cat=twin_city")
        ready(page)
        points = page.locator("#timeline .scatterlayer .point")
        points.last.click(force=True)
        page.wait_for_selector("#details h2")
        title = page.inner_text("#details h2")
        assert title.startswith("Jumelage")
        wait_query(page, "sel")
        assert query(page)["sel"].startswith("TW")
        assert page.locator("#details .sources a").count() >= 1
        assert page.console_errors == []


def test_map_click_selects_a_place(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=2025&cat=twin_city")
        ready(page)
        page.locator("#map .scattergeo .point").nth(1).click(force=True)  # 0 is Marseille's star
        page.wait_for_selector("#details h2")
        wait_query(page, "sel")
        assert query(page)["sel"].startswith("TW")


def test_permalink_restores_the_view_and_back_forward_move_through_it(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=1990&cat=twin_city,cooperation&sel=CA03&lang=en")
        ready(page)
        assert page.get_attribute("html", "lang") == "en"
        assert page.input_value("#year-input") == "1990"
        assert not option(page, "categories", "consulate").is_checked()
        page.wait_for_selector("#details h2")
        assert page.inner_text("#details h2") == "Cooperation agreement with Yerevan (1992)"
        assert "June 1992" in page.inner_text("#details")
        page.fill("#year-input", "2000")
        page.press("#year-input", "Enter")
        page.wait_for_function("new URLSearchParams(location.search).get('year') === '2000'")
        page.go_back()
        page.wait_for_function("document.querySelector('#year-input').value === '1990'")
        assert page.inner_text("#summary").startswith("In 1990")
        page.go_forward()
        page.wait_for_function("document.querySelector('#year-input').value === '2000'")
        assert page.console_errors == []


def test_language_switch_keeps_the_view(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=2024&sel=EV13")
        ready(page)
        page.click("#language-link")
        page.wait_for_function("document.documentElement.lang === 'en'")
        ready(page)
        assert query(page) == {"year": "2024", "sel": "EV13", "lang": "en"}
        assert page.inner_text("h1") == "Marseille and the world"
        page.wait_for_selector("#details h2")
        assert page.inner_text("#details h2") == "Arrival of the Olympic flame in Marseille"
        assert "150,000 people at the Old Port" in page.inner_text("#details")


def test_bad_parameters_are_ignored(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=<script>&cat=nope&mode=x&region=ZZ&sel=../../etc&lang=de")
        ready(page)
        assert page.input_value("#year-input") == "2026"
        assert page.console_errors == []


def test_phone_view(server):
    with offline_page(viewport=(375, 800)) as page:
        page.goto(server.url + "/?year=2024&sel=TW09")
        ready(page)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        assert page.is_visible("#year-slider")  # the year bar under the map
        assert not page.is_visible("#categories")  # the filters open in the sheet, on demand
        page.locator("#details-title").filter(has_text="Odessa").wait_for()  # the choice, in its sheet
        screenshot(page, "explorer-phone-fr")
        page.click("[data-opens=filters]")
        assert page.is_visible("#categories")


def test_search_finds_a_place_in_either_language_and_opens_it(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=2025")
        ready(page)
        page.fill("#place-search", "Yerevan")
        page.click("#search-results [role=option] >> text=Erevan, Arménie")
        page.wait_for_selector("#details h2")
        assert "Erevan" in page.inner_text("#details h2")
        wait_query(page, "sel")
        assert query(page)["sel"] in {"TW16", "CA03", "VI18", "CM06", "VI02", "VI03", "CM03"}
        page.fill("#place-search", "genes")
        page.wait_for_selector("#search-results [role=option] >> text=Gênes, Italie")
        page.fill("#place-search", "zzzz")
        page.wait_for_function("document.querySelector('#search-status').textContent === 'Aucun lieu trouvé.'")
        assert page.console_errors == []


def test_play_advances_the_years_and_pause_stops(server):
    with offline_page() as page:
        page.goto(server.url + "/?year=2010")
        ready(page)
        assert page.get_attribute("#play", "aria-pressed") == "false"
        page.select_option("#play-speed", label="Rapide")
        page.click("#play")
        assert page.get_attribute("#play", "aria-pressed") == "true"
        page.wait_for_function("parseInt(new URLSearchParams(location.search).get('year')) >= 2013")
        page.click("#play")
        assert page.get_attribute("#play", "aria-pressed") == "false"
        stopped = page.input_value("#year-input")
        page.wait_for_timeout(1200)
        assert page.input_value("#year-input") == stopped
        assert query(page)["year"] == stopped
        assert page.inner_text("#summary").startswith(f"En {stopped}")


def test_table_shows_what_the_map_shows_and_downloads_match(server, tmp_path):
    import csv
    import io
    import json

    with offline_page() as page:
        page.goto(server.url + "/?year=2024&cat=aid")
        ready(page)
        caption = page.inner_text(".table-view caption")
        assert caption == typeset_fr("Relations affichées sur la carte : 2")
        assert page.locator(".table-view tbody tr").count() == 2
        assert "80\u202f000" in page.inner_text(".table-view")  # the Gaza grant, in French format
        with page.expect_download() as got:
            page.click("#download-csv")
        rows = list(csv.DictReader(io.StringIO(got.value.path().read_text(encoding="utf-8-sig"))))
        assert sorted(r["id"] for r in rows) == ["AI09", "AI10"]
        # the data package's column names (relations.csv), and the data version in the file's name
        from dashboard.schema import Manifest

        from .conftest import DATA
        package_columns = set(Manifest.read(DATA / "datapackage.json").column_names("relations.csv"))
        assert {"id", "category", "status", "title_fr", "start_year", "amount_eur", "sources"} <= set(rows[0])
        assert set(rows[0]) - package_columns == {"where_fr", "where_lat", "where_lon"}
        version = page.evaluate("window.atlasExplorer.current.version")
        assert got.value.suggested_filename == f"marseille-international-2024-{version}.csv"
        with page.expect_download() as got:
            page.click("#download-geojson")
        collection = json.loads(got.value.path().read_text(encoding="utf-8"))
        assert sorted(f["properties"]["id"] for f in collection["features"]) == ["AI09", "AI10"]
        assert page.console_errors == []


def test_an_open_page_gets_edited_data_and_keeps_its_view(tmp_path):
    """The office saves a file while a page is open: the page shows the new data without reloading, in
    the same view; a broken save changes nothing on the page."""
    import shutil

    from .conftest import DATA, Server

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    running = Server(data, ATLAS_POLL_INTERVAL="1")
    try:
        with offline_page() as page:
            page.goto(running.url + "/?year=2024&cat=twin_city")
            ready(page)
            page.evaluate("window.__samePage = true")
            path = data / "relations.csv"
            good = path.read_text(encoding="utf-8")
            assert "Jumelage avec Hambourg," in good
            path.write_text(good.replace("Jumelage avec Hambourg,", "Jumelage avec Hambourg (ville hanséatique),"),
                            encoding="utf-8")
            page.wait_for_function("document.querySelector('.table-view').textContent.includes('hanséatique')",
                                   timeout=20000)
            assert page.evaluate("window.__samePage") is True
            assert query(page) == {"year": "2024", "cat": "twin_city", "lang": "fr"}
            broken = good.replace("Twinning with Hamburg,Hamburg,DE,,,,1958",
                                  "Twinning with Hamburg,Hamburg,DE,,,,19S8")
            assert broken != good
            path.write_text(broken, encoding="utf-8")
            page.wait_for_timeout(2500)  # more than a reload check and a poll
            assert "hanséatique" in page.inner_text(".table-view")  # the last good data stays on screen
            assert page.console_errors == []
    finally:
        running.stop()
