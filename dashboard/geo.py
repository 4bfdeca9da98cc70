"""Geographic work with geopandas: country polygons from the basemap topology, checks, distances, GeoJSON."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from .config import MARSEILLE_LAT, MARSEILLE_LON, TOPOJSON_DIR

EARTH_RADIUS_KM = 6371.0088
# Checks use the finer 1:50m topology; the basemap may draw 1:110m. Both are the same Natural Earth.
CHECK_TOPOLOGY = "world_50m.json"


@cache
def world(topology: Path = TOPOJSON_DIR / CHECK_TOPOLOGY) -> tuple[gpd.GeoDataFrame, gpd.GeoSeries]:
    """Countries indexed by ISO 3166-1 alpha-3 (with their label point), and the land polygons."""
    # Some shapes are not strictly valid (Antarctica's ring touches itself); point-in-polygon and
    # nearest-edge queries do not need validity, and repairing them costs a second at start-up.
    countries = gpd.read_file(topology, layer="countries").dropna(subset=["id"]).set_index("id")
    label = gpd.GeoSeries(gpd.points_from_xy(countries["ct"].str[0], countries["ct"].str[1]), index=countries.index)
    # A few label points fall just outside their country (Israel's): use a point inside instead.
    label = label.where(label.within(countries.geometry), countries.geometry.representative_point())
    countries["label_lon"], countries["label_lat"] = label.x, label.y
    land = gpd.read_file(topology, layer="land").geometry
    return countries[["label_lon", "label_lat", "geometry"]], land


def haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km between arrays (or scalars) of points in degrees."""
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(a, dtype=float)) for a in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def distance_from_marseille_km(lat, lon) -> np.ndarray:
    return haversine_km(MARSEILLE_LAT, MARSEILLE_LON, lat, lon)


def country_label_point(iso3: str) -> tuple[float, float] | None:
    """The topology's own label point for a country (lat, lon), or None if it has no polygon."""
    countries, _ = world()
    if iso3 not in countries.index:
        return None
    row = countries.loc[iso3]
    return float(row["label_lat"]), float(row["label_lon"])


def km_outside_country(lat, lon, iso3) -> np.ndarray:
    """How far each point lies outside its declared country, in km (0 inside).

    A country with no polygon in the topology (Mayotte, at this scale) is checked against land.
    """
    countries, land = world()
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    points = gpd.GeoSeries(gpd.points_from_xy(lon, lat))
    has_polygon = pd.Series(iso3).isin(countries.index).to_numpy()
    outside_km = np.zeros(len(points))
    if has_polygon.any():
        shapes = gpd.GeoSeries(countries.geometry.reindex(np.asarray(iso3)[has_polygon]).to_numpy())
        outside_km[has_polygon] = _km_outside(points[has_polygon].reset_index(drop=True), shapes)
    if (~has_polygon).any():
        on_land = points[~has_polygon].reset_index(drop=True)
        nearest = land.sindex.nearest(on_land, return_all=False)[1]
        outside_km[~has_polygon] = _km_outside(on_land, land.iloc[nearest].reset_index(drop=True))
    return outside_km


def _km_outside(points: gpd.GeoSeries, shapes: gpd.GeoSeries) -> np.ndarray:
    """Pairwise: 0 where a point lies in its shape, else the great-circle km to its nearest edge."""
    inside = points.within(shapes).to_numpy()
    km = np.zeros(len(points))
    if (~inside).any():
        lines = shapes[~inside].shortest_line(points[~inside], align=True)
        ends = lines.get_coordinates(index_parts=True).groupby(level=0).first()
        out = points[~inside]
        km[~inside] = haversine_km(out.y.to_numpy(), out.x.to_numpy(), ends["y"].to_numpy(), ends["x"].to_numpy())
    return km


def to_geojson(frame: pd.DataFrame, columns: list[str]) -> dict:
    """A GeoJSON FeatureCollection of the mapped rows of a frame (WGS 84 points)."""
    mapped = frame[frame["lat"].notna() & frame["lon"].notna()]
    gdf = gpd.GeoDataFrame(mapped[columns], geometry=gpd.points_from_xy(mapped["lon"], mapped["lat"]), crs="EPSG:4326")
    return json.loads(gdf.to_json(na="drop", drop_id=True))
