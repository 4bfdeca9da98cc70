"""No mark hidden under another, in the browser: at the opening view no two marks overlap, marks too close
together are one group mark, and a group opens to its list with the mouse and with the keyboard."""

from __future__ import annotations

import pytest

from .browser import axe_violations, offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy
from .test_explorer import ready

pytestmark = [pytest.mark.browser, requires_chromium]

# Every mark the data layer draws (places, groups, the home city), as boxes in the page.
MARKS = """() => Array.from(document.querySelectorAll('#map .map-data .scattergeo .point'))
  .map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => r.toJSON())"""
# The group marks: where plotly.js puts them, and the places each names.
GROUPS = """() => { const gd = document.querySelector('#map .map-data'); const box = gd.getBoundingClientRect();
  const trace = gd.data.find((t) => t.name === 'groups'); if (!trace) return [];
  const project = gd._fullLayout.geo._subplot.projection;
  return trace.lat.map((lat, i) => { const p = project([trace.lon[i], lat]);
    return { x: box.left + p[0], y: box.top + p[1], what: trace.customdata[i] }; }); }"""

GROUPED = """() => { const gd = document.querySelector('#map .map-data');
  const trace = gd && gd.data && gd.data.find((t) => t.name === 'groups');
  return Boolean(trace && trace.lat.length); }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "groups") as running:
        yield running


def overlap(a: dict, b: dict, slack: float = 1.0) -> bool:
    return (a["x"] + slack < b["x"] + b["width"] and b["x"] + slack < a["x"] + a["width"]
            and a["y"] + slack < b["y"] + b["height"] and b["y"] + slack < a["y"] + a["height"])


@pytest.mark.parametrize("viewport", [(1440, 900), (375, 812)])
def test_no_two_marks_overlap_at_the_opening_view(server, viewport):
    with offline_page(viewport=viewport) as page:
        page.goto(server.url + "/?lang=fr")
        ready(page)
        page.wait_for_function(GROUPED)
        marks = page.evaluate(MARKS)
        assert len(marks) >= 20
        clashes = [(a, b) for i, a in enumerate(marks) for b in marks[i + 1:] if overlap(a, b)]
        assert clashes == []
        assert page.evaluate(GROUPS), "marks too close together are grouped, not drawn over each other"


def test_a_group_mark_opens_its_list_with_the_mouse(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?lang=fr")
        ready(page)
        page.wait_for_function(GROUPED)
        group = max(page.evaluate(GROUPS), key=lambda g: g["what"].count(","))
        page.mouse.click(group["x"], group["y"])
        heading = page.locator("#details-title")
        heading.wait_for()
        assert heading.inner_text().startswith("Lieux proches")
        items = page.locator("#details .home-list li")
        assert items.count() >= group["what"].count(",") + 1  # at least one relation per place
        items.first.locator("a").click()  # and from the list, one relation's details
        page.wait_for_function("() => !document.querySelector('#details').textContent.startsWith('Lieux proches')")
        screenshot(page, "group-open-fr")
        assert page.console_errors == []


def test_a_group_opens_with_the_keyboard_from_the_list_of_places(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?lang=en")
        ready(page)
        page.wait_for_function(GROUPED)
        page.locator("#places-summary").focus()
        page.keyboard.press("Enter")  # the list of places opens
        entry = page.locator("#place-list .place-groups + ul a").first
        entry.wait_for()
        assert "places)" in entry.inner_text()
        entry.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.activeElement && document.activeElement.id === 'details-title'")
        assert page.locator("#details-title").inner_text().startswith("Places close together")
        assert page.locator("#map-legend").inner_text().count("too close to tell apart") == 1
        assert axe_violations(page) == []
