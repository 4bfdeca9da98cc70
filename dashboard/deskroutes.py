"""The desk's addresses, when Settings.desk is on: /verifier (French) and /check (English) take an upload
and answer with the page; /verifier/apercu/<token> is a valid edit's preview, .../donnees.json its data and
.../donnees-verifiees.zip its "ready to publish" folder. No cookie, no state but the short-lived previews
in this process's memory: nothing a cross-site request could change, and nothing is ever published."""

from __future__ import annotations

import contextlib
import io
import socket
import threading
from datetime import UTC, datetime
from functools import partial

from dash import html
from flask import Request, abort, request
from werkzeug.exceptions import BadRequest

from .changes import compare
from .desk import Gate, Limits, Refused, Upload, folder_files, known_names, read_uploads
from .deskpage import Outcome, page
from .i18n import normalise_language
from .plainpage import document, words
from .previews import Shelf, checksums, edit_version, preview_page, publish_archive
from .schema import MANIFEST_NAME
from .summary import labelled_counts
from .view import view_payload


class InMemoryRequest(Request):
    """Flask's request, keeping uploaded files in memory (Werkzeug spools large ones to a temporary file
    on disk): the request's size is capped (MAX_CONTENT_LENGTH), and the desk writes nothing."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return io.BytesIO()


class DeadlineStream:
    """The request body, read within a time limit: past it, the socket's reading side is shut, so a read
    that waits (an upload that stalls) or gathers byte after byte (one that trickles) ends at once."""

    def __init__(self, raw, sock, seconds: float):
        self.raw, self.sock = raw, sock
        self.timed_out = False  # Werkzeug turns the cut into a plain 400: this says it was the time
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True
        self._timer.start()

    def _cut(self) -> None:
        self.timed_out = True
        if self.sock is not None:
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_RD)

    def done(self) -> None:
        self._timer.cancel()

    def read(self, *args):
        return self.raw.read(*args)

    def readline(self, *args):
        return self.raw.readline(*args)

    def __iter__(self):
        return iter(self.readline, b"")


def receipt(T, lang: str, files: dict[str, bytes], outcome: Outcome, served_version: str) -> str:
    """verification.txt: what was checked, when, against which served data, the result and the warnings."""
    lines = [T("desk.receipt_title"), "",
             T("desk.receipt_when", when=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), version=served_version),
             T("desk.valid", warnings=T.count("desk.warnings", len(outcome.report.warnings))),
             T("desk.given", files=", ".join(sorted(outcome.upload.files))), "",
             T("desk.receipt_sums"), *checksums(files).splitlines(), "", T("desk.receipt_verify")]
    if outcome.report.warnings:
        lines += ["", T("desk.receipt_warnings"), *[p.text(lang) for p in outcome.report.warnings]]
    return "\n".join(lines) + "\n"


class Desk:
    """The desk of one app: its limits, its gate on checks at once, its shelf of previews, its answers."""

    def __init__(self, app, store, data_files, settings):
        self.app, self.store, self.data_files = app, store, data_files
        self.limits = Limits.from_settings(settings)
        self.minutes = settings.desk_preview_minutes
        self.gate, self.shelf = Gate(self.limits.checks), Shelf(self.minutes * 60)
        self.links = app.config.requests_pathname_prefix  # what the browser's addresses start with

    def served_state(self, lang: str) -> dict:
        """The data online: its version, since when, its counts by category, the last refused edit's errors."""
        dataset, report = self.store.get(), self.store.last_report
        return {"version": self.store.data_id, "since": self.store.loaded_at, "relations": len(dataset.relations),
                "categories": labelled_counts(dataset, lang),
                "refused": [p.text(lang) for p in report.errors[:50]] if report else []}

    def read_parts(self) -> list[tuple[str, bytes]]:
        """The request's files, read within the time limit (raises Refused past it)."""
        environ = request.environ
        sock = environ.get("gunicorn.socket") or environ.get("werkzeug.socket")
        stream = environ["wsgi.input"] = DeadlineStream(environ["wsgi.input"], sock, self.limits.read_seconds)
        try:
            parts = [(f.filename or "", f.stream.read(self.limits.file + 1)) for f in request.files.getlist("files")]
        except (OSError, BadRequest) as exc:
            if stream.timed_out:
                raise Refused("desk.too_slow", seconds=f"{self.limits.read_seconds:g}") from exc
            raise
        finally:
            stream.done()
        if stream.timed_out:  # cut at the end of a part: what was read is not the whole upload
            raise Refused("desk.too_slow", seconds=f"{self.limits.read_seconds:g}")
        return parts

    def checked(self, lang: str) -> Outcome:
        """The upload of this request, read within the limits and checked; raises Refused."""
        upload = read_uploads(self.read_parts(), self.data_files(), self.limits)
        if not upload.files:
            raise Refused("desk.nothing")
        result = self.gate.check(self.store.data_dir, upload)
        if result is None:
            raise Refused("desk.busy")
        outcome = Outcome(*result, upload)
        if outcome.dataset is not None:
            self.shelve(outcome, lang)
        return outcome

    def shelve(self, outcome: Outcome, lang: str) -> None:
        """A valid edit: what it changes, and its preview and ZIP kept for a while."""
        data_dir = self.store.data_dir
        names = known_names(self.data_files()) | {MANIFEST_NAME}
        served = folder_files(data_dir, Upload(), names)
        edited = folder_files(data_dir, outcome.upload, names)
        outcome.changes = compare(served, edited)
        archive = publish_archive(edited, receipt(words(lang), lang, edited, outcome, self.store.data_id))
        held = self.shelf.put(view_payload(outcome.dataset, edit_version(edited)), outcome.dataset.atlas, archive)
        outcome.preview = f"{self.links}verifier/apercu/{held.token}"
        outcome.minutes = round(self.minutes)

    def answer(self, default_lang: str):
        """The page, with the answer to the upload when the request is one."""
        lang = normalise_language(request.args.get("lang") or default_lang)
        status, outcome, refused = 200, None, None
        if request.method == "POST":
            try:
                outcome = self.checked(lang)
            except Refused as exc:
                refused = exc
                status = {"desk.busy": 503, "desk.too_slow": 408}.get(exc.key, 400)
        response = self.app.server.response_class(page(lang, self.served_state(lang), self.limits, outcome, refused),
                                                  status=status, mimetype="text/html")
        return private(response)

    def held(self, token: str):
        preview = self.shelf.get(token)
        if preview is None:
            abort(404)
        return preview

    def preview(self, token: str):
        lang = normalise_language(request.args.get("lang"))
        body = preview_page(self.held(token), lang, self.links, words(lang))
        response = private(self.app.server.response_class(body, mimetype="text/html"))
        response.headers["X-Robots-Tag"] = "noindex"
        return response

    def preview_data(self, token: str):
        return private(self.app.server.response_class(self.held(token).payload, mimetype="application/json"))

    def preview_archive(self, token: str):
        response = private(self.app.server.response_class(self.held(token).archive, mimetype="application/zip"))
        response.headers["Content-Disposition"] = 'attachment; filename="donnees-verifiees.zip"'
        return response


