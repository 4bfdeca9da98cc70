"""Read the data keepers' CSV files safely: encoding, separator and quoting checked first."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .problems import WARNING, Problem

# What a spreadsheet may run as a formula when it opens the file (OWASP, "CSV injection"): a cell that
# begins with one of these and is not a number (a longitude of -9.1 is one).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MOST_COLUMNS = 200  # the widest data file has 25: far beyond, the file is not one of the atlas's


def formula_like(cell: str) -> bool:
    """Whether a spreadsheet could take the cell for a formula."""
    if not cell.startswith(FORMULA_START):
        return False
    try:
        float(cell)
    except ValueError:
        return True
    return False


def formula_problems(table_name: str, number: int, columns: list[str], cells: list[str]) -> list[Problem]:
    """A warning for each cell of a row that a spreadsheet could run as a formula."""
    return [Problem(file=table_name, row=number, column=column, value=cell, severity=WARNING,
                    key="check.formula", fix_key="check.formula.fix")
            for column, cell in zip(columns, cells, strict=False) if formula_like(cell)]


@dataclass
class Table:
    """The rows of one CSV file, each with its spreadsheet row number (header is row 1)."""

    name: str
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def decode(name: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    """UTF-8 text (a BOM is fine), or a problem naming the line with the first bad byte."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.start + 1].hex()
        key = "check.not_utf8"
        try:
            raw.decode("cp1252")
            key = "check.not_utf8_cp1252"
        except UnicodeDecodeError:
            pass
        return None, [
            Problem(
                file=name,
                row=line,
                key=key,
                fix_key="check.save_as_utf8",
                values={"byte": bad},
            )
        ]


def detect_separator(header_line: str) -> str:
    """Comma by default; semicolon when the header uses it (French Excel saves CSV that way)."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_table(path: Path, label: str | None = None) -> Table:
    """Parse one CSV file; broken quoting and ragged rows become problems, not crashes."""
    name = label or path.name
    table = Table(name=name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        table.problems.append(
            Problem(file=name, key="check.unreadable", fix_key="check.unreadable.fix", values={"reason": exc.strerror})
        )
        return table
    text, problems = decode(name, raw)
    if text is None:
        table.problems.extend(problems)
        return table
    if not text.strip():
        table.problems.append(
            Problem(file=name, key="check.empty_file", fix_key="check.empty_file.fix")
        )
        return table
    separator = detect_separator(text.splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        _read_rows(reader, table)
    except csv.Error as exc:
        table.problems.append(
            Problem(
                file=name,
                row=reader.line_num,
                key="check.quoting",
                fix_key="check.quoting.fix",
                values={"error": str(exc)},  # the csv module's own words, in English
            )
        )
    return table


def _read_rows(reader, table: Table) -> None:
    header = next(reader, None)
    if header is None:
        return
    if len(header) > MOST_COLUMNS:  # not a data file: one problem, not one per column (a hostile upload)
        table.problems.append(Problem(file=table.name, row=1, key="check.too_many_columns",
                                      fix_key="check.too_many_columns.fix",
                                      values={"count": len(header), "most": MOST_COLUMNS}))
        return
    table.columns = [h.strip() for h in header]
    width = len(table.columns)
    for number, cells in enumerate(reader, start=2):  # a record is one spreadsheet row, line breaks or not
        stripped = [c.strip() for c in cells]
        if not any(stripped):
            continue  # spreadsheets leave blank rows; they carry nothing
        if len(stripped) > width and any(stripped[width:]):
            table.problems.append(
                Problem(
                    file=table.name,
                    row=number,
                    key="check.ragged_row",
                    fix_key="check.ragged_row.fix",
                    values={"cells": len(cells), "width": width},
                )
            )
            continue
        table.problems.extend(formula_problems(table.name, number, table.columns, cells))
        stripped += [""] * (width - len(stripped))  # spreadsheets may drop trailing empty cells
        table.rows.append((number, dict(zip(table.columns, stripped, strict=False))))


def check_columns(table: Table, expected: list[str], required: set[str]) -> list[Problem]:
    """Missing required columns are errors; unknown ones are warnings (they are ignored)."""
    problems = []
    present = set(table.columns)
    for col in expected:
        if col in required and col not in present:
            problems.append(
                Problem(
                    file=table.name,
                    row=1,
                    column=col,
                    key="check.missing_column",
                    fix_key="check.missing_column.fix",
                    values={"name": col},
                )
            )
    for col in table.columns:
        if col not in expected:
            problems.append(
                Problem(
                    file=table.name,
                    row=1,
                    column=col or "(blank)",
                    key="check.unknown_column",
                    fix_key="check.unknown_column.fix",
                    severity=WARNING,
                )
            )
    return problems
