"""Data out: the whole dataset or any selection as GeoJSON."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .geo import to_geojson

GEOJSON_COLUMNS = [
    "id",
    "category",
    "status",
    "title_fr",
    "title_en",
    "description_fr",
    "description_en",
    "venue",
    "city",
    "place_name",
    "country",
    "partner_lat",
    "partner_lon",
    "start",
    "start_precision",
    "end",
    "end_precision",
    "consular_rank",
    "amount_eur",
    "people",
    "flags",
    "sources",
    "geo_method",
    "distance_km",
]


def select(relations: pd.DataFrame, categories: Iterable[str] = (), ids: Iterable[str] = ()) -> pd.DataFrame:
    """Rows of the given categories and/or ids; no filter keeps everything."""
    rows = relations
    categories, ids = list(categories), list(ids)
    if categories:
        rows = rows[rows["category"].isin(categories)]
    if ids:
        rows = rows[rows["id"].isin(ids)]
    return rows


def relations_geojson(relations: pd.DataFrame, categories: Iterable[str] = (), ids: Iterable[str] = ()) -> dict:
    """A FeatureCollection of the selected relations, each a point where it happened (its venue), with its
    partner (city, country, point) in its properties; lists become ' ; '-joined text."""
    rows = select(relations, categories, ids).copy()
    rows["partner_lat"], rows["partner_lon"] = rows["lat"], rows["lon"]
    for column in ("flags", "sources"):
        rows[column] = rows[column].map(lambda v: " ; ".join(v) if isinstance(v, tuple) else None)
    rows["distance_km"] = rows["distance_km"].round(1)
    return to_geojson(rows, GEOJSON_COLUMNS, lat="venue_lat", lon="venue_lon")
