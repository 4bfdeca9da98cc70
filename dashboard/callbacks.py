"""Thin adapters between Dash inputs and the core."""

from __future__ import annotations

from urllib.parse import parse_qs

from dash import Dash, Input, Output

from . import ids
from .i18n import normalise_language
from .layout import make_page
from .store import DataStore


def language_from_search(search: str | None) -> str:
    """`?lang=en` -> "en"; anything missing or unknown -> French."""
    if not isinstance(search, str):
        return normalise_language(None)
    values = parse_qs(search.lstrip("?")).get("lang", [])
    return normalise_language(values[0] if values else None)


def register_callbacks(app: Dash, store: DataStore) -> None:
    @app.callback(Output(ids.CONTENT, "children"), Input(ids.URL, "search"))
    def render_page(search):
        return make_page(store.get(), language_from_search(search))

    # <html lang> follows the page language (RGAA 8.3).
    app.clientside_callback(
        """function (search) {
            var lang = new URLSearchParams(search || "").get("lang") === "en" ? "en" : "fr";
            document.documentElement.lang = lang;
            return lang;
        }""",
        Output(ids.CONTENT, "lang"),
        Input(ids.URL, "search"),
    )
