"""In a real browser: what happened in Marseille drawn there and listed from its group mark, partners
named, and every official figure shown with its year, its attribution and its source links."""

from __future__ import annotations

import csv

import pytest

from dashboard.typography import french as typeset_fr

from .browser import offline_page, requires_chromium, screenshot
from .conftest import DATA, server_on_a_copy

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "where") as running:
        yield running


def ready(page):
    page.wait_for_selector("#map .geo .layer path", timeout=30000)
    page.wait_for_function("document.querySelector('#summary').textContent.length > 0")
    page.wait_for_function("document.querySelectorAll('#map .map-data .scattergeo').length > 0")


TITLE = "(document.querySelector('#details-title') || {textContent: ''}).textContent"  # the details' heading


def official_figures() -> list[dict]:
    with (DATA / "official_figures.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def home_mark_text(page) -> str:
    return page.evaluate("""() => {
        const trace = document.querySelector('#map .map-data').data.find(
            (d) => d.customdata && d.customdata[0] === '@home');
        return trace ? trace.text[0] : '';
    }""")


def test_marseille_s_group_mark_opens_to_the_list_of_what_took_place_there(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?year=2025&mode=happened")
        ready(page)
        assert home_mark_text(page) == "Marseille (5)"  # CM04, CM06, EV16, EV17, EV18 in 2025
        # the keyboard's way in: the list of places under the map names Marseille once, for all its spots
        page.click("#places > summary")
        entry = page.locator("#place-list [data-place='g2995469'] a")
        assert "Marseille, France" in entry.inner_text()
        entry.click()
        page.wait_for_function("document.activeElement && document.activeElement.id === 'details-title'")
        assert page.inner_text("#details-title") == "Ce qui s'est passé à Marseille"
        items = page.locator("#details .home-list li")
        assert items.count() == 5
        listed = page.inner_text("#details .home-list")
        assert "Hommage aux soldats indiens de 14-18 à Mazargues" in listed
        assert "Cimetière militaire de Mazargues · avec Inde" in listed
        assert "Hôtel de Ville de Marseille · avec Italie" in listed  # Sergio Mattarella's visit
        page.wait_for_function("new URLSearchParams(location.search).get('at') === 'home'")  # a permalink
        screenshot(page, "marseille-group-opened-fr", full_page=False)
        # from the list to one of them, and back
        page.locator("#details .home-list a", has_text="110 ans du génocide arménien").click()
        page.wait_for_function(TITLE + ".includes('110 ans')")
        facts = page.inner_text("#details dl")
        assert "Palais du Pharo, Marseille" in facts and "Arménie" in facts
        page.wait_for_function("new URLSearchParams(location.search).get('sel') === 'CM06'")
        page.click("#details .back a")
        page.wait_for_function(TITLE + ".startsWith('Ce qui')")
        assert page.console_errors == []


def test_a_click_on_the_group_mark_opens_the_list_too(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?year=2025&mode=happened&lang=en")
        ready(page)
        box = page.evaluate("""() => {
            const figure = document.querySelector('#map .map-data');
            const index = figure.data.filter((d) => d.type === 'scattergeo')
              .findIndex((d) => d.customdata && d.customdata[0] === '@home');
            const point = figure.querySelectorAll('.scattergeo')[index].querySelector('.point');
            const r = point.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2];
        }""")
        page.mouse.click(*box)
        page.wait_for_function("(document.querySelector('#details-title') || {}).textContent === "
                               "'What took place in Marseille'")
        assert page.locator("#details .home-list li").count() == 5
        assert page.console_errors == []


def test_a_thing_held_in_marseille_names_its_partner_in_details_and_table_and_counts_for_its_region(server):
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?year=2025&mode=happened&sel=EV17")
        ready(page)
        facts = page.inner_text("#details dl")
        assert "Consulat général de l'Inde, 397 avenue du Prado, Marseille" in facts
        assert "Avec\nInde" in facts or "Avec\tInde" in facts
        assert "au point de la ville" in facts  # the spot's own point is not published: said, not hidden
        row = page.locator("#table tbody tr", has_text="Modi et Macron")
        cells = row.locator("td").all_inner_texts()
        assert "Consulat général de l'Inde, 397 avenue du Prado, Marseille" in cells and "Inde" in cells
        link = page.evaluate("""() => document.querySelector('#map .map-data').data.some(
            (d) => d.line && d.line.dash === 'dash' && d.text && d.text[1] === 'Inde')""")
        assert link  # the selected relation's partner, linked from where it happened
        page.select_option("#region-select", "AS")  # India's region: the event held in Marseille is in it
        page.wait_for_function("new URLSearchParams(location.search).get('region') === 'AS'")
        assert page.locator("#table tbody tr", has_text="Modi et Macron").count() == 1
        assert page.console_errors == []


def test_every_official_figure_is_shown_with_its_year_attribution_and_source_links(server):
    figures = official_figures()
    with offline_page(viewport=(1440, 900)) as page:
        page.goto(server.url + "/?year=2025")
        ready(page)
        page.wait_for_selector("#figure-notes [data-figure]")
        for figure in figures:
            item = page.locator(f"#figure-notes [data-figure='{figure['id']}']")
            text = item.inner_text()
            assert figure["display_fr"].lower() in text.lower(), figure["id"]
            assert (figure["as_of_year"] or "non daté") in text.lower(), figure["id"]
            assert ("la Ville" if figure["attribution"] == "city" else "une autre source que la Ville") in text
            hrefs = item.locator("a").evaluate_all("links => links.map((a) => a.href)")
            assert set(figure["sources"].split(" ; ")) <= set(hrefs), figure["id"]
        assert page.locator("#figure-notes [data-figure]").count() == len(figures)
        for summary in page.locator("#key-figures .figure-how summary").all():
            summary.click()  # how each category's figures are counted, one click away
        twins = page.inner_text("#key-figures [data-cat='twin_city']")
        assert twins.startswith("● 17 villes jumelles\n")  # the count named in its plural
        assert typeset_fr("La Ville compte 17 serments de jumelage ; la carte en compte 16, un par accord ou "
                          "serment") in twins
        assert "1 annoncé, non signé (Bethléem)" in twins
        coop = page.inner_text("#key-figures [data-cat='cooperation']")
        assert "3 liens sans accord connu signé par la Ville (Alexandrie, Aqaba, Moscou)" in coop
        consulates = page.inner_text("#key-figures [data-cat='consulate']")
        # the consulate answer in one line: the City's count, its year, the posts open then and today
        assert typeset_fr("La Ville comptait 71 consulats à Marseille en 2017 ; la carte en montre 29 ouverts "
                          "cette année-là, 31 aujourd'hui.") in consulates
        for shown in ("75 postes consulaires à Marseille (2010", "71 consulats à Marseille (2017",
                      "Plus de 80 postes consulaires à Marseille (non daté",
                      "la carte en montre 30 ouverts cette année-là, 31 aujourd'hui, dont 20 sans date d'ouverture"):
            assert shown in consulates
        aid = page.inner_text("#key-figures [data-cat='aid'] .figure-count")
        assert aid == "▲ 2 actions d'aide et de solidarité en 2025 · 12 en tout"  # the year's beside all years'
        page.goto(server.url + "/?year=2026")
        ready(page)
        aid = page.inner_text("#key-figures [data-cat='aid'] .figure-count")
        assert aid == "▲ 0 action d'aide et de solidarité en 2026 · 12 en tout Voir 2025"  # 0 never reads "nothing"
        page.click("#key-figures [data-cat='aid'] .figure-go")
        page.wait_for_function("() => new URLSearchParams(location.search).get('year') === '2025'")
        assert page.locator("[data-count='aid']").first.inner_text() == "(2 · 12 en tout)"
        key = page.locator("#key-figures [data-cat='consulate'] a[href*='jeanclaudegaudin']")
        assert key.count() == 1 and key.get_attribute("target") == "_blank"
        notes = page.inner_text("#figure-notes")
        assert "première place consulaire du pays" in notes and "seconde place diplomatique après Paris" in notes
        screenshot(page, "official-figures-fr", full_page=False)
        page.locator("#figure-notes").scroll_into_view_if_needed()
        screenshot(page, "official-figures-notes-fr", full_page=False)
        assert page.console_errors == []


def test_a_chapter_shows_the_official_figures_it_cites_with_their_sources(server):
    with offline_page(viewport=(1920, 1080)) as page:
        page.goto(server.url + "/?story=default&chapter=2")
        page.wait_for_selector(".story-figures [data-figure='OF06']", timeout=30000)
        card = page.inner_text(".story-figures")  # each in one sentence, with its sources' sites
        assert typeset_fr("La Ville comptait 75 postes consulaires à Marseille en 2010 ; la carte en montre 30 ouverts "
                          "cette année-là, 31 aujourd'hui (") in card
        assert typeset_fr("La Ville comptait 71 consulats à Marseille en 2017 ;") in card
        assert page.locator(".story-figures a[href*='docstoc']").count() == 1
        page.keyboard.press("PageDown")  # chapter 3 cites the twinning oaths
        page.wait_for_selector(".story-figures [data-figure='OF02']")
        assert page.locator(".story-figures [data-figure]").count() == 1
        for _ in range(3):  # chapter 3 plays its years, stops, then moves on
            page.keyboard.press("PageDown")
        page.wait_for_function("document.querySelector('.story-progress').textContent.startsWith('Chapitre 4')")
        assert page.locator(".story-figures").is_hidden()  # chapter 4 cites none
        assert page.console_errors == []
