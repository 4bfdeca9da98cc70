"""Counts computed from the dataset, and the City's official figures set beside them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .dataset import Dataset


@dataclass(frozen=True)
class CategoryCount:
    category: str
    relations: int
    mapped: int


@dataclass(frozen=True)
class FigureComparison:
    """An official figure and the matching count in the data (None when nothing compares)."""

    figure: dict
    in_data: int | None


def counts_by_category(dataset: Dataset) -> list[CategoryCount]:
    """Relations and mapped relations per category, in the manifest's order."""
    frame = dataset.relations
    result = []
    for category in dataset.manifest.vocabularies["category"]:
        rows = frame[frame["category"] == category]
        result.append(CategoryCount(category, len(rows), int(rows["lat"].notna().sum())))
    return result


def place_keys(rows: pd.DataFrame) -> pd.Series:
    """One key per partner place: the gazetteer city when there is one, else the country."""
    return rows["geonameid"].astype("string").fillna("country:" + rows["country"].fillna(""))


def count_in_data(dataset: Dataset, categories: tuple[str, ...], measure: str) -> int:
    """How many places, relations or running relations of those categories the data holds."""
    rows = dataset.relations[dataset.relations["category"].isin(categories)]
    if measure == "places":
        return int(place_keys(rows).nunique())
    if measure == "in_force":
        return int(rows["end"].isna().sum())
    return len(rows)


def official_vs_data(dataset: Dataset) -> list[FigureComparison]:
    """Each official figure beside what the data actually holds."""
    relations = dataset.relations.set_index("id")
    comparisons = []
    for figure in dataset.figures:
        in_data = None
        if figure.get("compare_categories"):
            in_data = count_in_data(dataset, figure["compare_categories"], figure["compare_measure"])
        elif figure.get("compare_relation"):
            people = relations.loc[figure["compare_relation"], "people"]
            in_data = None if pd.isna(people) else int(people)
        comparisons.append(FigureComparison(figure, in_data))
    return comparisons
