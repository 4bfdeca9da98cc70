"""When a relation is on the map: the one rule the browser's filter and the story check share.

The browser applies the same rule (assets/src/core.mjs, shownIn); both are tested on the same cases
(tests/fixtures/visibility.json). Whether a category lasts comes from data/categories.csv."""

from __future__ import annotations

import datetime as dt


def happened_in(start: int | None, end: int | None, lasting: bool, year: int) -> bool:
    """Happened that year: began that year, or (a one-off spanning years, an event) ran through it. A lasting
    relation (a consulate 1949-2016) happened only in the year it began."""
    if start is None:
        return False
    return start == year or (end is not None and not lasting and start <= year <= end)


def in_force_in(start: int | None, end: int | None, lasting: bool, year: int, last_year: int) -> bool:
    """In force that year: a lasting relation begun and not ended (one whose start is unknown counts only
    in the last year); a one-off (event, aid, visit...) only when it happened."""
    if not lasting:
        return happened_in(start, end, lasting, year)
    if start is None:
        return end is None and year == last_year
    return start <= year and (end is None or end >= year)


def shown_in(span: tuple[int | None, int | None], lasting: bool, year: int, mode: str, last_year: int) -> bool:
    """Whether the map shows a relation (its start and end years) in a year, in a mode (inforce or happened)."""
    start, end = span
    if mode == "happened":
        return happened_in(start, end, lasting, year)
    return in_force_in(start, end, lasting, year, last_year)


def last_year(years, today=None) -> int:
    """The timeline's last year: the latest date in the data, or this year if later."""
    return max([*years, (today or dt.date.today()).year])
