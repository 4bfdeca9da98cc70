"""The audience screen of a story at projector sizes, in a real browser: nothing scrolls nor is cut, the map
takes most of the screen, the chapter's card covers none of the places it cites, type for a room."""

from __future__ import annotations

import pytest
import requests

from .browser import axe_violations, offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy

pytestmark = [pytest.mark.browser, requires_chromium]

SIZES = [(1920, 1080), (1366, 768), (1280, 720), (1024, 768)]
MAP = "#map .map-data"

# What the screen is, measured in the page: scroll, the map's share, the card's parts, type sizes, contrast
# of the card's text on its ground, and where the chapter's cited places are drawn.
MEASURE = """() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return {x: r.left, y: r.top, r: r.right, b: r.bottom}; };
  const card = document.querySelector('.story');
  const map = document.querySelector('#map');
  const gd = document.querySelector('#map .map-data');
  const projection = gd._fullLayout.geo._subplot.projection;
  const m = map.getBoundingClientRect();
  const rings = gd.data.filter((t) => t.marker && t.marker.symbol === 'circle-open' && t.lat.length);
  const points = [];
  rings.forEach((t) => t.lat.forEach((lat, i) => {
    const p = projection([t.lon[i], lat]);
    points.push({x: m.left + p[0], y: m.top + p[1]});
  }));
  const parts = Array.from(card.querySelectorAll('*')).filter((el) => el.getClientRects().length
    && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.story-buttons, .story-keys, .visually-hidden'));
  const px = (sel) => parseFloat(getComputedStyle(card.querySelector(sel)).fontSize);
  const colours = parts.filter((el) => el.childNodes.length && Array.from(el.childNodes).some((n) => n.nodeType === 3
    && n.textContent.trim())).map((el) => getComputedStyle(el).color);
  return {
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    window: [innerWidth, innerHeight], map: [m.width, m.height], card: box(card),
    parts: parts.map(box), title: px('.story-title'), text: px('.story-text'),
    ground: getComputedStyle(card).backgroundColor, colours: colours, points: points,
  };
}"""


def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def colour(css: str) -> tuple[tuple[float, float, float], float]:
    inside = css[css.index("(") + 1:css.index(")")].replace("/", ",").split(",")
    values = [float(v) for v in inside]
    return (values[0], values[1], values[2]), values[3] if len(values) > 3 else 1.0


