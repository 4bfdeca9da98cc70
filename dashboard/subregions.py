"""UN M49 sub-regions of countries (dashboard/subregions.csv, made by scripts/make_subregions.py)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("subregions.csv")


@cache
def subregion_of() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> sub-region key ("southern-europe")."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return {row["country"]: row["subregion"] for row in csv.DictReader(handle)}


@cache
def continent_of_subregion() -> dict[str, str]:
    """Sub-region key -> the continent code it is listed under in the region filter."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return {row["subregion"]: row["continent"] for row in csv.DictReader(handle)}
