"""Headers, framing, a path prefix, and hostile input: the atlas on the City's website."""

from __future__ import annotations

import json

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .browser import offline_page, requires_chromium
from .conftest import Server, module_data_copy, static_http_server


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return module_data_copy(tmp_path_factory, "security")


@pytest.fixture(scope="module")
def server(data):
    running = Server(data)
    yield running
    running.stop()


def test_headers_on_the_page_the_data_and_the_assets(server):
    page = requests.get(server.url + "/", timeout=10)
    data_url = page.text.split('as="fetch" crossorigin="anonymous" href="')[1].split('"')[0]
    for response in (page, requests.get(server.origin + data_url, timeout=10),
                     requests.get(server.url + "/assets/atlas.js", timeout=10)):
        assert response.status_code == 200
        policy = response.headers["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert "'unsafe-eval'" not in policy and "'unsafe-inline'" not in directives["script-src"]
        assert directives["script-src"].startswith("'self' 'sha256-")
        assert directives["frame-ancestors"] == "'self' https://www.marseille.fr https://*.marseille.fr"
        assert directives["object-src"] == "'none'" and directives["connect-src"] == "'self'"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "camera=()" in response.headers["Permissions-Policy"]
        assert "Set-Cookie" not in response.headers  # nothing that needs a consent banner


# The hostile inputs, shared with tests/test_stack.py (the same, through nginx).
CALLBACK_BODIES = st.one_of(
    st.binary(max_size=300),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children,
                                                                                  max_size=4),
                 max_leaves=12).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({
        "output": st.sampled_from(["view-data.data", "view-shown.data", "nope.x", ""]),
        "outputs": st.just({"id": "view-data", "property": "data"}),
        "inputs": st.lists(st.fixed_dictionaries({"id": st.text(max_size=12), "property": st.text(max_size=12),
                                                  "value": st.integers() | st.text(max_size=12)}), max_size=2),
        "state": st.lists(st.fixed_dictionaries({"id": st.just("view-shown"), "property": st.just("data"),
                                                 "value": st.text(max_size=30) | st.integers()}), max_size=1),
        "changedPropIds": st.lists(st.text(max_size=20), max_size=2),
    }).map(lambda v: json.dumps(v).encode()),
)
QUERIES = st.text(max_size=60)


def assert_callback_refused_cleanly(url: str, body: bytes) -> None:
    """A crafted callback request to the atlas at url: never a 5xx, never a traceback."""
    response = requests.post(url + "/_dash-update-component", data=body, timeout=10,
                             headers={"Content-Type": "application/json"})
    assert response.status_code < 500, body
    assert "Traceback" not in response.text


def assert_page_for_any_query(url: str, query: str) -> None:
    """Any value of the page's parameters still gets the page."""
    response = requests.get(url + "/", params={"year": query, "lang": query, "sel": query}, timeout=10)
    assert response.status_code == 200 and '<html lang="' in response.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=CALLBACK_BODIES)
def test_a_crafted_callback_request_never_gets_a_500_or_a_traceback(server, body):
    assert_callback_refused_cleanly(server.url, body)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_any_query_string_gets_the_page(server, query):
    assert_page_for_any_query(server.url, query)


def framing(atlas: str) -> str:
    return ('<!DOCTYPE html><html lang="fr"><head><title>Hôte</title></head><body>'
            f'<iframe id="atlas" title="Carte" loading="lazy" style="width:100%;height:900px;border:0" '
            f'src="{atlas}/?year=2024"></iframe></body></html>')


@pytest.fixture(scope="module")
def host_page(tmp_path_factory, server):
    """Another origin on this machine (a second port): a plain page that frames the atlas, as the City's
    CMS would, with the snippet's attributes."""
    folder = tmp_path_factory.mktemp("host")
    (folder / "index.html").write_text(framing(server.url), encoding="utf-8")
    with static_http_server(folder) as (url, port):
        yield url + "/index.html", port, folder


@requires_chromium
@pytest.mark.browser
def test_a_site_not_on_the_list_cannot_frame_the_atlas(host_page):
    url, _, _ = host_page
    with offline_page(enforce_csp=True) as page:
        page.goto(url)
        page.wait_for_timeout(3000)
        frame = page.frame_locator("#atlas")
        assert frame.locator("#summary").count() == 0  # the browser refused to show it
        assert any("frame-ancestors" in e or "Refused to frame" in e for e in page.console_errors)


@requires_chromium
@pytest.mark.browser
def test_a_site_on_the_list_frames_the_whole_atlas_without_csp_violation(data, host_page):
    url, port, folder = host_page
    allowed = Server(data, ATLAS_FRAME_ANCESTORS=f"'self' http://127.0.0.1:{port}")
    (folder / "allowed.html").write_text(framing(allowed.url), encoding="utf-8")
    try:
        with offline_page(enforce_csp=True) as page:
            page.goto(url.replace("index.html", "allowed.html"))
            frame = page.frame_locator("#atlas")
            frame.locator("#map .map-base .geo .layer path").first.wait_for(timeout=30000)
            frame.locator("#summary").filter(has_text="En 2024").wait_for(timeout=10000)
            assert page.console_errors == [] and page.blocked == []
    finally:
        allowed.stop()


