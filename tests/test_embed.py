"""The atlas in the City's site, in a narrow column (issue: every answer one tap from the map, in the embed
too): the snippet the share dialog gives, pasted in a plain page of another origin, framed in a 375 px
column on a phone; a tap opens the sheet inside the frame, in sight; the credit line; what the dialog
says the host page must allow."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest

from .browser import axe_violations, offline_page, requires_chromium, screenshot
from .conftest import Server, module_data_copy, static_http_server
from .phone import MARK, PHONE, place_keys

pytestmark = [pytest.mark.browser, requires_chromium]

COLUMN = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ville de Marseille</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:sans-serif"><header style="padding:8px;background:#003d7c;color:#fff">Ville de
Marseille</header><main style="max-width:375px;padding:0"><h1 style="font-size:20px;margin:8px">L'international</h1>
<p style="margin:8px">Texte de la page de la Ville, avant la carte.</p>{snippet}
<p style="margin:8px">Suite de la page.</p>
</main></body></html>"""


@pytest.fixture(scope="module")
def host(tmp_path_factory):
    """A plain page of another origin, served on a second port: the City's CMS."""
    folder = tmp_path_factory.mktemp("column")
    with static_http_server(folder) as (url, port):
        yield url, port, folder


@pytest.fixture(scope="module")
def server(tmp_path_factory, host):
    running = Server(module_data_copy(tmp_path_factory, "embed"), ATLAS_FRAME_ANCESTORS=f"'self' http://127.0.0.1:{host[1]}")
    yield running
    running.stop()


def dialog_snippet(server, path: str = "/?lang=fr", choose: tuple[str, ...] = ()) -> tuple[str, str]:
    """The iframe snippet and the dialog's advice, as a person copies them (choose: options ticked)."""
    with offline_page(viewport=(1280, 800)) as page:
        page.goto(server.url + path)
        page.wait_for_selector("#map .map-data .scattergeo", timeout=30000)
        page.click("#share-button")
        page.wait_for_selector("#share-dialog[open] #share-iframe")
        for name in choose:
            page.check(f"#share-dialog-{name}")
        return page.input_value("#share-iframe"), page.inner_text(".share-advice")


def src(snippet: str) -> dict:
    return {k: v[0] for k, v in parse_qs(urlsplit(snippet.split('src="')[1].split('"', maxsplit=1)[0]).query).items()}


def test_the_snippet_follows_the_current_year_and_offers_the_search(server):
    snippet, advice = dialog_snippet(server, "/?year=2024&lang=fr")
    assert src(snippet) == {"lang": "fr", "embed": "1", "controls": "year,play"}  # no year: it follows today's
    assert 'height="640"' in snippet
    snippet, _ = dialog_snippet(server, "/?year=2024&lang=fr", choose=("search", "fix-year"))
    assert src(snippet) == {"year": "2024", "lang": "fr", "embed": "1", "controls": "year,play,search"}
    host = "http://127.0.0.1:"
    assert host in advice and "ATLAS_FRAME_ANCESTORS" in advice  # who may frame it, and how to add a site
    assert f"frame-src {server.origin}" in advice and f"script-src {server.origin}" in advice
    assert "640 px" in advice


def test_the_embed_opens_on_the_servers_first_picture(server):
    """Without year= the embed is the opening view: the page comes with its picture and its words."""
    snippet, _ = dialog_snippet(server)
    with offline_page(viewport=PHONE, touch=True, javascript=False) as page:
        page.goto(snippet.split('src="')[1].split('"')[0])
        assert page.locator("#map .map-picture svg").count() == 1
        assert page.inner_text("#summary").startswith("En 2026")


def test_in_a_375_px_column_a_tap_opens_its_answer_inside_the_frame(server, host):
    url, _, folder = host
    snippet, _ = dialog_snippet(server)
    (folder / "column.html").write_text(COLUMN.format(snippet=snippet), encoding="utf-8")
    dakar = place_keys(server)["Dakar"]
    with offline_page(viewport=PHONE, touch=True, enforce_csp=True) as page:
        page.goto(url + "/column.html")
        frame = page.frame_locator("iframe")
        frame.locator("#year-previous").wait_for(timeout=30000)  # it answers: its words and the map's picture
        inner = page.frames[1]
        assert not inner.evaluate("Boolean(window.Plotly)")  # a phone's frame runs no plotly.js at rest
        size = inner.evaluate("[innerWidth, innerHeight]")
        assert size[0] <= 375 and size[1] == 640
        for part in ("#map", "#year-slider", "#sheet-tabs", "#embed-credit"):  # in the frame, nothing to scroll
            box = inner.evaluate(f"(() => {{ const r = document.querySelector('{part}').getBoundingClientRect();"
                                 " return [r.top, r.bottom, r.width]; })()")
            assert box[0] >= 0 and box[1] <= size[1] and box[2] > 0, (part, box)
        credit = inner.inner_text("#embed-credit")
        assert "Ville de Marseille" in credit and "Licence Ouverte" in credit
        whole = inner.get_attribute("#embed-credit .embed-whole", "href")
        assert "embed" not in whole and inner.get_attribute("#embed-credit .embed-whole", "target") == "_blank"
        page.evaluate("document.querySelector('iframe').scrollIntoView()")
        frame_box = page.locator("iframe").bounding_box()
        at = inner.evaluate(MARK, dakar)
        page.touchscreen.tap(frame_box["x"] + at["x"], frame_box["y"] + at["y"])
        # polled from here: Playwright's wait_for_function evals its predicate in the frame, which the
        # atlas's CSP (no 'unsafe-eval') refuses once it has to poll
        deadline = time.monotonic() + 30
        while not inner.evaluate("(document.querySelector('#details-title') || {textContent: ''})"
                                 ".textContent.includes('Dakar')"):
            assert time.monotonic() < deadline, "the tap on Dakar got no answer in the frame"
            page.wait_for_timeout(100)
        sheet = inner.evaluate("(() => { const r = document.querySelector('#sheet-details').getBoundingClientRect();"
                               " return [r.top, r.bottom]; })()")
        assert sheet[0] >= 0 and sheet[1] <= size[1], sheet  # the answer inside the frame, in sight
        assert inner.evaluate("scrollY") == 0
        assert "1968" in inner.inner_text("#details")
        screenshot(page, "embed-column-375-fr", full_page=False)
        assert page.console_errors == [] and page.blocked == []


def test_the_embed_at_narrow_and_wide_columns_has_no_axe_violation(server):
    for width in (320, 840):
        with offline_page(viewport=(width, 900), touch=True) as page:
            page.goto(server.url + "/?lang=fr&embed=1&controls=year,play,search")
            page.wait_for_function("document.querySelector('#year-previous') !== null", timeout=30000)
            assert page.is_visible("[data-opens=search]") and not page.is_visible("[data-opens=filters]")
            assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
            assert axe_violations(page) == []
