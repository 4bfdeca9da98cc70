"""The atlas in a resident's hand (issue: every answer one tap from the map): on a 375×812 phone with touch,
the residents' questions answered by tapping and typing, their cost counted (taps, scrolling); the sheet
over the map (focus, Escape, back, close); the page's height at rest; the size of every touch target; one
finger scrolls the page and two move the map; the same care on a tablet and a phone held sideways."""

from __future__ import annotations

import pytest

from .browser import axe_violations, offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy
from .phone import PHONE, TABLET, TARGETS, Thumb, in_sight, place_keys, sheet_open
from .test_explorer import ready, wait_query

pytestmark = [pytest.mark.browser, requires_chromium]

UKRAINE = {  # everything tied to Ukraine, whatever its category and wherever it happened
    "TW09": "Jumelage avec Odessa", "CA12": "Accord de coopération avec Kiev",
    "AI02": "Solidarité avec l'Ukraine", "AI03": "Ambulances et matériel pour Odessa",
    "VI11": "Benoît Payan à Kiev", "CM01": "Ancre-cœur d'Odessa devant l'Hôtel de Ville",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "phone") as running:
        yield running


@pytest.fixture(scope="module")
def places(server):
    return place_keys(server)


def phone(server, path: str = "/?lang=fr", viewport=PHONE):
    """A phone on the atlas, its map live (the caller enters the context)."""
    return offline_page(viewport=viewport, touch=True), server.url + path


def opened(page, server, path: str = "/?lang=fr"):
    """The page as a phone has it once it answers: its words and the picture of the map; plotly.js not yet
    (it comes when the reader needs the live map: assets/src/loader.mjs)."""
    page.goto(server.url + path)
    page.wait_for_function("document.querySelector('#controls #year-previous') !== null"
                           " && document.querySelector('#summary').textContent.length > 0")


def test_the_first_screen_holds_the_title_the_sentence_the_map_and_the_controls(server):
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        for part in ("h1", "#summary", "#map", "#year-slider", "#play", "#year-previous", "#sheet-tabs"):
            assert in_sight(page, part), part
        box = page.locator("#map").bounding_box()
        assert box["height"] >= 0.45 * PHONE[1] and box["width"] >= PHONE[0] - 1, box
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height <= 3 * PHONE[1], height  # at rest, about three screens at most (it was 12,485 px)
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
        for panel in ("#table", "#key-figures", "#place-list", "#figure-notes", "#categories"):
            assert not page.is_visible(panel), panel  # on demand, in the sheet
        assert "user-scalable=no" not in page.content() and "maximum-scale" not in page.content()
        screenshot(page, "phone-first-screen-fr", full_page=False)
        assert axe_violations(page) == []
        assert page.console_errors == [] and page.blocked == []


def test_dakar_twinning_year_is_one_tap_away_without_scrolling(server, places):
    """"Since when is Marseille twinned with Dakar?": a tap on its mark; before, 30 s and fourteen screens."""
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        thumb = Thumb(page)
        thumb.tap_mark(places["Dakar"])
        page.locator("#details-title").filter(has_text="Dakar").wait_for()
        assert sheet_open(page) == "details"
        year = page.locator("#details dd").filter(has_text="1968")
        assert year.count() == 1
        assert in_sight(page, "#details-title") and year.bounding_box()["y"] + 20 < PHONE[1]
        assert thumb.taps <= 2 and page.evaluate("scrollY") == 0
        wait_query(page, "sel", "=== 'TW08'")  # the address carries it, as permalinks do
        screenshot(page, "phone-sheet-dakar-fr", full_page=False)
        assert axe_violations(page) == []


def test_ukraine_whole_story_within_a_word_and_three_taps(server):
    """"What did Marseille do for Ukraine?": before, 7 taps, 13 keys, 12,000 px of scrolling, and the Odesa
    commemoration held in Marseille never appeared."""
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        thumb = Thumb(page)
        thumb.tap("[data-opens=search]")
        assert page.evaluate("document.activeElement.id") == "place-search"
        page.keyboard.type("Ukraine")
        options = page.locator("#search-results [role=option]")
        options.first.wait_for()
        listed = options.all_inner_texts()
        for title in UKRAINE.values():
            assert any(title in text for text in listed), (title, listed)
        assert any("Hôtel de Ville de Marseille" in text for text in listed)  # where it happened, with whom
        assert page.get_attribute("#place-search", "aria-expanded") == "true"
        assert "lié" in page.inner_text("#search-status")  # said to screen readers
        screenshot(page, "phone-search-ukraine-fr", full_page=False)
        thumb.tap("#search-results [role=option]:has-text('Ancre-cœur')")
        page.locator("#details-title").filter(has_text="Ancre-cœur").wait_for()
        details = page.inner_text("#details")
        assert "Hôtel de Ville de Marseille" in details and "Odessa, Ukraine" in details
        assert thumb.taps <= 3 and in_sight(page, "#details-title")
        wait_query(page, "year", "=== '2022'")  # a commemoration of 2022: the map goes there to show it
        thumb.tap("[data-opens=search]")
        page.fill("#place-search", "")
        page.keyboard.type("Solidarité avec l'Ukr")  # by keyboard: the arrows and Enter choose
        options.first.wait_for()
        page.keyboard.press("ArrowDown")
        assert page.get_attribute("#place-search", "aria-activedescendant") == options.first.get_attribute("id")
        page.keyboard.press("Enter")
        page.locator("#details-title").filter(has_text="Solidarité avec l'Ukraine").wait_for()


