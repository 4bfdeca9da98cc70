"""Load the dataset: read, validate, geocode and check the data directory in one pass."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import geo
from .atlas import Atlas, Home, read_atlas
from .categories import CATEGORIES, Category, read_categories
from .config import DEFAULT_DATA_DIR
from .csvfiles import read_table
from .gazetteer import Gazetteer, default_gazetteer
from .geocode import Placement, place
from .i18n import texts
from .overlay import Overlay
from .problems import WARNING, DataError, Number, Problem, Report
from .rules import (
    CITY_NAMES,
    FIGURES,
    MILESTONES,
    NAMES,
    RELATIONS,
    check_figure,
    check_milestone,
    check_relation,
    duplicate_ids,
    unknown_references,
)
from .schema import MANIFEST_NAME, Manifest, parse_table
from .stories import STORIES, check_stories
from .venues import VENUES, Spot, check_venue, read_spots, venue_of
from .visibility import last_year


@dataclass(frozen=True)
class Dataset:
    """Everything the atlas shows, validated and placed on the map."""

    atlas: Atlas  # atlas.toml: the home city, titles, the City's page, the opening view
    relations: pd.DataFrame
    milestones: pd.DataFrame
    figures: tuple[dict, ...]  # a handful of rows: plain records, no NaN to trip over
    manifest: Manifest
    country_names: dict[str, dict[str, str]]  # ISO alpha-2 -> {"fr": ..., "en": ...}
    city_names: dict[tuple[str, str], dict[str, str]]  # (ISO alpha-2, gazetteer name) -> {"fr", "en"}
    stories: tuple[dict, ...] = ()  # chapter rows of stories.csv, checked
    spots: dict[str, Spot] = field(default_factory=dict)  # venues.csv: named spots where things happened
    categories: tuple[Category, ...] = ()  # categories.csv, in their order
    warnings: tuple[Problem, ...] = ()


def load_dataset(
    data_dir: Path = DEFAULT_DATA_DIR, tolerance_km: float = 25.0, gazetteer: Gazetteer | None = None
) -> Dataset:
    """The dataset in data_dir; raises DataError with every problem found if it is not usable."""
    dataset, report = check_dataset(data_dir, tolerance_km, gazetteer)
    if dataset is None:
        raise DataError(report)
    return dataset


def check_dataset(
    data_dir: Path = DEFAULT_DATA_DIR, tolerance_km: float = 25.0, gazetteer: Gazetteer | None = None
) -> tuple[Dataset | None, Report]:
    """Run the whole pipeline; the dataset is None when the report has errors."""
    with gc_paused():
        folder = data_dir if isinstance(data_dir, Overlay) else Path(data_dir)  # an upload, read in memory
        return _run_pipeline(folder, tolerance_km, gazetteer or default_gazetteer())


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector: a load allocates millions of small objects and no cycles,
    and the collector's passes over them cost a quarter of the time on a large file."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run_pipeline(data_dir: Path, tolerance_km: float, gazetteer: Gazetteer) -> tuple[Dataset | None, Report]:
    report = Report()
    countries = set(gazetteer.countries())
    manifest = read_manifest(data_dir, report)
    atlas, problems = read_atlas(data_dir, gazetteer)
    report.extend(problems)
    home = atlas.home if atlas else None
    categories = read_declared_categories(data_dir, manifest, countries, report)
    manifest = manifest.with_vocabulary("category", [c.id for c in categories])
    records = read_records(data_dir, manifest, countries, report, skip={CATEGORIES})
    spots, problems = read_spots(records.get(VENUES, []), gazetteer, tolerance_km, home)
    report.extend(problems)
    check_rows(records, {c.id for c in categories if c.lasting}, atlas.city_page if atlas else None, report,
               {v["id"] for v in atlas.views} if atlas else None)
    relations = records.get(RELATIONS, [])
    required = {c.id for c in categories if c.needs_venue}
    for record in relations:
        report.extend(check_venue(record, spots, required, home.name["en"] if home else "the home city"))
    report.extend(unknown_city_names(records.get(CITY_NAMES, []), gazetteer))
    memo: dict = {}
    placements = [_placed(r, gazetteer, report, memo) for r in relations]
    frame = relations_frame(relations, placements, gazetteer, spots, home, manifest.column_names(RELATIONS))
    report.extend(check_in_country(frame, tolerance_km))
    if not report.ok or atlas is None:
        return None, report
    dataset = Dataset(
        atlas=atlas,
        relations=frame,
        milestones=milestones_frame(records.get(MILESTONES, [])),
        figures=tuple(_public(records.get(FIGURES, []))),
        manifest=manifest,
        country_names={r["country"]: texts(r, "name") for r in records.get(NAMES, [])},
        city_names={(r["country"], r["city"]): texts(r, "name") for r in records.get(CITY_NAMES, [])},
        stories=tuple(_public(records.get(STORIES, []))),
        spots=spots,
        categories=tuple(categories),
        warnings=tuple(report.warnings),
    )
    return dataset, report


def read_manifest(data_dir: Path, report: Report) -> Manifest:
    path = data_dir / MANIFEST_NAME
    if not path.exists():
        report.add(
            Problem(
                MANIFEST_NAME,
                "check.no_manifest", "check.no_manifest.fix", values={"folder": str(data_dir)}, severity=WARNING,
            )
        )
        path = DEFAULT_DATA_DIR / MANIFEST_NAME
    return Manifest.read(path)


def read_declared_categories(data_dir: Path, manifest: Manifest, countries: set[str], report: Report) -> list[Category]:
    """categories.csv first: the other files are checked against the categories it declares."""
    records = read_records(data_dir, manifest, countries, report, only={CATEGORIES})
    report.extend(duplicate_ids(CATEGORIES, records.get(CATEGORIES, [])))
    categories, problems = read_categories(records.get(CATEGORIES, []))
    report.extend(problems)
    return categories


def read_records(data_dir: Path, manifest: Manifest, countries: set[str], report: Report,
                 only: set[str] | None = None, skip: set[str] = frozenset()) -> dict[str, list[dict]]:
    """Each CSV file named in the manifest (or only some), parsed cell by cell."""
    records = {}
    for name in manifest.files:
        if name in skip or (only is not None and name not in only):
            continue
        table = read_table(data_dir / name, name)
        report.extend(table.problems)
        parsed, problems = parse_table(table, manifest, countries) if table.columns else ([], [])
        report.extend(problems)
        records[name] = parsed
    return records


def check_rows(records: dict[str, list[dict]], lasting: set[str], city_page: str | None, report: Report,
               views: set[str] | None = None) -> None:
    """Rules across cells, rows and files."""
    relations = records.get(RELATIONS, [])
    for record in relations:
        report.extend(check_relation(record, city_page))
    for record in records.get(MILESTONES, []):
        report.extend(check_milestone(record, city_page))
    for record in records.get(FIGURES, []):
        report.extend(check_figure(record, city_page))
    report.extend(duplicate_ids(RELATIONS, relations))
    report.extend(duplicate_ids(FIGURES, records.get(FIGURES, [])))
    report.extend(duplicate_ids(NAMES, records.get(NAMES, []), column="country"))
    report.extend(duplicate_ids(VENUES, records.get(VENUES, [])))
    known = {r["id"]: r for r in relations if r["id"]}
    report.extend(unknown_references(MILESTONES, records.get(MILESTONES, []), "relation_id", set(known)))
    report.extend(unknown_references(FIGURES, records.get(FIGURES, []), "compare_relation", set(known)))
    figures = {r["id"] for r in records.get(FIGURES, []) if r["id"]}
    years = [r[k].year for r in relations for k in ("start", "end") if r.get(k)]
    report.extend(check_stories(records.get(STORIES, []), known, figures, lasting, last_year(years), views))


def unknown_city_names(records: list[dict], gazetteer: Gazetteer) -> list[Problem]:
    """A translated city name must name a city the gazetteer knows, or it would never be used."""
    return [
        Problem(CITY_NAMES, "check.unknown_city", "check.unknown_city.fix_names", row=r["_row"], column="city",
                value=r["city"], values={"country": r["country"]})
        for r in records
        if r["city"] and r["country"] and gazetteer.find(r["city"], r["country"]) is None
    ]


def _placed(record: dict, gazetteer: Gazetteer, report: Report, memo: dict) -> Placement:
    placement, problems = place(record, gazetteer, memo)
    report.extend(problems)
    return placement


def _public(records: list[dict]) -> list[dict]:
    """Records without the bookkeeping keys, row number kept as 'row' for messages."""
    return [{("row" if k == "_row" else k): v for k, v in r.items() if k != "_bad"} for r in records]


def _frame(records: list[dict]) -> pd.DataFrame:
    """The same as _public, as a frame (built column-wise: far faster on 50,000 rows)."""
    if not records:
        return pd.DataFrame()
    return pd.DataFrame.from_records(records).drop(columns="_bad").rename(columns={"_row": "row"})


# Columns the pipeline adds to relations.csv's own
DERIVED_COLUMNS = ("start", "start_precision", "end", "end_precision", "geo_method", "place_name", "geonameid",
                   "iso3", "continent", "distance_km", "km_outside", "venue_lat", "venue_lon", "venue_home")


def relations_frame(records: list[dict], placements: list[Placement], gazetteer: Gazetteer,
                    spots: dict[str, Spot], home: Home | None, columns: list[str]) -> pd.DataFrame:
    """One row per relation, with its dates spelled at their precision, its partner's point and where it
    happened (its venue: the partner's point, the home city, or a spot)."""
    frame = _frame(records)
    if frame.empty:  # a new atlas, no relation yet: the same columns, no rows
        return pd.DataFrame(columns=[*columns, "row", *DERIVED_COLUMNS])
    for prefix in ("start", "end"):
        dates = frame.pop(prefix)
        frame[prefix] = [d.iso() if d else None for d in dates]
        frame[f"{prefix}_precision"] = [d.precision if d else None for d in dates]
    frame["lat"] = [p.lat for p in placements]
    frame["lon"] = [p.lon for p in placements]
    frame["geo_method"] = [p.method for p in placements]
    frame["place_name"] = [p.place_name for p in placements]
    frame["geonameid"] = pd.array([p.geonameid for p in placements], dtype="Int64")
    info = {code: gazetteer.country(code) for code in frame["country"].dropna().unique()}
    frame["iso3"] = frame["country"].map(lambda c: info[c].iso3 if info.get(c) else None)
    frame["continent"] = frame["country"].map(lambda c: info[c].continent if info.get(c) else None)
    if home:
        distance = geo.distance_km_from(home.lat, home.lon, frame["lat"].fillna(0), frame["lon"].fillna(0))
        frame["distance_km"] = np.where(frame["lat"].notna(), distance, np.nan)
    else:
        frame["distance_km"] = np.nan
    add_venues(frame, records, placements, spots, home)
    return frame


def add_venues(frame: pd.DataFrame, records: list[dict], placements: list[Placement], spots: dict[str, Spot],
               home: Home | None) -> None:
    """venue (partner, home or a spot id), venue_lat / venue_lon (where it is drawn) and venue_home."""
    venues = [venue_of(r, (p.lat, p.lon), spots, home) for r, p in zip(records, placements, strict=True)]
    frame["venue"] = [v.spot or v.kind for v in venues]
    frame["venue_lat"] = [v.lat for v in venues]
    frame["venue_lon"] = [v.lon for v in venues]
    frame["venue_home"] = [v.at_home for v in venues]


def check_in_country(frame: pd.DataFrame, tolerance_km: float) -> list[Problem]:
    """Every mapped point must lie in its declared country, give or take the coastal tolerance."""
    if frame.empty:
        return []
    rows = frame[frame["lat"].notna() & frame["iso3"].notna()]
    if rows.empty:
        frame["km_outside"] = np.nan
        return []
    km = geo.km_outside_country(rows["lat"], rows["lon"], rows["iso3"].tolist())
    frame["km_outside"] = pd.Series(km, index=rows.index).reindex(frame.index)
    problems = []
    far = rows.assign(km=km)[km > tolerance_km]
    for row in far.itertuples():
        if row.geo_method == "explicit":
            column, value = "lat", f"{row.lat:.4f}, {row.lon:.4f}"
        else:
            column = "country" if pd.isna(row.city) else "city"
            value = getattr(row, column)
        problems.append(
            Problem(
                RELATIONS,
                "check.point_outside", "check.point_outside.fix",
                row=int(row.row),
                column=column,
                value=value,
                values={"km": Number(row.km), "country": row.country},
            )
        )
    return problems


def milestones_frame(records: list[dict]) -> pd.DataFrame:
    frame = _frame(records)
    if not frame.empty:
        dates = frame.pop("date")
        frame["date"] = [d.iso() if d else None for d in dates]
        frame["precision"] = [d.precision if d else None for d in dates]
    return frame


def plain_records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain Python values, with None (never NaN or <NA>) where a cell is empty."""
    return [{k: (None if _is_missing(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


def _is_missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))
