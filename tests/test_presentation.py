"""The presentation mode in a real browser, offline: a story walked with the keys a clicker sends."""

from __future__ import annotations

import csv
from urllib.parse import parse_qs, urlsplit

import pytest

from .browser import offline_page, requires_chromium, screenshot
from .conftest import DATA, server_on_a_copy

pytestmark = [pytest.mark.browser, requires_chromium]

PROJECTOR = (1920, 1080)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "present") as running:
        yield running


def chapters() -> list[dict]:
    with (DATA / "stories.csv").open(encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if r["story"] == "default"]


def opened(page, url: str):
    page.goto(url)
    page.wait_for_selector("#map .map-data .scattergeo", timeout=30000)
    page.wait_for_selector(".story-title")


def chapter_number(page) -> str:
    return parse_qs(urlsplit(page.url).query)["chapter"][0]


with (DATA / "categories.csv").open(encoding="utf-8") as _handle:
    LABELS = {row["id"]: row["label_fr"] for row in csv.DictReader(_handle)}  # as the page names them


def test_walk_the_whole_default_story_with_clicker_keys(server):
    story = chapters()
    with offline_page(viewport=PROJECTOR) as page:
        opened(page, server.url + "/?story=default&lang=fr")
        assert page.evaluate("document.documentElement.classList.contains('presenting')")
        assert not page.is_visible("#controls")  # nothing that needs a mouse
        for number, chapter in enumerate(story, start=1):
            page.wait_for_function(f"document.querySelector('.story-title').textContent === {chapter['title_fr']!r}")
            assert page.inner_text(".story-text") == chapter["text_fr"]
            assert page.inner_text(".story-progress") == f"Chapitre {number} sur {len(story)}"
            assert chapter_number(page) == str(number)
            subject = chapter["relations"].split(" ; ")[0]  # the text's subject is on the map (and in its table)
            if not chapter["year_end"]:
                page.wait_for_function("id => Array.from(document.querySelectorAll('.table-view tbody th a'))"
                                       ".some(a => new URLSearchParams(a.getAttribute('href')).get('sel') === id)",
                                       arg=subject)
            cats = set(chapter["categories"].split(" ; ")) if chapter["categories"] else None
            if cats:  # the table shows the chapter's categories only (once the chapter's words are drawn)
                labels = [LABELS[c] for c in cats]
                page.wait_for_function("labels => Array.from(document.querySelectorAll('.table-view tbody "
                                       "td:first-child')).every(c => labels.some(l => c.textContent.trim()"
                                       ".endsWith(l)))", arg=labels)
            if chapter["year_end"]:
                page.keyboard.press("PageDown")  # a range plays first...
                page.wait_for_function("document.querySelector('[data-action=play]').getAttribute('aria-pressed')"
                                       " === 'true'")
                page.keyboard.press("PageDown")  # ...and the next press ends it on its last year
                page.wait_for_function(f"document.querySelector('#year-input').value === {chapter['year_end']!r}")
            if number in (2, 4, 7):
                screenshot(page, f"presentation-chapter-{number}-fr", full_page=False)
            page.keyboard.press("PageDown" if number % 2 else "ArrowRight")
        assert chapter_number(page) == str(len(story))  # the last chapter stays
        page.keyboard.press("PageUp")
        page.wait_for_function(f"new URLSearchParams(location.search).get('chapter') === '{len(story) - 1}'")
        page.keyboard.press("Home")
        page.wait_for_function("new URLSearchParams(location.search).get('chapter') === '1'")
        page.keyboard.press("End")
        page.wait_for_function(f"new URLSearchParams(location.search).get('chapter') === '{len(story)}'")
        page.keyboard.press("3")
        page.keyboard.press("Enter")
        page.wait_for_function(f"document.querySelector('.story-title').textContent === {story[2]['title_fr']!r}")
        page.go_back()  # chapters are history entries
        page.wait_for_function(f"new URLSearchParams(location.search).get('chapter') === '{len(story)}'")
        assert page.blocked == [] and page.console_errors == []


def test_playing_stops_when_asked(server):
    story = chapters()
    playing = next(n for n, c in enumerate(story, start=1) if c["year_end"])
    with offline_page(viewport=PROJECTOR) as page:
        opened(page, server.url + f"/?story=default&chapter={playing}&lang=en")
        page.click("[data-action=play]")
        page.wait_for_function("parseInt(document.querySelector('#year-input').value) > "
                               f"{story[playing - 1]['year']}")
        page.keyboard.press("k")
        assert page.get_attribute("[data-action=play]", "aria-pressed") == "false"
        stopped = page.input_value("#year-input")
        page.wait_for_timeout(1200)
        assert page.input_value("#year-input") == stopped
        assert int(stopped) < int(story[playing - 1]["year_end"])


def test_full_screen_black_screen_and_leaving(server):
    with offline_page(viewport=PROJECTOR) as page:
        opened(page, server.url + "/?story=default&chapter=2&lang=fr")
        page.keyboard.press("f")
        page.wait_for_function("document.fullscreenElement === document.documentElement")
        page.keyboard.press("f")
        page.wait_for_function("document.fullscreenElement === null")
        page.keyboard.press("b")
        assert page.is_visible(".story-blank")
        page.keyboard.press("b")
        assert not page.is_visible(".story-blank")
        page.keyboard.press("Escape")  # back to the explorer, on the chapter's view
        page.wait_for_selector("#controls .year")
        query = parse_qs(urlsplit(page.url).query)
        assert query["year"] == [chapters()[1]["year"]] and query["cat"] == ["consulate"]
        assert not page.evaluate("document.documentElement.classList.contains('presenting')")


def test_unknown_story_opens_the_explorer(server):
    with offline_page() as page:
        page.goto(server.url + "/?story=nope&chapter=99")
        page.wait_for_selector("#controls .year")
        assert page.locator(".story").count() == 0
        assert page.console_errors == []

