"""Place every relation: explicit coordinates win, then the gazetteer, then the country's label point."""

from __future__ import annotations

from dataclasses import dataclass

from . import geo
from .gazetteer import Gazetteer
from .problems import Problem
from .rules import RELATIONS

EXPLICIT, GAZETTEER, COUNTRY, UNMAPPED = "explicit", "gazetteer", "country", "unmapped"


@dataclass(frozen=True)
class Placement:
    lat: float | None
    lon: float | None
    method: str
    place_name: str | None = None  # the gazetteer's name for the city, when it came from there
    geonameid: int | None = None


def place(record: dict, gazetteer: Gazetteer, memo: dict) -> tuple[Placement, list[Problem]]:
    """Where one relation goes on the map, or why it cannot be placed."""
    city, country = record.get("city"), record.get("country")
    if record.get("lat") is not None and record.get("lon") is not None:
        return Placement(record["lat"], record["lon"], EXPLICIT, city), []
    if city and country:
        key = (city, country)
        if key not in memo:
            memo[key] = gazetteer.find(city, country)
        found = memo[key]
        if found is None:
            return Placement(None, None, UNMAPPED), [_city_not_found(record, gazetteer)]
        return Placement(found.lat, found.lon, GAZETTEER, found.name, found.geonameid), []
    if country:
        if country not in memo:
            memo[country] = country_point(country, gazetteer)
        point = memo[country]
        if point is None:
            return Placement(None, None, UNMAPPED), [
                Problem(
                    RELATIONS,
                    "check.no_country_point",
                    "check.no_country_point.fix",
                    row=record["_row"],
                    column="country",
                    value=country,
                )
            ]
        return Placement(point[0], point[1], COUNTRY), []
    return Placement(None, None, UNMAPPED), []


def country_point(iso2: str, gazetteer: Gazetteer) -> tuple[float, float] | None:
    """The basemap's label point for the country, else its capital from the gazetteer."""
    country = gazetteer.country(iso2)
    if country is None:
        return None
    point = geo.country_label_point(country.iso3)
    if point is None and country.capital:
        capital = gazetteer.find(country.capital, iso2)
        point = (capital.lat, capital.lon) if capital else None
    return point


def _city_not_found(record: dict, gazetteer: Gazetteer) -> Problem:
    suggestions = gazetteer.suggest(record["city"], record["country"])
    return Problem(
        RELATIONS,
        "check.unknown_city",
        "check.unknown_city.fix_suggest" if suggestions else "check.unknown_city.fix",
        row=record["_row"],
        column="city",
        value=record["city"],
        values={"country": record["country"], "suggestions": tuple(suggestions)},
    )
