"""The presenter console (&presenter=1): the chapter's speaker notes, what comes next and the time, in step
with the audience screen both ways, with no server: from the live app and from the offline package over
file://, through a BroadcastChannel and, where a page has none, through window messaging."""

from __future__ import annotations

import re

import pytest

from dashboard.typography import french as typeset_fr

from .browser import axe_violations, offline_page, requires_chromium, screenshot
from .conftest import server_on_a_copy
from .test_presentation import chapters

pytestmark = [pytest.mark.browser, requires_chromium]

NO_CHANNEL = "delete window.BroadcastChannel;"  # a browser, or a page from disk, with no channel


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "presenter") as running:
        yield running


def shown(page) -> int:
    """The chapter a page shows, from its own words ("Chapitre 3 sur 9")."""
    return int(re.search(r"\d+", page.locator(".story-progress").inner_text()).group())


def ready(page):
    page.wait_for_selector("#map .map-data .scattergeo", timeout=30000)
    page.wait_for_selector(".story-title")


def follows(page, number: int):
    page.wait_for_function("(n) => /\\d+/.exec(document.querySelector('.story-progress').textContent)[0] == n",
                           arg=number, timeout=10000)


def in_step(audience, console):
    """Next, previous, a chapter number, End and Home in either window move both."""
    last = len(chapters())
    console.keyboard.press("Home")
    follows(audience, 1)
    console.keyboard.press("PageDown")
    follows(audience, 2)
    audience.keyboard.press("PageUp")
    follows(console, 1)
    console.keyboard.press("4")
    console.keyboard.press("Enter")
    follows(audience, 4)
    audience.keyboard.press("End")
    follows(console, last)
    console.keyboard.press("Home")
    follows(audience, 1)
    console.locator(".story-buttons button[data-action=next]").click()
    follows(audience, 2)
    assert shown(console) == shown(audience) == 2


def test_console_and_audience_in_step_through_a_channel(server):
    story = chapters()
    with offline_page(viewport=(1920, 1080)) as audience:
        audience.goto(server.url + "/?story=default&lang=fr")
        ready(audience)
        console = audience.context.new_page()  # another tab of the same browser, opened by hand
        console.set_viewport_size({"width": 1366, "height": 768})
        console.goto(server.url + "/?story=default&lang=fr&presenter=1")
        ready(console)
        assert console.locator(".story-notes").inner_text() == story[0]["notes_fr"]
        assert console.locator(".story-next").inner_text() == typeset_fr("Ensuite : " + story[1]["title_fr"])
        assert re.search(r"Temps écoulé \d+:\d\d · il est \d\d:\d\d", console.locator(".story-clock").inner_text())
        assert not audience.locator(".story-notes").is_visible()  # the notes are never the room's
        in_step(audience, console)
        assert "presenter=1" in console.url and "presenter" not in audience.url
        screenshot(console, "presenter-console-fr", full_page=False)
        assert axe_violations(console) == []
        console.close()  # closing the console changes nothing on the screen
        audience.keyboard.press("PageDown")
        follows(audience, 3)
        assert audience.console_errors == []


def test_the_key_p_opens_the_console_and_window_messaging_keeps_them_in_step(server):
    with offline_page(viewport=(1280, 720)) as audience:
        audience.context.add_init_script(NO_CHANNEL)
        audience.goto(server.url + "/?story=default&chapter=3&lang=en")
        ready(audience)
        assert audience.evaluate("typeof window.BroadcastChannel") == "undefined"
        with audience.expect_popup() as opening:
            audience.keyboard.press("p")
        console = opening.value
        ready(console)
        assert shown(console) == 3  # it opens on the room's chapter
        assert console.locator(".story-speaker h3").inner_text() == "Speaker notes"
        in_step(audience, console)
        assert axe_violations(console) == []


@pytest.mark.parametrize("channel", [True, False])
def test_from_the_offline_package_over_file(package, channel):
    folder = package[0]
    with offline_page(viewport=(1280, 720)) as audience:
        if not channel:
            audience.context.add_init_script(NO_CHANNEL)
        audience.goto((folder / "index.html").as_uri() + "?story=default")
        ready(audience)
        with audience.expect_popup() as opening:
            audience.keyboard.press("P")
        console = opening.value
        ready(console)
        assert "presenter=1" in console.url
        in_step(audience, console)
        assert audience.blocked == []


