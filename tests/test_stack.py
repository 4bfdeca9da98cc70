"""The production stack (deploy/: nginx in front of gunicorn, started by deploy/run-local.sh) under slow
clients, killed workers, data edits, a graceful restart, a soak and hostile input. Loopback only; every
load is bounded in time and count. Figures are printed (pytest -s shows them)."""

from __future__ import annotations

import csv
import os
import random
import re
import signal
import socket
import statistics
import time

import pytest
import requests
from hypothesis import HealthCheck, given, settings

from dashboard.proxy import SECURITY_HEADERS

from .conftest import manifest_columns, module_data_copy, write_csv
from .stack import Background, Stack, mixed_targets, requires_nginx, rss_mb, run_load
from .test_security import CALLBACK_BODIES, QUERIES, assert_callback_refused_cleanly, assert_page_for_any_query

pytestmark = requires_nginx
PAYLOAD = re.compile(r'data-payload="[^"]*/atlas-data/([0-9a-f]+)\.json"')


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return module_data_copy(tmp_path_factory, "stack")


@pytest.fixture(scope="module")
def stack(data):
    running = Stack(data)
    yield running
    output = running.output()
    running.stop()
    if "Traceback" in output:
        print(output)


def page_version(stack: Stack, session=requests) -> str:
    return PAYLOAD.search(session.get(stack.url + "/", timeout=10).text).group(1)


def test_the_app_headers_once_each_and_the_same_on_the_files_nginx_serves(stack):
    page = requests.get(stack.url + "/", timeout=10)
    expected = {name: page.headers[name] for name in SECURITY_HEADERS}
    plotly = requests.get(stack.url + "/assets/vendor/plotly-geo.min.js?m=1", timeout=10,
                          headers={"Accept-Encoding": "br, gzip"})
    # the shipped .br copy, or its .gz where Debian's brotli module for nginx is not installed
    encoding = "br" if os.path.exists("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so") else "gzip"
    assert plotly.headers["Server"] == "nginx" and plotly.headers["Content-Encoding"] == encoding
    assert plotly.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert requests.get(stack.url + "/assets/atlas.js", timeout=10).headers["Cache-Control"] == "no-cache"
    for response in (page, plotly, requests.get(stack.url + "/assets/nope.js", timeout=10),
                     requests.get(f"{stack.url}/atlas-data/{page_version(stack)}.json", timeout=10)):
        for name, value in expected.items():
            assert response.raw.headers.getlist(name) == [value], (response.url, name)


def test_bodies_are_capped_and_the_desk_is_rate_limited(stack):
    big = requests.post(stack.url + "/_dash-update-component", data=b"x" * 100_000, timeout=10)
    assert big.status_code == 413  # nginx: nothing but the desk takes more than 64 KB
    assert requests.post(stack.url + "/verifier", data=b"x" * 20_000_000, timeout=30).status_code == 413
    answers = [requests.post(stack.url + "/verifier", data=b"x", timeout=10).status_code for _ in range(16)]
    assert answers[0] == 404 and 429 in answers  # the desk is closed here; nginx limits it all the same