def contrast(text: str, ground: str) -> float:
    """Contrast of a text colour on the card's ground, the ground laid over white (the lightest map)."""
    (fg, _), (bg, alpha) = colour(text), colour(ground)
    over = tuple(alpha * c + (1 - alpha) * 255 for c in bg)
    high, low = sorted((luminance(fg), luminance(over)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "audience") as running:
        yield running


def chapters(page) -> int:
    """How many chapters the story has, as its card says ("Chapitre 1 sur 9")."""
    return int(page.inner_text(".story-progress").split()[-1])


def go_to_chapter(page, n: int):
    page.keyboard.type(str(n))
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelector('.story-progress').textContent.includes('{n} ')")
    page.wait_for_timeout(700)  # the map drawn, its names placed


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_chapter_fits_the_screen_and_leaves_its_places_in_view(server, size):
    width, height = size
    with offline_page(viewport=size) as page:
        page.goto(server.url + "/?story=default&chapter=1")
        page.wait_for_selector(MAP + " .scattergeo", timeout=60000)
        for n in range(1, chapters(page) + 1):
            go_to_chapter(page, n)
            seen = page.evaluate(MEASURE)
            where = f"chapter {n} at {width}x{height}"
            assert seen["scroll"] == [width, height], where  # nothing scrolls
            assert seen["map"][0] * seen["map"][1] >= 0.6 * width * height, where
            for part in seen["parts"]:  # nothing cut: every part of the card inside the card and the window
                assert part["x"] >= seen["card"]["x"] - 1 and part["r"] <= seen["card"]["r"] + 1, where
                assert part["y"] >= seen["card"]["y"] - 1 and part["b"] <= seen["card"]["b"] + 1, where
            assert seen["card"]["b"] <= height and seen["card"]["r"] <= width, where
            assert seen["title"] >= 48 * height / 1080 - 0.5, where
            assert seen["text"] >= 28 * height / 1080 - 0.5, where
            assert min(contrast(c, seen["ground"]) for c in seen["colours"]) >= 7, where
            card = seen["card"]
            for point in seen["points"]:  # the card covers none of the chapter's ringed places
                inside = card["x"] <= point["x"] <= card["r"] and card["y"] <= point["y"] <= card["b"]
                assert not inside, f"{where}: a cited place at {point} under the card {card}"
            assert seen["points"] or n == 2, where  # chapter 2 cites consulates: countries, not points
        assert page.console_errors == []


def test_the_first_frame_is_the_chapter_card_made_by_the_server(server):
    html = requests.get(server.url + "/?story=default&chapter=3", timeout=30).text
    assert 'class="presenting audience"' in html
    assert '<h2 id="story-title" class="story-title"' in html
    with offline_page(viewport=(1920, 1080), javascript=False) as page:  # before any script runs
        page.goto(server.url + "/?story=default&chapter=3")
        title = page.locator(".story-title")
        assert title.is_visible()
        assert title.inner_text() == "Jumelages et coopérations"
        assert "3 sur 9" in page.inner_text(".story-progress")
        assert "Loading" not in page.inner_text("body")
    console = requests.get(server.url + "/?story=default&chapter=3&presenter=1", timeout=30).text
    assert 'class="presenting presenter"' in console


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_audience_and_console_pass_axe_and_look_right(server, lang):
    for size, name in (((1920, 1080), "1080p"), ((1024, 768), "4x3")):
        with offline_page(viewport=size) as page:
            page.goto(server.url + f"/?story=default&chapter=7&lang={lang}")
            page.wait_for_selector(MAP + " .scattergeo", timeout=60000)
            page.wait_for_timeout(1500)
            assert axe_violations(page) == [], name
            if lang == "fr":
                screenshot(page, f"presentation-chapter-7-{name}-fr")
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + f"/?story=default&chapter=7&presenter=1&lang={lang}")
        page.wait_for_selector(MAP + " .scattergeo", timeout=60000)
        page.wait_for_timeout(1000)
        # the next chapter (8, aid to Ukraine, Chile...) as a small picture: its basemap and its marks
        glimpse = page.locator(".story-glimpse")
        assert glimpse.is_visible()
        assert page.locator(".story-glimpse .geo .layer path").count() > 0
        assert page.locator(".story-glimpse .scattergeo .point").count() > 0
        assert axe_violations(page) == []
        if lang == "fr":
            screenshot(page, "presenter-console-fr")
        page.keyboard.press("End")  # the last chapter: nothing comes next
        page.wait_for_function("document.querySelector('.story-glimpse').hidden")


@pytest.mark.parametrize("reduced", [False, True], ids=["motion", "reduced-motion"])
def test_the_map_moves_to_the_next_chapter_in_under_a_second_or_at_once(server, reduced):
    with offline_page(viewport=(1280, 720), reduced_motion=reduced) as page:
        page.goto(server.url + "/?story=default&chapter=3")
        page.wait_for_selector(MAP + " .scattergeo", timeout=60000)
        page.wait_for_timeout(1000)
        page.keyboard.press("End")  # chapter 9: another frame
        page.wait_for_function("document.querySelector('.story-progress').textContent.includes('9 ')")
        moves = page.evaluate("() => document.getAnimations().filter((a) => a.effect && a.effect.target"
                              " && a.effect.target.closest && a.effect.target.closest('#map'))"
                              ".map((a) => a.effect.getTiming().duration)")
        if reduced:
            assert moves == []
        else:
            assert len(moves) >= 2 and all(0 < ms < 1000 for ms in moves)  # the basemap and the marks
        page.wait_for_timeout(900)
        assert page.evaluate("document.getAnimations().length") == 0  # then still
