"""In a real browser, the map says what it holds in words a resident reads: a group mark named as a group,
what lies outside the frame named at its edge with a way to it, and the key figures on a laptop and a
phone in both languages (screenshots looked at: docs/screenshots/key-figures-*)."""

from __future__ import annotations

import pytest

from dashboard.typography import french as typeset_fr

from .browser import offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy

pytestmark = [pytest.mark.browser, requires_chromium]

LABELS = "() => [...document.querySelectorAll('#map .map-label')].map((l) => l.textContent)"
LEVANT = {"Haïfa", "Bethléem", "Beyrouth", "Tripoli"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "plain") as running:
        yield running


def live(page):
    """The live map drawn and named (its group marks made, the names placed over it)."""
    page.wait_for_function("document.querySelectorAll('#map .map-data .scattergeo').length > 0", timeout=30000)
    page.wait_for_function("document.querySelectorAll('#map .map-label').length > 3")
    page.wait_for_timeout(300)  # names are placed once a burst of draws pauses


def test_a_group_mark_is_named_as_a_group_never_by_one_of_its_places(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/")
        live(page)
        groups = page.evaluate("() => [...document.querySelectorAll('#map .map-label')].filter((l) =>"
                               " l.dataset.place.startsWith('@group:')).map((l) => [l.textContent, l.dataset.place])")
        levant = [text for text, key in groups if len(key.split(",")) == 4]
        assert levant and levant[0].endswith(" +2"), groups  # "Haïfa, Beyrouth +2": two names and how many more
        named = set(levant[0].removesuffix(" +2").split(", "))
        assert len(named) == 2 and named <= LEVANT
        assert not LEVANT & set(page.evaluate(LABELS))  # no member named alone beside its group
        mark = page.locator("#map .map-data .scattergeo text", has_text="4").first.bounding_box()
        page.mouse.click(mark["x"] + mark["width"] / 2, mark["y"] + mark["height"] / 2)  # the group's mark
        page.wait_for_function("(document.querySelector('#details') || {}).textContent.includes('Beyrouth')")
        listed = page.inner_text("#details")
        assert all(name in listed for name in LEVANT)  # opening the group lists every place


def test_on_a_phone_the_live_map_names_its_groups_as_groups(server):
    """On a phone the live map comes with the first change the picture cannot show (here the year): a group
    mark is named by its places there too, and none of its places is named alone beside it."""
    with offline_page(viewport=(375, 812), touch=True) as page:
        page.goto(server.url + "/?lang=fr")
        page.wait_for_selector("#year-previous")
        page.locator("#year-previous").tap()
        page.locator("#year-next").tap()  # back to the opening year, on the live map
        live(page)
        labels = page.evaluate("() => [...document.querySelectorAll('#map .map-label')]"
                               ".map((l) => [l.textContent, l.dataset.place])")
        marks = page.evaluate("() => document.querySelector('#map .map-data').data.flatMap((t) => t.customdata || [])"
                              ".map(String).filter((c) => c.startsWith('@group:'))")
        members = {place for key in marks for place in key.removeprefix("@group:").split(",")}
        assert marks, "a phone's zoom groups the Levant's marks, at least"
        assert all(", " in text for text, key in labels if key.startswith("@group:")), labels
        assert not [text for text, key in labels if key in members], labels  # no member named alone


def test_what_lies_outside_the_frame_is_named_at_its_edge_and_one_click_shows_it(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?year=2023")
        live(page)
        chile = page.locator("#map .offframe", has_text="Chili")
        assert chile.count() == 1 and chile.get_attribute("class").endswith("offframe-bottom")  # south-west of Europe
        assert "hors du cadre" in chile.get_attribute("aria-label")
        box, map_box = chile.bounding_box(), page.locator("#map").bounding_box()
        assert map_box["x"] <= box["x"] and box["x"] + box["width"] <= map_box["x"] + map_box["width"]  # whole
        screenshot(page, "map-off-frame-2023-fr")
        chile.click()
        page.wait_for_function("new URLSearchParams(location.search).get('view') === 'world'")
        assert page.evaluate("new URLSearchParams(location.search).get('sel')")  # a relation of the place chosen
        page.wait_for_function("!document.querySelector('#map .offframe')")  # the whole world: nothing outside


@pytest.mark.parametrize(("lang", "viewport"), [("fr", (1440, 900)), ("en", (1440, 900)), ("fr", (375, 812)),
                                                ("en", (375, 812))])
def test_the_key_figures_read_at_a_glance(server, lang, viewport):
    phone = viewport[0] < 600
    with offline_page(viewport=viewport, touch=phone) as page:
        page.goto(server.url + f"/?lang={lang}")
        page.wait_for_selector("#key-figures [data-cat='twin_city'] .figure-says", state="attached")
        if phone:
            page.locator("#sheet-tabs [data-opens='figures']").tap()
        else:
            page.locator("#key-figures").scroll_into_view_if_needed()
        twins = page.inner_text("#key-figures [data-cat='twin_city'] .figure-count")
        assert twins == ("● 17 villes jumelles" if lang == "fr" else "● 17 twin cities")
        consulates = page.inner_text("#key-figures [data-cat='consulate'] .figure-says")
        assert consulates == (typeset_fr("La Ville comptait 71 consulats à Marseille en 2017 ; la carte en montre 29 "
                                         "ouverts cette année-là, 31 aujourd'hui.") if lang == "fr" else
                              "The City counted 71 consulates in Marseille in 2017; the map shows 29 open that "
                              "year, 31 today.")
        screenshot(page, f"key-figures-{'phone' if phone else 'laptop'}-{lang}")
        assert page.console_errors == []


def test_a_still_chapter_that_plays_a_range_shows_every_year_of_it(server):
    """A handout is the chapter still (&still=1): a chapter that plays 2022 to 2024 draws all it names,
    not its first year only, and says the span."""
    with offline_page(viewport=(1920, 1080)) as page:
        page.goto(server.url + "/?story=default&chapter=8&lang=fr&still=1")
        page.wait_for_selector("html.story-ready")
        live(page)
        assert page.inner_text(".story-year") == "2022–2024"
        named = set(page.evaluate(LABELS))
        assert {"Ukraine", "Chili", "Turquie", "Syrie", "Gaza", "Mayotte"} <= named, named
        text = page.inner_text(".story-text")
        assert "80\u202f000 euros" in text and "15\u202f000 euros" in text  # a number never breaks
