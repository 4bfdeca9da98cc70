"""Cell parsers: each turns one spreadsheet cell into a value or says exactly what is wrong."""

from __future__ import annotations

import re
from collections.abc import Callable


class CellError(ValueError):
    """A cell that cannot be read; message says what is wrong, fix says what to write."""

    def __init__(self, message: str, fix: str = ""):
        super().__init__(message)
        self.message = message
        self.fix = fix


ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
YEAR_RANGE = (1000, 2100)
LIST_SEPARATOR = ";"


def parse_id(cell: str) -> str:
    if not ID_PATTERN.match(cell):
        raise CellError("is not a valid id", "use letters, digits, '-' or '_' only (at most 40), for example TW19")
    return cell


def parse_text(cell: str) -> str:
    return cell


YEAR_PATTERN = re.compile(r"\d{4}")
SMALL_NUMBER = re.compile(r"\d{1,2}")
SPACES = re.compile(r"[\s\u00a0\u202f]")
URL_PATTERN = re.compile(r"https?://[^\s]+\.[^\s]+")


def parse_year(cell: str) -> int:
    if not YEAR_PATTERN.fullmatch(cell):
        raise CellError("is not a year", "write the year with four digits, for example 2004")
    year = int(cell)
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise CellError(f"is outside {YEAR_RANGE[0]}–{YEAR_RANGE[1]}", "check the year")
    return year


def parse_month(cell: str) -> int:
    if not SMALL_NUMBER.fullmatch(cell) or not 1 <= int(cell) <= 12:
        raise CellError("is not a month", "write the month as a number from 1 to 12, or leave it empty")
    return int(cell)


def parse_day(cell: str) -> int:
    if not SMALL_NUMBER.fullmatch(cell) or not 1 <= int(cell) <= 31:
        raise CellError("is not a day of the month", "write the day as a number from 1 to 31, or leave it empty")
    return int(cell)


def parse_count(cell: str) -> int:
    """A whole number; spaces as thousands separators are accepted (15 000)."""
    digits = SPACES.sub("", cell)
    if not digits.isdigit():
        raise CellError(
            "is not a whole number", "write digits only, with no currency sign or decimals, for example 15000"
        )
    return int(digits)


def _parse_coordinate(cell: str, limit: float, name: str) -> float:
    try:
        value = float(cell.replace(",", "."))
    except ValueError:
        raise CellError(
            f"is not a {name}", f"write decimal degrees with a point, for example {limit / 2:.4f}"
        ) from None
    if not -limit <= value <= limit:
        raise CellError(
            f"is not a {name} (it must be between -{limit:g} and {limit:g})",
            "check that latitude and longitude are not swapped",
        )
    return value


def parse_latitude(cell: str) -> float:
    return _parse_coordinate(cell, 90.0, "latitude")


def parse_longitude(cell: str) -> float:
    return _parse_coordinate(cell, 180.0, "longitude")


def parse_urls(cell: str) -> tuple[str, ...]:
    urls = tuple(u.strip() for u in cell.split(LIST_SEPARATOR) if u.strip())
    for url in urls:
        if not URL_PATTERN.fullmatch(url):
            raise CellError(
                f"contains {url!r}, which is not a web address",
                "write full addresses starting with https://, separated by ' ; '",
            )
    return urls


def enum_parser(vocabulary: str, allowed: list[str], more: str = "") -> Callable[[str], str]:
    def parse(cell: str) -> str:
        if cell not in allowed:
            raise CellError(f"is not a known {vocabulary}", "use one of: " + ", ".join(allowed) + more)
        return cell

    return parse


def enum_list_parser(vocabulary: str, allowed: list[str]) -> Callable[[str], tuple[str, ...]]:
    single = enum_parser(vocabulary, allowed)

    def parse(cell: str) -> tuple[str, ...]:
        items = tuple(i.strip() for i in cell.split(LIST_SEPARATOR) if i.strip())
        for item in items:
            try:
                single(item)
            except CellError as exc:
                raise CellError(
                    f"contains {item!r}, which is not a known {vocabulary}", exc.fix + " (several separated by ' ; ')"
                ) from None
        return items

    return parse


SIMPLE_PARSERS: dict[str, Callable[[str], object]] = {
    "id": parse_id,
    "text": parse_text,
    "year": parse_year,
    "month": parse_month,
    "day": parse_day,
    "count": parse_count,
    "latitude": parse_latitude,
    "longitude": parse_longitude,
    "urls": parse_urls,
}
