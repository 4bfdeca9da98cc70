"""RGAA 4.1 in a real browser: axe-core on every view, keyboard journeys with the focus seen on screen,
text alternatives of the map and timeline, status messages, reflow at 320 px and 200% zoom, motion.
docs/accessibility.md maps each criterion to the test here that proves it."""

from __future__ import annotations

import json
import re

import pytest

from .browser import axe_violations, offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy
from .test_explorer import wake

pytestmark = [pytest.mark.browser, requires_chromium]

PROJECTOR = (1920, 1080)
# The page's parts in the order a keyboard should meet them (RGAA 12.8).
# the key figures are in the details column, beside the map (.figures-section is inside .atlas-details)
PARTS = [".skip-link", ".atlas-header", ".atlas-controls", "#map-section", ".timeline-section",
         ".table-section", ".figure-notes-section", ".atlas-details"]
ALL_CONTROLS = "search,year,play,mode,categories,region,reset"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "a11y") as running:
        yield running


def ready(page, url: str):
    page.goto(url)
    wake(page)  # the live map, on any screen (a phone's would otherwise wait for the reader)
    page.wait_for_selector("#map .map-data .scattergeo", timeout=30000)
    page.wait_for_function("document.querySelector('#summary').textContent.length > 0 "
                           "&& document.querySelector('#places-summary').textContent.length > 0")


def summary(page) -> str:
    return page.inner_text("#summary")


# ---------- the focus, as drawn ----------

FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  let node = el.parentElement, ground = "rgb(255, 255, 255)";
  for (; node; node = node.parentElement) {  // the outline is drawn around the element, on its parent's ground
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") { ground = bg; break; }
  }
  const parts = PARTS;
  const rect = el.getBoundingClientRect();
  return { tag: el.tagName, id: el.id, text: (el.textContent || el.value || "").trim().slice(0, 40),
    outline: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, ground: ground,
    part: parts.findIndex((p) => el.closest(p)), visible: rect.width > 0 && rect.height > 0 };
}""".replace("PARTS", json.dumps(PARTS))


def rgb(css: str) -> tuple[float, ...]:
    """An "rgb()" or "rgba()" colour as drawn on white."""
    values = [float(v) for v in re.findall(r"[\d.]+", css)]
    alpha = values[3] if len(values) > 3 else 1
    return tuple(c * alpha + 255 * (1 - alpha) for c in values[:3])


def contrast(a: str, b: str) -> float:
    def luminance(colour):
        c = [v / 255 for v in rgb(colour)]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


# The focused element and every box around it drawn opaque (plotly's tool bar fades in on focus: 0.3 s).
OPAQUE = """() => {
  for (let e = document.activeElement; e && e.nodeType === 1; e = e.parentElement) {
    if (parseFloat(getComputedStyle(e).opacity) < 0.99) return false;
  }
  return true;
}"""


def focused(page) -> dict:
    """Where the focus is, checked to be seen: drawn opaque, an outline at least 2 px wide, 3:1 against
    its ground (RGAA 10.7 and 3.3: computed styles, not only the DOM)."""
    page.wait_for_function(OPAQUE, timeout=2000)
    now = page.evaluate(FOCUS)
    assert now is not None, "the focus was lost to the page"
    label = f"{now['tag']}#{now['id']} '{now['text']}'"
    assert now["visible"], f"{label} has the focus but is not on screen"
    assert now["outline"] not in ("none", "hidden") and now["width"] >= 2, f"{label}: no visible focus ({now})"
    assert contrast(now["colour"], now["ground"]) >= 3, f"{label}: focus ring {now['colour']} on {now['ground']}"
    return now


def tab_to(page, selector: str, limit: int = 120) -> list[dict]:
    """Press Tab until the element matching selector has the focus, checking the focus at every step."""
    steps = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        steps.append(focused(page))
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return steps
    raise AssertionError(f"{selector} not reached in {limit} presses of Tab: {[s['id'] or s['text'] for s in steps]}")


def details_take_the_focus(page):
    """A choice from a list lands the reader on the chosen relation's heading."""
    page.wait_for_function("document.activeElement && document.activeElement.id === 'details-title'")


