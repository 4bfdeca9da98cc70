"""What makes this atlas a given city's (data/atlas.toml): its home city, titles, the City's page, who may
frame it and how the map opens. No other file names the city."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from plotly.validator_cache import ValidatorCache

from .gazetteer import Gazetteer
from .i18n import DEFAULT_LANGUAGE, LANGUAGES
from .overlay import Overlay
from .problems import Problem, say

ATLAS = "atlas.toml"
# The projections plotly.js draws (its own list, from plotly.py's validator).
PROJECTIONS = frozenset(ValidatorCache.get_validator("layout.geo.projection", "type").values)


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
    views: tuple[dict, ...]  # the map's named views ([[views]]), the opening one first
    presentation_view: str = ""  # the view a story's chapters are shown in ([presentation] view; "": the first)
    address: str = ""  # the atlas's public address, shown to the room at a story's end ([presentation] address)

    @property
    def view(self) -> dict:
        """The view the map opens on: the first of [[views]]."""
        return self.views[0]

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
}
NUMBER = (int, float)
# Each [[views]] entry: what it must say, and what it may (with its default).
VIEW_REQUIRED = {"id": str, f"name_{DEFAULT_LANGUAGE}": str, "projection": str, "rotation_lon": NUMBER,
                 "center_lat": NUMBER, "center_lon": NUMBER}
VIEW_OPTIONAL = {"rotation_lat": 0, "scale": 1}
FRAME = ("lat_min", "lat_max", "lon_min", "lon_max")  # optional, in pairs: the frame a view shows
VIEW_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")


def read_atlas(data_dir: Path, gazetteer: Gazetteer) -> tuple[Atlas | None, list[Problem]]:
    """The atlas's settings, or what is wrong with them (file, line or key, and what to write)."""
    path = (data_dir if isinstance(data_dir, Overlay) else Path(data_dir)) / ATLAS  # an upload, or a folder
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return None, [Problem(ATLAS, "check.unreadable", "check.atlas.unreadable.fix", values={"reason": exc.strerror})]
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return None, [Problem(ATLAS, "check.atlas.not_toml", "check.atlas.not_toml.fix", values={"error": str(exc)})]
    problems = [Problem(ATLAS, "check.atlas.missing", "check.atlas.missing.fix", column=f"{section}.{key}",
                        values={"section": section, "key": key, "kind": _kind(kind), "example": _example(kind)})
                for section, keys in REQUIRED.items() for key, kind in keys.items()
                if not isinstance(raw.get(section, {}).get(key), kind)]
    problems += view_problems(raw.get("views"))
    problems += presentation_problems(raw.get("presentation", {}), raw.get("views"))
    if problems:
        return None, problems
    home = raw["home"]
    found = gazetteer.find(home["city"], home["country"])
    if found is None:
        return None, [Problem(ATLAS, "check.unknown_city", "check.unknown_city.fix_home", column="home.city",
                              value=home["city"], values={"country": home["country"]})]
    return Atlas(
        home=Home(found.name, home["country"], per_language(home, "name"), float(home["lat"]), float(home["lon"]),
                  found.geonameid),
        title=per_language(raw["text"], "title"), subtitle=per_language(raw["text"], "subtitle"),
        city_page=raw["city_page"]["url"], frame_ancestors=tuple(raw["embedding"]["frame_ancestors"]),
        views=tuple(read_view(v) for v in raw["views"]),
        presentation_view=raw.get("presentation", {}).get("view", ""),
        address=raw.get("presentation", {}).get("address", ""),
    ), []


def presentation_problems(section, views) -> list[Problem]:
    """[presentation] view, when given, names one of the [[views]]; its address is a web address."""
    if not isinstance(section, dict):
        return []
    address = section.get("address", "")
    if address and not (isinstance(address, str) and re.fullmatch(r"https?://[^\s\"<>]+", address)):
        return [Problem(ATLAS, "check.atlas.address", "check.atlas.address.fix", column="presentation.address",
                        value=str(address))]
    if "view" not in section:
        return []
    ids = [v.get("id") for v in views if isinstance(v, dict)] if isinstance(views, list) else []
    if section["view"] in ids:
        return []
    return [Problem(ATLAS, "check.atlas.presentation_view",
                    "check.atlas.presentation_view.fix" if ids else "check.atlas.presentation_view.fix_none",
                    column="presentation.view", value=str(section["view"]), values={"ids": ", ".join(map(str, ids))})]


def view_problems(views) -> list[Problem]:
    """What is wrong with the [[views]] list: each view's missing or wrong settings, by its place in it."""
    if not isinstance(views, list) or not views or not all(isinstance(v, dict) for v in views):
        return [Problem(ATLAS, "check.atlas.no_views", "check.atlas.no_views.fix", column="views")]
    problems, seen = [], set()
    for n, view in enumerate(views, start=1):
        where = f"views.{n}"
        problems += [Problem(ATLAS, "check.atlas.view_missing", "check.atlas.view_missing.fix", column=f"{where}.{key}",
                             values={"n": n, "key": key, "kind": _kind(kind), "example": _example(kind)})
                     for key, kind in VIEW_REQUIRED.items() if not isinstance(view.get(key), kind)]
        problems += [Problem(ATLAS, "check.atlas.view_number", "check.atlas.view_number.fix", column=f"{where}.{key}",
                             value=str(view[key]), values={"n": n, "key": key})
                     for key in [*VIEW_OPTIONAL, *FRAME] if key in view and not isinstance(view[key], NUMBER)]
        ident = view.get("id")
        if isinstance(ident, str) and (not VIEW_ID.match(ident) or ident in seen):
            problems.append(Problem(ATLAS, "check.atlas.view_id", "check.atlas.view_id.fix", column=f"{where}.id",
                                    value=ident, values={"n": n}))
        seen.add(ident)
        if isinstance(view.get("projection"), str) and view["projection"] not in PROJECTIONS:
            problems.append(Problem(ATLAS, "check.atlas.projection", "check.atlas.projection.fix",
                                    column=f"{where}.projection", value=view["projection"], values={"n": n}))
        for low, high in (("lat_min", "lat_max"), ("lon_min", "lon_max")):
            if (low in view) != (high in view):
                problems.append(Problem(ATLAS, "check.atlas.frame_pair", "check.atlas.frame_pair.fix",
                                        column=f"{where}.{low}", values={"n": n, "low": low, "high": high}))
    return problems


def read_view(view: dict) -> dict:
    """A view as the figures read it: its id, names per language, projection, rotation, centre, scale."""
    out = {"id": view["id"], "name": per_language(view, "name"), "projection": view["projection"],
           "rotation_lon": float(view["rotation_lon"]), "center_lat": float(view["center_lat"]),
           "center_lon": float(view["center_lon"])}
    out |= {key: float(view.get(key, default)) for key, default in VIEW_OPTIONAL.items()}
    out |= {key: float(view[key]) for key in FRAME if key in view}
    return out


def per_language(section: dict, stem: str) -> dict[str, str]:
    """name_fr, name_en... as {"fr": ..., "en": ...}, for the languages the atlas speaks."""
    return {lang: section[f"{stem}_{lang}"] for lang in LANGUAGES if isinstance(section.get(f"{stem}_{lang}"), str)}


def _kind(kind):
    return say({str: "check.atlas.a_text", list: "check.atlas.a_list"}.get(kind, "check.atlas.a_number"))


def _example(kind) -> str:
    return {str: '"..."', list: '["..."]'}.get(kind, "0.0")
