"""The first frame at once: the first HTML is the page itself, with the opening view's title, sentence,
key figures and a picture of the map made by Python; the live map replaces the picture in place."""

from __future__ import annotations

import re

import pytest
import requests

from .browser import offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy
from .test_explorer import ready

pytestmark = [pytest.mark.browser, requires_chromium]

WORDS = """() => ({ summary: document.querySelector('#summary').textContent,
  figures: document.querySelector('#key-figures').textContent,
  picture: Boolean(document.querySelector('#map .map-picture svg[role=img][aria-label]')) })"""
# Where the picture and the live map put Marseille's mark, in the page (the live one from plotly.js's
# own projection of the home city's point).
HOME_IN_PICTURE = """() => { const marks = document.querySelectorAll('#map .map-picture .picture-data > use');
  return marks[marks.length - 1].getBoundingClientRect().toJSON(); }"""
HOME_LIVE = """() => { const gd = document.querySelector('#map .map-data'); const box = gd.getBoundingClientRect();
  const p = gd._fullLayout.geo._subplot.projection([5.38107, 43.29695]);
  return { x: box.left + p[0], y: box.top + p[1] }; }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "first-frame") as running:
        yield running


def first_html(server, query: str) -> str:
    response = requests.get(server.url + "/" + query, timeout=30)
    assert response.status_code == 200
    return response.text


@pytest.mark.parametrize("lang, title, sentence", [
    ("fr", "Marseille à l&#x27;international", "relations en vigueur ou en cours"),
    ("en", "Marseille and the world", "relations in force or under way"),
])
def test_the_first_html_says_and_shows_the_opening_view(server, lang, title, sentence):
    page = first_html(server, f"?lang={lang}")
    body = page[page.index("<body"):]
    assert "<h1" in body and title in body  # the title in the page, not only in <title>
    summary = re.search(r'<p id="summary"[^>]*>([^<]+)</p>', body)
    assert summary and sentence in summary.group(1) and re.search(r"\d", summary.group(1))
    assert re.search(r'<ul id="key-figures"[^>]*><li data-cat="twin_city">', body)
    picture = re.search(r'<div class="map-picture"><svg [^>]*role="img" aria-label="[^"]+"', body)
    assert picture, "the map's picture, named for assistive technology"
    assert body.count("<path") > 100  # countries, arcs and marks
    assert 'id="react-entry-point"' in body  # Dash's part, which only carries the data notices


def test_another_state_opens_without_the_opening_views_words(server):
    """A permalink to 1990 is the browser's to draw: the first HTML does not say 2026's counts."""
    page = first_html(server, "?year=1990&lang=fr")
    assert re.search(r'<p id="summary"[^>]*></p>', page)
    assert "map-picture" not in page
    assert "<h1" in page  # the page itself is still there


def test_dash_runs_after_the_live_map(server):
    page = first_html(server, "?lang=fr")
    scripts = re.findall(r'<script defer src="([^"]+)"', page.split('<template id="dash-scripts">')[0])
    assert [s.split("?")[0].rsplit("/", 1)[-1] for s in scripts] == ["atlas.js"]  # it loads plotly.js itself
    desktop = 'media="(min-width: 1101px) and (pointer: fine)"'  # a phone fetches it when it needs the live map
    plotly = r'<link rel="preload" as="script" href="[^"]*plotly-geo\.min\.js\?m=\d+"'
    assert re.search(plotly + " " + re.escape(desktop), page)
    another = first_html(server, "?year=2000&lang=fr")  # no picture for this view: plotly.js for every screen
    assert re.search(plotly + ">", another)
    later = page.split('<template id="dash-scripts">')[1].split("</template>")[0]
    assert "dash_renderer" in later and "new DashRenderer" in later


def test_the_live_map_replaces_the_picture_in_place(server):
    with offline_page(viewport=(1440, 900)) as page:
        held = []  # the basemap held back, so the picture can be read before the live map replaces it
        page.route("**/topojson/world_110m.json", lambda route: held.append(route))  # noqa: PLW0108 (a bound
        # builtin cannot take playwright's handler attribute)
        page.goto(server.url + "/?lang=fr", wait_until="commit")
        page.wait_for_selector("#map .map-picture svg", state="attached")
        page.wait_for_function("() => document.querySelector('#map .map-layer')")  # the explorer started
        before = page.evaluate(WORDS)
        picture_home = page.evaluate(HOME_IN_PICTURE)
        assert before["picture"] and before["summary"] and before["figures"]
        for request in held:
            request.continue_()
        ready(page)
        after = page.evaluate(WORDS)
        assert after["summary"] == before["summary"]  # the same words, from Python and from the browser
        assert after["figures"] == before["figures"]
        assert page.locator("#map .map-picture .picture-data").count() == 0  # the live marks replaced its own
        live = page.evaluate(HOME_LIVE)
        centre = (picture_home["x"] + picture_home["width"] / 2, picture_home["y"] + picture_home["height"] / 2)
        assert abs(centre[0] - live["x"]) < 3 and abs(centre[1] - live["y"]) < 3, (centre, live)
        page.wait_for_function("() => typeof window.DashRenderer === 'function'")  # Dash came after
        # its basemap stays until plotly.js's is drawn, once the browser is idle
        page.wait_for_function("() => !document.querySelector('#map .map-picture')"
                               " && document.querySelector('#map .map-base')._fullLayout")
        assert page.console_errors == []


def test_the_largest_paint_comes_before_the_live_map(server):
    watch = """window.__lcp = 0; window.__live = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => { window.__lcp = e.startTime; }))
        .observe({ type: "largest-contentful-paint", buffered: true });
      new MutationObserver(function (c, o) { if (document.querySelector("#map .map-data .scattergeo")) {
        window.__live = performance.now(); o.disconnect(); } })
        .observe(document, { childList: true, subtree: true });"""
    with offline_page(viewport=(1440, 900)) as page:
        page.add_init_script(watch)
        page.goto(server.url + "/?lang=fr")
        ready(page)
        page.wait_for_timeout(300)
        lcp, live = page.evaluate("[window.__lcp, window.__live]")
        assert 0 < lcp < live, (lcp, live)


def test_without_scripts_the_page_still_reads(server):
    """What a search engine, a CMS preview or a reader without JavaScript gets."""
    with offline_page(viewport=(1440, 900), javascript=False) as page:
        page.goto(server.url + "/?lang=fr")
        assert page.locator("h1").inner_text().startswith("Marseille")
        assert re.search(r"\d{4}", page.locator("#summary").inner_text())
        picture = page.locator("#map .map-picture svg").bounding_box()
        assert picture and picture["width"] > 600 and picture["height"] > 500
        screenshot(page, "first-frame-fr")