def test_200_slow_clients_leave_the_page_answering_within_a_second(stack):
    sockets = []
    for _ in range(200):
        sock = socket.create_connection(("127.0.0.1", stack.port), timeout=5)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished: a line a second
        sockets.append(sock)
    latencies, failures, deadline, line = [], [], time.monotonic() + 8, 0
    while time.monotonic() < deadline:
        line += 1
        for sock in sockets:
            sock.sendall(f"X-Slow-{line}: {line}\r\n".encode())
        for _ in range(5):  # pages gunicorn must build (a year the page cache has not seen)
            started = time.monotonic()
            try:
                response = requests.get(f"{stack.url}/?year={random.randint(1900, 2100)}", timeout=5)
                (latencies if response.ok else failures).append(time.monotonic() - started)
            except requests.RequestException as exc:
                failures.append(str(exc))
        time.sleep(max(0.0, 1 - 5 * statistics.mean(latencies[-5:] or [0])))
    for sock in sockets:
        sock.close()
    print(f"slow clients: 200 held for 8 s; {len(latencies)} pages, {len(failures)} failed, "
          f"median {statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
    assert failures == [] and len(latencies) >= 20 and max(latencies) < 1.0


def test_killing_a_worker_every_few_seconds_under_32_connections_fails_no_request(stack):
    version = page_version(stack)
    workers = stack.workers()
    load = Background(mixed_targets(stack.url, lambda: version), seconds=20, connections=32)
    killed = set()
    for _ in range(5):
        time.sleep(3)
        victim = random.choice(stack.workers())
        os.kill(victim, signal.SIGKILL)
        killed.add(victim)
    result = load.join()
    print(f"kill -9 of {len(killed)} workers in 20 s, 32 connections: {result.summary()}")
    assert result.failures == [], result.failures[:5]
    assert result.requests > 1000
    stack.wait_for_workers(len(workers), exclude=killed)  # the master replaced every one


def test_a_graceful_restart_under_load_fails_no_request(stack):
    version = page_version(stack)
    before = stack.workers()
    load = Background(mixed_targets(stack.url, lambda: version), seconds=15, connections=32)
    time.sleep(4)
    os.kill(stack.master, signal.SIGHUP)
    stack.wait_for_workers(len(before), exclude=set(before))
    result = load.join()
    print(f"HUP under 32 connections for 15 s: {result.summary()}")
    assert result.failures == [], result.failures[:5]
    assert result.requests > 1000


def edit_relations(data, change) -> None:
    """Save relations.csv as a data keeper's editor would, the whole file replaced at once."""
    path = data / "relations.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    change(rows[0])
    staging = data / "relations.csv.saving"
    write_csv(staging, rows, manifest_columns("relations.csv"))
    os.replace(staging, path)


def health(stack: Stack) -> dict:
    return requests.get(stack.url + "/healthz", timeout=10).json()


def test_a_data_edit_valid_then_invalid_under_load_never_mixes_versions(stack, data):
    old = page_version(stack)
    versions = {"current": old}
    mixed = []

    def consistent(response: requests.Response) -> str | None:
        """A page's own data: what its data-payload names, once redirected, is of its version or newer."""
        found = PAYLOAD.search(response.text) if "text/html" in response.headers.get("Content-Type", "") else None
        if not found:
            return None
        given_version = requests.get(f"{stack.url}/atlas-data/{found.group(1)}.json", timeout=10).json()["version"]
        if found.group(1) != old and given_version == old:
            mixed.append((found.group(1), given_version))
            return f"a page of {found.group(1)} was given the data of {given_version}"
        return None

    load = Background(mixed_targets(stack.url, lambda: versions["current"]), seconds=20, connections=16,
                      check=consistent)
    time.sleep(3)
    edit_relations(data, lambda row: row.update(title_en=row["title_en"] + " (edited)"))
    deadline, seen = time.monotonic() + 10, 0
    while seen < 8 and time.monotonic() < deadline:  # every worker serves the edit (one alone may be ahead)
        versions["current"] = page_version(stack)
        seen = seen + 1 if versions["current"] != old else 0
        time.sleep(0.1)
    new, good = versions["current"], health(stack)["data_version"]
    assert new != old
    edit_relations(data, lambda row: row.update(start_year="the year of the fair"))
    deadline, refused = time.monotonic() + 10, 0
    while refused < 8 and time.monotonic() < deadline:  # every worker has seen the broken file
        refused = refused + 1 if not health(stack)["last_check_ok"] else 0
        time.sleep(0.1)
    assert refused == 8
    result = load.join()
    print(f"data edit (valid, then invalid) under 16 connections for 20 s: {result.summary()}; mixed: {len(mixed)}")
    assert result.failures == [] and mixed == []
    assert page_version(stack) == new and health(stack)["data_version"] == good  # the last good data kept
    edit_relations(data, lambda row: row.update(start_year="1958"))


def test_a_soak_of_a_minute_and_a_half_at_a_steady_rate_keeps_each_worker_memory_flat(stack):
    version = page_version(stack)
    run_load(mixed_targets(stack.url, lambda: version), seconds=5, connections=8)  # every worker warmed up
    workers = stack.workers()
    samples: dict[int, list[float]] = {pid: [] for pid in workers}
    load = Background(mixed_targets(stack.url, lambda: version), seconds=90, connections=8, rate=120)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        for pid in workers:
            samples[pid].append(rss_mb(pid))
        time.sleep(5)
    result = load.join()
    growth = {pid: statistics.mean(s[-4:]) - statistics.mean(s[:4]) for pid, s in samples.items()}
    print(f"soak, 120 requests/s for 90 s: {result.summary()}; RSS growth per worker (MB): "
          + ", ".join(f"{g:+.1f} (from {samples[pid][0]:.0f})" for pid, g in growth.items()))
    assert result.failures == [], result.failures[:5]
    assert result.requests > 90 * 120 * 0.8  # the rate held
    assert sorted(stack.workers()) == sorted(workers)  # none died or was recycled
    assert all(g < 8 for g in growth.values()), growth


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=CALLBACK_BODIES)
def test_a_crafted_callback_request_through_the_proxy_never_gets_a_5xx(stack, body):
    assert_callback_refused_cleanly(stack.url, body)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_any_query_string_through_the_proxy_gets_the_page(stack, query):
    assert_page_for_any_query(stack.url, query)