@requires_chromium
@pytest.mark.browser
def test_the_whole_explorer_works_under_a_path_prefix(data):
    prefixed = Server(data, ATLAS_URL_PREFIX="/atlas/")
    try:
        assert prefixed.url.endswith("/atlas")
        assert requests.get(prefixed.origin + "/assets/atlas.js", timeout=10).status_code == 404
        with offline_page(enforce_csp=True) as page:
            page.goto(prefixed.url + "/?year=2024")
            page.wait_for_selector("#map .map-base .geo .layer path", timeout=30000)
            page.locator("#summary").filter(has_text="En 2024").wait_for()
            page.fill("#year-input", "1990")
            page.press("#year-input", "Enter")
            page.wait_for_url(prefixed.url + "/?year=1990&lang=fr")
            page.click("#language-link")
            page.wait_for_url("**/atlas/?year=1990&lang=en")
            page.locator("#summary").filter(has_text="In 1990").wait_for()
            page.goto(prefixed.url + "/?story=default&chapter=2")
            page.wait_for_selector(".story-title")
            assert page.console_errors == [] and page.blocked == []
    finally:
        prefixed.stop()


@requires_chromium
@pytest.mark.browser
def test_embed_view_at_320_px_shows_the_chosen_controls_and_never_scrolls_sideways(server):
    with offline_page(viewport=(320, 700), enforce_csp=True) as page:
        page.goto(server.url + "/?year=2024&lang=en&embed=1&controls=year,region")
        page.wait_for_selector("#map .map-base .geo .layer path", timeout=30000)
        page.locator("#summary").filter(has_text="In 2024").wait_for()
        assert not page.is_visible(".atlas-header") and not page.is_visible(".table-section")
        assert page.is_visible("#year-slider") and not page.is_visible("#play")
        assert not page.is_visible("[data-opens=search]")  # a tab for what the embedder chose, and no other
        page.click("[data-opens=filters]")  # the filters open in the sheet over the map
        assert page.is_visible("#region-select") and not page.is_visible("#categories")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.fill("#year-input", "2000")
        page.press("#year-input", "Enter")
        page.wait_for_url("**/?year=2000&lang=en&embed=1&controls=year,region")  # still embedded
        assert page.console_errors == []


@requires_chromium
@pytest.mark.browser
def test_the_dialogs_snippet_pasted_in_a_plain_page_renders_and_takes_its_height(data, host_page):
    url, port, folder = host_page
    allowed = Server(data, ATLAS_FRAME_ANCESTORS=f"'self' http://127.0.0.1:{port}")
    try:
        with offline_page(enforce_csp=True) as page:
            page.goto(allowed.url + "/?year=2024&sel=TW09")
            page.wait_for_selector("#map .map-data .scattergeo", timeout=30000)
            page.click("#share-button")
            page.wait_for_selector("#share-dialog[open]")
            iframe, script = page.input_value("#share-iframe"), page.input_value("#share-script")
            picture = page.input_value("#share-picture")  # for sites that allow no iframe: a picture and a link
            image = requests.get(picture.split('src="')[1].split('"')[0], timeout=10)
            assert image.status_code == 200 and image.headers["Content-Type"] == "image/png"
            assert picture.startswith(f'<a href="{allowed.url}/?year=2024&sel=TW09&lang=fr"><img ')
            assert 'title="Carte des relations internationales de Marseille"' in iframe
            assert 'loading="lazy"' in iframe and 'height="640"' in iframe
            assert "year=" not in iframe and "embed=1&controls=year,play" in iframe  # it follows the current year
            page.keyboard.press("Escape")  # the native dialog closes
            assert not page.is_visible("#share-dialog")
        (folder / "fixed.html").write_text(f"<!DOCTYPE html><html lang='fr'><title>CMS</title>{iframe}</html>",
                                           encoding="utf-8")
        (folder / "auto.html").write_text(f"<!DOCTYPE html><html lang='fr'><title>CMS</title>{iframe}{script}</html>",
                                          encoding="utf-8")
        with offline_page(viewport=(1000, 700), enforce_csp=True) as page:
            page.goto(url.replace("index.html", "fixed.html"))
            frame = page.frame_locator("iframe")
            frame.locator("#map .map-base .geo .layer path").first.wait_for(timeout=30000)
            frame.locator("#details h2").filter(has_text="Odessa").wait_for()
            assert page.eval_on_selector("iframe", "f => f.getBoundingClientRect().height") == 640  # no script
            page.goto(url.replace("index.html", "auto.html"))
            page.frame_locator("iframe").locator("#details h2").filter(has_text="Odessa").wait_for(timeout=30000)
            page.wait_for_timeout(1500)
            height = page.eval_on_selector("iframe", "f => f.getBoundingClientRect().height")
            content = page.frames[1].evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
            assert height != 640 and abs(height - content) <= 2  # the frame took the atlas's own height
            assert page.console_errors == [] and page.blocked == []
    finally:
        allowed.stop()
