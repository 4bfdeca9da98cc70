"""The data folder's description as our check reads it (data/datapackage.json, dashboard/package.py): which
files, which columns of which kind, which words are allowed."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from . import fields
from .csvfiles import Table, check_columns
from .package import KIND, PACKAGE_NAME, VOCABULARIES
from .problems import Problem

MANIFEST_NAME = PACKAGE_NAME  # the one description of the folder


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class Manifest:
    """What the data directory must hold: the CSV files of datapackage.json, each column with its kind."""

    files: dict[str, list[Column]]
    vocabularies: dict[str, list[str]]
    descriptions: dict[str, str]
    licence: dict | None = None  # the package's first licence (its title and path), which an embed names

    @classmethod
    def read(cls, path: Path) -> Manifest:
        raw = json.loads(path.read_text(encoding="utf-8"))
        tables = [resource for resource in raw["resources"] if "schema" in resource]
        files = {
            table["path"]: [Column(f["name"], f[KIND], bool(f.get("constraints", {}).get("required")),
                                   f["description"]) for f in table["schema"]["fields"]]
            for table in tables
        }
        descriptions = {table["path"]: table["description"] for table in tables}
        licence = next(iter(raw.get("licenses") or []), None)
        named = isinstance(licence, dict) and {"title", "path"} <= licence.keys()
        return cls(files, raw[VOCABULARIES], descriptions, licence if named else None)

    def column_names(self, file: str) -> list[str]:
        return [c.name for c in self.files[file]]

    def with_vocabulary(self, name: str, words: list[str]) -> Manifest:
        """The same manifest with one vocabulary given by the data (the categories of categories.csv)."""
        return replace(self, vocabularies={**self.vocabularies, name: list(words)})


def cell_parser(column: Column, manifest: Manifest, country_codes: set[str]) -> Callable[[str], object]:
    """The parser for one column's type; ref:FILE columns are checked later, across files."""
    kind, _, arg = column.type.partition(":")
    if kind == "enum":
        return fields.enum_parser(arg, manifest.vocabularies[arg], declared=arg == "category")
    if kind == "enum_list":
        return fields.enum_list_parser(arg, manifest.vocabularies[arg])
    if kind == "country":
        return country_parser(country_codes)
    if kind in ("ref", "venue"):  # checked later, across files
        return fields.parse_id
    return fields.SIMPLE_PARSERS[kind]


# Codes people often write instead of the ISO 3166-1 alpha-2 one.
COMMON_MISTAKES = {"UK": "GB", "EL": "GR", "KO": "XK", "FRA": "FR", "SP": "ES"}


def country_parser(country_codes: set[str]) -> Callable[[str], str]:
    def parse(cell: str) -> str:
        code = cell.upper()
        if code not in country_codes:
            hint = COMMON_MISTAKES.get(code)
            fix = "check.not_a_country.fix_hint" if hint in country_codes else "check.not_a_country.fix"
            raise fields.CellError("check.not_a_country", fix, hint=hint or "")
        return code

    return parse


def parse_table(table: Table, manifest: Manifest, country_codes: set[str]) -> tuple[list[dict], list[Problem]]:
    """Every row of a table as typed values (None when empty); every bad cell a problem."""
    columns = manifest.files[table.name]
    problems = check_columns(table, [c.name for c in columns], {c.name for c in columns if c.required})
    if any(p.severity == "error" for p in problems):
        return [], problems
    # Text cells need no parsing; only typed ones go through a parser (this loop runs 50,000 times).
    typed = [(c.name, cell_parser(c, manifest, country_codes)) for c in columns if c.type != "text"]
    required = [c for c in columns if c.required]
    names = [c.name for c in columns]
    parsed: dict[str, dict] = {name: {} for name, _ in typed}
    records = []
    for number, cells in table.rows:
        record: dict = {name: cells.get(name) or None for name in names}
        record["_row"], record["_bad"] = number, set()  # _bad: cells already reported
        for column in required:
            if record[column.name] is None:
                problems.append(Problem(table.name, "check.required", _required_fix(column), row=number,
                                        column=column.name, values={"column": column.name,
                                                                    "description": column.description}))
        for name, parse in typed:
            cell = record[name]
            if cell is None:
                continue
            value = parsed[name].get(cell, _UNSEEN)
            if value is _UNSEEN:  # each distinct cell is parsed once: years, codes, categories repeat a lot
                value = parsed[name][cell] = _parse_or_error(parse, cell)
            if isinstance(value, fields.CellError):
                record[name] = None
                record["_bad"].add(name)
                problems.append(Problem(table.name, value.key, value.fix_key, row=number, column=name, value=cell,
                                        values=value.values))
            else:
                record[name] = value
        records.append(record)
    return records, problems


_UNSEEN = object()


def _parse_or_error(parse: Callable[[str], object], cell: str) -> object:
    try:
        return parse(cell)
    except fields.CellError as exc:
        return exc


def _required_fix(column: Column) -> str:
    # the description (data/datapackage.json) is in English: the French text points to data/README.md instead
    return "check.required.fix_sources" if column.type == "urls" else "check.required.fix"
