"""The page, built from small make_* helpers as Dash html components (a way to write HTML in Python):
rendered to HTML by the server into its first response (dashboard/render.py) and by the offline package.
Dash's own layout is only make_notices: the stores that say which data the page shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from dash import dcc, html

from . import ids
from .i18n import CATALOGUE, LANGUAGES, page_strings


@dataclass(frozen=True)
class Opening:
    """What the first HTML shows before any script ran: the summary sentence, the key figures and a
    picture of the map as it opens (dashboard/opening.py makes them)."""

    summary: str | None = None
    key_figures: list = field(default_factory=list)
    picture: object = None
    details: list = field(default_factory=list)
    card: object = None  # a story chapter's card (opening.chapter_card), when the address asks for one


def make_notices(source: dict, poll_seconds: float = 0) -> html.Div:
    """Dash's part of the page: which data to show (its version and address), and the poll that learns
    when the data files changed; the explorer (assets/src/dash.mjs) fetches it."""
    return html.Div([
        dcc.Store(id=ids.DATA, data=source),
        dcc.Store(id=ids.SHOWN),
        dcc.Interval(id=ids.POLL, interval=max(poll_seconds, 1) * 1000, disabled=poll_seconds <= 0),
    ])


def make_page(source: dict, lang: str, topojson_url: str, atlas, opening: Opening | None = None,
              opendata: str | None = None) -> html.Div:
    """The explorer in one language, titled for its atlas (data/atlas.toml). The browser fetches the data
    (source: version and address; the map's data-payload), then fills and redraws the page from it;
    opening, when given, is what the page shows until then (the view it opens on, made by Python);
    opendata, where the table's link to the whole data goes (the app's /donnees page by default)."""
    T = page_strings(lang, atlas).__getitem__
    first = opening or Opening()
    opendata = opendata or ("donnees" if lang == "fr" else f"data?lang={lang}")
    return html.Div([
        html.A(T("explorer.skip"), href="#map-section", className="skip-link"),
        html.Header([
            # elementtiming: when they are painted, for scripts/bench_firstframe.py (Element Timing)
            html.Div([html.H1(T("app.title"), **{"data-elementtiming": "title"}), html.P(T("app.subtitle"))]),
            html.Div([
                html.A(T("present.start"), href=f"?story=default&lang={lang}", id=ids.PRESENT_LINK),
                html.Button(T("share.open"), id=ids.SHARE_BUTTON, type="button", className="share"),
                *language_links(lang),
            ], className="header-links"),
        ], className="atlas-header"),
        html.Main([
            make_controls(T),
            html.Div([
                *([first.card] if first.card else []),
                html.P(first.summary, id=ids.SUMMARY, role="status", className="summary",
                       **{"aria-live": "polite", "data-elementtiming": "summary"}),
                html.Section([
                    html.H2(T("explorer.map"), className="visually-hidden"),
                    html.Div([html.P(T("load.data_failed"), **{"data-data": T("load.data_failed"),
                                                                "data-basemap": T("load.basemap_failed")}),
                              html.Button(T("load.retry"), id=ids.LOAD_RETRY, type="button")],
                             id=ids.LOAD_ERROR, className="load-error", role="alert", hidden=True),
                    html.Div([
                        html.Div(id=ids.MAP_VIEWS, className="map-views"),
                        html.Div(first.picture, id=ids.MAP, className="map",
                                 **{"data-topojson": topojson_url, "data-payload": source.get("url", "")}),
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
                    html.P(html.A(T("opendata.link"), href=opendata), className="opendata-link"),
                ], className="table-section"),
                html.Section([
                    html.H2(T("figures.notes_heading")),
                    html.Div(id=ids.FIGURE_NOTES),
                ], id=ids.FIGURE_NOTES_SECTION, className="figure-notes-section"),
            ], className="atlas-view"),
            html.Aside([
                html.H2(T("explorer.details"), className="visually-hidden"),
                # not a live region: a choice from a list moves the focus here, a map click is seen
                html.Div(first.details, id=ids.DETAILS),
                # the key figures beside the map, not above it: the map is the page's first sight
                html.Section([
                    html.H2(T("explorer.key_figures"), className="key-figures-heading"),
                    html.Ul(first.key_figures, id=ids.KEY_FIGURES, className="key-figures"),
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