def test_under_a_path_prefix_and_stopped_by_sigterm(data_copy):
    prefixed = Stack(data_copy, ATLAS_URL_PREFIX="/atlas/")
    try:
        assert prefixed.url.endswith("/atlas")
        page = requests.get(prefixed.url + "/", timeout=10)
        asset = re.search(r'src="(/atlas/assets/atlas\.js[^"]*)"', page.text).group(1)
        served = requests.get(f"http://127.0.0.1:{prefixed.port}{asset}", timeout=10)
        assert served.headers["Server"] == "nginx" and served.headers["Cache-Control"].endswith("immutable")
        assert requests.get(f"{prefixed.url}/atlas-data/{PAYLOAD.search(page.text).group(1)}.json",
                            timeout=10).json()["version"]
        assert requests.get(f"http://127.0.0.1:{prefixed.port}/assets/atlas.js", timeout=10).status_code == 404
        master, workers = prefixed.master, prefixed.workers()
    finally:
        prefixed.stop()
    assert prefixed.process.returncode == 0
    for pid in (master, *workers):
        assert not os.path.exists(f"/proc/{pid}"), f"{pid} still runs"
    with pytest.raises(requests.ConnectionError):
        requests.get(prefixed.url + "/", timeout=5)


def test_a_worker_that_has_not_yet_reloaded_never_sends_a_new_page_to_old_data(data_copy):
    """With several workers, the page may come from one that has reloaded and its data from one that has
    not: asked for a version it does not know, a worker looks at the files before redirecting."""
    from dashboard.store import data_id, files_signature

    from .conftest import Server

    server = Server(data_copy, reload_interval=600)  # it would not look by itself during the test
    try:
        old = PAYLOAD.search(requests.get(server.url + "/", timeout=10).text).group(1)
        edit_relations(data_copy, lambda row: row.update(title_en=row["title_en"] + " (edited)"))
        new = data_id(files_signature(data_copy))
        answer = requests.get(f"{server.url}/atlas-data/{new}.json", timeout=30)
        assert answer.status_code == 200 and answer.json()["version"] == new != old
        stale = requests.get(f"{server.url}/atlas-data/{old}.json", timeout=10, allow_redirects=False)
        assert stale.status_code == 302 and stale.headers["Location"].endswith(f"/atlas-data/{new}.json")
    finally:
        server.stop()
