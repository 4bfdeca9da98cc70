"""How the first frame arrives: layout shift, blocking time and paints on the explorer, the embed view
and the presentation, in headless Chromium against gunicorn on loopback.

    .venv/bin/python scripts/bench_firstframe.py [--loads 5]

Per page (median of --loads fresh loads): the first contentful paint and the largest one, when the title
and the summary sentence were painted (Element Timing: 0 when the page has no such element), when the
live map was first drawn (its points put in the page), the cumulative layout shift until then, and the
total blocking time (the part of every long task over 50 ms, until the map is live). docs/performance.md
says what they were and when.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_explorer import App  # noqa: E402
from tests.browser import offline_page  # noqa: E402

PAGES = {"explorer": "?lang=fr", "embed": "?embed=1&lang=fr", "presentation": "?story=default&lang=fr"}
# Observers set before any of the page's scripts run; the live map is the data layer's first afterplot.
WATCH = """
window.__ff = { cls: 0, lcp: 0, long: [], live: 0, painted: {} };
new PerformanceObserver((l) => l.getEntries().forEach((e) => {
  const painted = window.__ff.painted;
  if (e.identifier && !painted[e.identifier]) painted[e.identifier] = e.renderTime || e.loadTime;
})).observe({ type: "element", buffered: true });
// the live map: the moment plotly.js puts the data layer's points in the page (not when a script may
// next run, which long tasks delay)
new MutationObserver(function (changes, observer) {
  if (!document.querySelector("#map .map-data .scattergeo")) return;
  window.__ff.live = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });
new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__ff.cls += e.value; }))
  .observe({ type: "layout-shift", buffered: true });
new PerformanceObserver((l) => l.getEntries().forEach((e) => { window.__ff.lcp = e.startTime; }))
  .observe({ type: "largest-contentful-paint", buffered: true });
new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__ff.long.push([e.startTime, e.duration])))
  .observe({ type: "longtask", buffered: true });
"""
# live once the data layer's points are in the page (the observer above saw them), not as soon as its geo
# subplot exists: a page that created the subplot a task before its points would otherwise be read too early
LIVE = ("() => { const d = document.querySelector('#map .map-data');"
        " return window.__ff.live > 0 && d && d._fullLayout && d._fullLayout.geo; }")

def one_load(url: str) -> dict:
    with offline_page(viewport=(1440, 900)) as page:
        page.add_init_script(WATCH)
        page.goto(url, wait_until="commit")
        page.wait_for_function(LIVE, polling="raf", timeout=60000)
        page.wait_for_timeout(300)
        return page.evaluate("""() => { const live = window.__ff.live;
          const painted = window.__ff.painted;
          return { cls: window.__ff.cls, lcp: window.__ff.lcp, live: live,
            fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0,
            title: painted.title || 0, summary: painted.summary || 0,
            tbt: window.__ff.long.filter(([s]) => s < live).reduce((n, [, d]) => n + Math.max(0, d - 50), 0) }; }""")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    app = App("explorer", ROOT / "data")
    try:
        one_load(app.url)  # a first load warms the server's caches
        print("| page | first paint | title painted | sentence painted | largest paint | live map | layout shift"
              " | blocking time |\n|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, query in PAGES.items():
            runs = [one_load(app.url + query) for _ in range(args.loads)]
            m = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(f"| {name} | {m['fcp']:,.0f} ms | {m['title']:,.0f} ms | {m['summary']:,.0f} ms"
                  f" | {m['lcp']:,.0f} ms | {m['live']:,.0f} ms"
                  f" | {m['cls']:.2f} | {m['tbt']:,.0f} ms |", flush=True)
    finally:
        app.stop()


if __name__ == "__main__":
    main()
