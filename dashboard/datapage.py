"""/donnees (French) and /data (English): what the atlas's data is, its licence, version and date, its
counts and sources, and the whole data package as a ZIP (/donnees/<stem>-donnees-<version>.zip, cached for
good: its address changes with the data), with schema.org Dataset metadata for dataset search engines."""

from __future__ import annotations

from html import escape

from dash import html
from flask import redirect, request

from .i18n import format_number, normalise_language, text_in
from .opendata import Archives, archive_name, creator_of, jsonld, package_of
from .plainpage import document, words
from .summary import labelled_counts


def counts(dataset, lang: str, T) -> list[str]:
    """What the data holds, in words: relations by category, then the figures, chapters and spots."""
    by_category = [f"{label}{T('punctuation.colon')}{format_number(n, lang)}"
                   for label, n in labelled_counts(dataset, lang)]
    return [T.count("opendata.relations", len(dataset.relations)), *by_category,
            T.count("opendata.figures", len(dataset.figures)), T.count("opendata.chapters", len(dataset.stories)),
            T.count("opendata.venues", len(dataset.spots))]


def page(lang: str, dataset, package: dict, state: dict, metadata: str) -> str:
    """The page in one language (state: the data's version, since when, the ZIP's address and size)."""
    T = words(lang, dataset.atlas)  # {city}: the atlas's home city
    download, size = state["download"], state["size"]
    licence = package["licenses"][0]
    parts = [
        html.H1(T("opendata.title")),
        html.P(T("opendata.intro")),
        html.P(html.A(T("opendata.download", size=format_number(round(size / 1024), lang)), href=download,
                      download=""), className="opendata-download"),
        html.P(T("opendata.contents")),
        html.H2(T("opendata.licence")),
        html.P(html.A(licence["title"], href=licence["path"], hrefLang="fr")),
        html.P(T("opendata.licence_text")),
        html.H2(T("opendata.version")),
        html.P(T("opendata.version_text", version=state["version"], since=state["since"])),
        html.H2(T("opendata.counts")),
        html.Ul([html.Li(text) for text in counts(dataset, lang, T)]),
        html.H2(T("opendata.sources")),
        html.P([T("opendata.sources_text"), " ",
                html.A(T("opendata.city_page"), href=dataset.atlas.city_page)]),
        *([html.P(T("opendata.creator", creator=creator_of(package)))] if creator_of(package) else []),
        html.P(html.A(T("opendata.back"), href=f"./?lang={lang}")),
    ]
    head = (f'<meta name="description" content="{escape(T("opendata.intro"))}">'
            f'<script type="application/ld+json">{metadata}</script>')
    title = f"{T('opendata.title')} · {text_in(dataset.atlas.title, lang)}"
    return document(lang, title, parts, "desk opendata", head)


def add_data_page(app, store, payloads) -> None:
    """The page at /donnees and /data, and its ZIP."""
    server, prefix = app.server, app.config.routes_pathname_prefix
    links = app.config.requests_pathname_prefix
    archives = Archives(store)

    def stem() -> str:
        return store.get().atlas.slug

    def answer(default_lang: str):
        lang = normalise_language(request.args.get("lang") or default_lang)
        dataset = store.get()
        version, body = archives.current()
        package = package_of(store.data_dir)
        download = f"donnees/{archive_name(stem(), version)}"
        places = list(payloads.payload()["places"].values())
        metadata = jsonld(dataset, package, places, lang, download, "donnees" if lang == "fr" else "data")
        state = {"version": version, "since": store.loaded_at, "download": links + download, "size": len(body)}
        html_page = page(lang, dataset, package, state, metadata)
        response = server.response_class(html_page, mimetype="text/html")
        response.headers["Cache-Control"] = "no-cache"  # the version it names changes with the data
        return response

    server.add_url_rule(prefix + "donnees", "opendata", lambda: answer("fr"))
    server.add_url_rule(prefix + "data", "opendata_en", lambda: answer("en"))

    @server.route(prefix + "donnees/<name>")
    def opendata_archive(name: str):
        version, body = archives.current()
        current = archive_name(stem(), version)
        if name != current:  # an older version's address: the current data
            return redirect(f"{links}donnees/{current}", code=302)
        response = server.response_class(body, mimetype="application/zip")
        response.headers["Content-Disposition"] = f'attachment; filename="{current}"'
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response
