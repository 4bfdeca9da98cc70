"""The contract between the two halves: the payload's shape, declared once as typed dicts.

`view.py` builds the payload; `check_payload` validates it against these types (pydantic, strict, no
unknown key); `typescript()` writes them as `assets/src/payload.d.ts` (scripts/write_fixtures.py), which
the browser modules' JSDoc names and `tsc --checkJs` checks them against. Records carry the names of
their CSV columns; a key that is absent means "none" (the payload leaves empty values out).
"""

from __future__ import annotations

import json
import types
import typing
from typing import Any, Literal, NotRequired, Union

from pydantic import ConfigDict, TypeAdapter, with_config
from typing_extensions import TypedDict, is_typeddict  # the TypedDict pydantic reads before Python 3.12

Texts = dict[str, str]  # one text per language code; the reference language always present
Precision = Literal["year", "month", "day"]
STRICT = ConfigDict(extra="forbid")


@with_config(STRICT)
class Relation(TypedDict):
    """One row of relations.csv as the browser reads it. place: the mark it is drawn at (a key of
    places); where / partner: where it happened and who it was with, each only when not place ("" none)."""
    id: str
    category: str
    status: str
    title: Texts
    description: Texts
    consular_rank: NotRequired[str]
    country: NotRequired[str]
    start: NotRequired[str]
    start_precision: NotRequired[Precision]
    end: NotRequired[str]
    end_precision: NotRequired[Precision]
    amount_eur: NotRequired[int]
    people: NotRequired[int]
    people_what: NotRequired[Texts]
    flags: NotRequired[list[str]]
    sources: NotRequired[list[str]]
    place: NotRequired[str]
    where: NotRequired[str]
    partner: NotRequired[str]


@with_config(STRICT)
class Place(TypedDict):
    """A point a relation is drawn at, happened at or is with: a city, a country, the home city, a spot."""
    lat: float
    lon: float
    country: str
    iso3: str | None
    region: str | None
    subregion: str
    name: Texts
    country_name: Texts
    distance_km: int
    is_city: NotRequired[bool]
    home: NotRequired[bool]
    spot: NotRequired[bool]
    approx: NotRequired[bool]
    town: NotRequired[Texts]
    aka: NotRequired[list[str]]  # other names a search finds it under (the keepers' spelling, the gazetteer's)


@with_config(STRICT)
class Home(TypedDict):
    lat: float
    lon: float
    key: str


@with_config(STRICT)
class CategoryLook(TypedDict):
    """How a category looks and behaves, from categories.csv."""
    colour: str
    symbol: str
    glyph: str
    lasting: bool
    arcs: bool
    layer: Literal["point", "country"]


@with_config(STRICT)
class Region(TypedDict):
    key: str
    subs: list[str]


@with_config(STRICT)
class Milestone(TypedDict):
    kind: str
    date: str
    status: str
    note: Texts
    sources: list[str]


@with_config(STRICT)
class Apart(TypedDict):
    flag: str
    ids: list[str]


@with_config(STRICT)
class OfficialFigure(TypedDict):
    """An official figure, who states it and when, and what the data holds beside it (in_data)."""
    id: str
    label: Texts
    display: Texts
    value: float | None
    categories: list[str]
    measure: str | None
    in_data: int | None
    sources: list[str]
    as_of: int | None
    attribution: str
    said_by: Texts
    flags: list[str]
    apart: list[Apart]
    note: NotRequired[Texts]
    relation: NotRequired[str]
    same_sources: NotRequired[bool]  # in_data repeats the figure, from its own sources: not a second count
    undated: NotRequired[int]  # of in_data, the rows counted as running in as_of only because their start is unknown
    today: NotRequired[int]  # beside a count of running rows in a past year, how many run today
    lead: NotRequired[bool]  # the one its category's key figure states (the others: how it is counted)
    compare_from: NotRequired[int | None]
    compare_to: NotRequired[int | None]


