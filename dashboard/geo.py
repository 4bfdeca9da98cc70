"""Geographic work with geopandas: country polygons from the basemap topology, checks, distances, GeoJSON."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .cache import cached, file_key
from .config import TOPOJSON_DIR

EARTH_RADIUS_KM = 6371.0088
# Checks use the finer 1:50m topology; the basemap may draw 1:110m. Both are the same Natural Earth.
CHECK_TOPOLOGY = "world_50m.json"


def _decode_arcs(topology: dict) -> list[np.ndarray]:
    """TopoJSON arcs as arrays of (lon, lat): quantised, delta-encoded positions made absolute."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = np.asarray(arc, dtype=float)
        if transform:
            points = np.cumsum(points, axis=0) * transform["scale"] + transform["translate"]
        arcs.append(points)
    return arcs


def _ring(arcs: list[np.ndarray], indexes: list[int]) -> np.ndarray:
    """One ring from its arcs (a negative index means the arc reversed), unwrapped across 180°.

    Planar geometry reads a ring that crosses the antimeridian as a line across the whole map,
    which turns Russia or Fiji inside out; shifting the far side by 360° keeps them whole.
    """
    parts = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in indexes]
    ring = np.concatenate([parts[0], *(p[1:] for p in parts[1:])])
    jumps = np.diff(ring[:, 0])
    shift = np.concatenate([[0.0], np.cumsum(np.where(jumps > 180, -360.0, np.where(jumps < -180, 360.0, 0.0)))])
    if shift.any() and abs(shift[-1]) < 1e-9:  # a ring around a pole (Antarctica) stays as it is
        ring = ring.copy()
        ring[:, 0] += shift
        ring[:, 0] += 360 * np.ceil((-180 - ring[:, 0].min()) / 360)  # west edge back in [-180, 180)
    return ring


def _shape(arcs: list[np.ndarray], geometry: dict):
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    shapes = [shapely.Polygon(_ring(arcs, p[0]), [_ring(arcs, r) for r in p[1:]]) for p in polygons if p]
    return shapely.MultiPolygon(shapes) if len(shapes) > 1 else shapes[0]


def read_topology_layer(topology: dict, arcs: list[np.ndarray], layer: str) -> gpd.GeoDataFrame:
    """A polygon layer of a parsed TopoJSON topology (arcs decoded once), with its ids and properties."""
    geometries = [g for g in topology["objects"][layer]["geometries"] if g.get("arcs")]
    return gpd.GeoDataFrame(
        [{"id": g.get("id"), **g.get("properties", {})} for g in geometries],
        geometry=[_shape(arcs, g) for g in geometries],
    )


@cache
def world(topology: Path = TOPOJSON_DIR / CHECK_TOPOLOGY) -> tuple[gpd.GeoDataFrame, gpd.GeoSeries]:
    """Countries indexed by ISO 3166-1 alpha-3 (with their label point), and the land polygons."""
    return cached("topology", file_key(topology), lambda: _build_world(topology))


def _build_world(path: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoSeries]:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    countries = read_topology_layer(topology, arcs, "countries").dropna(subset=["id"]).set_index("id")
    label = gpd.GeoSeries(gpd.points_from_xy(countries["ct"].str[0], countries["ct"].str[1]), index=countries.index)
    # A few label points fall just outside their country (Israel's): use a point inside instead.
    label = label.where(label.within(countries.geometry), countries.geometry.representative_point())
    countries["label_lon"], countries["label_lat"] = label.x, label.y
    land = read_topology_layer(topology, arcs, "land").geometry
    broken = ~land.is_valid  # a self-touching coastline makes a whole continent test as "outside"
    land[broken] = land[broken].make_valid()
    return countries[["label_lon", "label_lat", "geometry"]], land


def haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km between arrays (or scalars) of points in degrees."""
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(a, dtype=float)) for a in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def distance_km_from(home_lat: float, home_lon: float, lat, lon) -> np.ndarray:
    """Great-circle km from the home city to each point."""
    return haversine_km(home_lat, home_lon, lat, lon)


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
    places = pd.DataFrame({"lat": np.asarray(lat, dtype=float), "lon": np.asarray(lon, dtype=float),
                           "iso3": np.asarray(iso3, dtype=object)})
    unique = places.drop_duplicates()  # many relations share a place (the home city, capitals)
    km = pd.Series(_km_outside_unique(unique["lat"].to_numpy(), unique["lon"].to_numpy(),
                                      unique["iso3"].to_numpy()), index=pd.MultiIndex.from_frame(unique))
    return km.reindex(pd.MultiIndex.from_frame(places)).to_numpy()


def _km_outside_unique(lat: np.ndarray, lon: np.ndarray, iso3: np.ndarray) -> np.ndarray:
    countries, land = world()
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
    """Pairwise: 0 where a point lies in its shape, else the great-circle km to its nearest edge.

    Shapes that cross the antimeridian extend past 180° (see _ring), so a point is also tried 360° east.
    """
    km = _planar_km_outside(points, shapes)
    outside = km > 0
    if outside.any():
        shifted = points[outside].translate(xoff=360)
        km[outside] = np.minimum(km[outside], _planar_km_outside(shifted, shapes[outside]))
    return km


def _planar_km_outside(points: gpd.GeoSeries, shapes: gpd.GeoSeries) -> np.ndarray:
    inside = points.within(shapes).to_numpy()
    km = np.zeros(len(points))
    if (~inside).any():
        lines = shapes[~inside].shortest_line(points[~inside], align=True)
        ends = lines.get_coordinates(index_parts=True).groupby(level=0).first()
        out = points[~inside]
        km[~inside] = haversine_km(out.y.to_numpy(), out.x.to_numpy(), ends["y"].to_numpy(), ends["x"].to_numpy())
    return km