@pytest.mark.parametrize("query", ["Odessa", "odesa", "ODESSA", "Odésa"])
def test_names_in_both_languages_with_or_without_accents(server, query):
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        page.locator("[data-opens=search]").tap()
        page.keyboard.type(query)
        page.locator("#search-results [role=option]").first.wait_for()
        assert "Odessa, Ukraine" in page.inner_text("#search-results")


def test_what_happened_in_2023_within_three_taps(server):
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        thumb = Thumb(page)
        for _ in range(3):
            thumb.tap("#year-previous")
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 2023')")
        assert page.input_value("#year-input") == "2023"
        assert in_sight(page, "#summary") and in_sight(page, "#map") and page.evaluate("scrollY") == 0
        assert thumb.taps == 3
        thumb.tap("[data-opens=filters]")  # the mode that shows what happened that year, one tap further
        page.locator("#mode input[value=happened]").tap()
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 2023')"
                               " && new URLSearchParams(location.search).get('mode') === 'happened'")


def test_the_key_figures_within_one_tap(server):
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        Thumb(page).tap("[data-opens=figures]")
        assert sheet_open(page) == "figures"
        assert in_sight(page, "#key-figures > li:first-child")
        assert page.get_attribute("[data-opens=figures]", "aria-expanded") == "true"
        screenshot(page, "phone-key-figures-fr", full_page=False)
        assert axe_violations(page) == []


@pytest.mark.parametrize("tab", ["search", "filters", "places", "table"])
def test_each_panel_opens_over_the_map_in_sight(server, tab):
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        page.locator(f"[data-opens={tab}]").tap()
        assert sheet_open(page) == tab
        if tab == "places":
            page.locator("#place-list li").first.wait_for()
        box = page.locator(f"#sheet-{tab}").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE[1] and box["height"] > 100, box
        assert page.evaluate("scrollY") == 0
        if tab == "filters":
            assert page.is_visible("#sheet-filters #map-legend")  # the legend folds into the filters
        assert axe_violations(page) == []


def test_every_touch_target_is_24_px_and_the_main_ones_44(server):
    """WCAG 2.2, 2.5.8 (24×24 CSS px), and 44 px for the year bar, the tab bar and the sheet's close."""
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        targets = page.evaluate(TARGETS)
        assert len(targets) >= 12
        small = [t for t in targets if t["width"] < 24 or t["height"] < 24]
        assert small == []
        page.locator("[data-opens=filters]").tap()
        main = ["#play", "#year-previous", "#year-next", "#year-input", "#year-slider", "#sheet-filters .sheet-close",
                *[f"[data-opens={t}]" for t in ("search", "filters", "places", "table", "figures")]]
        for selector in main:
            box = page.locator(selector).bounding_box()
            assert box["height"] >= 44 - 0.5 and box["width"] >= 44 - 0.5, (selector, box)
        small = [t for t in page.evaluate(TARGETS) if t["width"] < 24 or t["height"] < 24]
        assert small == []  # the filters' checkboxes and labels too


def test_the_sheet_takes_the_focus_and_escape_back_and_close_give_it_back(server, places):
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        thumb = Thumb(page)
        thumb.tap_mark(places["Dakar"])
        page.wait_for_function("document.activeElement && document.activeElement.id === 'details-title'")
        wait_query(page, "sel", "=== 'TW08'")
        page.keyboard.press("Escape")
        page.wait_for_function("!document.querySelector('.sheet.open')")
        wait_query(page, "sel", "=== null")
        thumb.tap_mark(places["Dakar"])  # the browser's back button closes it
        wait_query(page, "sel", "=== 'TW08'")
        thumb.tap_mark(places["Odessa"])  # another tap replaces it
        page.locator("#details-title").filter(has_text="Odessa").wait_for()
        wait_query(page, "sel", "=== 'TW09'")
        page.go_back()
        page.wait_for_function("!document.querySelector('.sheet.open')")
        wait_query(page, "sel", "=== null")
        thumb.tap_mark(places["Dakar"])  # the close button
        page.locator("#details-title").filter(has_text="Dakar").wait_for()
        page.locator("#sheet-details .sheet-close").tap()
        page.wait_for_function("!document.querySelector('.sheet.open')")
        page.locator("[data-opens=figures]").focus()  # a panel opened from the keyboard
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement.closest('#sheet-figures') !== null")
        page.keyboard.press("Escape")
        page.wait_for_function("document.activeElement.getAttribute('data-opens') === 'figures'")
        assert sheet_open(page) == ""
        page.goto(server.url + "/?sel=TW09&lang=fr")  # a permalink opens on its sheet
        ready(page)
        page.wait_for_function("document.querySelector('.sheet.open') !== null")
        assert sheet_open(page) == "details" and "Odessa" in page.inner_text("#details-title")
        assert page.console_errors == []


