"""Dates known to a year, a month or a day: "1958" is never shown as 1 January 1958."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .problems import Text, say

YEAR, MONTH, DAY = "year", "month", "day"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date with its precision; month and day are None when unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return DAY
        return MONTH if self.month is not None else YEAR

    def first_day(self) -> dt.date:
        """The earliest day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day this date can mean."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @lru_cache(maxsize=65536)  # noqa: B019 - dates are few, immutable and shared
    def iso(self) -> str:
        """ISO 8601 at its own precision: 1958, 2024-05, 2024-05-08."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)


@lru_cache(maxsize=65536)  # the same few thousand dates recur across a large file
def build_date(
    year: int | None, month: int | None, day: int | None
) -> tuple[PartialDate | None, Text | None, str]:
    """A PartialDate from three optional parts; else None, why not (a catalogue text), and which part to fix."""
    if year is None:
        if month is not None or day is not None:
            return None, say("check.date.no_year"), YEAR
        return None, None, ""
    if day is not None and month is None:
        return None, say("check.date.no_month"), MONTH
    if day is not None and day > calendar.monthrange(year, month)[1]:
        return None, say("check.date.no_such_day", month=f"{year}-{month:02d}", day=day), DAY
    return PartialDate(year, month, day), None, ""


def ends_before_start(start: PartialDate, end: PartialDate) -> bool:
    """True when the end is certainly before the start, whatever the unknown parts are."""
    return end.last_day() < start.first_day()
