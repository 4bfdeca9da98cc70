"""When a relation is on the map: the one rule the browser's filter and the story check share.

The browser applies the same rule (assets/atlas-core.js, happenedYears / inForceYears); both are tested
on the same cases (tests/fixtures/visibility.json)."""

from __future__ import annotations

import datetime as dt

COUNTRY_LAYER = "consulate"  # drawn as a shaded country: it "happens" only in the year it opened


def happened_in(start: int | None, end: int | None, category: str, year: int) -> bool:
    """Happened that year: began that year, or (events spanning years) ran through it."""
    if start is None:
        return False
    return start == year or (end is not None and category != COUNTRY_LAYER and start <= year <= end)


def in_force_in(start: int | None, end: int | None, category: str, lasting: bool, year: int, last_year: int) -> bool:
    """In force that year: a lasting relation begun and not ended (one whose start is unknown counts only
    in the last year); a one-off (event, aid, visit...) only when it happened."""
    if not lasting:
        return happened_in(start, end, category, year)
    if start is None:
        return end is None and year == last_year
    return start <= year and (end is None or end >= year)


def shown_in(span: tuple[int | None, int | None], category: str, lasting: bool, year: int, mode: str,
             last_year: int) -> bool:
    """Whether the map shows a relation (its start and end years) in a year, in a mode (inforce or happened)."""
    start, end = span
    if mode == "happened":
        return happened_in(start, end, category, year)
    return in_force_in(start, end, category, lasting, year, last_year)


def last_year(years, today=None) -> int:
    """The timeline's last year: the latest date in the data, or this year if later."""
    return max([*years, (today or dt.date.today()).year])
