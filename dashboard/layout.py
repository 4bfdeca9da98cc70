"""The component tree, built from small make_* helpers; no callbacks here."""

from __future__ import annotations

from dash import dcc, html

from . import ids
from .i18n import CATALOGUE, LANGUAGES, page_strings


def make_page(source: dict, lang: str, topojson_url: str, atlas, poll_seconds: float = 0) -> html.Div:
    """The explorer in one language, titled for its atlas (data/atlas.toml); the browser fetches the data
    (source: version and address), then fills and redraws the page from it."""
    T = page_strings(lang, atlas).__getitem__
    return html.Div([
        dcc.Store(id=ids.DATA, data=source),
        dcc.Store(id=ids.SHOWN),
        dcc.Interval(id=ids.POLL, interval=max(poll_seconds, 1) * 1000, disabled=poll_seconds <= 0),
        html.A(T("explorer.skip"), href="#map-section", className="skip-link"),
        html.Header([
            html.Div([html.H1(T("app.title")), html.P(T("app.subtitle"))]),
            html.Div([
                html.A(T("present.start"), href=f"?story=default&lang={lang}", id=ids.PRESENT_LINK),
                html.Button(T("share.open"), id=ids.SHARE_BUTTON, type="button", className="share"),
                *language_links(lang),
            ], className="header-links"),
        ], className="atlas-header"),
        html.Main([
            make_controls(T),
            html.Div([
                html.P(id=ids.SUMMARY, role="status", **{"aria-live": "polite"}, className="summary"),
                html.Section([
                    html.H2(T("explorer.map"), className="visually-hidden"),
                    html.Div([html.P(T("load.data_failed"), **{"data-data": T("load.data_failed"),
                                                                "data-basemap": T("load.basemap_failed")}),
                              html.Button(T("load.retry"), id=ids.LOAD_RETRY, type="button")],
                             id=ids.LOAD_ERROR, className="load-error", role="alert", hidden=True),
                    html.Div([
                        html.Div(id=ids.MAP_VIEWS, className="map-views"),
                        html.Div(id=ids.MAP, className="map", **{"data-topojson": topojson_url}),
                    ], className="map-frame"),
                    html.P(id=ids.MAP_NOTE, className="map-note"),
                    html.Div(id=ids.MAP_LEGEND, className="map-legend"),
                    html.Details([html.Summary(id=ids.PLACES_SUMMARY), html.Div(id=ids.PLACE_LIST)],
                                 id=ids.PLACES, className="places"),
                ], id=ids.MAP_SECTION, className="map-section", **{"aria-label": T("explorer.map")}),
                html.Section([
                    html.H2(T("explorer.timeline"), className="visually-hidden"),
                    html.Div(id=ids.TIMELINE, className="timeline"),
                ], className="timeline-section", **{"aria-label": T("explorer.timeline")}),
                html.Section([
                    html.H2(T("table.heading")),
                    html.Div([
                        html.Button(T("download.csv"), id=ids.DOWNLOAD_CSV, type="button"),
                        html.Button(T("download.geojson"), id=ids.DOWNLOAD_GEOJSON, type="button"),
                    ], className="downloads"),
                    html.Div(id=ids.TABLE, className="table-view"),
                ], className="table-section"),
                html.Section([
                    html.H2(T("figures.notes_heading")),
                    html.Div(id=ids.FIGURE_NOTES),
                ], id=ids.FIGURE_NOTES_SECTION, className="figure-notes-section"),
            ], className="atlas-view"),
            html.Aside([
                html.H2(T("explorer.details"), className="visually-hidden"),
                # not a live region: a choice from a list moves the focus here, a map click is seen
                html.Div(id=ids.DETAILS),
                # the key figures beside the map, not above it: the map is the page's first sight
                html.Section([
                    html.H2(T("explorer.key_figures"), className="key-figures-heading"),
                    html.Ul(id=ids.KEY_FIGURES, className="key-figures"),
                ], className="figures-section"),
            ], className="atlas-details"),
        ], id=ids.CONTENT, className="atlas", lang=lang),
    ])


def language_links(lang: str) -> list[html.A]:
    """A link to each other language, offered in its own words ("Language: English"); the first is
    ids.LANGUAGE_LINK (the browser keeps their addresses on the current view)."""
    others = [code for code in LANGUAGES if code != lang]
    return [html.A(CATALOGUE[code]["language.switch"], href=f"?lang={code}", hrefLang=code, lang=code,
                   id=ids.LANGUAGE_LINK if i == 0 else f"{ids.LANGUAGE_LINK}-{code}", **{"data-lang": code})
            for i, code in enumerate(others)]


def make_controls(T) -> html.Section:
    """A container the browser fills with native form controls (assets/src/controls.mjs): Dash 4's own
    checklists and radio items mark their labels role="option", which screen readers cannot use."""
    return html.Section([
        html.H2(T("explorer.controls"), className="visually-hidden"),
        html.Div(id=ids.CONTROLS),
    ], className="atlas-controls", **{"aria-label": T("explorer.controls")})

