"""Benchmark the explorer in headless Chromium against two Dash peers: the naive one (scripts/baseline_app.py:
the figure rebuilt on the server at each change, Dash's defaults) and the one an experienced Dash developer
would build (scripts/peer_app.py: a plotly.py figure made once, a clientside callback that filters it by
year, the partial plotly.js bundle, compression).

    .venv/bin/python scripts/bench_explorer.py [--sizes 10000] [--changes 15] [--loads 5]

For each dataset (the real one, then synthetic ones made by bench_pipeline.generate) the three apps run under
gunicorn on loopback. Measured, in the same run and interleaved:
- first load: navigation start to the map drawn (its first plotly_afterplot with the basemap and the
  data), and the bytes transferred (encoded, as on the wire);
- a year change: from the input to the map's next plotly_afterplot (median of --changes changes);
- a dragged slider: the year moved at every animation frame, 1958 to the last year and back, as a hand
  dragging the slider does: the frames the page painted per second, and the map's redraws per second
  (median of 3 drags).
Requests to any other host are aborted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_pipeline import generate  # noqa: E402
from tests.browser import offline_page  # noqa: E402
from tests.conftest import free_port  # noqa: E402

APPS = {"explorer": "dashboard.wsgi:server", "peer": "scripts.peer_app:server",
        "baseline": "scripts.baseline_app:server"}
# The figure that holds the map's data: the explorer stacks its data layer over a basemap layer.
MAP_DATA = {"explorer": "#map .map-data", "peer": "#map .js-plotly-plot", "baseline": "#map .js-plotly-plot"}
# Resolves when the map's next plotly_afterplot fires (or after 60 s).
NEXT_PLOT = """(selector) => new Promise((resolve) => {
  const gd = document.querySelector(selector);
  const t0 = performance.now();
  gd.once('plotly_afterplot', () => resolve(performance.now() - t0));
  setTimeout(() => resolve(-1), 60000);
  window.__benchChange();
})"""
# Moves the year at every animation frame through window.__benchYears; resolves with the frames painted
# and the map's redraws, per second.
DRAG = """(selector) => new Promise((resolve) => {
  const gd = document.querySelector(selector);
  let draws = 0;
  const counted = () => { draws += 1; };
  gd.on('plotly_afterplot', counted);
  const years = window.__benchYears;
  let i = 0, frames = 0;
  const t0 = performance.now();
  function step() {
    frames += 1;
    if (i < years.length) {
      window.__benchYear = years[i++];
      window.__benchChange();
      requestAnimationFrame(step);
      return;
    }
    const seconds = (performance.now() - t0) / 1000;
    gd.removeListener('plotly_afterplot', counted);
    resolve({ fps: frames / seconds, draws: draws / seconds });
  }
  requestAnimationFrame(step);
})"""
DRAWN = ("(selector) => { const gd = document.querySelector(selector);"
         " return gd && gd._fullLayout && document.querySelector('#map .geo .layer path')"
         " && document.querySelectorAll('#map .scattergeo .point, #map .scattergeo .js-line').length > 0; }")
CHANGE = {
    # The reader's input, as the browser delivers it: the explorer's native range input fires "input".
    "explorer": "window.__benchChange = () => { const s = document.getElementById('year-slider');"
                " s.value = String(window.__benchYear); s.dispatchEvent(new Event('input', {bubbles: true})); };",
    "baseline": "window.__benchChange = () => window.dash_clientside.set_props('year', {value: window.__benchYear});",
    "peer": "window.__benchChange = () => window.dash_clientside.set_props('year', {value: window.__benchYear});",
}

class App:
    def __init__(self, name: str, data_dir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        env = dict(os.environ, ATLAS_DATA_DIR=str(data_dir), ATLAS_RELOAD_INTERVAL="3600")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", APPS[name], "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
             "--threads", "4", "--timeout", "120", "--preload"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import requests

        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url, timeout=30).ok:
                    return
            except requests.RequestException:
                time.sleep(0.5)
        raise RuntimeError(f"{name} did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def first_load(name: str, app: App) -> tuple[float, int]:
    with offline_page() as page:
        sizes: dict[str, int] = {}
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
        page.goto(app.url)
        try:
            page.wait_for_function(DRAWN, arg=MAP_DATA[name], timeout=120000, polling="raf")
        except Exception:  # say why, rather than lose the run
            print(f"{name}: the map was not drawn; console: {page.console_errors}", file=sys.stderr, flush=True)
            raise
        drawn = page.evaluate("performance.now()")
        page.wait_for_timeout(500)
        return drawn, sum(sizes.values())


def retried(measure, *args, attempts: int = 3):
    """The baseline's server now and then answers a first burst of requests with a 500 (Dash serving its
    bundles from several threads): such a load is reported on stderr and measured again."""
    for attempt in range(attempts):
        try:
            return measure(*args)
        except Exception:
            if attempt == attempts - 1:
                raise


def year_changes(name: str, app: App, changes: int, first: int, last: int) -> list[float]:
    rng = random.Random(7)
    with offline_page() as page:
        page.goto(app.url)
        page.wait_for_function(DRAWN, arg=MAP_DATA[name], timeout=120000, polling="raf")
        page.wait_for_timeout(1000)
        page.evaluate(CHANGE[name])
        times = []
        for _ in range(changes):
            page.evaluate(f"window.__benchYear = {rng.randint(max(first, 1958), last)}")
            times.append(page.evaluate(NEXT_PLOT, MAP_DATA[name]))
            page.wait_for_timeout(150)
        return [t for t in times if t >= 0]


def drags(name: str, app: App, first: int, last: int, repeat: int = 3) -> list[dict]:
    """The slider dragged across the years and back, one year per animation frame."""
    years = list(range(first, last + 1)) + list(range(last - 1, first - 1, -1))
    with offline_page() as page:
        page.goto(app.url)
        page.wait_for_function(DRAWN, arg=MAP_DATA[name], timeout=120000, polling="raf")
        page.wait_for_timeout(1000)
        page.evaluate(CHANGE[name])
        page.evaluate(f"window.__benchYears = {years}")
        results = []
        for _ in range(repeat):
            results.append(page.evaluate(DRAG, MAP_DATA[name]))
            page.wait_for_timeout(500)
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10000])
    parser.add_argument("--changes", type=int, default=15)
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        datasets = {"real dataset": ROOT / "data"}
        for size in args.sizes:
            datasets[f"synthetic {size:,}"] = generate(Path(tmp) / f"synthetic-{size}", size)
        print("| dataset | app | first load (median) | transferred | year change (median) | change vs baseline | "
              "change vs peer | dragged: frames/s | dragged: map draws/s |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for label, folder in datasets.items():
            apps = {name: App(name, folder) for name in APPS}
            try:
                loads = {name: [] for name in APPS}
                for _ in range(args.loads):  # interleaved, so machine noise hits both alike
                    for name, app in apps.items():
                        loads[name].append(retried(first_load, name, app))
                changes = {name: year_changes(name, app, args.changes, 1958, 2026) for name, app in apps.items()}
                dragged = {name: drags(name, app, 1958, 2026) for name, app in apps.items()}
            finally:
                for app in apps.values():
                    app.stop()
            base = statistics.median(changes["baseline"])
            peer = statistics.median(changes["peer"])
            for name in APPS:
                load = statistics.median(t for t, _ in loads[name])
                size = statistics.median(n for _, n in loads[name])
                change = statistics.median(changes[name])
                fps = statistics.median(d["fps"] for d in dragged[name])
                draws = statistics.median(d["draws"] for d in dragged[name])
                print(f"| {label} | {name} | {load:.0f} ms | {size / 1024:,.0f} KB | {change:.0f} ms | "
                      f"{change / base:.2f}x | {change / peer:.2f}x | {fps:.0f} | {draws:.0f} |", flush=True)


if __name__ == "__main__":
    main()
