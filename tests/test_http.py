"""The app over real HTTP, served by gunicorn as in the Procfile."""

from __future__ import annotations

import os
import time

import requests


def wait_for(predicate, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def test_page_health_and_language(data_copy, server_on):
    server = server_on(data_copy)
    page = requests.get(server.url + "/", timeout=10)
    assert page.status_code == 200
    assert '<html lang="fr">' in page.text and "<body data-ids=" in page.text
    health = requests.get(server.url + "/healthz", timeout=10).json()
    assert health == {"status": "ok", "data_version": 1, "relations": 147, "last_check_ok": True,
                      "last_check_errors": []}


def test_edits_while_running_over_http(data_copy, server_on):
    server = server_on(data_copy)
    path = data_copy / "relations.csv"
    good = path.read_text(encoding="utf-8")
    broken = good.replace("Twinning with Hamburg,Hamburg,DE,,,,1958", "Twinning with Hamburg,Hamburg,DE,,,,19S8")
    assert broken != good
    path.write_text(broken, encoding="utf-8")
    bad = wait_for(lambda: (h := requests.get(server.url + "/healthz", timeout=10).json())["last_check_ok"] is False
                   and h)
    assert bad["data_version"] == 1 and bad["relations"] == 147  # the last good data is still served
    assert bad["last_check_errors"] == [
        "relations.csv, row 2, column start_year: '19S8' is not a year — write the year with four digits, for "
        "example 2004"]

    lines = good.splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")  # a valid edit: one relation removed
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    fixed = wait_for(lambda: (h := requests.get(server.url + "/healthz", timeout=10).json())["data_version"] == 2
                     and h)
    assert fixed["relations"] == 146 and fixed["last_check_ok"] is True


def test_bad_parameters_and_crafted_requests_never_give_500(data_copy, server_on):
    server = server_on(data_copy)
    for query in ("?lang=<script>alert(1)</script>", "?year=abc&lang=", "?lang=en&lang=fr", "?%ff=%fe"):
        assert requests.get(server.url + "/" + query, timeout=10).status_code == 200
    crafted = ["garbage", "{}", "[1, 2]", "null",
               '{"output": "nope.children", "outputs": {"id": "nope", "property": "children"}, "inputs": []}',
               '{"output": "content.children", "outputs": {"id": "content", "property": "children"}, '
               '"inputs": [{"id": "url", "property": "search", "value": {"a": 1}}], "changedPropIds": ["url.search"]}']
    for body in crafted:
        response = requests.post(server.url + "/_dash-update-component", data=body, timeout=10,
                                 headers={"Content-Type": "application/json"})
        assert response.status_code < 500, body
        assert "Traceback" not in response.text
    assert "Traceback" not in server.output()


def test_responses_are_compressed_and_static_ones_cached(data_copy, server_on):
    import gzip

    import brotli

    from .conftest import ROOT

    server = server_on(data_copy)
    page = requests.get(server.url + "/", timeout=10)
    path = next(p for p in page.text.split('"') if p.startswith("/assets/vendor/plotly-geo.min.js"))
    original = (ROOT / "assets" / "vendor" / "plotly-geo.min.js").read_bytes()
    sizes = []
    for _ in range(2):
        response = requests.get(server.url + path, headers={"Accept-Encoding": "br"}, stream=True, timeout=30)
        raw = response.raw.read(decode_content=False)
        assert response.headers["Content-Encoding"] == "br"
        assert "Accept-Encoding" in response.headers["Vary"]
        assert brotli.decompress(raw) == original
        sizes.append(len(raw))
    assert sizes[0] == sizes[1] == len((ROOT / "assets" / "vendor" / "plotly-geo.min.js.br").read_bytes())
    gz = requests.get(server.url + path, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=30)
    assert gz.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(gz.raw.read(decode_content=False)) == original
    plain = requests.get(server.url + path, headers={"Accept-Encoding": "identity"}, timeout=30)
    assert "Content-Encoding" not in plain.headers and plain.content == original
    page = requests.get(server.url + "/?lang=fr", headers={"Accept-Encoding": "gzip"}, timeout=30)
    assert page.headers["Content-Encoding"] == "gzip" and "map-picture" in page.text  # the page and its picture


def test_shipped_compressed_copies_are_current():
    """A stale .br/.gz beside an asset would be ignored (served slower): keep them in step."""
    import gzip

    import brotli

    from .conftest import ROOT

    original = (ROOT / "assets" / "vendor" / "plotly-geo.min.js").read_bytes()
    assert brotli.decompress((ROOT / "assets" / "vendor" / "plotly-geo.min.js.br").read_bytes()) == original
    assert gzip.decompress((ROOT / "assets" / "vendor" / "plotly-geo.min.js.gz").read_bytes()) == original


def test_a_dash_bundle_is_compressed_fast_first_then_best(data_copy, server_on):
    import brotli

    server = server_on(data_copy)
    page = requests.get(server.url + "/", timeout=10)
    path = next(p for p in page.text.split('"') if "dash_core_components.v" in p)
    sizes = []
    for _ in range(2):
        response = requests.get(server.url + path, headers={"Accept-Encoding": "br"}, stream=True, timeout=30)
        raw = response.raw.read(decode_content=False)
        assert len(brotli.decompress(raw)) > len(raw)
        sizes.append(len(raw))
        time.sleep(4)  # the best compression is prepared in the background for the next visitors
    assert sizes[1] < sizes[0]


def test_data_is_fetched_once_per_version_and_preloaded(data_copy, server_on):
    import re

    from dashboard.wire import unpack

    server = server_on(data_copy)
    page = requests.get(server.url + "/", timeout=10).text
    preloads = re.findall(r'<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)"( media="[^"]+")?>',
                          page)
    # the basemap only on a desktop's screen: a phone fetches it when it needs the live map
    assert preloads[1] == ("/assets/topojson/world_110m.json", ' media="(min-width: 1101px) and (pointer: fine)"')
    current = preloads[0][0]
    assert re.fullmatch(r"/atlas-data/[0-9a-f]{12}\.json", current)
    data = requests.get(server.url + current, timeout=10, headers={"Accept-Encoding": "br"})
    assert data.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert data.headers["Content-Encoding"] == "br"
    assert len(unpack(data.json())["relations"]) == 147  # packed as columns (dashboard/wire.py)
    old = requests.get(server.url + "/atlas-data/000000000000.json", timeout=10, allow_redirects=False)
    assert old.status_code == 302 and old.headers["Location"].endswith(current)
    crafted = requests.get(server.url + "/atlas-data/..%2f..%2fetc.json", timeout=10, allow_redirects=False)
    assert crafted.status_code in (200, 302, 404) and "root:" not in crafted.text  # never a file outside


def test_every_worker_can_serve_the_script_bundles_before_rendering_a_page(data_copy):
    """Dash registers its bundles when it first renders the page, per process; the factory does it, so a
    worker asked for scripts of a page another worker rendered does not answer 500."""
    from dashboard.app import create_app
    from dashboard.config import Settings

    app = create_app(Settings(data_dir=data_copy))
    assert {"dash"} <= set(app.registered_paths)
    client = app.server.test_client()
    assert client.get("/_dash-component-suites/dash/deps/react@18.3.1.min.js").status_code == 200
    # What Dash does not have is a 404, not a 500: a missing source map, an unknown library
    assert client.get("/_dash-component-suites/dash/dcc/async-mathjax.js.map").status_code == 404
    assert client.get("/_dash-component-suites/nope/x.js").status_code == 404


def test_the_procfile_configuration_serves_and_logs_each_request(data_copy):
    """gunicorn.conf.py as the Procfile runs it: preloaded workers, one readable log line per request."""
    import subprocess
    import sys

    from .conftest import ROOT, free_port

    port = free_port()
    env = dict(os.environ, PORT=str(port), ATLAS_HOST="127.0.0.1", ATLAS_DATA_DIR=str(data_copy),
               WEB_CONCURRENCY="2")
    assert (ROOT / "Procfile").read_text().strip() == "web: gunicorn -c gunicorn.conf.py dashboard.wsgi:server"
    log = data_copy.parent / "procfile.log"
    with log.open("w") as out:
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "dashboard.wsgi:server"]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            health = wait_for(lambda: _health(f"http://127.0.0.1:{port}/healthz"), timeout=60)
            assert health["relations"] == 147
        finally:
            process.terminate()
            process.wait(timeout=30)
    text = log.read_text()
    assert '"GET /healthz HTTP/1.1" 200' in text and " ms " in text
    assert "Traceback" not in text