# ---------- axe-core on every view ----------

VIEWS = {
    "explorer": ("/?year=2024&sel=TW16", (1280, 900)),
    "explorer-phone": ("/?year=2024&sel=CA05", (320, 700)),
    "presentation": ("/?story=default&chapter=3", PROJECTOR),
    "presentation-phone": ("/?story=default&chapter=2", (375, 700)),
    "embed": (f"/?year=2024&embed=1&controls={ALL_CONTROLS}", (700, 760)),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("view", list(VIEWS))
def test_no_axe_violation_on_any_view(server, view, lang):
    path, viewport = VIEWS[view]
    with offline_page(viewport=viewport) as page:
        ready(page, server.url + f"{path}&lang={lang}")
        if "presentation" not in view:  # the list of places open, so its links are checked too
            page.click("#places-summary" if page.is_visible("#places-summary") else "[data-opens=places]")
            page.wait_for_selector("#place-list li")
        assert page.evaluate("document.documentElement.lang") == lang
        assert axe_violations(page) == []
        assert page.console_errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_axe_violation_in_the_share_dialog(server, lang):
    with offline_page() as page:
        ready(page, server.url + f"/?year=2024&lang={lang}")
        page.click("#share-button")
        page.wait_for_selector("#share-dialog[open] #share-iframe")
        assert axe_violations(page) == []


@pytest.mark.parametrize("page_name", ["index.html", "en.html", "index.html?story=default&chapter=4"])
def test_no_axe_violation_in_the_offline_package(static_server, page_name):
    with offline_page() as page:
        ready(page, f"{static_server}/{page_name}")
        assert axe_violations(page) == []
        assert page.blocked == []


# ---------- text alternatives and status messages ----------

def test_map_and_timeline_have_text_alternatives_from_the_data(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024")
        label = page.get_attribute("#map .map-data", "aria-label")
        assert page.get_attribute("#map .map-data", "role") == "figure"
        assert label.startswith("Carte des relations internationales de Marseille. " + summary(page))
        assert re.search(r"Ville jumelle\s: 15 dans \d+ pays", label)
        assert page.get_attribute("#map .map-base", "aria-hidden") == "true"  # the basemap is decoration
        timeline = page.get_attribute("#timeline", "aria-label")
        assert page.get_attribute("#timeline", "role") == "figure"
        assert re.match(r"Frise chronologique\s: \d+ relations datées, de 1793 à 20\d\d", timeline)
        assert "l'année 2024 est marquée" in timeline
        # the list of places is the map's own: every place the map draws, no other
        drawn = page.evaluate("""() => {
          const keys = new Set();
          document.querySelector('#map .map-data').data.forEach((trace) => {
            if (trace.type === 'choropleth' || (trace.mode || '').startsWith('markers') && trace.name === 'places')
              (trace.customdata || []).forEach((k) => keys.add(k));
            if (trace.customdata && trace.customdata[0] === '@home') keys.add('g2995469');  // Marseille's group
            if (trace.name === 'groups')  // marks too close together, as one: their places
              trace.customdata.forEach((c) => c.slice(7).split(',').forEach((k) => keys.add(k)));
          });
          return Array.from(keys).sort();
        }""")
        closed_count = page.inner_text("#places-summary")
        page.click("#places-summary")  # the list is written when opened
        page.wait_for_selector("#place-list li[data-place]")
        listed = page.evaluate("Array.from(document.querySelectorAll('#place-list li[data-place]'))"
                               ".map((li) => li.dataset.place).sort()")
        assert len(drawn) > 20 and listed == drawn
        assert page.inner_text("#places-summary") == closed_count == f"Lieux de la carte ({len(drawn)})"
        page.fill("#year-input", "1960")
        page.press("#year-input", "Enter")
        page.wait_for_function("document.querySelector('#map .map-data').ariaLabel.includes('En 1960')")
        assert "l'année 1960 est marquée" in page.get_attribute("#timeline", "aria-label")


def test_changes_are_announced_as_status_messages(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024")
        assert page.get_attribute("#summary", "role") == "status"
        before = summary(page)
        page.locator("#categories input[value='twin_city']").uncheck()  # a filter's result
        page.wait_for_function(f"document.querySelector('#summary').textContent !== {before!r}")
        page.fill("#place-search", "ereva")
        page.wait_for_function("document.querySelector('#search-status').textContent.startsWith('1 lieu et ')")
        assert page.get_attribute("#search-status", "role") == "status"
        page.fill("#place-search", "zzzz")
        page.wait_for_function("document.querySelector('#search-status').textContent === 'Aucun lieu trouvé.'")
    with offline_page(viewport=PROJECTOR) as page:
        ready(page, server.url + "/?story=default&chapter=1&lang=en")
        page.keyboard.press("PageDown")
        page.wait_for_function("Array.from(document.querySelectorAll('.story [role=status]'))"
                               ".some((s) => s.textContent.endsWith('Chapter 2 of 9'))")


# ---------- keyboard journeys ----------

def test_tab_order_follows_the_page_and_the_focus_is_always_seen(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024&sel=TW16")
        page.evaluate("document.querySelector('#places').open = true")  # its links are in the walk
        page.wait_for_selector("#place-list li")
        steps = walk_all(page)
        parts = [s["part"] for s in steps]
        assert all(p >= 0 for p in parts), [s for s in steps if s["part"] < 0]
        assert parts == sorted(parts), "the focus goes back up the page"
        assert set(parts) >= set(range(len(PARTS)))
        # the tool bars' zoom buttons are reached, seen (opaque) and named in French
        map_and_timeline = (PARTS.index("#map-section"), PARTS.index(".timeline-section"))
        toolbar = [s for s in steps if s["part"] in map_and_timeline and s["tag"] == "BUTTON"]
        assert len(toolbar) >= 8
        labels = page.evaluate("Array.from(document.querySelectorAll('.modebar-btn')).map((b) => b.ariaLabel)")
        assert "Zoom avant" in labels and "Zoom in" not in labels
        names = [s["id"] for s in steps]
        assert names.index("place-search") < names.index("year-slider") < names.index("reset") \
            < names.index("places-summary") < names.index("download-csv")


def walk_all(page, limit: int = 400) -> list[dict]:
    """Tab from the top of the page to its last focusable element."""
    steps = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body || document.activeElement === null"):
            return steps
        now = focused(page)
        if steps and now["id"] == steps[0]["id"] and now["text"] == steps[0]["text"]:
            return steps  # round again
        steps.append(now)
    return steps


def test_keyboard_year_play_and_filters(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024")
        tab_to(page, "#year-slider")
        assert page.get_attribute("#year-slider", "aria-valuetext") == "2024"
        page.keyboard.press("Home")
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 1793')")
        assert page.get_attribute("#year-slider", "aria-valuetext") == "1793"
        page.keyboard.press("End")
        page.wait_for_function("document.querySelector('#year-input').value === '2026'")
        tab_to(page, "#year-input")
        for _ in range(4):
            page.keyboard.press("Backspace")
        page.keyboard.type("1990")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 1990')")
        tab_to(page, "#play")
        page.keyboard.press("Enter")
        assert page.get_attribute("#play", "aria-pressed") == "true"
        page.wait_for_function("parseInt(document.querySelector('#year-input').value) > 1990")
        page.keyboard.press("Enter")
        assert page.get_attribute("#play", "aria-pressed") == "false"
        assert page.inner_text("#play") == "Lecture"
        stopped = page.input_value("#year-input")
        page.wait_for_timeout(1200)
        assert page.input_value("#year-input") == stopped  # paused means paused
        tab_to(page, "#categories input[value='twin_city']")
        before = summary(page)
        page.keyboard.press("Space")
        page.wait_for_function(f"document.querySelector('#summary').textContent !== {before!r}")
        assert not page.is_checked("#categories input[value='twin_city']")
        tab_to(page, "#region-select")
        page.keyboard.press("ArrowDown")  # the first region: a continent
        page.wait_for_function("new URLSearchParams(location.search).get('region') !== null")
        tab_to(page, "#reset")
        page.keyboard.press("Enter")
        page.wait_for_function("new URLSearchParams(location.search).get('region') === null")
        assert page.is_checked("#categories input[value='twin_city']")


def test_keyboard_choose_a_place_in_the_list_and_read_its_details(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024")
        tab_to(page, "#places-summary")
        page.keyboard.press("Enter")  # opens the list
        assert page.evaluate("document.querySelector('#places').open")
        page.wait_for_selector("#place-list li")
        tab_to(page, "#place-list a")
        place = page.evaluate("document.activeElement.textContent")
        page.keyboard.press("Enter")
        details_take_the_focus(page)
        now = focused(page)
        assert now["part"] == PARTS.index(".atlas-details")
        assert place in page.inner_text("#details dl")
        assert page.get_attribute(f"#place-list a:text-is('{place}')", "aria-current") == "true"
        # the map rings the place chosen, as a click on it would
        assert page.evaluate("document.querySelector('#map .map-data').data.some((t) => "
                             "t.marker && t.marker.symbol === 'circle-open' && t.lat.length === 1)")
        # the details' own links go on from there: the place's history, its sources
        history = page.locator("#details .history a")
        if history.count():
            tab_to(page, "#details .history a")
            page.keyboard.press("Enter")
            details_take_the_focus(page)
        tab_to(page, "#details .sources a")
        assert page.get_attribute("#details .sources a >> nth=0", "target") == "_blank"
        assert page.evaluate("document.activeElement.textContent").endswith(" (nouvelle fenêtre)")


def test_keyboard_search_a_place(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024")
        tab_to(page, "#place-search")
        page.keyboard.type("hamb")
        page.wait_for_selector("#search-results [role=option]")
        page.keyboard.press("ArrowDown")  # a combobox: the arrows choose in its list, Enter opens
        assert page.get_attribute("#place-search", "aria-activedescendant").startswith("search-results-")
        page.keyboard.press("Enter")
        details_take_the_focus(page)
        assert "Hambourg" in page.inner_text("#details dl")
        focused(page)


def test_keyboard_share_dialog_opens_and_gives_the_focus_back(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024")
        tab_to(page, "#share-button")
        page.keyboard.press("Enter")
        page.wait_for_selector("#share-dialog[open]")
        assert page.evaluate("document.querySelector('#share-dialog').contains(document.activeElement)")
        tab_to(page, "#share-dialog .close")
        page.keyboard.press("Escape")
        page.wait_for_selector("#share-dialog:not([open])", state="attached")
        assert page.evaluate("document.activeElement.id") == "share-button"


def test_keyboard_walk_a_story(server):
    with offline_page(viewport=PROJECTOR) as page:
        ready(page, server.url + "/?story=default&chapter=5")  # chapters 5 and 6 play no range
        titles = []
        for _ in range(2):
            titles.append(page.inner_text(".story-title"))
            page.keyboard.press("PageDown")
            page.wait_for_function(f"document.querySelector('.story-title').textContent !== {titles[-1]!r}")
        tab_to(page, ".story-buttons [data-action=previous]")
        page.keyboard.press("Enter")
        page.wait_for_function(f"document.querySelector('.story-title').textContent === {titles[1]!r}")
        now = tab_to(page, ".story-buttons [data-action=next]")[-1]
        assert now["width"] >= 4  # the projector's focus ring is thicker
        page.keyboard.press("Enter")
        page.wait_for_function("new URLSearchParams(location.search).get('chapter') === '7'")
        title = page.inner_text(".story-title")
        assert page.title() == f"{title} — Marseille à l'international"  # RGAA 8.6: the chapter first
        # RGAA 12.10: the single-key shortcuts can be turned off; Page Up/Down keep working
        tab_to(page, ".story-buttons [data-action=keys]")
        page.keyboard.press("Enter")
        assert page.get_attribute("[data-action=keys]", "aria-pressed") == "false"
        page.keyboard.press("b")
        assert not page.is_visible(".story-blank")
        page.keyboard.press("PageUp")
        page.wait_for_function("new URLSearchParams(location.search).get('chapter') === '6'")
        page.keyboard.press("Escape")
        page.wait_for_selector("#controls .year")
        assert page.evaluate("document.documentElement.lang") == "fr"


def test_a_hover_label_closes_with_escape(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=2024")
        page.locator("#timeline").scroll_into_view_if_needed()
        # a point inside the plotted years (the earliest ones are left of the axis's range)
        x, y = page.evaluate("""() => {
          const area = document.querySelector('#timeline .nsewdrag').getBoundingClientRect();
          for (const p of document.querySelectorAll('#timeline .scatterlayer .point')) {
            const r = p.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
            if (x > area.left + 5 && x < area.right - 5 && y > area.top && y < area.bottom) return [x, y];
          }
        }""")
        page.mouse.move(x - 3, y)
        page.mouse.move(x, y)
        page.wait_for_selector("#timeline .hoverlayer .hovertext")
        page.keyboard.press("Escape")
        page.wait_for_selector("#timeline .hoverlayer .hovertext", state="detached")


TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }
p { margin-bottom: 2em !important; }"""

CLIPPED = """() => Array.from(document.querySelectorAll('body *')).filter((e) => {
  const s = getComputedStyle(e);
  if (e.closest('.visually-hidden, .js-plotly-plot, [hidden]') || !e.textContent.trim()) return false;
  const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
  return hides && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
}).map((e) => e.tagName + '#' + e.id + '.' + e.className)"""


@pytest.mark.parametrize("view", ["explorer", "presentation"])
def test_text_spacing_loses_no_text(server, view):
    """RGAA 10.12: with the spacing a reader may impose, nothing is cut off and nothing scrolls sideways."""
    with offline_page(viewport=(1280, 900)) as page:
        ready(page, server.url + REFLOW_VIEWS[view])
        page.add_style_tag(content=TEXT_SPACING)
        page.wait_for_timeout(300)
        assert page.evaluate(CLIPPED) == []
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1]


# ---------- reflow and zoom ----------

REFLOW_VIEWS = {
    "explorer": "/?year=2024&sel=TW16",
    "presentation": "/?story=default&chapter=2",
    "embed": f"/?year=2024&embed=1&controls={ALL_CONTROLS}",
}


@pytest.mark.parametrize("size", ["320px", "zoom200"])
@pytest.mark.parametrize("view", list(REFLOW_VIEWS))
def test_reflows_at_320_px_and_reads_at_200_percent_zoom(server, view, size):
    # 200% zoom of a 1280 x 900 window: a 640 x 450 CSS viewport drawn at twice the pixels
    viewport, scale = ((320, 700), 1) if size == "320px" else ((640, 450), 2)
    with offline_page(viewport=viewport, scale=scale) as page:
        ready(page, server.url + REFLOW_VIEWS[view])
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"sideways scroll: {widths}"
        base = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert base >= 16
        screenshot(page, f"a11y-{view}-{size}", full_page=False)
        assert page.console_errors == []


# ---------- motion ----------

def test_nothing_moves_by_itself(server):
    with offline_page() as page:
        ready(page, server.url + "/?year=1990")
        page.wait_for_timeout(2500)
        assert page.input_value("#year-input") == "1990"
        assert page.get_attribute("#play", "aria-pressed") == "false"
    with offline_page(viewport=PROJECTOR) as page:
        ready(page, server.url + "/?story=default&chapter=3")
        year = page.input_value("#year-input")
        page.wait_for_timeout(2500)
        assert page.input_value("#year-input") == year


def test_reduced_motion_shows_a_range_without_playing_it(server):
    with offline_page(viewport=PROJECTOR, reduced_motion=True) as page:
        ready(page, server.url + "/?story=default&chapter=3")  # 1958 to 2025
        assert page.input_value("#year-input") == "1958"
        page.keyboard.press("PageDown")
        page.wait_for_function("document.querySelector('#year-input').value === '2025'", timeout=3000)
        assert page.get_attribute("[data-action=play]", "aria-pressed") == "false"
        assert page.evaluate("getComputedStyle(document.body).animationName") == "none"
