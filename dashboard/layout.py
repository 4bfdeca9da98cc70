"""The component tree, built from small make_* helpers; no callbacks here."""

from __future__ import annotations

from dash import dcc, html

from . import ids
from .dataset import Dataset
from .i18n import format_number, t
from .summary import counts_by_category, official_vs_data


def make_shell() -> html.Div:
    """The page frame; its content is filled for the language in the URL."""
    return html.Div(
        [
            dcc.Location(id=ids.URL),
            html.Main(id=ids.CONTENT, className="atlas-page"),
        ]
    )


def make_page(dataset: Dataset, lang: str) -> list:
    """The placeholder page: what the dataset holds, and the official figures beside it."""
    other = "en" if lang == "fr" else "fr"
    return [
        html.Header(
            [
                html.H1(t("app.title", lang)),
                html.P(t("app.subtitle", lang)),
                html.A(t("app.language", lang), href=f"?lang={other}", lang=other, id=ids.LANGUAGE_LINK),
            ]
        ),
        html.P(t("app.placeholder", lang)),
        make_category_table(dataset, lang),
        make_figures_table(dataset, lang),
    ]


def make_category_table(dataset: Dataset, lang: str) -> html.Table:
    rows = [
        html.Tr([html.Th(t(f"category.{c.category}", lang), scope="row"), html.Td(c.relations), html.Td(c.mapped)])
        for c in counts_by_category(dataset)
    ]
    head = html.Tr([html.Th(t(k, lang), scope="col") for k in ("summary.category", "summary.count", "summary.mapped")])
    return html.Table(
        [html.Caption(t("summary.heading", lang)), html.Thead(head), html.Tbody(rows)], id=ids.CATEGORY_TABLE
    )


def make_figures_table(dataset: Dataset, lang: str) -> html.Table:
    rows = []
    for comparison in official_vs_data(dataset):
        figure = comparison.figure
        in_data = t("figures.none", lang) if comparison.in_data is None else format_number(comparison.in_data, lang)
        rows.append(
            html.Tr(
                [
                    html.Th(figure[f"label_{lang}"], scope="row"),
                    html.Td(figure[f"display_{lang}"]),
                    html.Td(in_data),
                ]
            )
        )
    head = html.Tr([html.Td("")] + [html.Th(t(k, lang), scope="col") for k in ("figures.official", "figures.in_data")])
    return html.Table(
        [html.Caption(t("figures.heading", lang)), html.Thead(head), html.Tbody(rows)], id=ids.FIGURES_TABLE
    )
