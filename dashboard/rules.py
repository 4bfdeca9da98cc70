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
                Problem(file, why.key, "check.date.fix", row=record["_row"], column=column, values=why.values)
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
                "check.end_before_start",
                "check.end_before_start.fix",
                row=row,
                column="end_year",
                value=str(record["end_year"]),
                values={"end": end.iso(), "start": start.iso()},
            )
        )
    if record["city"] and not record["country"] and "country" not in record["_bad"]:
        problems.append(
            Problem(
                RELATIONS,
                "check.city_without_country",
                "check.city_without_country.fix",
                row=row,
                column="country",
            )
        )
    if (record["lat"] is None) != (record["lon"] is None):
        missing = "lon" if record["lon"] is None else "lat"
        problems.append(
            Problem(
                RELATIONS,
                "check.one_coordinate",
                "check.one_coordinate.fix",
                row=row,
                column=missing,
            )
        )
    problems.extend(_check_consular_rank(record))
    if record["people"] is not None and not (record["people_what_fr"] and record["people_what_en"]):
        problems.append(
            Problem(
                RELATIONS,
                "check.people_unsaid",
                "check.people_unsaid.fix",
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
                "check.consul_rank_missing",
                "check.consul_rank_missing.fix",
                row=row,
                column="consular_rank",
            )
        ]
    if record["category"] not in (None, "consulate") and record["consular_rank"]:
        return [
            Problem(
                RELATIONS,
                "check.consul_rank_only",
                "check.consul_rank_only.fix",
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
                "check.city_page_uncited",
                "check.city_page_uncited.fix",
                row=record["_row"],
                column="sources",
                values={"url": city_page},
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
                "check.value_max_small",
                "check.value_max_small.fix",
                row=row,
                column="value_max",
                value=str(record["value_max"]),
            )
        )
    if record["as_of_year"] is None and "as_of_year" not in record["_bad"] and "undated" not in (record["flags"] or ()):
        problems.append(
            Problem(
                FIGURES,
                "check.figure_undated",
                "check.figure_undated.fix",
                row=row,
                column="as_of_year",
            )
        )
    if record["compare_from"] and record["compare_to"] and record["compare_to"] < record["compare_from"]:
        problems.append(
            Problem(
                FIGURES,
                "check.compare_backwards",
                "check.compare_backwards.fix",
                row=row,
                column="compare_to",
                value=str(record["compare_to"]),
                values={"to": record["compare_to"], "from": record["compare_from"]},
            )
        )
    if record["compare_categories"] and not record["compare_measure"]:
        problems.append(
            Problem(
                FIGURES,
                "check.compare_unmeasured",
                "check.compare_unmeasured.fix",
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
                    "check.id_twice",
                    "check.id_twice.fix",
                    row=record["_row"],
                    column=column,
                    value=value,
                    values={"first": seen[value]},
                )
            )
        else:
            seen[value] = record["_row"]
    return problems


def unknown_references(file: str, records: list[dict], column: str, known: set[str]) -> list[Problem]:
    return [
        Problem(
            file,
            "check.unknown_relation",
            "check.unknown_relation.fix",
            row=r["_row"],
            column=column,
            value=r[column],
        )
        for r in records
        if r.get(column) is not None and r[column] not in known
    ]
