"""The data keepers' desk, /verifier: data files (or a ZIP of the data folder) checked in memory with the
same checks as `python -m dashboard check`, the files not given taken from the data being served. Every
uploaded byte is hostile: sizes, counts and ZIP entries are capped before anything is read, nothing is
written anywhere, and the served data is never touched."""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import dataclass, field
from html import escape
from pathlib import PurePosixPath

from dash import html
from flask import Request, request
from markupsafe import Markup

from .atlas import ATLAS
from .dataset import check_dataset
from .i18n import CATALOGUE, LANGUAGES, format_number, locale_of, normalise_language
from .overlay import Overlay
from .problems import ERROR, Problem
from .render import render

MB = 1024 * 1024
MAX_FILE = 4 * MB  # one data file: the real relations.csv is ~0.2 MB
MAX_TOTAL = 16 * MB  # the whole request
MAX_FILES = 20  # files in one upload (the data folder has 12)
MAX_ENTRIES = 50  # entries in a ZIP
MAX_RATIO = 100  # uncompressed / compressed size of a ZIP entry: beyond, a bomb
CHECKS_AT_ONCE = 2  # per process: a check takes about a second of CPU
_checking = threading.BoundedSemaphore(CHECKS_AT_ONCE)


class Refused(ValueError):
    """An upload the desk does not read: the message says why, in the reader's language (a catalogue key
    and its values)."""

    def __init__(self, key: str, **values):
        super().__init__(key)
        self.key, self.values = key, values


@dataclass
class Upload:
    """What was uploaded, by data file name, and the names the desk set aside (unknown files)."""

    files: dict[str, bytes] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


def known_names(data_files: list[str]) -> set[str]:
    """The files the desk checks: the manifest's CSV files and atlas.toml (manifest.json describes the
    format itself and is not the office's to edit)."""
    return {*data_files, ATLAS}


