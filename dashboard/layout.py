"""The component tree, built from small make_* helpers; no callbacks here."""

from __future__ import annotations

from dash import dcc, html

from . import ids
from .i18n import t


def make_page(source: dict, lang: str, topojson_url: str, poll_seconds: float = 0) -> html.Div:
    """The explorer in one language; the browser fetches the data (source: version and address), then
    fills and redraws the page from it."""
    other = "en" if lang == "fr" else "fr"
    return html.Div([
        dcc.Store(id=ids.DATA, data=source),
        dcc.Store(id=ids.SHOWN),
        dcc.Interval(id=ids.POLL, interval=max(poll_seconds, 1) * 1000, disabled=poll_seconds <= 0),
        html.A(t("explorer.skip", lang), href="#map-section", className="skip-link"),
        html.Header([
            html.Div([html.H1(t("app.title", lang)), html.P(t("app.subtitle", lang))]),
            html.Div([
                html.A(t("present.start", lang), href=f"?story=default&lang={lang}", id=ids.PRESENT_LINK),
                html.Button(t("share.open", lang), id=ids.SHARE_BUTTON, type="button", className="share"),
                html.A(t("app.language", lang), href=f"?lang={other}", hrefLang=other, lang=other,
                       id=ids.LANGUAGE_LINK),
            ], className="header-links"),
        ], className="atlas-header"),
        html.Main([
            make_controls(lang),
            html.Div([
                html.P(id=ids.SUMMARY, role="status", **{"aria-live": "polite"}, className="summary"),
                html.Section([
                    html.H2(t("explorer.key_figures", lang), className="visually-hidden"),
                    html.Ul(id=ids.KEY_FIGURES, className="key-figures"),
                ], className="figures-section"),
                html.Section([
                    html.H2(t("explorer.map", lang), className="visually-hidden"),
                    html.Div(id=ids.MAP, className="map", **{"data-topojson": topojson_url}),
                    html.P(id=ids.MAP_NOTE, className="map-note"),
                    html.Div(id=ids.MAP_LEGEND, className="map-legend"),
                    html.Details([html.Summary(id=ids.PLACES_SUMMARY), html.Div(id=ids.PLACE_LIST)],
                                 id=ids.PLACES, className="places"),
                ], id="map-section", className="map-section", **{"aria-label": t("explorer.map", lang)}),
                html.Section([
                    html.H2(t("explorer.timeline", lang), className="visually-hidden"),
                    html.Div(id=ids.TIMELINE, className="timeline"),
                ], className="timeline-section", **{"aria-label": t("explorer.timeline", lang)}),
                html.Section([
                    html.H2(t("table.heading", lang)),
                    html.Div([
                        html.Button(t("download.csv", lang), id=ids.DOWNLOAD_CSV, type="button"),
                        html.Button(t("download.geojson", lang), id=ids.DOWNLOAD_GEOJSON, type="button"),
                    ], className="downloads"),
                    html.Div(id=ids.TABLE, className="table-view"),
                ], className="table-section"),
                html.Section([
                    html.H2(t("figures.notes_heading", lang)),
                    html.Div(id=ids.FIGURE_NOTES),
                ], id="figures-notes", className="figure-notes-section"),
            ], className="atlas-view"),
            html.Aside([
                html.H2(t("explorer.details", lang), className="visually-hidden"),
                # not a live region: a choice from a list moves the focus here, a map click is seen
                html.Div(id=ids.DETAILS),
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

