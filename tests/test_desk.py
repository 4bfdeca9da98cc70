"""The data keepers' desk, /verifier, over real HTTP: an upload checked in memory with the check's own
words, and every hostile upload answered clearly, with nothing written and the served data untouched."""

from __future__ import annotations

import contextlib
import io
import socket
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import desk
from dashboard.overlay import Overlay
from dashboard.typography import french as typeset_fr

from .browser import axe_violations, offline_page, requires_chromium
from .conftest import DATA, server_on_a_copy

LIMITS = desk.LIMITS


@pytest.fixture(scope="module")
def temporary(tmp_path_factory) -> Path:
    """The server's temporary directory (TMPDIR): the desk must leave it as it found it."""
    return tmp_path_factory.mktemp("desk-tmp")


@pytest.fixture(scope="module")
def served(tmp_path_factory, temporary):
    with server_on_a_copy(tmp_path_factory, "desk", threads=4, ATLAS_DESK="1", ATLAS_DESK_READ_SECONDS="3",
                          TMPDIR=str(temporary)) as running:
        data = Path(running.log.name).parent / "data"
        yield running, data


def state_of(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file of a folder, with its size and modification time: what "nothing written" compares."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def post(server, files: list[tuple[str, bytes]], lang: str = "fr") -> requests.Response:
    return requests.post(server.url + f"/verifier?lang={lang}", files=[("files", (n, b)) for n, b in files],
                         timeout=60)


def relations() -> bytes:
    return (DATA / "relations.csv").read_bytes()


def zipped(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_the_page_in_both_languages_sets_no_cookie(served):
    server, _ = served
    for lang, title in (("fr", "Vérifier des fichiers de données"), ("en", "Check data files")):
        response = requests.get(server.url + f"/verifier?lang={lang}", timeout=30)
        assert response.status_code == 200
        assert f'<html lang="{lang}">' in response.text and title in response.text
        assert "Set-Cookie" not in response.headers
        assert 'type="file"' in response.text and 'enctype="multipart/form-data"' in response.text.lower()
        assert typeset_fr("Ville jumelle : 17") in response.text or "Twin city: 17" in response.text  # counts
    english = requests.get(server.url + "/check", timeout=30)  # the English address
    assert english.status_code == 200 and '<html lang="en">' in english.text


def test_an_edit_is_checked_with_the_command_lines_words_and_nothing_changes(served):
    server, data = served
    before, version = state_of(data), requests.get(server.url + "/healthz", timeout=30).json()["data_version"]
    good = post(server, [("relations.csv", relations())])
    assert good.status_code == 200
    assert "Les fichiers sont valides" in good.text
    bad = relations().replace(b",twin_city,", b",twinn,", 1)
    answer = post(server, [("relations.csv", bad)], lang="en")
    assert "The files are not valid: 1 error" in answer.text
    assert "relations.csv, row 2, column category: &#x27;twinn&#x27; is not a known category" in answer.text
    # a cell with HTML is shown as text, never run
    hostile = relations().replace(b"Jumelage avec Hambourg", b"<script>alert(1)</script>", 1)
    shown = post(server, [("relations.csv", hostile)])
    assert "<script>alert(1)</script>" not in shown.text
    assert state_of(data) == before  # nothing written in the data folder
    assert requests.get(server.url + "/healthz", timeout=30).json()["data_version"] == version


def test_a_zip_of_the_data_folder_is_read_by_its_file_names(served):
    server, _ = served
    archive = zipped({"data/relations.csv": relations().replace(b",twin_city,", b",twinn,", 1), "data/notes.txt": b"x"})
    answer = post(server, [("data.zip", archive)])
    assert answer.status_code == 200
    assert "1 erreur" in answer.text and "notes.txt" in answer.text  # checked, and the other file set aside


@pytest.mark.parametrize(("files", "status", "words"), [
    ([("relations.csv", b"x" * (LIMITS.file + 1))], 400, "dépasse 4 Mo"),
    ([(f"f{i}.csv", b"x") for i in range(LIMITS.files + 1)], 400, "Trop de fichiers"),
    ([("data.zip", zipped({"relations.csv": b"0" * (3 * 1024 * 1024)}))], 400, "trop grand"),  # a bomb: ratio
    ([("data.zip", zipped({f"{i}.csv": b"x" for i in range(LIMITS.entries + 1)}))], 400, "trop de fichiers"),
    ([("data.zip", zipped({"../relations.csv": b"x"}))], 400, "sort du dossier"),
    ([("data.zip", b"PK\x03\x04 not a zip")], 400, "ne peut pas être ouvert"),
    ([("photo.png", b"\x89PNG\r\n")], 400, "Aucun fichier de données"),
    ([("relations.csv", b"id\n" + b"a\n" * (LIMITS.rows + 1))], 400, "plus de 100 000 lignes"),
    ([("data.zip", zipped({"relations.csv": "".join(f"{i}\n" for i in range(LIMITS.rows + 2)).encode()}))], 400,
     "plus de 100 000 lignes"),  # numbers: not compressible enough to look like a bomb
    ([("relations.csv", b"x" * (100 * 1024 * 1024))], 413, ""),  # one 100 MB line: refused before it is read
], ids=["file-too-big", "too-many-files", "zip-bomb", "zip-entries", "zip-climbs-out", "bad-zip", "not-data",
        "too-many-rows", "zip-too-many-rows", "a-100-mb-line"])
def test_hostile_uploads_get_a_clear_answer_and_nothing_else(served, temporary, files, status, words):
    server, data = served
    before = state_of(data)
    answer = post(server, files)
    assert answer.status_code == status
    assert words in answer.text
    assert state_of(data) == before and state_of(temporary) == {}
    assert requests.get(server.url + "/healthz", timeout=30).status_code == 200  # still answering


def test_a_file_that_is_not_text_or_not_utf8_is_a_problem_of_the_check(served):
    server, _ = served
    for content in (bytes(range(256)) * 4, "Gênes".encode("latin-1") + b"\n"):
        answer = post(server, [("relations.csv", content)])
        assert answer.status_code == 200
        assert "ne sont pas valides" in answer.text and "relations.csv" in answer.text


def test_a_csv_with_millions_of_columns_is_one_problem_answered_at_once(served):
    """4 MB of commas: millions of columns in one header line, answered with one problem, not millions."""
    server, _ = served
    started = time.monotonic()
    answer = post(server, [("relations.csv", b"id" + b"," * (LIMITS.file - 100) + b"\n")])
    assert answer.status_code == 200 and time.monotonic() - started < 15
    assert "colonnes, bien plus que tout fichier de l&#x27;atlas (au plus 200)" in answer.text
    assert answer.text.count("<li") < 100


def test_a_request_over_the_total_cap_is_refused_before_it_is_read(served):
    server, _ = served
    answer = post(server, [("relations.csv", b"x" * (LIMITS.total + 1))])
    assert answer.status_code == 413


def test_a_check_beyond_the_concurrency_cap_is_refused_politely():
    gate = desk.Gate(2)
    held = [gate._slots.acquire(blocking=False) for _ in range(2)]
    try:
        assert all(held)
        assert gate.check(DATA, desk.Upload(files={"relations.csv": relations()})) is None
    finally:
        for _ in held:
            gate._slots.release()
    dataset, report = gate.check(DATA, desk.Upload(files={"relations.csv": relations()}))
    assert dataset is not None and report.ok


def test_an_overlay_reads_the_upload_over_the_served_folder():
    overlay = Overlay(DATA, {"relations.csv": b"id\n"})
    assert (overlay / "relations.csv").read_bytes() == b"id\n"
    assert (overlay / "categories.csv").read_bytes() == (DATA / "categories.csv").read_bytes()
    assert not (overlay / "nothing.csv").exists()


@pytest.mark.browser
@requires_chromium
def test_the_desk_passes_axe_in_both_languages(served):
    server, _ = served
    for lang in ("fr", "en"):
        with offline_page() as page:
            page.goto(server.url + f"/verifier?lang={lang}")
            page.set_input_files("#desk-files", files=[{"name": "relations.csv", "mimeType": "text/csv",
                                                        "buffer": relations().replace(b",twin_city,", b",x,", 1)}])
            page.click("button[type=submit]")
            page.wait_for_selector(".desk-answer")
            assert axe_violations(page) == []
            page.keyboard.press("Tab")  # the keyboard reaches the language link, the file input and the button
            assert page.evaluate("document.activeElement.tagName") == "A"


def slow_upload(server, trickle: bool) -> tuple[bytes, float]:
    """An upload that announces a megabyte and then stalls (or sends a byte a second): the server's answer
    and how long it took; meanwhile another client's page request must be answered."""
    head = (b"POST /verifier HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            b"Content-Length: 1000000\r\n\r\n"
            b'--b\r\nContent-Disposition: form-data; name="files"; filename="relations.csv"\r\n\r\nid,')
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(head)
        started = time.monotonic()
        assert requests.get(server.url + "/healthz", timeout=5).ok  # another client is answered meanwhile
        sock.settimeout(1.0)
        reply = b""
        while time.monotonic() - started < 20 and b"</html>" not in reply:
            try:
                got = sock.recv(65536)
                if not got:
                    break  # closed
                reply += got
            except ConnectionResetError:  # closed with our bytes unread: the kernel may drop its answer
                break
            except TimeoutError:
                if trickle:
                    with contextlib.suppress(OSError):
                        sock.sendall(b"x")
        return reply, time.monotonic() - started


@pytest.mark.parametrize("trickle", [False, True], ids=["stalls", "trickles"])
def test_an_upload_that_never_ends_is_cut_off_at_the_time_limit(served, temporary, trickle):
    server, data = served
    before = state_of(data)
    reply, took = slow_upload(server, trickle)
    # a client that stalls reads the answer; one that keeps sending may find the connection reset instead
    if reply or not trickle:
        assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
        assert b"a pris plus de 3 secondes" in reply
    assert 2.5 < took < 10, took  # ATLAS_DESK_READ_SECONDS=3 for this server
    assert state_of(data) == before and state_of(temporary) == {}
    assert requests.get(server.url + "/verifier", timeout=10).status_code == 200


def test_many_uploads_at_once_are_checked_or_refused_politely(served):
    """More uploads than checks allowed at once (two): each is answered, with the check or with "busy",
    and a page request made meanwhile is answered."""
    server, data = served
    before = state_of(data)
    with ThreadPoolExecutor(max_workers=4) as pool:
        uploads = [pool.submit(post, server, [("relations.csv", relations())]) for _ in range(4)]
        assert requests.get(server.url + "/healthz", timeout=30).ok
        answers = [future.result() for future in uploads]
    assert {answer.status_code for answer in answers} <= {200, 503}
    assert any(answer.status_code == 200 for answer in answers)
    for answer in answers:
        assert ("Les fichiers sont valides" if answer.status_code == 200 else "Trop de vérifications") in answer.text
    assert state_of(data) == before


def multipart_parts():
    """Parts an attacker or a confused browser might send: any name (a known data file's, a ZIP's, a path,
    nothing) with any bytes, a CSV-like text, or a ZIP of those."""
    text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)  # no lone surrogate: not encodable
    names = st.one_of(st.sampled_from(["relations.csv", "stories.csv", "atlas.toml", "data.zip", "../x.csv", ""]),
                      text)
    content = st.one_of(st.binary(max_size=2000),
                        text.map(lambda cells: ("id,category\n" + cells * 10).encode("utf-8")))
    zips = st.dictionaries(names.filter(bool), st.binary(max_size=500), max_size=4).map(zipped)
    return st.lists(st.tuples(names, st.one_of(content, zips)), min_size=0, max_size=5)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=multipart_parts())
def test_any_upload_gets_an_answer_and_changes_nothing(served, temporary, parts):
    server, data = served
    before = state_of(data)
    response = requests.post(server.url + "/verifier", files=[("files", part) for part in parts], timeout=60)
    assert response.status_code in (200, 400, 503), response.text[:300]
    assert '<html lang="fr">' in response.text and "Traceback" not in response.text
    assert state_of(data) == before and state_of(temporary) == {}
