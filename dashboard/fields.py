"""Cell parsers: each turns one spreadsheet cell into a value or says exactly what is wrong."""

from __future__ import annotations

import re
from collections.abc import Callable

from .problems import Text, say


class CellError(ValueError):
    """A cell that cannot be read: key says what is wrong, fix_key what to write (catalogue keys), values
    fill their placeholders; the exception's own text is the English message."""

    def __init__(self, key: str, fix_key: str = "", **values):
        self.key, self.fix_key, self.values = key, fix_key, tuple(sorted(values.items()))
        super().__init__(Text(key, self.values).text("en"))


ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
YEAR_RANGE = (1000, 2100)
LIST_SEPARATOR = ";"


def parse_id(cell: str) -> str:
    if not ID_PATTERN.match(cell):
        raise CellError("check.not_an_id", "check.not_an_id.fix")
    return cell


def parse_text(cell: str) -> str:
    return cell


YEAR_PATTERN = re.compile(r"\d{4}")
SMALL_NUMBER = re.compile(r"\d{1,2}")
SPACES = re.compile(r"[\s\u00a0\u202f]")
URL_PATTERN = re.compile(r"https?://[^\s]+\.[^\s]+")


def parse_year(cell: str) -> int:
    if not YEAR_PATTERN.fullmatch(cell):
        raise CellError("check.not_a_year", "check.not_a_year.fix")
    year = int(cell)
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise CellError("check.year_outside", "check.year_outside.fix", low=YEAR_RANGE[0], high=YEAR_RANGE[1])
    return year


def parse_month(cell: str) -> int:
    if not SMALL_NUMBER.fullmatch(cell) or not 1 <= int(cell) <= 12:
        raise CellError("check.not_a_month", "check.not_a_month.fix")
    return int(cell)


def parse_day(cell: str) -> int:
    if not SMALL_NUMBER.fullmatch(cell) or not 1 <= int(cell) <= 31:
        raise CellError("check.not_a_day", "check.not_a_day.fix")
    return int(cell)


def parse_count(cell: str) -> int:
    """A whole number; spaces as thousands separators are accepted (15 000)."""
    digits = SPACES.sub("", cell)
    if not digits.isdigit():
        raise CellError("check.not_a_count", "check.not_a_count.fix")
    return int(digits)


def _parse_coordinate(cell: str, limit: float, name: str) -> float:
    try:
        value = float(cell.replace(",", "."))
    except ValueError:
        raise CellError("check.not_a_coordinate", "check.not_a_coordinate.fix", name=say(name),
                        example=f"{limit / 2:.4f}") from None
    if not -limit <= value <= limit:
        raise CellError("check.coordinate_outside", "check.coordinate_outside.fix", name=say(name),
                        limit=f"{limit:g}")
    return value


def parse_latitude(cell: str) -> float:
    return _parse_coordinate(cell, 90.0, "check.a_latitude")


def parse_longitude(cell: str) -> float:
    return _parse_coordinate(cell, 180.0, "check.a_longitude")


def parse_urls(cell: str) -> tuple[str, ...]:
    urls = tuple(u.strip() for u in cell.split(LIST_SEPARATOR) if u.strip())
    for url in urls:
        if not URL_PATTERN.fullmatch(url):
            raise CellError("check.not_urls", "check.not_urls.fix", url=repr(url))
    return urls


# How each vocabulary is named in a message ("is not a known category"); a new one is "a known word".
KNOWN = {"category": "check.known.category", "status": "check.known.status",
         "consular_rank": "check.known.consular_rank", "flag": "check.known.flag",
         "milestone_kind": "check.known.milestone_kind", "measure": "check.known.measure",
         "view_mode": "check.known.view_mode", "attribution": "check.known.attribution",
         "layer": "check.known.layer", "yes_no": "check.known.yes_no"}


def enum_parser(vocabulary: str, allowed: list[str], declared: bool = False) -> Callable[[str], str]:
    """declared: the words may also be declared by the data (categories.csv), the fix says so."""
    known = say(KNOWN.get(vocabulary, "check.known.any"))
    fix = "check.use_one_of_or_declare" if declared else "check.use_one_of"

    def parse(cell: str) -> str:
        if cell not in allowed:
            raise CellError("check.not_known", fix, known=known, allowed=", ".join(allowed))
        return cell

    return parse


def enum_list_parser(vocabulary: str, allowed: list[str]) -> Callable[[str], tuple[str, ...]]:
    known = say(KNOWN.get(vocabulary, "check.known.any"))

    def parse(cell: str) -> tuple[str, ...]:
        items = tuple(i.strip() for i in cell.split(LIST_SEPARATOR) if i.strip())
        for item in items:
            if item not in allowed:
                raise CellError("check.not_known_in_list", "check.use_several", known=known, item=repr(item),
                                allowed=", ".join(allowed))
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
