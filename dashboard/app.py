"""The app factory: create_app(settings) -> Dash."""

from __future__ import annotations

import logging
from functools import partial

from dash import Dash
from flask import jsonify, request
from werkzeug.exceptions import HTTPException

from .callbacks import register_callbacks
from .config import Settings
from .dataset import check_dataset
from .i18n import t
from .layout import make_shell
from .store import DataStore

log = logging.getLogger(__name__)

INDEX = """<!DOCTYPE html>
<html lang="fr">
<head>{%metas%}<title>{%title%}</title>{%favicon%}{%css%}</head>
<body>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer></body>
</html>"""


def create_app(settings: Settings | None = None, store: DataStore | None = None) -> Dash:
    """A configured app serving the data in settings.data_dir (tests pass their own settings)."""
    settings = settings or Settings.from_env()
    store = store or DataStore(
        settings.data_dir,
        settings.reload_interval,
        loader=partial(check_dataset, tolerance_km=settings.coastal_tolerance_km),
    )
    app = Dash(
        __name__,
        title=t("app.title"),
        assets_folder=str(settings.assets_dir),
        update_title=None,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    app.index_string = INDEX
    app.layout = make_shell()
    register_callbacks(app, store)
    app.server.config["ATLAS_STORE"] = store
    add_health_route(app, store)
    add_error_handlers(app)
    return app


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
