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


def apart_flag(flags, apart: list[str]) -> str | None:
    """The first of the flags that put a row apart from the comparison, if it has one."""
    return next((f for f in apart if f in (flags or ())), None)


def count_in_data(dataset: Dataset, figure: dict) -> tuple[int, tuple[tuple[str, tuple[str, ...]], ...]]:
    """How many places, relations or running relations the data holds for a figure, and which rows are
    counted apart (by flag) rather than in that number."""
    rows = comparable_rows(dataset, figure)
    apart_flags = list(dataset.manifest.vocabularies.get("flags_counted_apart", ()))
    flag = rows["flags"].map(lambda flags: apart_flag(flags, apart_flags))
    counted = rows[flag.isna()]
    measure = figure["compare_measure"]
    if measure == "in_force":
        counted = counted[counted["end"].isna()]
    number = int(place_keys(counted).nunique()) if measure == "places" else len(counted)
    apart = []
    for name in apart_flags:
        mine = rows[flag == name]
        if measure == "places":  # a place already counted through another relation is not counted twice
            mine = mine[~place_keys(mine).isin(set(place_keys(counted)))]
        if len(mine):
            apart.append((name, tuple(mine["id"])))
    return number, tuple(apart)


def official_vs_data(dataset: Dataset) -> list[FigureComparison]:
    """Each official figure beside what the data actually holds."""
    relations = dataset.relations.set_index("id")
    comparisons = []
    for figure in dataset.figures:
        in_data, apart = None, ()
        if figure.get("compare_categories"):
            in_data, apart = count_in_data(dataset, figure)
        elif figure.get("compare_relation"):
            people = relations.loc[figure["compare_relation"], "people"]
            in_data = None if pd.isna(people) else int(people)
        comparisons.append(FigureComparison(figure, in_data, apart))
    return comparisons
