"""The app factory: create_app(settings) -> Dash."""

from __future__ import annotations

import logging
from functools import partial
from urllib.parse import parse_qs, urlsplit

from dash import Dash
from flask import jsonify, request
from werkzeug.exceptions import HTTPException

from .callbacks import register_callbacks
from .compression import add_compression
from .config import Settings
from .dataset import check_dataset
from .i18n import normalise_language, t
from .layout import make_page
from .store import DataStore
from .view import view_payload

log = logging.getLogger(__name__)

INDEX = """<!DOCTYPE html>
<html lang="{lang}">
<head>{%metas%}<title>{%title%}</title>{%favicon%}{%css%}</head>
<body>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer></body>
</html>"""


def request_language() -> str:
    """`?lang=en` -> "en"; anything missing or unknown -> French.

    Dash fetches the layout from /_dash-layout without the page's query string, so there the language
    comes from the page address the browser sends as referrer (same origin: sent in full).
    """
    try:
        lang = request.args.get("lang")
        if lang is None and request.referrer:
            lang = parse_qs(urlsplit(request.referrer).query).get("lang", [None])[0]
        return normalise_language(lang)
    except RuntimeError:  # outside a request (layout validation)
        return normalise_language(None)


class AtlasDash(Dash):
    """Dash whose page declares the language the reader asked for (RGAA 8.3), before any script runs."""

    def interpolate_index(self, **kwargs):
        lang = request_language()
        kwargs["title"] = t("app.title", lang)
        return super().interpolate_index(**kwargs).replace('<html lang="{lang}">', f'<html lang="{lang}">', 1)


def create_app(settings: Settings | None = None, store: DataStore | None = None) -> Dash:
    """A configured app serving the data in settings.data_dir (tests pass their own settings)."""
    settings = settings or Settings.from_env()
    store = store or DataStore(
        settings.data_dir,
        settings.reload_interval,
        loader=partial(check_dataset, tolerance_km=settings.coastal_tolerance_km),
    )
    app = AtlasDash(
        __name__,
        title=t("app.title"),
        assets_folder=str(settings.assets_dir),
        update_title=None,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    app.index_string = INDEX
    payloads = PayloadCache(store)
    app.layout = lambda: make_page(payloads.get(), request_language(), app.get_asset_url("topojson/"),
                                   settings.poll_interval)
    register_callbacks(app, payloads.get)
    app.server.config["ATLAS_STORE"] = store
    add_health_route(app, store)
    add_error_handlers(app)
    add_compression(app.server, settings.assets_dir)
    return app


class PayloadCache:
    """The browser payload, rebuilt only when the data version changes."""

    def __init__(self, store: DataStore):
        self.store = store
        self._version = ""
        self._payload: dict = {}

    def get(self) -> dict:
        dataset = self.store.get()
        if self.store.data_id != self._version:
            self._payload = view_payload(dataset, self.store.data_id)
            self._version = self.store.data_id
        return self._payload


def add_error_handlers(app: Dash) -> None:
    """A malformed or crafted callback request is the client's error: 400, and no traceback anywhere."""

    @app.server.errorhandler(Exception)
    def handle(exc: Exception):
        if isinstance(exc, HTTPException):
            return exc
        if request.path.endswith("/_dash-update-component"):
            log.warning("rejected a malformed callback request: %s: %s", type(exc).__name__, exc)
            return jsonify(error="malformed callback request"), 400
        log.error("unexpected error on %s: %s: %s", request.path, type(exc).__name__, exc)
        return jsonify(error="internal error"), 500


def add_health_route(app: Dash, store: DataStore) -> None:
    """/healthz: which data version is served and whether the last edit of the files was usable."""

    @app.server.route("/healthz")
    def health():
        dataset = store.get()
        report = store.last_report
        return jsonify(
            status="ok",
            data_version=store.version,
            relations=len(dataset.relations),
            last_check_ok=bool(report and report.ok),
            last_check_errors=[str(p) for p in (report.errors if report else [])][:50],
        )