def _health(url: str):
    try:
        return requests.get(url, timeout=5).json()
    except requests.RequestException:
        return None


def test_static_files_are_answered_from_memory_once_compressed(data_copy):
    from dashboard.app import create_app
    from dashboard.config import Settings

    client = create_app(Settings(data_dir=data_copy)).server.test_client()
    url = "/assets/vendor/plotly-geo.min.js"
    first = client.get(url, headers={"Accept-Encoding": "br"})
    again = client.get(url, headers={"Accept-Encoding": "br"})
    assert first.status_code == again.status_code == 200
    assert first.data == again.data and again.headers["Content-Encoding"] == "br"
    assert again.headers["Content-Security-Policy"] and again.headers["X-Content-Type-Options"] == "nosniff"
    unchanged = client.get(url, headers={"Accept-Encoding": "br", "If-None-Match": again.headers["ETag"]})
    assert unchanged.status_code == 304 and unchanged.data == b""
    fingerprinted = client.get(url + "?m=123", headers={"Accept-Encoding": "br"})  # as the page links it
    assert fingerprinted.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    plain = client.get(url)  # a client without compression still gets the file
    assert plain.status_code == 200 and "Content-Encoding" not in plain.headers and len(plain.data) > len(first.data)


def test_search_engines_and_cms_previews_read_a_description_a_canonical_address_and_robots(data_copy, server_on):
    server = server_on(data_copy)
    page = requests.get(server.url + "/", timeout=10).text
    assert ('<meta name="description" content="Carte interactive des relations internationales de la Ville de '
            "Marseille") in page
    assert f'<link rel="canonical" href="{server.url}/">' in page  # absolute (tests/test_findable.py)
    english = requests.get(server.url + "/?lang=en&year=1990", timeout=10).text
    assert "Interactive map of the City of Marseille&#x27;s international relations" in english
    assert f'<link rel="canonical" href="{server.url}/?lang=en">' in english  # the view's parameters left out
    robots = requests.get(server.url + "/robots.txt", timeout=10)
    assert robots.status_code == 200 and robots.headers["Content-Type"].startswith("text/plain")
    lines = robots.text.splitlines()
    assert lines[0] == "User-agent: *" and "Allow: /" in lines and "Disallow: /atlas-data/" in lines


def test_an_embed_is_laid_out_as_one_from_the_first_html(data_copy, server_on):
    """The script would otherwise hide the header and the figures once loaded, and move everything."""
    server = server_on(data_copy)
    embed = requests.get(server.url + "/?embed=1&lang=en", timeout=10).text
    assert '<html lang="en" class="embed">' in embed
    page = requests.get(server.url + "/?lang=en", timeout=10).text  # the page cache keeps them apart
    assert '<html lang="en">' in page and 'class="embed"' not in page.split(">", 2)[1]
