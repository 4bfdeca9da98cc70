"""Read the data keepers' CSV files safely: encoding, separator and quoting checked first."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .problems import WARNING, Problem

SAVE_AS_UTF8 = (
    "save the file as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8; "
    "LibreOffice: Save As > Text CSV, character set Unicode (UTF-8))"
)


# What a spreadsheet may run as a formula when it opens the file (OWASP, "CSV injection"): a cell that
# begins with one of these and is not a number (a longitude of -9.1 is one).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
                    message="begins like a spreadsheet formula (=, +, -, @, a tab or a line break): a spreadsheet "
                    "opening the file could run it",
                    fix="start the cell with a letter or a digit (remove the leading sign or space)")
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
        hint = ""
        try:
            raw.decode("cp1252")
            hint = " (it looks like Windows-1252 / Latin-1)"
        except UnicodeDecodeError:
            pass
        return None, [
            Problem(
                file=name,
                row=line,
                message=f"the file is not UTF-8{hint}: byte 0x{bad} cannot be read",
                fix=SAVE_AS_UTF8,
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
            Problem(
                file=name, message=f"cannot be read ({exc.strerror})", fix="check that the file exists and can be read"
            )
        )
        return table
    text, problems = decode(name, raw)
    if text is None:
        table.problems.extend(problems)
        return table
    if not text.strip():
        table.problems.append(
            Problem(file=name, message="the file is empty", fix="restore the header row and the data rows")
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
                message=f"broken CSV quoting near this line ({exc})",
                fix="a cell that contains a comma, a line break or a quote must be wrapped in double "
                'quotes, and a double quote inside it written twice (""); '
                "re-saving from LibreOffice or Excel does this",
            )
        )
    return table


def _read_rows(reader, table: Table) -> None:
    header = next(reader, None)
    if header is None:
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
                    message=f"has {len(cells)} cells but the header has {width} columns",
                    fix="a cell probably contains an unquoted comma: wrap that cell in double quotes",
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
                    message="this required column is missing from the header",
                    fix=f"add a column named '{col}' (see data/README.md)",
                )
            )
    for col in table.columns:
        if col not in expected:
            problems.append(
                Problem(
                    file=table.name,
                    row=1,
                    column=col or "(blank)",
                    message="is not a known column and is ignored",
                    fix="check its spelling against data/README.md",
                    severity=WARNING,
                )
            )
    return problems
