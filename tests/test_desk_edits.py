"""The desk on real edits, over HTTP and in Chromium: each broken file answered with the command line's
own words, a valid edit's changes row by row, its preview (the explorer on the edited data, under a
banner), its ready-to-publish ZIP whose checksums `sha256sum -c` accepts; and the desk off by default."""

from __future__ import annotations

import html
import io
import re
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
import requests

from dashboard.changes import compare
from dashboard.previews import Shelf
from dashboard.typography import french as typeset_fr
from dashboard.wire import unpack

from .browser import axe_violations, offline_page, requires_chromium
from .conftest import DATA, PYTHON, ROOT, server_on_a_copy


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "desk-edits", threads=2, ATLAS_DESK="1") as running:
        yield running


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def post(server, files: dict[str, bytes], lang: str = "fr") -> requests.Response:
    return requests.post(server.url + f"/verifier?lang={lang}",
                         files=[("files", (name, data)) for name, data in files.items()], timeout=60)


def text_of(page: str) -> str:
    """A page's text as a reader gets it: tags dropped, entities decoded, spaces folded."""
    return re.sub(r"[ \t\r\n]+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))  # no-break spaces kept


# one broken edit of each data file the office keeps
BROKEN = {
    "relations": ("relations.csv", lambda b: b.replace(b",twin_city,", b",twinn,", 1)),
    "milestones": ("milestones.csv", lambda b: b.replace(b"\nTW12,", b"\nZZ99,", 1)),
    "official-figures": ("official_figures.csv", lambda b: b.replace(b"OF01,villes", b"OF01,,", 1)),
    "stories": ("stories.csv", lambda b: b.replace(b"TW01 ; CA01 ; CO01", b"TW01 ; XX77", 1)),
    "categories": ("categories.csv", lambda b: b.replace(b"#0b5fa5", b"bleu", 1)),
    "venues": ("venues.csv", lambda b: b.replace(b"43.29417", b"143.29417", 1)),
    "atlas": ("atlas.toml", lambda b: b.replace(b'city = "Marseille"', b'city = "Marseile"', 1)),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("case", list(BROKEN))
def test_each_broken_file_gets_the_command_lines_message(served, data_copy, case, lang):
    name, breaking = BROKEN[case]
    broken = breaking(read(name))
    assert broken != read(name)
    folder = data_copy
    (folder / name).write_bytes(broken)
    done = subprocess.run([PYTHON, "-m", "dashboard", "check", "--lang", lang, str(folder)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    said = [line for line in done.stdout.splitlines()[1:-1] if not line.startswith(("warning:", "attention"))]
    assert said
    answer = post(served, {name: broken}, lang=lang)
    assert answer.status_code == 200
    shown = text_of(answer.text)
    assert ("Les fichiers ne sont pas valides" if lang == "fr" else "The files are not valid") in shown
    for line in said:
        assert line in shown, line


def test_a_valid_edit_shows_what_it_changes_row_by_row(served):
    relations = read("relations.csv").replace(b"1958,7,11", b"1959,7,11", 1)
    lines = relations.split(b"\n")
    removed = lines.pop(next(i for i, line in enumerate(lines) if line.startswith(b"VI04,")))  # cited nowhere
    relations = b"\n".join(lines)
    signed = "OF02,serments de jumelage signés".encode()
    figures = read("official_figures.csv").replace(b"OF02,serments de jumelage", signed, 1)
    answer = post(served, {"relations.csv": relations, "official_figures.csv": figures})
    assert answer.status_code == 200, answer.text
    shown = text_of(answer.text)
    assert "Les fichiers sont valides" in shown
    assert "1 ligne retirée, 1 ligne modifiée" in shown
    assert f"VI04 — {removed.decode().split(',')[3]}" in shown
    assert "TW01 — Jumelage avec Hambourg start_year 1958 1959" in shown
    assert "OF02 — serments de jumelage signés label_fr serments de jumelage serments de jumelage signés" in shown
    unchanged = post(served, {"relations.csv": read("relations.csv")})
    assert "identiques aux données en ligne" in text_of(unchanged.text)


def test_compare_names_added_rows_and_other_files():
    old = b"id,title_fr,title_en\nA,Un,One\n"
    new = b"id,title_fr,title_en\nA,Un,One\nB,Deux,\n"
    changes = compare({"relations.csv": old, "atlas.toml": b"a"}, {"relations.csv": new, "atlas.toml": b"b"})
    (found,) = changes.files
    assert found.added == ["B"] and not found.removed and not found.changed
    assert found.label("B", "en") == "B — Deux"  # French when the row has no English title
    assert changes.others == ["atlas.toml"]


def preview_link(answer: requests.Response) -> str:
    found = re.search(r'href="([^"]*/verifier/apercu/[^"?/]+)\?lang=', answer.text)
    assert found, "no preview link"
    return found.group(1)


def test_a_valid_edit_has_a_preview_and_a_zip_that_sha256sum_accepts(served, tmp_path):
    relations = read("relations.csv").replace(b"1958,7,11", b"1959,7,11", 1)
    answer = post(served, {"relations.csv": relations})
    link = preview_link(answer)
    token = link.rsplit("/", 1)[1]
    assert len(token) >= 32  # unguessable
    page = requests.get(served.origin + link, timeout=30)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert typeset_fr("Aperçu : ces données ne sont pas publiées.") in page.text and "Set-Cookie" not in page.headers
    data = unpack(requests.get(served.origin + link + "/donnees.json", timeout=30).json())
    assert data["version"].startswith("apercu-")
    hamburg = next(r for r in data["relations"] if r["id"] == "TW01")
    assert hamburg["start"] == "1959-07-11"  # the edited data, not the served
    archive = requests.get(served.origin + link + "/donnees-verifiees.zip", timeout=30)
    assert archive.headers["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(archive.content)) as opened:
        opened.extractall(tmp_path)
    assert (tmp_path / "data" / "relations.csv").read_bytes() == relations
    for name in ("categories.csv", "stories.csv", "atlas.toml", "datapackage.json"):
        assert (tmp_path / "data" / name).read_bytes() == read(name)
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True,
                             check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == len(list((tmp_path / "data").iterdir()))
    receipt = (tmp_path / "verification.txt").read_text(encoding="utf-8")
    assert "Les fichiers sont valides" in receipt and "relations.csv" in receipt
    (tmp_path / "data" / "relations.csv").write_bytes(relations + b"x")  # a file changed on the way is caught
    assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=tmp_path, capture_output=True,
                          check=False).returncode == 1
    assert requests.get(served.origin + link[:-4] + "AAAA", timeout=30).status_code == 404
    assert requests.get(served.origin + link.replace("apercu/", "apercu/x") + "/donnees.json",
                        timeout=30).status_code == 404


def test_a_preview_is_dropped_after_its_time_and_when_newer_ones_push_it_out():
    shelf = Shelf(seconds=0.2, most=2)
    empty = {"relations": [], "places": {}}
    first = shelf.put({"version": "apercu-1", **empty}, None, b"zip")
    assert shelf.get(first.token) is first
    time.sleep(0.3)
    assert shelf.get(first.token) is None
    a, b, c = (shelf.put({"version": f"apercu-{n}", **empty}, None, b"") for n in range(3))
    assert shelf.get(a.token) is None and shelf.get(b.token) and shelf.get(c.token)


def test_the_desk_is_off_unless_asked_for(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "desk-off") as running:
        assert requests.get(running.url + "/verifier", timeout=30).status_code == 404
        assert requests.post(running.url + "/verifier", files=[("files", ("relations.csv", b"x"))],
                             timeout=30).status_code in (404, 405)
        assert requests.get(running.url + "/", timeout=30).status_code == 200


@pytest.mark.browser
@requires_chromium
def test_in_chromium_a_valid_edit_opens_its_preview_and_its_csv_cannot_run(served):
    """A title that a spreadsheet would run is a warning, not an error; the preview draws the edited data
    and its table's CSV download makes that cell text."""
    relations = read("relations.csv").replace(b"Jumelage avec Hambourg", b"=HYPERLINK(\"http://x\")", 1)
    with offline_page(viewport=(1280, 900)) as page:
        page.goto(served.url + "/verifier")
        # the drop zone: files dropped on the form become its files, and are named in its status
        page.evaluate("""(text) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], "relations.csv", { type: "text/csv" }));
            document.getElementById("desk-form").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer }));
        }""", relations.decode("utf-8"))
        assert "relations.csv" in page.inner_text("#desk-chosen")
        page.click("button[type=submit]")
        page.wait_for_selector(".desk-answer")
        assert page.evaluate("document.activeElement.id") == "desk-answer"  # read first
        assert "begins like a spreadsheet formula" in page.inner_text(".desk-answer") or \
            "formule" in page.inner_text(".desk-answer")
        assert axe_violations(page) == []
        link = page.get_attribute(".desk-next a", "href")
        page.goto(served.origin + link + "&year=1958")
        page.wait_for_selector("#map .map-data .scattergeo", timeout=60000)
        assert "ne sont pas publiées" in page.inner_text(".preview-banner")
        with page.expect_download() as got:
            page.click("#download-csv")
        table = Path(got.value.path()).read_text(encoding="utf-8")
        assert "'=HYPERLINK" in table and ",=HYPERLINK" not in table and '"=HYPERLINK' not in table
        assert axe_violations(page) == [], axe_violations(page)
        assert page.blocked == [] and page.console_errors == []
