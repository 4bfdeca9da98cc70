"""The component tree, built from small make_* helpers; no callbacks here."""

from __future__ import annotations

from dash import dcc, html

from . import ids
from .i18n import t


def make_page(payload: dict, lang: str, topojson_url: str) -> html.Div:
    """The explorer in one language; the browser fills and redraws it from the payload."""
    other = "en" if lang == "fr" else "fr"
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.DATA, data=payload),
        dcc.Store(id=ids.STATE),
        dcc.Store(id=ids.INPUT),
        html.A(t("explorer.skip", lang), href="#map-section", className="skip-link"),
        html.Header([
            html.Div([html.H1(t("app.title", lang)), html.P(t("app.subtitle", lang))]),
            html.A(t("app.language", lang), href=f"?lang={other}", hrefLang=other, lang=other, id=ids.LANGUAGE_LINK,
                   className="language"),
        ], className="atlas-header"),
        html.Main([
            make_controls(lang),
            html.Div([
                html.P(id=ids.SUMMARY, role="status", **{"aria-live": "polite"}, className="summary"),
                html.Section([
                    html.H2(t("explorer.key_figures", lang), className="visually-hidden"),
                    html.Ul(id=ids.KEY_FIGURES, className="key-figures"),
                ]),
                html.Section([
                    html.H2(t("explorer.map", lang), className="visually-hidden"),
                    dcc.Graph(id=ids.MAP, className="map", config=graph_config(topojson_url, lang),
                              responsive=False),  # a resize pass after every update doubled the drawing
                ], id="map-section", **{"aria-label": t("explorer.map", lang)}),
                html.Section([
                    html.H2(t("explorer.timeline", lang), className="visually-hidden"),
                    dcc.Graph(id=ids.TIMELINE, className="timeline", config=graph_config(topojson_url, lang),
                              responsive=False),
                ], **{"aria-label": t("explorer.timeline", lang)}),
                html.Section([
                    html.H2(t("table.heading", lang)),
                    html.Div([
                        html.Button(t("download.csv", lang), id=ids.DOWNLOAD_CSV, type="button"),
                        html.Button(t("download.geojson", lang), id=ids.DOWNLOAD_GEOJSON, type="button"),
                    ], className="downloads"),
                    html.Div(id=ids.TABLE, className="table-view"),
                ], className="table-section"),
            ], className="atlas-view"),
            html.Aside([
                html.H2(t("explorer.details", lang), className="visually-hidden"),
                html.Div(id=ids.DETAILS, **{"aria-live": "polite"}),
            ], className="atlas-details"),
        ], id=ids.CONTENT, className="atlas", lang=lang),
    ])


def make_controls(lang: str) -> html.Section:
    """A container the browser fills with native form controls (assets/atlas-controls.js): Dash 4's own
    checklists and radio items mark their labels role="option", which screen readers cannot use."""
    return html.Section([
        html.H2(t("explorer.controls", lang), className="visually-hidden"),
        html.Div(id=ids.CONTROLS),
    ], className="atlas-controls", **{"aria-label": t("explorer.controls", lang)})


def graph_config(topojson_url: str, lang: str) -> dict:
    """Basemap from our own assets (never a CDN), no logo, no editing."""
    return {"topojsonURL": topojson_url, "displaylogo": False, "scrollZoom": False, "locale": lang,
            "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"]}
