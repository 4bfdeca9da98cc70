"""Nothing moves and nothing blocks while a page arrives, at a phone's, a tablet's and a desktop's width: the
layout-shift entries of the whole load and the long tasks until the page answers, measured in the browser
without throttling. The budgets keep a wide margin so that a busy machine does not fail them; the phone's
throttled figures (4x CPU, slow 4G) are scripts/bench_phone.py's (docs/performance.md)."""

from __future__ import annotations

import pytest

from .browser import offline_page, requires_chromium
from .conftest import server_on_a_copy

pytestmark = [pytest.mark.browser, requires_chromium]

WATCH = """
window.__s = { cls: 0, shifts: [], long: [] };
new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (e.hadRecentInput) return; window.__s.cls += e.value;
  window.__s.shifts.push([Math.round(e.startTime), e.value,
    e.sources.map((s) => s.node && (s.node.id || s.node.className))]); }))
  .observe({ type: "layout-shift", buffered: true });
new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__s.long.push([e.startTime, e.duration])))
  .observe({ type: "longtask", buffered: true });
"""
# the page answers: its words drawn (the controls built; a presentation's card is the script's)
ANSWERS = ("document.querySelector('#year-previous') !== null"
           " || document.documentElement.classList.contains('story-ready')")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "speed") as running:
        yield running


@pytest.mark.parametrize("width", [375, 412, 768, 1440])
@pytest.mark.parametrize("path", ["/?lang=fr", "/?embed=1&lang=fr", "/?story=default&chapter=3&lang=fr"],
                         ids=["explorer", "embed", "presentation"])
def test_nothing_moves_and_nothing_blocks_while_the_page_arrives(server, path, width):
    height = {375: 812, 412: 823, 768: 1024, 1440: 900}[width]
    with offline_page(viewport=(width, height), touch=width < 1100) as page:
        page.add_init_script(WATCH)
        page.goto(server.url + path)
        page.wait_for_function(ANSWERS, timeout=30000)
        answered = page.evaluate("performance.now()")
        page.wait_for_timeout(2500)  # the rest of the load: the live map where it comes, the timeline, the names
        result = page.evaluate("window.__s")
        assert result["cls"] < 0.1, result["shifts"]
        fcp = page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0")
        blocking = sum(max(0, d - 50) for s, d in result["long"] if fcp <= s < answered)
        assert blocking < 250, result["long"]  # unthrottled, about a tenth of this on a quiet machine
        assert page.console_errors == []
