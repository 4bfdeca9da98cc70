"""/donnees (French) and /data (English): what the atlas's data is, its licence, version and date, its
counts and sources, and the whole data package as a ZIP (/donnees/<stem>-donnees-<version>.zip, cached for
good: its address changes with the data), with schema.org Dataset metadata for dataset search engines."""

from __future__ import annotations

from html import escape

from dash import html
from flask import redirect, request
from markupsafe import Markup

from .deskpage import words
from .i18n import CATALOGUE, LANGUAGES, format_number, normalise_language, text_in
from .opendata import Archives, archive_name, creator_of, jsonld, package_of
from .render import render


def counts(dataset, lang: str, T) -> list[str]:
    """What the data holds, in words: relations by category, then the figures, chapters and spots."""
    frame = dataset.relations["category"].value_counts()
    by_category = [f"{text_in(c.label, lang)}{T('punctuation.colon')}{format_number(int(frame.get(c.id, 0)), lang)}"
                   for c in dataset.categories if frame.get(c.id, 0)]
    return [T.count("opendata.relations", len(dataset.relations)), *by_category,
            T.count("opendata.figures", len(dataset.figures)), T.count("opendata.chapters", len(dataset.stories)),
            T.count("opendata.venues", len(dataset.spots))]


def page(lang: str, dataset, package: dict, state: dict, metadata: str) -> str:
    """The page in one language (state: the data's version, since when, the ZIP's address and size)."""
    city = text_in(dataset.atlas.home.name, lang)
    plain = words(lang)

    def T(key: str, **values) -> str:  # the catalogue's words, {city} the atlas's home city
        return plain(key, city=city, **values)
    T.count = plain.count
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
    others = [code for code in LANGUAGES if code != lang]
    links = [html.A(CATALOGUE[code]["language.switch"], href=f"?lang={code}", hrefLang=code, lang=code)
             for code in others]
    body = render(html.Main([html.Nav(links, className="desk-languages"), *parts], className="desk opendata",
                            lang=lang))
    ld = Markup(f'<script type="application/ld+json">{metadata}</script>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="description" content="{escape(T("opendata.intro"))}">'
            f'<title>{escape(T("opendata.title"))} · {escape(text_in(dataset.atlas.title, lang))}</title>'
            f'<link rel="stylesheet" href="assets/atlas.css">{ld}</head><body>{body}</body></html>')


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
