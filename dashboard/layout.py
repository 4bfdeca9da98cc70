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
    lanes: int = 0  # the chapter's timeline lanes: the room's timeline is as tall as they need, from the start


@dataclass(frozen=True)
class Around:
    """What the page says of what is around it: where the table's link to the whole data goes (the app's
    /donnees page by default), the data's licence (title and path: an embed's credit line names it), and
    the sites the app lets frame the atlas (its frame-ancestors: the share dialog names them), and where
    plotly.js is (the page loads it when the reader needs the live map: assets/src/loader.mjs)."""

    opendata: str | None = None
    licence: dict | None = None
    framers: tuple[str, ...] = ()
    plotly: str = ""  # plotly.js's address, which the page loads when the reader needs the live map


def make_notices(source: dict, poll_seconds: float = 0) -> html.Div:
    """Dash's part of the page: which data to show (its version and address), and the poll that learns
    when the data files changed; the explorer (assets/src/dash.mjs) fetches it."""
    return html.Div([
        dcc.Store(id=ids.DATA, data=source),
        dcc.Store(id=ids.SHOWN),
        dcc.Interval(id=ids.POLL, interval=max(poll_seconds, 1) * 1000, disabled=poll_seconds <= 0),
    ])


def make_page(source: dict, lang: str, topojson_url: str, atlas, opening: Opening | None = None,
              around: Around | None = None) -> html.Div:
    """The explorer in one language, titled for its atlas (data/atlas.toml). The browser fetches the data
    (source: version and address; the map's data-payload), then fills and redraws the page from it;
    opening, when given, is what the page shows until then (the view it opens on, made by Python);
    around, what it says of what is around it (Around).

    On a compact screen (a phone, a tablet, a narrow frame) the panels around the map (search, filters,
    places, table, key figures, notes, details) open one at a time in a sheet over the map, from the tab
    bar under it (assets/src/sheets.mjs); on a wide one they stand in columns beside it."""
    T = page_strings(lang, atlas).__getitem__
    first = opening or Opening()
    around = around or Around()
    opendata = around.opendata or ("donnees" if lang == "fr" else f"data?lang={lang}")
    return html.Div([
        html.A(T("explorer.skip"), href="#map-section", className="skip-link"),
        make_header(T, lang, around.framers),
        html.Main([
            make_controls(T),
            html.Div([
                *([first.card] if first.card else []),
                html.P(first.summary, id=ids.SUMMARY, role="status", className="summary",
                       **{"aria-live": "polite"}),
                make_map_section(T, source, (topojson_url, around.plotly), first),
                make_tabs(T),
                html.Section([
                    html.H2(T("explorer.timeline"), className="visually-hidden"),
                    html.Div(id=ids.TIMELINE, className="timeline"),
                ], className="timeline-section", **{"aria-label": T("explorer.timeline")}),
                sheet(T, "table", [html.Section([
                    html.H2(T("table.heading")),
                    html.Div([
                        html.Button(T("download.csv"), id=ids.DOWNLOAD_CSV, type="button"),
                        html.Button(T("download.geojson"), id=ids.DOWNLOAD_GEOJSON, type="button"),
                    ], className="downloads"),
                    html.Div(id=ids.TABLE, className="table-view"),
                    html.P(html.A(T("opendata.link"), href=opendata), className="opendata-link"),
                ], className="table-section")]),
                sheet(T, "notes", [html.Section([
                    html.H2(T("figures.notes_heading")),
                    html.Div(id=ids.FIGURE_NOTES),
                ], id=ids.FIGURE_NOTES_SECTION, className="figure-notes-section")]),
                make_credit(T, lang, around.licence),
            ], className="atlas-view", style={"--lanes": str(first.lanes)} if first.lanes else None),
            html.Aside([
                html.H2(T("explorer.details"), className="visually-hidden"),
                # not a live region: a choice from a list moves the focus here, a map click is seen
                sheet(T, "details", [html.Div(first.details, id=ids.DETAILS)]),
                # the key figures beside the map, not above it: the map is the page's first sight
                sheet(T, "figures", [html.Section([
                    html.H2(T("explorer.key_figures"), className="key-figures-heading"),
                    html.Ul(first.key_figures, id=ids.KEY_FIGURES, className="key-figures"),
                ], className="figures-section")]),
            ], className="atlas-details"),
        ], id=ids.CONTENT, className="atlas", lang=lang),
    ])


def make_header(T, lang: str, framers: tuple[str, ...]) -> html.Header:
    """The title, and the links that leave the view: the presentation, sharing (its dialog names the sites
    that may frame the atlas), the other languages."""
    return html.Header([
        html.Div([html.H1(T("app.title")), html.P(T("app.subtitle"))]),
        html.Div([
            html.A(T("present.start"), href=f"?story=default&lang={lang}", id=ids.PRESENT_LINK),
            html.Button(T("share.open"), id=ids.SHARE_BUTTON, type="button", className="share",
                        **({"data-framers": " ".join(framers)} if framers else {})),
            *language_links(lang),
        ], className="header-links"),
    ], className="atlas-header")


