"""Where a thing happened, apart from who it was with: the partner's place, the home city, or a named spot."""

from __future__ import annotations

from dataclasses import dataclass

from . import geo
from .atlas import Home
from .gazetteer import Gazetteer
from .i18n import texts
from .problems import Number, Problem
from .rules import RELATIONS

VENUES = "venues.csv"
PARTNER, HOME = "partner", "home"
# A spot named in a city must lie this close to the city's gazetteer point (a large city is 20 km across).
SPOT_RADIUS_KM = 20.0


@dataclass(frozen=True)
class Spot:
    """One row of venues.csv, placed: its own point, else its city's."""

    id: str
    name: dict[str, str]
    country: str
    lat: float
    lon: float
    city: str | None  # the gazetteer's name of the city it is in
    exact: bool  # False: the source gives no point, the spot is drawn at its city's
    sources: tuple[str, ...]
    at_home: bool  # in the home city


def read_spots(records: list[dict], gazetteer: Gazetteer, tolerance_km: float,
               home: Home | None) -> tuple[dict[str, Spot], list[Problem]]:
    """Each spot of venues.csv placed and checked: inside its city, or inside its country."""
    spots, problems = {}, []
    for r in records:
        if r["id"] is None or r["country"] is None or {"lat", "lon"} & r["_bad"]:
            continue  # already reported cell by cell
        spot, problem = _spot(r, gazetteer, tolerance_km, home)
        if problem:
            problems.append(problem)
        if spot:
            spots[spot.id] = spot
    return spots, problems


def _spot(r: dict, gazetteer: Gazetteer, tolerance_km: float, home: Home | None) -> tuple[Spot | None, Problem | None]:
    city = gazetteer.find(r["city"], r["country"]) if r["city"] else None
    where = {"file": VENUES, "row": r["_row"]}
    if r["city"] and city is None:
        return None, Problem(key="check.unknown_city", fix_key="check.unknown_city.fix_venue", column="city",
                             value=r["city"], values={"country": r["country"]}, **where)
    if (r["lat"] is None) != (r["lon"] is None):
        return None, Problem(key="check.one_coordinate", fix_key="check.one_coordinate.fix",
                             column="lon" if r["lon"] is None else "lat", **where)
    exact = r["lat"] is not None
    if not exact and city is None:
        return None, Problem(key="check.spot.unplaced", fix_key="check.spot.unplaced.fix", column="lat", **where)
    lat, lon = (r["lat"], r["lon"]) if exact else (city.lat, city.lon)
    spot = Spot(r["id"], texts(r, "name"), r["country"], lat, lon,
                city.name if city else None, exact, r["sources"] or (),
                bool(home and city and (city.name, r["country"]) == (home.city, home.country)))
    return spot, _misplaced(spot, city, r, gazetteer, tolerance_km)


def _misplaced(spot: Spot, city, r: dict, gazetteer: Gazetteer, tolerance_km: float) -> Problem | None:
    """A spot far from its city, or outside its country, has a typing error in its coordinates."""
    if not spot.exact:
        return None
    value = f"{spot.lat:.4f}, {spot.lon:.4f}"
    if city is not None:
        km = float(geo.haversine_km(spot.lat, spot.lon, city.lat, city.lon))
        if km > SPOT_RADIUS_KM:
            return Problem(VENUES, "check.spot.far_from_city", "check.spot.far_from_city.fix", row=r["_row"],
                           column="lat", value=value, values={"km": Number(km), "city": city.name})
        return None
    country = gazetteer.country(spot.country)
    km = float(geo.km_outside_country([spot.lat], [spot.lon], [country.iso3])[0]) if country else 0.0
    if km > tolerance_km:
        return Problem(VENUES, "check.spot.outside_country", "check.spot.outside_country.fix", row=r["_row"],
                       column="lat", value=value, values={"km": Number(km), "country": spot.country})
    return None


def check_venue(record: dict, spots: dict[str, Spot], required: set[str], home_name: str) -> list[Problem]:
    """The venue cell of one relation: set where the category needs it, and naming something known."""
    venue, where = record.get("venue"), {"row": record["_row"], "column": "venue"}
    if venue is None:
        if record["category"] in required and "venue" not in record["_bad"]:
            key = "check.venue.needed_an" if record["category"][0] in "aeiou" else "check.venue.needed_a"
            return [Problem(RELATIONS, key, "check.venue.needed.fix", **where,
                            values={"category": record["category"], "home": home_name})]
        return []
    if venue not in (PARTNER, HOME) and venue not in spots:
        return [Problem(RELATIONS, "check.venue.unknown", "check.venue.unknown.fix" if spots else
                        "check.venue.unknown.fix_none", value=venue, values={"spots": ", ".join(sorted(spots))},
                        **where)]
    if venue == PARTNER and not (record["city"] or record["country"] or record["lat"] is not None):
        return [Problem(RELATIONS, "check.venue.no_partner", "check.venue.no_partner.fix", value=venue, **where)]
    return []


@dataclass(frozen=True)
class Venue:
    """Where one relation happened, as drawn: a point, and whether it is in the home city."""

    kind: str  # partner, home or spot
    lat: float | None
    lon: float | None
    at_home: bool
    spot: str | None = None


def venue_of(record: dict, partner: tuple[float | None, float | None], spots: dict[str, Spot],
             home: Home | None) -> Venue:
    """The place a relation is drawn at: its spot, the home city, or its partner's point (the default)."""
    venue = record.get("venue") or PARTNER
    if venue == HOME:
        return Venue(HOME, home.lat if home else None, home.lon if home else None, True)
    if venue in spots:
        spot = spots[venue]
        return Venue("spot", spot.lat, spot.lon, spot.at_home, spot.id)
    return Venue(PARTNER, partner[0], partner[1], False)
