"""The production stack as deploy/run-local.sh starts it (nginx in front of gunicorn), and a bounded load
of Python threads to put on it: what tests/test_stack.py drives."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from .conftest import PYTHON, ROOT, free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"  # Debian's, even when /usr/sbin is not on PATH
requires_nginx = pytest.mark.skipif(not os.access(NGINX, os.X_OK),
                                    reason="nginx is not installed (apt-get install nginx): no stack to test")


class Stack:
    """`bash deploy/run-local.sh PORT` on a data folder, until its "ready" line (at most two minutes)."""

    def __init__(self, data_dir: Path, **settings: str):
        self.port = free_port()
        env = dict(os.environ, ATLAS_DATA_DIR=str(data_dir), ATLAS_PYTHON=PYTHON,
                   PATH=os.environ.get("PATH", "") + ":/usr/sbin", **settings)
        self.log = open(data_dir.parent / f"stack-{self.port}.log", "w+")  # noqa: SIM115
        self.process = subprocess.Popen(["bash", "deploy/run-local.sh", str(self.port), "--access-logfile",
                                         "/dev/null"], cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        try:
            ready = self._wait()
        except BaseException:
            self.stop()
            raise
        self.url = ready.group(1).rstrip("/")
        self.master = int(ready.group(2))

    def _wait(self, timeout: float = 120) -> re.Match:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = re.search(r"^ready (\S+) gunicorn=(\d+)", self.output(), re.MULTILINE)
            if ready:
                return ready
            if self.process.poll() is not None:
                raise RuntimeError(f"deploy/run-local.sh exited:\n{self.output()}")
            time.sleep(0.25)
        raise RuntimeError(f"deploy/run-local.sh did not start:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def workers(self) -> list[int]:
        """gunicorn's worker processes, as the kernel lists its master's children."""
        try:
            return [int(pid) for pid in Path(f"/proc/{self.master}/task/{self.master}/children").read_text().split()]
        except FileNotFoundError:
            return []

    def wait_for_workers(self, count: int, exclude: set[int], timeout: float = 30) -> list[int]:
        """Until the master has `count` workers, none of them in `exclude` (the killed, the replaced)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            workers = self.workers()
            if len(workers) == count and not exclude & set(workers):
                return workers
            time.sleep(0.2)
        raise AssertionError(f"workers {self.workers()}, wanted {count} new ones (not {sorted(exclude)})")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


@dataclass
class Result:
    """What a load saw: each request's latency, and every failure with its cause."""

    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def requests(self) -> int:
        return len(self.latencies) + len(self.failures)

    def summary(self) -> str:
        ordered = sorted(self.latencies) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return (f"{self.requests} requests, {len(self.failures)} failed, median "
                f"{statistics.median(ordered) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, max {ordered[-1] * 1000:.0f} ms")


def mixed_targets(base: str, version: Callable[[], str]) -> Callable[[requests.Session], requests.Response]:
    """One request of a realistic mix: pages that reach gunicorn (a year the page cache has not seen),
    the data, a static file, the data poll's callback and the health check."""
    poll = {"output": "view-data.data", "outputs": {"id": "view-data", "property": "data"},
            "inputs": [{"id": "data-poll", "property": "n_intervals", "value": 3}],
            "state": [{"id": "view-shown", "property": "data", "value": ""}],
            "changedPropIds": ["data-poll.n_intervals"]}

    def one(session: requests.Session) -> requests.Response:
        pick = random.random()
        if pick < 0.35:
            return session.get(f"{base}/?year={random.randint(1900, 2100)}", timeout=10)
        if pick < 0.5:
            return session.get(f"{base}/atlas-data/{version()}.json", timeout=10)
        if pick < 0.65:
            return session.get(f"{base}/assets/atlas.js", timeout=10)
        if pick < 0.85:
            poll["state"][0]["value"] = version()
            return session.post(f"{base}/_dash-update-component", json=poll, timeout=10)
        return session.get(f"{base}/healthz", timeout=10)

    return one


def run_load(request: Callable[[requests.Session], requests.Response], seconds: float, connections: int,
             rate: float | None = None, check: Callable[[requests.Response], str | None] | None = None) -> Result:
    """`connections` threads, each with its own keep-alive session, for `seconds` (and at most 200,000
    requests); `rate`: requests per second in all, else as fast as they can. A failure is an exception,
    a 5xx or 4xx, or what `check` says."""
    result = Result()
    deadline = time.monotonic() + seconds
    budget = iter(range(200_000))
    interval = connections / rate if rate else 0.0

    def worker() -> None:
        with requests.Session() as session:
            next_at = time.monotonic() + random.random() * interval
            while time.monotonic() < deadline and next(budget, None) is not None:
                if interval:
                    time.sleep(max(0.0, next_at - time.monotonic()))
                    next_at += interval
                started = time.monotonic()
                try:
                    response = request(session)
                    problem = f"{response.status_code} {response.url}" if response.status_code >= 400 else None
                    problem = problem or (check(response) if check else None)
                except requests.RequestException as exc:
                    problem = f"{type(exc).__name__}: {exc}"
                with result.lock:
                    if problem:
                        result.failures.append(problem)
                    else:
                        result.latencies.append(time.monotonic() - started)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    return result


class Background:
    """A load running in a thread while the test does something to the stack."""

    def __init__(self, *args, **kwargs):
        self.result: Result | None = None
        self.thread = threading.Thread(target=lambda: setattr(self, "result", run_load(*args, **kwargs)), daemon=True)
        self.thread.start()

    def join(self, timeout: float = 120) -> Result:
        self.thread.join(timeout)
        assert self.result is not None, "the load did not end"
        return self.result
