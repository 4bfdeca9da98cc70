"""A bounded load test on loopback: the app as the Procfile runs it, hit by wrk (Debian's `wrk` package).

    .venv/bin/python scripts/bench_load.py [--seconds 10] [--connections 32]

For the page, a callback (the data poll, as an open page sends it) and a static asset: requests per
second, median and p99 latency, errors (non-2xx/3xx answers, timeouts), then the memory of each worker.
Only 127.0.0.1 is requested; each target runs for a fixed time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import free_port  # noqa: E402

# wrk's Lua hook: a POST with a JSON body, and a line of results the script reads back.
SCRIPT = """
wrk.method = os.getenv("WRK_METHOD") or "GET"
wrk.body = os.getenv("WRK_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Encoding"] = "br, gzip"
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d %d %f %f\\n", summary.requests, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


def poll_body(version: str) -> str:
    """The request an open page sends every minute: 'has the data changed since this version?'"""
    return json.dumps({
        "output": "view-data.data", "outputs": {"id": "view-data", "property": "data"},
        "inputs": [{"id": "data-poll", "property": "n_intervals", "value": 3}],
        "state": [{"id": "view-shown", "property": "data", "value": version}],
        "changedPropIds": ["data-poll.n_intervals"],
    })


def worker_memory(master: int) -> list[float]:
    """Resident memory (MB) of each gunicorn worker, from /proc."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, PORT=str(port), ATLAS_HOST="127.0.0.1", ATLAS_LOG_LEVEL="warning")
    # The access log is off for the test (one line per request would measure the terminal).
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null",
               "dashboard.wsgi:server"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                health = requests.get(base + "/healthz", timeout=5).json()
                break
            except requests.RequestException:
                time.sleep(0.5)
        page = requests.get(base + "/", timeout=10).text
        version = re.search(r"atlas-data/([0-9a-f]+)\.json", page).group(1)
        asset = re.search(r'src="(/assets/atlas\.js[^"]*)"', page).group(1)
        targets = [
            ("page", "GET", base + "/", None),
            ("callback (data poll)", "POST", base + "/_dash-update-component", poll_body(version)),
            ("static asset (atlas.js)", "GET", base + asset, None),
        ]
        print(f"gunicorn.conf.py, {health['relations']} relations, {args.connections} connections, "
              f"{args.seconds} s per target, wrk on 127.0.0.1, {os.cpu_count()} cores shared with wrk\n")
        print("| target | requests/s | median | p99 | errors |")
        print("|---|---:|---:|---:|---:|")
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(SCRIPT)
        for name, method, url, body in targets:
            run_env = dict(os.environ, WRK_METHOD=method, WRK_BODY=body or "")
            # A short run first, not counted: each worker compresses and caches on its first requests.
            subprocess.run(["wrk", "-t2", f"-c{args.connections}", "-d2s", "-s", lua.name, url], capture_output=True,
                           env=run_env, check=True)
            done = subprocess.run(["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "-s", lua.name, url],
                                  capture_output=True, text=True, env=run_env, check=True)
            values = re.search(r"RESULT (.*)", done.stdout).group(1).split()
            total, *errors, median, p99 = int(values[0]), *map(int, values[1:6]), float(values[6]), float(values[7])
            print(f"| {name} | {total / args.seconds:,.0f} | {median:.1f} ms | {p99:.1f} ms | {sum(errors)} |",
                  flush=True)
        memory = worker_memory(server.pid)
        print(f"\nworkers: {len(memory)}, resident memory each: "
              + ", ".join(f"{m:.0f} MB" for m in memory))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