def closed(server, default_lang: str):
    """The desk's address on an instance without it."""
    lang = normalise_language(request.args.get("lang") or default_lang)
    T = words(lang)
    body = document(lang, T("desk.title"), [html.H1(T("desk.title")), html.P(T("desk.closed"))], "desk")
    return private(server.response_class(body, status=404, mimetype="text/html"))


def private(response):
    """Never kept by a cache: an answer to one upload, or a preview only its address knows."""
    response.headers["Cache-Control"] = "no-store"
    return response


def add_desk_route(app, store, data_files, settings) -> None:
    """The desk's addresses on the app (when settings.desk is off, a 404 that says the desk is closed here:
    Dash would otherwise answer any address with the explorer)."""
    server, prefix = app.server, app.config.routes_pathname_prefix
    if not settings.desk:
        for address, name, lang in (("verifier", "desk", "fr"), ("check", "desk_en", "en")):
            server.add_url_rule(prefix + address, name, partial(closed, server, lang), methods=["GET", "POST"])
        return
    desk = Desk(app, store, data_files, settings)
    server.request_class = InMemoryRequest
    server.config["MAX_CONTENT_LENGTH"] = desk.limits.total  # beyond: 413 before anything is read
    server.add_url_rule(prefix + "verifier", "desk", lambda: desk.answer("fr"), methods=["GET", "POST"])
    server.add_url_rule(prefix + "check", "desk_en", lambda: desk.answer("en"), methods=["GET", "POST"])
    server.add_url_rule(prefix + "verifier/apercu/<token>", "desk_preview", desk.preview)
    server.add_url_rule(prefix + "verifier/apercu/<token>/donnees.json", "desk_preview_data", desk.preview_data)
    server.add_url_rule(prefix + "verifier/apercu/<token>/donnees-verifiees.zip", "desk_preview_archive",
                        desk.preview_archive)