ADDRESS = "https://atlas.example.org/marseille"  # a reserved example domain: the bundled data sets none


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The app on a copy of the data whose atlas.toml says where the atlas is published."""
    import shutil

    from .conftest import DATA, Server

    data = tmp_path_factory.mktemp("published") / "data"
    shutil.copytree(DATA, data)
    atlas = data / "atlas.toml"
    atlas.write_text(atlas.read_text(encoding="utf-8").replace(
        '[presentation]\n', f'[presentation]\naddress = "{ADDRESS}"\n', 1), encoding="utf-8")
    running = Server(data)
    try:
        yield running
    finally:
        running.stop()


def test_the_last_chapter_gives_the_room_the_address_and_a_qr_code_that_reads_it(published):
    import io

    import zxingcpp
    from PIL import Image

    with offline_page(viewport=(1920, 1080)) as page:
        page.goto(published.url + "/?story=default&lang=fr")
        ready(page)
        assert not page.locator(".story-address").is_visible()  # only at the end
        page.keyboard.press("End")
        follows(page, len(chapters()))
        ending = page.locator(".story-address")
        ending.wait_for()
        assert ADDRESS in ending.inner_text()
        assert page.get_attribute(".story-qr svg", "aria-label") == "Code QR de l'adresse de la carte"
        picture = Image.open(io.BytesIO(page.locator(".story-qr svg").screenshot()))
        assert [code.text for code in zxingcpp.read_barcodes(picture)] == [ADDRESS]
        screenshot(page, "presentation-end-qr-fr", full_page=False)
        assert axe_violations(page) == []


def test_a_bad_public_address_is_refused_by_the_check(tmp_path):
    import shutil

    from dashboard.dataset import check_dataset

    from .conftest import DATA

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    atlas = data / "atlas.toml"
    atlas.write_text(atlas.read_text(encoding="utf-8").replace(
        '[presentation]\n', '[presentation]\naddress = "javascript:alert(1)"\n', 1), encoding="utf-8")
    dataset, report = check_dataset(data)
    assert dataset is None
    assert any("is not a web address ([presentation] address)" in str(p) for p in report.errors)


def test_the_audience_screen_hides_its_buttons_and_cursor_when_the_mouse_is_still(server):
    with offline_page(viewport=(1920, 1080)) as page:
        page.goto(server.url + "/?story=default&lang=fr")
        ready(page)
        buttons = page.locator(".story-buttons")
        opacity = "() => getComputedStyle(document.querySelector('.story-buttons')).opacity"
        page.wait_for_function(f"({opacity})() === '0'", timeout=5000)  # two still seconds
        assert page.evaluate("getComputedStyle(document.body).cursor") == "none"
        page.mouse.move(400, 300)
        page.mouse.move(420, 320)
        page.wait_for_function(f"({opacity})() === '1'", timeout=3000)
        assert page.evaluate("getComputedStyle(document.body).cursor") != "none"
        page.wait_for_function(f"({opacity})() === '0'", timeout=5000)
        buttons.locator("button[data-action=next]").focus()  # the keyboard's focus brings them back
        page.wait_for_function(f"({opacity})() === '1'", timeout=3000)
        console = page.context.new_page()
        console.goto(server.url + "/?story=default&lang=fr&presenter=1")
        ready(console)
        console.wait_for_timeout(2500)
        assert console.evaluate(opacity) == "1"  # the console keeps its buttons


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_console_fits_its_window_and_the_audience_screen_has_no_small_text(server, size):
    """The council room's laptop: the clock and the previous and next buttons in sight without scrolling, the
    page never taller than the window; the audience screen: no text under 16 px, at 768 px high too."""
    width, height = size
    with offline_page(viewport=size) as page:
        page.goto(server.url + "/?story=default&chapter=1&presenter=1&lang=fr")
        page.wait_for_selector("html.story-ready")
        for part in (".story-clock", ".story-buttons [data-action=previous]", ".story-buttons [data-action=next]"):
            box = page.locator(part).bounding_box()
            assert box and box["y"] >= 0 and box["y"] + box["height"] <= height, (part, box)
        assert page.evaluate("document.documentElement.scrollHeight") <= height
        screenshot(page, f"console-{width}x{height}-fr", full_page=False)
    with offline_page(viewport=size) as page:
        page.goto(server.url + "/?story=default&chapter=7&lang=fr")
        page.wait_for_selector("html.story-ready")
        page.wait_for_function("document.querySelectorAll('#timeline .scatterlayer .point').length > 0")
        small = page.evaluate("""() => [...document.querySelectorAll('body *')].filter((e) => {
            if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) return false;
            const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
            return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.opacity !== '0'
              && r.bottom > 0 && r.top < innerHeight && parseFloat(s.fontSize) < 15.9
              && !e.closest('.visually-hidden, .story-buttons, .story-keys');
          }).map((e) => e.tagName + ' ' + getComputedStyle(e).fontSize + ' ' + e.textContent.trim().slice(0, 30))""")
        assert small == [], small
        screenshot(page, f"audience-{width}x{height}-chapter-7-fr", full_page=False)
