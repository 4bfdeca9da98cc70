"""The offline package: written by the CLI, opened from disk and from a plain static server, offline."""

from __future__ import annotations

import re
import subprocess
import sys
from html import escape

import pytest

from .browser import offline_page, requires_chromium
from .conftest import ROOT

BASEMAP = "#map .map-base .geo .layer path"


def test_the_package_holds_pages_code_data_and_says_its_size(package):
    target, output = package
    for name in ("index.html", "en.html", "README.txt", "data/payload.js", "data/topology.js",
                 "assets/vendor/plotly-geo.min.js", "assets/atlas.js"):
        assert (target / name).is_file(), name
    assert not (target / "assets" / "src").exists()  # the bundle, not its sources
    total = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    assert f"{total / 1024:,.0f} KB" in output.splitlines()[-1]
    (archive,) = target.glob("*-donnees-*.zip")  # the data package, as /donnees offers it
    assert archive.stat().st_size < 150_000
    # each page carries the opening view's picture (~65 KB, dashboard/picture.py)
    assert total - archive.stat().st_size < 2_150_000
    assert 'class="map-picture"' in (target / "en.html").read_text(encoding="utf-8")
    index = (target / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in index and "<body data-ids=" in index
    assert "<title>Marseille à l&#x27;international</title>" in index
    assert 'lang="en"' in (target / "en.html").read_text(encoding="utf-8")[:60]
    # nothing loaded from another host (the key figures link to their sources, which is no load)
    assert not re.search(r'<(script|link|img|iframe|image|use)\b[^>]*\b(src|href)="(https?:)?//', index)
    assert not re.search(r"url\((https?:)?//", index)
    assert "cannot" in (target / "README.txt").read_text(encoding="utf-8")


def test_export_refuses_a_folder_that_holds_something_else(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "dashboard", "export", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1 and "not empty" in done.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def walk(page, base: str):
    """The map with its basemap, the year, a filter, the language, a story: all without a server."""
    page.goto(base + "/index.html?year=2024")
    page.wait_for_selector("#map .map-data .scattergeo", timeout=30000)
    # the opening view's land and borders (none when the topology is missing; drawn once the page is idle,
    # the page's picture standing in meanwhile)
    page.wait_for_function(f"Array.from(document.querySelectorAll('{BASEMAP}')).reduce((n, p) => "
                           "n + (p.getAttribute('d') || '').length, 0) > 100000", timeout=15000)
    assert not page.locator("#map .map-picture .picture-data").count()  # 2024 is not the picture's year
    page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 2024\u00a0: 54 relations')")
    page.fill("#year-input", "1990")
    page.press("#year-input", "Enter")
    page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 1990')")
    page.locator("#categories input[value='twin_city']").click()
    page.wait_for_function("!document.querySelector('#key-figures').textContent.includes('Ville jumelle')")
    page.click("#language-link")
    # null-safe: the predicate may run while one document replaces the other
    page.wait_for_function("(document.documentElement || {}).lang === 'en' && location.pathname.endsWith('/en.html')")
    page.wait_for_function("document.querySelector('#summary').textContent.startsWith('In 1990')")
    assert page.inner_text("h1") == "Marseille and the world"
    page.goto(base + "/index.html?story=default&lang=fr")
    page.wait_for_selector(".story-title")
    page.wait_for_function("document.querySelector('.story-title').textContent === 'Marseille et le monde'")
    page.keyboard.press("PageDown")
    page.wait_for_function("document.querySelector('.story-title').textContent === 'Une capitale diplomatique'")
    assert page.blocked == [] and page.console_errors == []


@requires_chromium
@pytest.mark.browser
def test_opened_from_disk_offline(package):
    target, _ = package
    with offline_page() as page:
        walk(page, target.as_uri())


@requires_chromium
@pytest.mark.browser
def test_served_by_a_static_server_offline(static_server):
    with offline_page() as page:
        walk(page, static_server)


@requires_chromium
@pytest.mark.browser
def test_handouts_one_image_per_chapter_and_a_pdf_page_each(tmp_path):
    import csv
    import struct

    from pypdf import PdfReader

    with (ROOT / "data" / "stories.csv").open(encoding="utf-8") as handle:
        story = [r for r in csv.DictReader(handle) if r["story"] == "default"]
    done = subprocess.run([sys.executable, "-m", "dashboard", "handouts", str(tmp_path), "--lang", "en"], cwd=ROOT,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr
    images = sorted(tmp_path.glob("default-*-en.png"))
    assert len(images) == len(story)
    for image in images:
        header = image.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (1920, 1080)  # the projector's size
        assert image.stat().st_size > 50_000  # a drawn map, not a blank page
    pdf = PdfReader(tmp_path / "default-en.pdf")
    assert len(pdf.pages) == len(story)
    for page, chapter in zip(pdf.pages, story, strict=True):
        assert page.extract_text().startswith(chapter["title_en"])
        assert chapter["notes_en"][:25] not in page.extract_text()  # the speaker's notes only with --notes
    missing = subprocess.run([sys.executable, "-m", "dashboard", "handouts", str(tmp_path), "--story", "nope"],
                             cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert missing.returncode == 1 and "no story 'nope'" in missing.stderr


def test_handouts_with_notes_put_the_speakers_notes_under_each_chapter():
    """`handouts --notes`: the presenter's copy (the page Chromium prints, without the slow screenshots)."""
    import csv
    from pathlib import Path

    from dashboard.handouts import handout_page

    with (ROOT / "data" / "stories.csv").open(encoding="utf-8") as handle:
        story = [r for r in csv.DictReader(handle) if r["story"] == "default"]
    images = [Path(f"default-{n:02d}-fr.png") for n in range(1, len(story) + 1)]
    with_notes = handout_page(story, images, "fr", notes=True)
    assert with_notes.count('<p class="notes">') == len(story)
    assert escape(story[2]["notes_fr"]) in with_notes
    assert '<p class="notes">' not in handout_page(story, images, "fr")
