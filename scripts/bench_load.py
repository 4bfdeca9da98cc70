"""A bounded load test on loopback, hit by wrk (Debian's `wrk` package): the app as the Procfile runs it
(gunicorn alone), and the production stack as deploy/run-local.sh runs it (nginx in front), in one run.

    .venv/bin/python scripts/bench_load.py [--seconds 10] [--connections 16]

For the page, the data, a static asset and a callback (the data poll, as an open page sends it): requests
per second, median and p99 latency, errors (non-2xx/3xx answers, timeouts), then the memory of each
worker. The two setups take turns on each target (a noisy machine weighs on both alike). Only 127.0.0.1
is requested; each run lasts a fixed time.
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
from urllib.parse import urlsplit

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
local fresh = os.getenv("WRK_FRESH")
if fresh and fresh ~= "" then  -- a new address each request: no cache in front can answer it
  request = function() return wrk.format(nil, fresh .. math.random(1, 1000000000)) end
end
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


def wait_until_up(base: str, process: subprocess.Popen, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            return requests.get(base + "/healthz", timeout=5).json()
        except requests.RequestException:
            time.sleep(0.5)
    raise RuntimeError(f"{base} did not start")


def start_gunicorn() -> tuple[str, subprocess.Popen, int]:
    """gunicorn alone, as the Procfile runs it (the access log off: a line per request would measure the
    terminal): its address, its process and its master's pid."""
    port = free_port()
    env = dict(os.environ, PORT=str(port), ATLAS_HOST="127.0.0.1", ATLAS_LOG_LEVEL="warning")
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null",
               "dashboard.wsgi:server"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    return f"http://127.0.0.1:{port}", process, process.pid


def start_stack() -> tuple[str, subprocess.Popen, int]:
    """nginx in front of the same gunicorn, as deploy/run-local.sh runs it: its address, the script's process
    and gunicorn's master pid (from the script's "ready" line)."""
    port = free_port()
    env = dict(os.environ, ATLAS_LOG_LEVEL="warning", ATLAS_PYTHON=sys.executable)
    process = subprocess.Popen(["bash", "deploy/run-local.sh", str(port), "--access-logfile", "/dev/null"], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    for line in process.stdout:  # ends when the script does
        if line.startswith("ready ") or time.monotonic() > deadline:
            break
    master = re.search(r"gunicorn=(\d+)", line)
    if not master:
        raise RuntimeError("deploy/run-local.sh did not start")
    return f"http://127.0.0.1:{port}", process, int(master.group(1))


def measure(url: str, method: str, body: str | None, seconds: int, connections: int, lua: str) -> str:
    """One wrk run after a short one not counted (each worker compresses and caches on its first requests):
    a table's cells. A url ending in "=" gets a random number after it, a new one each request."""
    parts = urlsplit(url)
    fresh = f"{parts.path}?{parts.query}" if url.endswith("=") else ""
    run_env = dict(os.environ, WRK_METHOD=method, WRK_BODY=body or "", WRK_FRESH=fresh)
    warm = ["wrk", "-t2", f"-c{connections}", "-d2s", "-s", lua, url]
    subprocess.run(warm, capture_output=True, env=run_env, check=True)
    done = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", lua, url],
                          capture_output=True, text=True, env=run_env, check=True)
    values = re.search(r"RESULT (.*)", done.stdout).group(1).split()
    total, *errors, median, p99 = int(values[0]), *map(int, values[1:6]), float(values[6]), float(values[7])
    return f"{total / seconds:,.0f} | {median:.1f} ms | {p99:.1f} ms | {sum(errors)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    setups = {}
    try:
        setups["gunicorn alone"] = start_gunicorn()
        setups["nginx + gunicorn"] = start_stack()
        health = {name: wait_until_up(base, process) for name, (base, process, _) in setups.items()}
        base = setups["gunicorn alone"][0]
        page = requests.get(base + "/", timeout=10).text
        version = re.search(r"atlas-data/([0-9a-f]+)\.json", page).group(1)
        asset = re.search(r'src="(/assets/atlas\.js[^"]*)"', page).group(1)
        targets = [
            ("page", "GET", "/", None),
            ("page, a new address each request", "GET", "/?year=", None),
            ("data", "GET", f"/atlas-data/{version}.json", None),
            ("static asset (atlas.js)", "GET", asset, None),
            ("callback (data poll)", "POST", "/_dash-update-component", poll_body(version)),
        ]
        print(f"gunicorn.conf.py, {health['gunicorn alone']['relations']} relations, {args.connections} connections, "
              f"{args.seconds} s per target and setup, one after the other, wrk on 127.0.0.1, "
              f"{os.cpu_count()} cores shared with wrk\n")
        print("| target | setup | requests/s | median | p99 | errors |")
        print("|---|---|---:|---:|---:|---:|")
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(SCRIPT)
        for name, method, path, body in targets:
            for setup, (base, _, _) in setups.items():
                cells = measure(base + path, method, body, args.seconds, args.connections, lua.name)
                print(f"| {name} | {setup} | {cells} |", flush=True)
        for setup, (_, _, master) in setups.items():
            memory = worker_memory(master)
            print(f"\n{setup}: {len(memory)} workers, resident memory each: "
                  + ", ".join(f"{m:.0f} MB" for m in memory))
    finally:
        for _, process, _ in setups.values():
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
