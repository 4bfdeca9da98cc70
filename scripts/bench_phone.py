"""The first load as the City's web team checks it (PageSpeed Insights' mobile profile: a 412×823 screen, the CPU
four times slower, a slow 4G link: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and on a desktop, for
the atlas's pages and its two Dash peers (scripts/peer_app.py, scripts/baseline_app.py), in one run.

    .venv/bin/python scripts/bench_phone.py [--loads 5] [--profile phone desktop]

Headless Chromium (Debian's package) over CDP: Emulation.setCPUThrottlingRate and
Network.emulateNetworkConditions for the phone, nothing for the desktop; every request to another host
aborted. Each load is fresh (a new profile); the apps and pages are interleaved, load after load, so a
busy machine hits them alike; the table gives medians. Per page:
- paints: the first contentful paint, the largest one;
- answers a tap: from navigation until a tap on Dakar's mark gets its answer on screen (the atlas: the
  place's details, in the sheet on a phone; a peer: plotly.js's hover label). The resident taps as soon
  as the mark is painted, and again every fifth of a second until the page answers;
- blocking time: the parts over 50 ms of every long task from the first paint until the tap's answer;
  and "quiet after": the same until the page has had no long task for 5 s (Lighthouse's TBT window);
- layout shift: every layout-shift entry of the whole load, until 3 s after the answer;
- transferred: the bytes on the wire until then.
docs/performance.md has the tables and what they mean.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_explorer import App  # noqa: E402
from tests.browser import offline_page  # noqa: E402
from tests.phone import MARK  # noqa: E402

PROFILES = {
    "phone": {"viewport": (412, 823), "touch": True, "cpu": 4,
              "network": {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8,
                          "uploadThroughput": 750e3 / 8}},
    "desktop": {"viewport": (1440, 900), "touch": False, "cpu": 1, "network": None},
}
# The atlas's pages, and which peer each is compared with (the peers have one page: their map).
# Each page: its app, its address, and what answers a tap there ("details": the atlas's details of Dakar;
# "hover": plotly.js's hover label, all a peer has; "none": a page without a map).
PAGES = {
    "explorer fr": ("explorer", "?lang=fr", "details"), "explorer en": ("explorer", "?lang=en", "details"),
    "embed 375 px": ("explorer", "?embed=1&lang=fr", "details"),
    "embed 840 px": ("explorer", "?embed=1&lang=fr", "details"),
    "presentation": ("explorer", "?story=default&chapter=5&lang=fr", "next"),  # chapter 5 plays no range
    "console": ("explorer", "?story=default&chapter=5&presenter=1&lang=fr", "next"),
    "/donnees": ("explorer", "donnees", "none"), "peer": ("peer", "", "hover"), "baseline": ("baseline", "", "hover"),
}
WIDTHS = {"embed 375 px": 375, "embed 840 px": 840}
# Observers set before any of the page's scripts run.
WATCH = """
window.__b = { cls: 0, lcp: 0, long: [], answered: 0 };
new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__b.cls += e.value; }))
  .observe({ type: "layout-shift", buffered: true });
new PerformanceObserver((l) => l.getEntries().forEach((e) => { window.__b.lcp = e.startTime; }))
  .observe({ type: "largest-contentful-paint", buffered: true });
new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__b.long.push([e.startTime, e.duration])))
  .observe({ type: "longtask", buffered: true });
