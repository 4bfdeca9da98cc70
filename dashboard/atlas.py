"""What makes this atlas a given city's (data/atlas.toml): its home city, titles, the City's page, who may
frame it and how the map opens. No other file names the city."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .gazetteer import Gazetteer
from .i18n import DEFAULT_LANGUAGE, LANGUAGES
from .problems import Problem

ATLAS = "atlas.toml"


@dataclass(frozen=True)
class Home:
    """The city whose relations are mapped."""

    city: str  # as the gazetteer names it
    country: str
    name: dict[str, str]  # as readers see it, per language
    lat: float
    lon: float
    geonameid: int


@dataclass(frozen=True)
class Atlas:
    home: Home
    title: dict[str, str]
    subtitle: dict[str, str]
    city_page: str
    frame_ancestors: tuple[str, ...]
    view: dict  # the map's opening view: projection, rotation, centre, latitudes shown

    @property
    def slug(self) -> str:
        """A file-name stem for downloads: the home city and "-international"."""
        return "".join(c if c.isalnum() else "-" for c in self.home.city.lower()).strip("-") + "-international"


REQUIRED = {
    # texts are required in French, the reference; other languages fall back to it
    "home": {"city": str, "country": str, f"name_{DEFAULT_LANGUAGE}": str, "lat": (int, float), "lon": (int, float)},
    "text": {f"{k}_{DEFAULT_LANGUAGE}": str for k in ("title", "subtitle")},
    "city_page": {"url": str},
    "embedding": {"frame_ancestors": list},
    "view": {"projection": str, "rotation_lon": (int, float), "center_lat": (int, float),
             "center_lon": (int, float), "lat_min": (int, float), "lat_max": (int, float)},
}


def read_atlas(data_dir: Path, gazetteer: Gazetteer) -> tuple[Atlas | None, list[Problem]]:
    """The atlas's settings, or what is wrong with them (file, line or key, and what to write)."""
    path = Path(data_dir) / ATLAS
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return None, [Problem(ATLAS, f"cannot be read ({exc.strerror})",
                              "copy data/atlas.toml into the data folder, or write one with python -m dashboard new")]
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return None, [Problem(ATLAS, f"is not valid TOML ({exc})",
                              'write each setting as name = "value", a text in double quotes')]
    problems = [Problem(ATLAS, f"[{section}] {key} is missing or not {_kind(kind)}", f"write {key} = {_example(kind)} "
                        f"under [{section}] (see data/atlas.toml)", column=f"{section}.{key}")
                for section, keys in REQUIRED.items() for key, kind in keys.items()
                if not isinstance(raw.get(section, {}).get(key), kind)]
    if problems:
        return None, problems
    home = raw["home"]
    found = gazetteer.find(home["city"], home["country"])
    if found is None:
        return None, [Problem(ATLAS, f"is not a city the gazetteer knows in {home['country']}",
                              "write the home city as the gazetteer names it", column="home.city", value=home["city"])]
    return Atlas(
        home=Home(found.name, home["country"], per_language(home, "name"), float(home["lat"]), float(home["lon"]),
                  found.geonameid),
        title=per_language(raw["text"], "title"), subtitle=per_language(raw["text"], "subtitle"),
        city_page=raw["city_page"]["url"], frame_ancestors=tuple(raw["embedding"]["frame_ancestors"]),
        view=dict(raw["view"]),
    ), []


def per_language(section: dict, stem: str) -> dict[str, str]:
    """name_fr, name_en... as {"fr": ..., "en": ...}, for the languages the atlas speaks."""
    return {lang: section[f"{stem}_{lang}"] for lang in LANGUAGES if isinstance(section.get(f"{stem}_{lang}"), str)}


def _kind(kind) -> str:
    return {str: "a text", list: "a list"}.get(kind, "a number")


def _example(kind) -> str:
    return {str: '"..."', list: '["..."]'}.get(kind, "0.0")
