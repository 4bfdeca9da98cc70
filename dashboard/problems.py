"""Problems found in the data files, collected into one report that says what to fix."""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell, row or file, and what to do about it."""

    file: str
    message: str
    fix: str = ""
    row: int | None = None  # as numbered in a spreadsheet: the header is row 1
    column: str | None = None
    value: str | None = None
    severity: str = ERROR

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        text = ", ".join(where) + ": "
        if self.value is not None:
            text += f"{self.value!r} "
        text += self.message
        if self.fix:
            text += f" — {self.fix}"
        if self.severity == WARNING:
            text = "warning: " + text
        return text


@dataclass
class Report:
    """Every problem found in one run, in the order found."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def extend(self, problems) -> None:
        self.problems.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def format(self) -> str:
        """The whole report as text, errors first, with a count line."""
        lines = [str(p) for p in self.errors + self.warnings]
        lines.append(f"{len(self.errors)} error(s), {len(self.warnings)} warning(s)")
        return "\n".join(lines)


class DataError(Exception):
    """Raised when the data cannot be used; carries the full report."""

    def __init__(self, report: Report):
        super().__init__(report.format())
        self.report = report