def read_uploads(parts: list[tuple[str, bytes]], data_files: list[str]) -> Upload:
    """The uploaded parts (file name, bytes) as data files; a ZIP is opened in memory, its entries read
    by their base names. Raises Refused beyond the caps."""
    if len(parts) > MAX_FILES:
        raise Refused("desk.too_many", most=MAX_FILES)
    upload = Upload()
    known = known_names(data_files)
    for name, data in parts:
        if len(data) > MAX_FILE:
            raise Refused("desk.too_big", name=name, most=MAX_FILE // MB)
        if name.lower().endswith(".zip"):
            for inner, content in zip_entries(data):
                keep(upload, inner, content, known)
        else:
            keep(upload, name, data, known)
    return upload


def keep(upload: Upload, name: str, data: bytes, known: set[str]) -> None:
    base = PurePosixPath(name.replace("\\", "/")).name
    if base in known:
        upload.files[base] = data
    elif base:
        upload.ignored.append(base)


def zip_entries(data: bytes) -> list[tuple[str, bytes]]:
    """A ZIP's files, read in memory with every cap checked before an entry is inflated: entry count,
    each entry's and the total size, compression ratio, and no path that climbs out or is absolute."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise Refused("desk.bad_zip") from exc
    if len(infos) > MAX_ENTRIES:
        raise Refused("desk.zip_entries", most=MAX_ENTRIES)
    total = 0
    for info in infos:
        path = PurePosixPath(info.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts:
            raise Refused("desk.zip_path", name=info.filename)
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > MAX_FILE or total > MAX_TOTAL or ratio > MAX_RATIO:
            raise Refused("desk.zip_bomb")
    entries = []
    for info in infos:
        try:
            with archive.open(info) as entry:
                content = entry.read(MAX_FILE + 1)  # never more than the cap, whatever the header said
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:  # encrypted, corrupt
            raise Refused("desk.bad_zip") from exc
        if len(content) > MAX_FILE:
            raise Refused("desk.zip_bomb")
        entries.append((info.filename, content))
    return entries


def check_upload(data_dir, upload: Upload):
    """The check of the served folder with the uploaded files over it (dataset or None, and the report);
    None when as many checks as the process allows are already running."""
    if not _checking.acquire(blocking=False):
        return None
    try:
        return check_dataset(Overlay(data_dir, upload.files))
    finally:
        _checking.release()


def by_file(problems: list[Problem]) -> dict[str, list[Problem]]:
    """Problems grouped by file (files in order of their first problem), errors before warnings in each."""
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(problem.file, []).append(problem)
    return {name: sorted(found, key=lambda p: p.severity != ERROR) for name, found in groups.items()}


def words(lang: str):
    """The catalogue's text for a key in a language, its {placeholders} filled; T.count(key, n) the plural
    form for n."""
    table = CATALOGUE[lang]

    def T(key: str, **values) -> str:
        text = table[key]
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    def count(key: str, n: int) -> str:
        return T(f"{key}.{locale_of(lang).plural_form(n)}", count=format_number(n, lang))
    T.count = count
    return T


def page(lang: str, state: dict, outcome=None, refused: Refused | None = None) -> str:
    """The desk's page: the form, the answer to an upload (when there is one) and the served data's state."""
    T = words(lang)
    parts = [
        html.H1(T("desk.title")),
        html.P(T("desk.intro")),
        html.Form([
            html.Label(T("desk.files"), htmlFor="desk-files"),
            # written as it is: html.Input would be a Dash core component
            Markup('<input type="file" id="desk-files" name="files" multiple required '
                   'accept=".csv,.toml,.zip,text/csv,application/zip">'),
            html.Div(html.Button(T("desk.check"), type="submit")),
        ], method="post", encType="multipart/form-data", className="desk-form"),
        html.P(T("desk.limits", files=MAX_FILES, size=MAX_FILE // MB)),
    ]
    if refused is not None:
        parts.append(html.P(T(refused.key, **refused.values), role="alert", className="desk-refused"))
    if outcome is not None:
        parts.append(answer(T, *outcome))
    parts.append(data_state(T, state))
    others = [code for code in LANGUAGES if code != lang]
    links = [html.A(CATALOGUE[code]["language.switch"], href=f"?lang={code}", hrefLang=code, lang=code)
             for code in others]
    body = render(html.Main([html.Nav(links, className="desk-languages"), *parts], className="desk", lang=lang))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(T("desk.title"))}</title><link rel="stylesheet" href="assets/atlas.css"></head>'
            f"<body>{body}</body></html>")


def answer(T, dataset, report, upload: Upload) -> html.Section:
    """The check's answer: a count, then each file's problems, errors first."""
    errors, warnings = len(report.errors), len(report.warnings)
    if dataset is None:
        status = T("desk.invalid", errors=T.count("desk.errors", errors), warnings=T.count("desk.warnings", warnings))
    else:
        status = T("desk.valid", warnings=T.count("desk.warnings", warnings))
    given = ", ".join(sorted(upload.files)) or "—"
    items = [html.H2(T("desk.answer"), id="desk-answer"), html.P(status, role="status"),
             html.P(T("desk.given", files=given))]
    if upload.ignored:
        items.append(html.P(T("desk.ignored", files=", ".join(sorted(set(upload.ignored))))))
    for name, problems in by_file([*report.errors, *report.warnings]).items():
        items.append(html.H3(name))
        items.append(html.Ul([html.Li(str(p), className="desk-error" if p.severity == ERROR else "desk-warning")
                              for p in problems]))  # the command line's own words
    return html.Section(items, className="desk-answer", **{"aria-labelledby": "desk-answer"})


def data_state(T, state: dict) -> html.Section:
    """The state of the data being served: its version, since when, its counts, the last refused edit."""
    items = [html.H2(T("desk.state")),
             html.P(T("desk.served", version=state["version"], since=state["since"], relations=state["relations"]))]
    refused = state.get("refused") or []
    if refused:
        items.append(html.P(T("desk.last_refused")))
        items.append(html.Ul([html.Li(text) for text in refused]))
    else:
        items.append(html.P(T("desk.no_refusal")))
    return html.Section(items, className="desk-state")


class InMemoryRequest(Request):
    """Flask's request, keeping uploaded files in memory (Werkzeug spools large ones to a temporary file
    on disk): the request's size is capped (MAX_CONTENT_LENGTH), and the desk writes nothing."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return io.BytesIO()


def add_desk_route(app, store, data_files) -> None:
    """/verifier: the page (GET) and the check of an upload (POST); data_files() the manifest's files."""
    server = app.server
    server.request_class = InMemoryRequest
    server.config["MAX_CONTENT_LENGTH"] = MAX_TOTAL  # beyond: 413 before anything is read

    @server.route(app.config.routes_pathname_prefix + "verifier", methods=["GET", "POST"])
    def desk():
        lang = normalise_language(request.args.get("lang"))
        store.get()
        state = {"version": store.data_id, "since": store.loaded_at, "relations": len(store.get().relations),
                 "refused": [str(p) for p in store.last_report.errors][:50] if store.last_report else []}
        status, outcome, refused = 200, None, None
        if request.method == "POST":
            try:
                parts = [(f.filename or "", f.stream.read(MAX_FILE + 1)) for f in request.files.getlist("files")]
                upload = read_uploads(parts, data_files())
                if not upload.files:
                    raise Refused("desk.nothing")
                checked = check_upload(store.data_dir, upload)
                if checked is None:
                    raise Refused("desk.busy")
                outcome = (*checked, upload)
            except Refused as exc:
                refused, status = exc, 503 if exc.key == "desk.busy" else 400
        response = server.response_class(page(lang, state, outcome, refused), status=status, mimetype="text/html")
        response.headers["Cache-Control"] = "no-store"
        return response