@with_config(STRICT)
class Chapter(TypedDict):
    """A chapter of a story, from stories.csv."""
    chapter: int
    title: Texts
    text: Texts
    year: int
    year_end: int | None
    mode: Literal["inforce", "happened"]
    categories: list[str]
    region: str
    relations: list[str]
    figures: list[str]
    view: str  # a named view's id, or "" (the region's frame, else the presentation's view)
    notes: Texts  # the speaker's notes, per language given (the presenter console's)


@with_config(STRICT)
class PublicAddress(TypedDict):
    """Where the atlas is published ([presentation] address), and its QR code as inline SVG."""
    url: str
    qr: str


@with_config(STRICT)
class MapView(TypedDict):
    """A named view of the map (data/atlas.toml's [[views]]): a button, and ?view=<id>; the first opens."""
    id: str
    name: Texts
    geo: dict[str, Any]  # plotly.js's geo settings: projection, rotation, scale, centre, latitudes


@with_config(STRICT)
class Language(TypedDict):
    code: str
    locale: str


@with_config(STRICT)
class Payload(TypedDict):
    """Everything the explorer draws from, for any filter, in every language."""
    version: str
    home: Home
    views: list[MapView]
    presentationView: str  # the view a story's chapters are shown in ("" for the opening one)
    address: PublicAddress | None  # the atlas's public address, for a story's end (atlas.toml)
    fileStem: str
    years: list[int]
    categories: list[str]
    categoryInfo: dict[str, CategoryLook]
    plotly: dict[str, Any]
    relations: list[Relation]
    places: dict[str, Place]
    regions: list[Region]
    milestones: dict[str, list[Milestone]]
    figures: list[OfficialFigure]
    stories: dict[str, list[Chapter]]
    languages: list[Language]
    strings: dict[str, dict[str, str]]


_ADAPTER = TypeAdapter(Payload)


def check_payload(payload: dict) -> None:
    """Raise pydantic's ValidationError (naming the key path) where the payload, as the browser receives
    it (JSON), leaves its contract."""
    _ADAPTER.validate_json(json.dumps(payload), strict=True)


# ---------- the same types for the browser modules (JSDoc names them, tsc checks them) ----------

TYPED = (Relation, Place, Home, CategoryLook, Region, Milestone, Apart, OfficialFigure, Chapter, MapView, Language,
         Payload)


def typescript() -> str:
    """The typed dicts as TypeScript declarations (assets/src/payload.d.ts)."""
    lines = ["// Written by scripts/write_fixtures.py from dashboard/contract.py: do not edit.",
             "// The payload's shape, for the JSDoc types that tsc --checkJs checks the browser modules with.", ""]
    for typed in TYPED:
        hints = typing.get_type_hints(typed, include_extras=True)
        lines.append(f"/** {_first_line(typed.__doc__)} */" if typed.__doc__ else "")
        lines.append(f"export interface {typed.__name__} {{")
        for name, hint in hints.items():
            optional = typing.get_origin(hint) is NotRequired
            inner = typing.get_args(hint)[0] if optional else hint
            lines.append(f"  {name}{'?' if optional else ''}: {_ts(inner)};")
        lines.append("}")
        lines.append("")
    return "\n".join(line for i, line in enumerate(lines) if line or i < 3 or lines[i - 1] == "}") + "\n"


def _first_line(doc: str) -> str:
    return " ".join(doc.split()).split(". ")[0].rstrip(".")


SCALARS = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null", Any: "any"}


def _ts(hint: Any) -> str:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in SCALARS:
        return SCALARS[hint]
    if isinstance(hint, type) and is_typeddict(hint):
        return hint.__name__
    if origin is Literal:
        return " | ".join(f'"{a}"' for a in args)
    if origin in (Union, types.UnionType):
        return " | ".join(_ts(a) for a in args)
    if origin is list:
        inner = _ts(args[0])
        return f"({inner})[]" if "|" in inner else f"{inner}[]"
    if origin is not dict:
        raise TypeError(f"no TypeScript for {hint!r}")
    return f"Record<{_ts(args[0])}, {_ts(args[1])}>"
