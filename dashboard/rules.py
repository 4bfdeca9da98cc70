"""Checks that need more than one cell: dates, places, ranks, duplicates, references."""

from __future__ import annotations

from collections.abc import Iterable

from .dates import build_date, ends_before_start
from .problems import Problem

RELATIONS = "relations.csv"
MILESTONES = "milestones.csv"
FIGURES = "official_figures.csv"
NAMES = "country_names.csv"
CITY_NAMES = "city_names.csv"


def attach_dates(file: str, record: dict, prefixes: Iterable[str]) -> list[Problem]:
    """Build record['start'] / record['end'] (or record['date']) from their year/month/day cells."""
    problems = []
    for prefix in prefixes:
        parts = ["year", "month", "day"] if prefix == "date" else [f"{prefix}_{p}" for p in ("year", "month", "day")]
        if record["_bad"] & set(parts):
            record[prefix] = None  # a part is unreadable and already reported
            continue
        date, why, part = build_date(*(record.get(p) for p in parts))
        record[prefix] = date
        if why:
            column = parts[("year", "month", "day").index(part)]
            problems.append(
                Problem(file, why, "fill in the missing part or empty the others", row=record["_row"], column=column)
            )
    return problems


def check_relation(record: dict, city_page: str | None) -> list[Problem]:
    """Rules of one relations.csv row beyond its single cells."""
    row = record["_row"]
    problems = attach_dates(RELATIONS, record, ("start", "end"))
    start, end = record["start"], record["end"]
    if start and end and ends_before_start(start, end):
        problems.append(
            Problem(
                RELATIONS,
                f"the end ({end.iso()}) is before the start ({start.iso()})",
                "check both dates; the end is when the relation stopped",
                row=row,
                column="end_year",
                value=str(record["end_year"]),
            )
        )
    if record["city"] and not record["country"] and "country" not in record["_bad"]:
        problems.append(
            Problem(
                RELATIONS,
                "a city is given without its country",
                "fill in the two-letter country code (ISO 3166-1), for example IT",
                row=row,
                column="country",
            )
        )
    if (record["lat"] is None) != (record["lon"] is None):
        missing = "lon" if record["lon"] is None else "lat"
        problems.append(
            Problem(
                RELATIONS,
                "only one of lat and lon is given",
                "give both coordinates, or neither",
                row=row,
                column=missing,
            )
        )
    problems.extend(_check_consular_rank(record))
    if record["people"] is not None and not (record["people_what_fr"] and record["people_what_en"]):
        problems.append(
            Problem(
                RELATIONS,
                "a head count is given without saying what it counts",
                "fill in people_what_fr and people_what_en",
                row=row,
                column="people_what_fr" if not record["people_what_fr"] else "people_what_en",
            )
        )
    problems.extend(check_city_page_source(RELATIONS, record, city_page))
    return problems


def _check_consular_rank(record: dict) -> list[Problem]:
    row = record["_row"]
    if record["category"] == "consulate" and not record["consular_rank"] and "consular_rank" not in record["_bad"]:
        return [
            Problem(
                RELATIONS,
                "a consulate needs its rank",
                "write general, consulate or honorary, or unknown when no source gives it",
                row=row,
                column="consular_rank",
            )
        ]
    if record["category"] not in (None, "consulate") and record["consular_rank"]:
        return [
            Problem(
                RELATIONS,
                "a consular rank is only for consulates",
                "empty this cell, or set category to consulate",
                row=row,
                column="consular_rank",
                value=record["consular_rank"],
            )
        ]
    return []


def check_city_page_source(file: str, record: dict, city_page: str | None) -> list[Problem]:
    """A row stated only by the City's page must cite that page."""
    sources = record.get("sources") or ()
    if city_page and record.get("status") == "city_page" and sources and city_page not in sources:
        return [
            Problem(
                file,
                "has status city_page but does not cite the City's page",
                f"add {city_page} to sources",
                row=record["_row"],
                column="sources",
            )
        ]
    return []


def check_milestone(record: dict, city_page: str | None) -> list[Problem]:
    problems = attach_dates(MILESTONES, record, ("date",))
    return problems + check_city_page_source(MILESTONES, record, city_page)


def check_figure(record: dict, city_page: str | None) -> list[Problem]:
    row = record["_row"]
    problems = check_city_page_source(FIGURES, record, city_page)
    if record["value_max"] is not None and record["value"] is not None and record["value_max"] < record["value"]:
        problems.append(
            Problem(
                FIGURES,
                "value_max is smaller than value",
                "value is the lower bound",
                row=row,
                column="value_max",
                value=str(record["value_max"]),
            )
        )
    if record["as_of_year"] is None and "as_of_year" not in record["_bad"] and "undated" not in (record["flags"] or ()):
        problems.append(
            Problem(
                FIGURES,
                "an official figure needs the year it dates from",
                "write the year in as_of_year; if the source gives none, add the flag undated",
                row=row,
                column="as_of_year",
            )
        )
    if record["compare_from"] and record["compare_to"] and record["compare_to"] < record["compare_from"]:
        problems.append(
            Problem(
                FIGURES,
                f"compare_to ({record['compare_to']}) is before compare_from ({record['compare_from']})",
                "compare_from is the first year counted, compare_to the last",
                row=row,
                column="compare_to",
                value=str(record["compare_to"]),
            )
        )
    if record["compare_categories"] and not record["compare_measure"]:
        problems.append(
            Problem(
                FIGURES,
                "compare_categories is given without compare_measure",
                "write places, relations or in_force",
                row=row,
                column="compare_measure",
            )
        )
    return problems


def duplicate_ids(file: str, records: list[dict], column: str = "id") -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for record in records:
        value = record.get(column)
        if value is None:
            continue
        if value in seen:
            problems.append(
                Problem(
                    file,
                    f"is used twice (first on row {seen[value]})",
                    "give each row its own id; never reuse an old one",
                    row=record["_row"],
                    column=column,
                    value=value,
                )
            )
        else:
            seen[value] = record["_row"]
    return problems


def unknown_references(file: str, records: list[dict], column: str, known: set[str]) -> list[Problem]:
    return [
        Problem(
            file,
            "does not match any id in relations.csv",
            "check the id, or add the relation first",
            row=r["_row"],
            column=column,
            value=r[column],
        )
        for r in records
        if r.get(column) is not None and r[column] not in known
    ]
