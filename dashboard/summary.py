"""Counts computed from the dataset, and the City's official figures set beside them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .dataset import Dataset
from .i18n import text_in


@dataclass(frozen=True)
class CategoryCount:
    category: str
    relations: int
    mapped: int


@dataclass(frozen=True)
class FigureComparison:
    """An official figure and the matching count in the data (None when nothing compares), with the rows
    counted apart (announced, not a City accord, count unclear): flag -> their relation ids."""

    figure: dict
    in_data: int | None
    apart: tuple[tuple[str, tuple[str, ...]], ...] = ()
    undated: int = 0  # of in_data, the rows running in the figure's year only because their start is unknown
    today: int | None = None  # for a count of running rows in a past year: how many run today
    same_sources: bool = False  # in_data is the figure itself, taken from the same sources: no second count


def counts_by_category(dataset: Dataset) -> list[CategoryCount]:
    """Relations and relations drawn on the map per category, in the manifest's order."""
    frame = dataset.relations
    result = []
    for category in dataset.manifest.vocabularies["category"]:
        rows = frame[frame["category"] == category]
        result.append(CategoryCount(category, len(rows), int(rows["venue_lat"].notna().sum())))
    return result


def labelled_counts(dataset: Dataset, lang: str) -> list[tuple[str, int]]:
    """Relations per category as readers see them (the category's label in a language, its count), the
    categories with none left out."""
    labels = {category.id: text_in(category.label, lang) for category in dataset.categories}
    return [(labels[count.category], count.relations) for count in counts_by_category(dataset) if count.relations]


def place_keys(rows: pd.DataFrame) -> pd.Series:
    """One key per partner place: the gazetteer city when there is one, else the country."""
    return rows["geonameid"].astype("string").fillna("country:" + rows["country"].fillna(""))


def comparable_rows(dataset: Dataset, figure: dict) -> pd.DataFrame:
    """The relations a figure compares with: its categories, begun within its years if it gives some."""
    frame = dataset.relations
    rows = frame[frame["category"].isin(figure["compare_categories"])]
    if figure.get("compare_from") or figure.get("compare_to"):
        year = pd.to_numeric(rows["start"].str[:4], errors="coerce")
        rows = rows[year.between(figure.get("compare_from") or 0, figure.get("compare_to") or 9999)]
    return rows


def open_in(rows: pd.DataFrame, year: int | None) -> pd.Series:
    """Which rows were running in a year (begun by then, or on an unknown date; not ended before it), or,
    without a year, are running today (no end)."""
    if not year:
        return rows["end"].isna()
    began = pd.to_numeric(rows["start"].str[:4], errors="coerce")
    ended = pd.to_numeric(rows["end"].str[:4], errors="coerce")
    return (began.isna() | (began <= year)) & (ended.isna() | (ended >= year))


def apart_flag(flags, apart: list[str]) -> str | None:
    """The first of the flags that put a row apart from the comparison, if it has one."""
    return next((f for f in apart if f in (flags or ())), None)


def count_in_data(dataset: Dataset, figure: dict) -> FigureComparison:
    """How many places, relations or running relations the data holds for a figure, counted as the figure
    counts (places, or instruments; running in the figure's year), and which rows are counted apart (by
    flag) rather than in that number."""
    rows = comparable_rows(dataset, figure)
    apart_flags = list(dataset.manifest.vocabularies.get("flags_counted_apart", ()))
    flag = rows["flags"].map(lambda flags: apart_flag(flags, apart_flags))
    counted = rows[flag.isna()]
    measure = figure["compare_measure"]
    undated, today = 0, None
    if measure == "in_force":
        if figure.get("as_of_year"):
            today = int(open_in(counted, None).sum())
        counted = counted[open_in(counted, figure.get("as_of_year"))]
        undated = int(counted["start"].isna().sum()) if figure.get("as_of_year") else 0
    number = int(place_keys(counted).nunique()) if measure == "places" else len(counted)
    apart = []
    for name in apart_flags:
        mine = rows[flag == name]
        if measure == "places":  # a place already counted through another relation is not counted twice
            mine = mine[~place_keys(mine).isin(set(place_keys(counted)))]
        if len(mine):
            apart.append((name, tuple(mine["id"])))
    return FigureComparison(figure, number, tuple(apart), undated, today)


def leading(figures: list[dict]) -> dict | None:
    """Of a category's official figures, the one its key figure states: the City's own before another
    source's, a count of everything before one of a span of years, the current (undated page) before
    the dated, the latest year before the earlier."""
    if not figures:
        return None
    return min(figures, key=lambda f: (f["attribution"] != "city", bool(f.get("compare_from") or f.get("compare_to")),
                                        -(f.get("as_of_year") or 9999)))


def official_vs_data(dataset: Dataset) -> list[FigureComparison]:
    """Each official figure beside what the data actually holds."""
    relations = dataset.relations.set_index("id")
    comparisons = []
    for figure in dataset.figures:
        if figure.get("compare_categories"):
            comparisons.append(count_in_data(dataset, figure))
        elif figure.get("compare_relation"):
            row = relations.loc[figure["compare_relation"]]
            people = None if pd.isna(row["people"]) else int(row["people"])
            # a row built from the figure's own sources repeats it: said so, never shown as a second count
            same = bool(set(figure["sources"]) & set(row["sources"] or ()))
            comparisons.append(FigureComparison(figure, people, same_sources=same))
        else:
            comparisons.append(FigureComparison(figure, None))
    return comparisons