def make_map_section(T, source: dict, scripts: tuple[str, str], first: Opening) -> html.Section:
    """The map (its picture until the live layers are drawn) with the named views over it, the note
    that says when it groups places, its legend and the list of its places (a sheet on compact screens);
    scripts: where the basemap's topology and plotly.js are."""
    return html.Section([
        html.H2(T("explorer.map"), className="visually-hidden"),
        html.Div([html.P(T("load.data_failed"), **{"data-data": T("load.data_failed"),
                                                    "data-basemap": T("load.basemap_failed")}),
                  html.Button(T("load.retry"), id=ids.LOAD_RETRY, type="button")],
                 id=ids.LOAD_ERROR, className="load-error", role="alert", hidden=True),
        html.Div([
            html.Div(id=ids.MAP_VIEWS, className="map-views"),
            html.Div(first.picture, id=ids.MAP, className="map",
                     **{"data-topojson": scripts[0], "data-plotly": scripts[1], "data-payload": source.get("url", "")}),
        ], className="map-frame"),
        html.P(id=ids.MAP_NOTE, className="map-note"),
        html.Div(id=ids.MAP_LEGEND, className="map-legend"),
        sheet(T, "places", [html.Details([html.Summary(id=ids.PLACES_SUMMARY), html.Div(id=ids.PLACE_LIST)],
                                         id=ids.PLACES, className="places")]),
    ], id=ids.MAP_SECTION, className="map-section", **{"aria-label": T("explorer.map")})


# Without a script nothing opens a sheet: on a compact screen the panels then follow the map, as a page would.
NOSCRIPT = ("<noscript><style>@media (max-width: 1100px) { "
            "html:not(.presenting) .sheet, html:not(.presenting) .map-legend { display: block; position: static; } "
            ".sheet-tabs, .sheet-close { display: none !important; } }</style></noscript>")

SHEET_TABS = ("search", "filters", "places", "table", "figures")  # the tab bar's buttons, in its order


SHEET_IDS = {"search": ids.SHEET_SEARCH, "filters": ids.SHEET_FILTERS, "places": ids.SHEET_PLACES,
             "table": ids.SHEET_TABLE, "figures": ids.SHEET_FIGURES, "notes": ids.SHEET_NOTES,
             "details": ids.SHEET_DETAILS}


def sheet_id(name: str) -> str:
    return SHEET_IDS[name]


def sheet(T, name: str, body: list) -> html.Div:
    """A panel that, on a compact screen, opens alone in a sheet over the map, with its close button
    (hidden on a wide screen, where the panel stands in its column)."""
    close = html.Button("×", type="button", className="sheet-close", title=T("sheet.close"),
                        **{"aria-label": T("sheet.close")})
    return html.Div([close, *body], id=sheet_id(name), className="sheet", **{"data-sheet": name})


def make_tabs(T) -> html.Div:
    """The tab bar under the map on a compact screen: each button opens its panel in the sheet."""
    return html.Div([
        html.Button(T(f"tab.{name}"), type="button", className="sheet-tab",
                    **{"data-opens": name, "aria-expanded": "false", "aria-controls": sheet_id(name)})
        for name in SHEET_TABS
    ], id=ids.SHEET_TABS, className="sheet-tabs", role="group", **{"aria-label": T("tab.group")})


def make_credit(T, lang: str, licence: dict | None) -> html.P:
    """An embed's credit line, as a chart's on another site carries one: who made the data, its licence,
    and a link to the whole atlas (shown only in an embed; assets/src/page.mjs keeps the link on the view)."""
    parts: list = [T("embed.source"), " · "]
    if licence:
        parts += [html.A(licence["title"], href=licence["path"], target="_blank", rel="noopener", hrefLang="fr"), " · "]
    parts.append(html.A(T("embed.whole"), href=f"?lang={lang}", target="_blank", rel="noopener",
                        className="embed-whole"))
    return html.P(parts, id=ids.EMBED_CREDIT, className="embed-credit")


def language_links(lang: str) -> list[html.A]:
    """A link to each other language, offered in its own words ("Language: English"); the first is
    ids.LANGUAGE_LINK (the browser keeps their addresses on the current view)."""
    others = [code for code in LANGUAGES if code != lang]
    return [html.A(CATALOGUE[code]["language.switch"], href=f"?lang={code}", hrefLang=code, lang=code,
                   id=ids.LANGUAGE_LINK if i == 0 else f"{ids.LANGUAGE_LINK}-{code}", **{"data-lang": code})
            for i, code in enumerate(others)]


def make_controls(T) -> html.Section:
    """Containers the browser fills with native form controls (assets/src/controls.mjs; Dash 4's own
    checklists and radio items mark their labels role="option", which screen readers cannot use): the
    search, the year and play (the bar under the map on a compact screen), and the filters."""
    return html.Section([
        html.H2(T("explorer.controls"), className="visually-hidden"),
        sheet(T, "search", []),
        html.Div(id=ids.CONTROLS, className="year-bar"),
        sheet(T, "filters", []),
    ], className="atlas-controls", **{"aria-label": T("explorer.controls")})
