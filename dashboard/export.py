"""Data out: the whole dataset or any selection as GeoJSON, in the one format the page's download also
writes (assets/src/downloads.mjs toGeoJSON; tests/test_geojson.py runs both on the same payload).

Each relation is a point where it happened (its venue, else its place on the map), with every
language's texts and names side by side and its partner's point in the properties; relations with no
place are left out. Built from the payload, so the CLI and the page read the same records."""

from __future__ import annotations

from collections.abc import Iterable

from .i18n import text_in
from .view import view_payload

# The properties of a feature, in order: per-language texts are <field>_<code> for each language.
TEXTS = ("title", "description", "where", "partner")
FIELDS = ("country", "start", "start_precision", "end", "end_precision", "consular_rank", "amount_eur", "people")


def place_name(place: dict, lang: str) -> str:
    """A place in words: "Erevan, Arménie"; a country alone; a city-state once ("Cité du Vatican", not
    twice); a spot with its town. The page names places by the same rule (assets/src/places.mjs
    placeName): tests/test_geojson.py compares both on every place of the tiny payload."""
    name, country = text_in(place.get("name") or place["country_name"], lang), text_in(place["country_name"], lang)
    if place.get("town"):
        return f"{name}, {text_in(place['town'], lang)}"
    if place.get("is_city"):
        return name if name == country else f"{name}, {country}"
    return country


def _key(rel: dict, field: str) -> str:
    """The key of the place a relation happened at ("where") or is with ("partner"), else its own place."""
    return rel[field] if field in rel else rel.get("place", "")


def feature(payload: dict, rel: dict) -> dict | None:
    """One relation as a GeoJSON Feature, or None when it has no place."""
    places, languages = payload["places"], [lang["code"] for lang in payload["languages"]]
    where, partner = places.get(_key(rel, "where")), places.get(_key(rel, "partner"))
    if where is None:
        return None
    texts = {"title": rel["title"], "description": rel["description"]}
    properties = {"id": rel["id"], "category": rel["category"], "status": rel["status"]}
    for name in TEXTS:
        for lang in languages:
            if name in texts:
                properties[f"{name}_{lang}"] = text_in(texts[name], lang) if texts[name] else None
            else:
                place = where if name == "where" else partner
                properties[f"{name}_{lang}"] = place_name(place, lang) if place else None
    properties |= {name: rel.get(name) for name in FIELDS}
    point = partner or {}
    properties |= {"flags": rel.get("flags", []), "sources": rel.get("sources", []), "partner_lat": point.get("lat"),
                   "partner_lon": point.get("lon"), "distance_km": point.get("distance_km")}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [where["lon"], where["lat"]]},
            "properties": properties}


def payload_geojson(payload: dict, ids: Iterable[str] | None = None) -> dict:
    """A FeatureCollection of the payload's relations (those of ids, in the payload's order, if given)."""
    wanted = None if ids is None else set(ids)
    features = (feature(payload, rel) for rel in payload["relations"] if wanted is None or rel["id"] in wanted)
    return {"type": "FeatureCollection", "features": [f for f in features if f is not None]}


def relations_geojson(dataset, categories: Iterable[str] = (), ids: Iterable[str] = ()) -> dict:
    """The selected relations of a dataset (by categories and/or ids; none: all) as GeoJSON."""
    payload = view_payload(dataset)
    categories, ids = set(categories), set(ids)
    chosen = [r["id"] for r in payload["relations"]
              if (not categories or r["category"] in categories) and (not ids or r["id"] in ids)]
    return payload_geojson(payload, chosen)