def geo(page) -> dict:
    return page.evaluate("() => { const g = document.querySelector('#map .map-data')._fullLayout.geo;"
                         " return { lon: g.center.lon, lat: g.center.lat, scale: g.projection.scale }; }")


def swipe(page, fingers: list[tuple[float, float]], by: tuple[float, float], steps: int = 10) -> None:
    """Fingers put on the screen, moved together, lifted (Chromium's touch events, over CDP)."""
    cdp = page.context.new_cdp_session(page)

    def send(kind, points):
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [
            {"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)]})

    send("touchStart", fingers)
    for step in range(1, steps + 1):
        send("touchMove", [(x + by[0] * step / steps, y + by[1] * step / steps) for x, y in fingers])
        page.wait_for_timeout(16)
    send("touchEnd", [])
    page.wait_for_timeout(400)


def pinch(page, middle: tuple[float, float], start: float, end: float, steps: int = 10) -> None:
    """Two fingers on the middle point, from start px apart to end px apart."""
    cdp = page.context.new_cdp_session(page)
    x, y = middle

    def send(kind, gap):
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [] if gap is None else [
            {"x": x - gap / 2, "y": y, "id": 0}, {"x": x + gap / 2, "y": y, "id": 1}]})

    send("touchStart", start)
    for step in range(1, steps + 1):
        send("touchMove", start + (end - start) * step / steps)
        page.wait_for_timeout(16)
    send("touchEnd", None)
    page.wait_for_timeout(400)


def test_one_finger_scrolls_the_page_and_two_move_the_map(server):
    with offline_page(viewport=PHONE, touch=True) as page:
        opened(page, server)
        assert not page.evaluate("Boolean(window.Plotly)")  # at rest, a phone has not run plotly.js
        ready(page)  # the live map (two fingers on the map would bring it too)
        box = page.locator("#map").bounding_box()
        middle = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        before = geo(page)
        swipe(page, [middle], (0, -200))
        assert page.evaluate("scrollY") > 50  # the page scrolled
        assert geo(page) == before  # the map did not move
        page.evaluate("scrollTo(0, 0)")
        swipe(page, [(middle[0] - 50, middle[1]), (middle[0] + 50, middle[1])], (80, 40))
        moved = geo(page)
        assert moved["lon"] < before["lon"] and moved["lat"] > before["lat"], (before, moved)
        assert page.evaluate("scrollY") == 0
        page.wait_for_function("(() => { const a = document.querySelector('#map .map-data')._fullLayout.geo;"
                               " const b = document.querySelector('#map .map-base')._fullLayout.geo;"
                               " return a.center.lon === b.center.lon; })()")  # the basemap follows
        pinch(page, middle, 40, 120)  # fingers apart: the map zooms in, the page does not
        assert geo(page)["scale"] > before["scale"] * 2
        assert page.evaluate("visualViewport.scale") == 1


@pytest.mark.parametrize("viewport", [TABLET, (1024, 768), (812, 375)], ids=["tablet", "tablet-landscape", "sideways"])
def test_a_tablet_and_a_phone_held_sideways(server, places, viewport):
    with offline_page(viewport=viewport, touch=True) as page:
        opened(page, server)
        width, height = viewport
        box = page.locator("#map").bounding_box()
        assert box["height"] >= 0.45 * height and box["width"] >= width - 1, box
        for part in ("#summary", "#map", "#year-slider", "#sheet-tabs"):
            assert in_sight(page, part), part
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
        Thumb(page).tap_mark(places["Dakar"])
        page.locator("#details-title").filter(has_text="Dakar").wait_for()
        sheet = page.locator("#sheet-details").bounding_box()
        assert sheet["y"] >= 0 and sheet["y"] + sheet["height"] <= height + 0.5 and sheet["x"] > width / 3, sheet
        assert page.evaluate("scrollY") == 0
        name = f"tablet-{width}x{height}-sheet-fr"
        screenshot(page, name, full_page=False)
        assert axe_violations(page) == []
