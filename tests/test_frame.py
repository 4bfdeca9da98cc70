"""The map as the page's hero (issue: a map that reads at a glance): its share of the window and its place
on the first screen, on a desktop and a phone; the named views; the map moved with the keyboard."""

from __future__ import annotations

import pytest

from dashboard.typography import french as typeset_fr

from .browser import offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy
from .test_explorer import ready, wait_query

pytestmark = [pytest.mark.browser, requires_chromium]

MAP_BOX = """() => { const r = document.querySelector('#map').getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width, height: r.height,
           share: r.width * r.height / (innerWidth * innerHeight) }; }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "frame") as running:
        yield running


def geo(page) -> dict:
    """The data layer's geo settings as plotly.js drew them."""
    return page.evaluate("() => { const g = document.querySelector('#map .map-data')._fullLayout.geo;"
                         " return { type: g.projection.type, scale: g.projection.scale,"
                         " lon: g.center.lon, lat: g.center.lat }; }")


def test_on_a_desktop_the_map_takes_half_the_window_from_its_first_quarter(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?lang=fr")
        ready(page)
        box = page.evaluate(MAP_BOX)
        assert box["share"] >= 0.5, box
        assert box["top"] <= 900 / 4, box
        for first_screen in ("#summary", "#year-slider"):  # the sentence and the time control, with the map
            rect = page.locator(first_screen).bounding_box()
            assert rect and rect["y"] + rect["height"] <= 900, first_screen
        figures = page.locator(".figures-section").bounding_box()
        assert figures["x"] >= box["left"] + box["width"] - 1  # the key figures beside the map, not above it
        screenshot(page, "frame-desktop-fr")
        assert page.console_errors == []


def test_on_a_phone_the_map_comes_first_full_width(server):
    with offline_page(viewport=(375, 812)) as page:
        page.goto(server.url + "/?lang=en")
        ready(page)
        box = page.evaluate(MAP_BOX)
        assert box["width"] >= 375 - 1 and box["left"] <= 0.5, box
        assert box["height"] >= 0.45 * 812, box
        assert box["top"] <= 812 / 4, box  # under the title only: the controls come after it
        controls = page.locator(".atlas-controls").bounding_box()
        assert controls["y"] >= box["top"] + box["height"]
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        screenshot(page, "frame-phone-en")


def test_the_named_views_are_buttons_carried_by_the_address(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?lang=fr")
        ready(page)
        buttons = page.locator("#map-views button")
        assert buttons.count() >= 3
        assert page.locator("#map-views").get_attribute("aria-label") == "Vues de la carte"
        assert buttons.first.get_attribute("aria-pressed") == "true"
        opening = geo(page)
        page.click("#map-views button[data-view='world']")
        wait_query(page, "view", "=== 'world'")
        page.wait_for_function("document.querySelector('#map .map-data')._fullLayout.geo.projection.scale === 1")
        assert page.locator("#map-views button[data-view='world']").get_attribute("aria-pressed") == "true"
        page.click("#map-views button[data-view='from-home']")
        page.wait_for_function("document.querySelector('#map .map-data')._fullLayout.geo.projection.type"
                               " === 'azimuthal equidistant'")
        wait_query(page, "view", "=== 'from-home'")
        page.go_back()
        wait_query(page, "view", "=== 'world'")
        page.goto(server.url + "/?view=world&lang=en")  # a permalink opens on its view
        ready(page)
        assert geo(page)["scale"] == 1 and geo(page)["type"] == opening["type"]
        page.locator("#map-views button").first.press("Enter")  # by keyboard, back to the opening view
        page.wait_for_function("new URLSearchParams(location.search).get('view') === null")
        assert geo(page)["lat"] == pytest.approx(opening["lat"])


def test_the_focused_map_zooms_and_pans_with_the_keyboard(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?lang=fr")
        ready(page)
        start = geo(page)
        page.focus("#map .map-data")
        assert page.evaluate("document.activeElement.classList.contains('map-data')")
        assert "+ et −" in page.get_attribute("#map .map-data", "aria-label")  # the keys, said
        page.keyboard.press("+")
        page.wait_for_function(f"document.querySelector('#map .map-data')._fullLayout.geo.projection.scale"
                               f" > {start['scale']}")
        page.keyboard.press("ArrowRight")
        page.wait_for_function(f"document.querySelector('#map .map-data')._fullLayout.geo.center.lon > {start['lon']}")
        page.keyboard.press("-")
        page.keyboard.press("-")
        page.wait_for_function(f"document.querySelector('#map .map-data')._fullLayout.geo.projection.scale"
                               f" < {start['scale']}")
        # the basemap follows the data layer
        page.wait_for_function("(() => { const a = document.querySelector('#map .map-data')._fullLayout.geo;"
                               " const b = document.querySelector('#map .map-base')._fullLayout.geo;"
                               " return a.projection.scale === b.projection.scale"
                               " && a.center.lon === b.center.lon; })()")


NAMES = """() => {
  const rect = (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
  const names = [...document.querySelectorAll('#map .map-label')].map((e) => ({ key: e.dataset.place,
    text: e.textContent, ...rect(e) }));
  const marks = [...document.querySelectorAll('#map .map-data .scattergeo .point')].map((e) => {
    const r = e.getBoundingClientRect(); const d = e.__data__ || {};
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: Math.min(r.width, r.height) / 2, key: d.data };
  });
  return { names, marks };
}"""


def overlap(a, b) -> bool:
    return (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
            and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"])


def covers(name, mark) -> bool:
    nx = max(name["x"], min(mark["x"], name["x"] + name["w"]))
    ny = max(name["y"], min(mark["y"], name["y"] + name["h"]))
    return (mark["x"] - nx) ** 2 + (mark["y"] - ny) ** 2 < (mark["r"] - 1) ** 2


def test_the_opening_view_names_twenty_places_without_collisions(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?lang=fr")
        ready(page)
        page.wait_for_function("document.querySelectorAll('#map .map-label').length > 0")
        drawn = page.evaluate(NAMES)
        names, marks = drawn["names"], drawn["marks"]
        assert len(names) >= 20, [n["text"] for n in names]
        assert {"Hambourg", "Gênes", "Alger"} <= {n["text"] for n in names}  # twin cities first
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                assert not overlap(a, b), (a["text"], b["text"])
            for mark in marks:
                if mark["key"] != a["key"] and mark["r"] > 2:
                    assert not covers(a, mark), (a["text"], mark)
        page.goto(server.url + "/?lang=fr&sel=TW09")  # the chosen place is always named
        ready(page)
        page.wait_for_function("[...document.querySelectorAll('#map .map-label.chosen')].length === 1")
        assert page.inner_text("#map .map-label.chosen") == "Odessa"


def test_a_phone_names_fewer_places(server):
    with offline_page(viewport=(375, 812)) as page:
        page.goto(server.url + "/?lang=fr")
        ready(page)
        page.wait_for_function("document.querySelectorAll('#map .map-label').length > 0")
        assert 3 <= page.locator("#map .map-label").count() < 20


def test_the_year_histogram_shows_each_year_and_a_click_goes_there(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?lang=fr&year=2024")
        ready(page)
        bars = page.locator(".year-histogram rect")
        assert bars.count() == 2026 - 1793 + 1
        label = page.get_attribute(".year-histogram", "aria-label")
        assert label.startswith(typeset_fr("Relations nouées ou événements par année, de 1793 à 2026 ; le plus en"))
        assert page.get_attribute(".year-histogram rect[data-year='2024']", "fill") == "#005a9c"  # the chosen year
        box = page.locator(".year-histogram").bounding_box()
        page.mouse.click(box["x"] + box["width"] * (2000.5 - 1793) / (2026 - 1793 + 1), box["y"] + box["height"] - 2)
        wait_query(page, "year", "=== '2000'")
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 2000')")
        assert page.get_attribute(".year-histogram rect[data-year='2000']", "fill") == "#005a9c"


def test_the_presentation_shows_its_chapters_on_its_own_view_without_buttons(server):
    with offline_page(viewport=(1920, 1080)) as page:
        page.goto(server.url + "/?story=default&chapter=2&lang=fr")
        page.wait_for_selector(".story-title")
        page.wait_for_selector("#map .map-data .choropleth", timeout=30000)
        assert not page.is_visible("#map-views")  # no buttons on the audience's screen
        assert geo(page)["scale"] == 1
        # the chapter frames the places it cites (the United States' and Portugal's consulates) and the home city
        west, east = page.evaluate("document.querySelector('#map .map-data')._fullLayout.geo.lonaxis.range")
        south, north = page.evaluate("document.querySelector('#map .map-data')._fullLayout.geo.lataxis.range")
        assert west < -99 and east > 5.4 and south < 40 < north and east - west < 360