"""
# Where a resident's finger lands on Dakar: the live map's mark, else the picture's (dashboard/picture.py).
WHERE = MARK  # tests/phone.py: the live map's mark, else the picture's
# A presentation's answer: its next chapter, from the "next" button.
NEXT_WHERE = """() => { const b = document.querySelector('.story-buttons [data-action=next]'); if (!b) return null;
  b.scrollIntoView({ block: 'nearest' });  // the console's buttons are below a phone's fold: the reader scrolls
  const r = b.getBoundingClientRect(); return r.width ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; }"""
# What a peer's map is (its dcc.Graph), and how each page shows an answer.
PEER_WHERE = """(key) => { const gd = document.querySelector('#map .js-plotly-plot'); if (!gd || !gd._fullLayout
  || !gd._fullLayout.geo || !document.querySelector('#map .scattergeo .point')) return null;
  const project = gd._fullLayout.geo._subplot.projection; const box = gd.getBoundingClientRect();
  const size = gd._fullLayout._size; const p = project([-17.4441, 14.6937]);
  return { x: box.left + size.l + p[0], y: box.top + size.t + p[1] }; }"""
ANSWERED = {
    "details": "() => { const t = document.querySelector('#details-title');"
               " const s = document.querySelector('#sheet-details');"
               " return Boolean(t && t.textContent.includes('Dakar') && s && s.getBoundingClientRect().height > 0); }",
    "hover": "() => Boolean(document.querySelector('#map .hoverlayer .hovertext'))",
    # any chapter after the fifth: a tap that took more than the 0.2 s between taps, then the next one, may
    # move it on twice before the check sees it
    "next": "() => Number(new URLSearchParams(location.search).get('chapter')) > 5",
}


def throttled(page, profile: dict) -> None:
    cdp = page.context.new_cdp_session(page)
    if profile["cpu"] > 1:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": profile["cpu"]})
    if profile["network"]:
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", profile["network"])
    return cdp


def one_load(url: str, answers: str, profile: dict, width: int | None, dakar: str) -> dict:
    viewport = (width, profile["viewport"][1]) if width else profile["viewport"]
    with offline_page(viewport=viewport, touch=profile["touch"]) as page:
        page.add_init_script(WATCH)
        cdp = throttled(page, profile)
        sizes: dict[str, int] = {}
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
        start = time.monotonic()
        page.goto(url, wait_until="commit")
        if answers == "none":  # no map to tap: the page's words are its answer
            page.wait_for_load_state("load")
            answer = page.evaluate("performance.now()")
        else:
            where = {"hover": PEER_WHERE, "next": NEXT_WHERE}.get(answers, WHERE)
            answer = tap_until_answered(page, where, ANSWERED[answers], dakar, profile["touch"], start)
        quiet = wait_quiet(page, start)
        page.wait_for_timeout(3000)
        result = page.evaluate("""(answer) => { const b = window.__b;
          const fcp = (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0;
          const over = (until) => b.long.filter(([s]) => s >= fcp && s < until)
            .reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
          return { fcp: fcp, lcp: b.lcp, cls: b.cls, tbt: over(answer), tbtQuiet: over(1e9) }; }""", answer)
        result.update(answer=answer, quiet=quiet, bytes=sum(sizes.values()))
        return result


def tap_until_answered(page, where: str, answered: str, dakar: str, touch: bool, start: float) -> float:
    """Tap Dakar as soon as it is painted, again every half second, until the page answers: the time of the
    answer since navigation (ms, the page's own clock), or -1 after 60 s."""
    deadline = start + 60
    while time.monotonic() < deadline:
        try:
            at = page.evaluate(where, dakar) if where != NEXT_WHERE else page.evaluate(where)
        except Exception:  # the page is still arriving
            at = None
        if at:
            (page.touchscreen.tap if touch else page.mouse.click)(at["x"], at["y"])
            try:
                page.wait_for_function(answered, timeout=200, polling=50)
                return page.evaluate("performance.now()")
            except Exception:  # not yet: tap again
                pass
        else:
            page.wait_for_timeout(100)
    return -1


def wait_quiet(page, start: float, quiet_ms: int = 5000, most_s: float = 40) -> float:
    """When the page has had no long task for quiet_ms (Lighthouse's idea of interactive), in ms."""
    while time.monotonic() < start + most_s:
        found = page.evaluate(f"""() => {{ const last = window.__b.long.reduce((t, [s, d]) => Math.max(t, s + d), 0);
          return performance.now() - last >= {quiet_ms} ? last : null; }}""")
        if found is not None:
            return found
        page.wait_for_timeout(500)
    return -1


def dakar_key(url: str) -> str:
    """Dakar's place key in the served payload."""
    import re

    import requests

    from dashboard.wire import unpack

    address = re.search(r'data-payload="([^"]+)"', requests.get(url, timeout=60).text).group(1)
    places = unpack(requests.get(url.rstrip("/") + address, timeout=60).json())["places"]
    return next(key for key, place in places.items() if place["name"].get("fr") == "Dakar")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--profile", nargs="*", default=list(PROFILES))
    parser.add_argument("--pages", nargs="*", default=list(PAGES))
    args = parser.parse_args()
    apps = {name: App(name, ROOT / "data") for name in {PAGES[p][0] for p in args.pages}}
    try:
        dakar = dakar_key(apps["explorer"].url) if "explorer" in apps else ""
        for profile_name in args.profile:
            profile = PROFILES[profile_name]
            runs: dict[str, list[dict]] = {page: [] for page in args.pages}
            for _ in range(args.loads):  # interleaved
                for page_name in args.pages:
                    app, query, answers = PAGES[page_name]
                    runs[page_name].append(one_load(apps[app].url + query, answers, profile,
                                                    WIDTHS.get(page_name), dakar))
            print(f"\n{profile_name} ({args.loads} loads, medians)\n")
            print("| page | first paint | largest paint | answers a tap | blocking, to the answer"
                  " | blocking, until quiet | quiet from | layout shift | transferred |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
            for page_name, results in runs.items():
                m = {k: statistics.median(r[k] for r in results) for k in results[0]}
                print(f"| {page_name} | {m['fcp']:,.0f} ms | {m['lcp']:,.0f} ms | {m['answer']:,.0f} ms"
                      f" | {m['tbt']:,.0f} ms | {m['tbtQuiet']:,.0f} ms | {m['quiet']:,.0f} ms | {m['cls']:.3f}"
                      f" | {m['bytes'] / 1024:,.0f} KB |", flush=True)
            print(json.dumps({p: r for p, r in runs.items()}), file=sys.stderr)
    finally:
        for app in apps.values():
            app.stop()


if __name__ == "__main__":
    main()
