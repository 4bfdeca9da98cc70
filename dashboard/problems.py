"""Problems found in the data files, collected into one report that says what to fix, in any language of the
catalogues (the check.* keys): the command line and the data keepers' page use the same words."""

from __future__ import annotations

from dataclasses import dataclass, field

from .i18n import CATALOGUE, format_number, normalise_language, t, tn

ERROR = "error"
WARNING = "warning"

Values = tuple[tuple[str, object], ...]


def _values(values) -> Values:
    """Values as sorted pairs: a Problem stays frozen and hashable."""
    return tuple(sorted(dict(values or ()).items()))


@dataclass(frozen=True)
class Text:
    """A catalogue text with its {placeholders}' values; a value may be a Text itself (a phrase inside)."""

    key: str
    values: Values = ()

    def __post_init__(self):
        object.__setattr__(self, "values", _values(self.values))

    def text(self, lang: str = "en") -> str:
        return fill(CATALOGUE[normalise_language(lang)][self.key], self.values, lang)


def say(key: str, **values) -> Text:
    """A phrase to place inside a message, as a value of its placeholders."""
    return Text(key, _values(values))


@dataclass(frozen=True)
class Number:
    """A number in a message, written the language's way (1,234 km; 1 234 km)."""

    value: float

    def text(self, lang: str) -> str:
        return format_number(round(self.value), lang)


def fill(template: str, values: Values, lang: str) -> str:
    """The template with each {name} replaced (by replace: literal braces elsewhere stay as they are); a
    tuple is a list of choices, joined by "or" in the language."""
    for name, value in values:
        if isinstance(value, tuple):
            shown = t("check.or", lang).join(map(str, value))
        else:
            shown = value.text(lang) if isinstance(value, Text | Number) else str(value)
        template = template.replace("{" + name + "}", shown)
    return template


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell, row or file, and what to do about it: key and fix_key name catalogue
    texts, values fills their {placeholders} (a dict given, kept as sorted pairs)."""

    file: str
    key: str
    fix_key: str = ""
    row: int | None = None  # as numbered in a spreadsheet: the header is row 1
    column: str | None = None
    value: str | None = None
    severity: str = ERROR
    values: Values = ()

    def __post_init__(self):
        object.__setattr__(self, "values", _values(self.values))

    @property
    def message(self) -> str:
        return Text(self.key, self.values).text("en")

    @property
    def fix(self) -> str:
        return Text(self.fix_key, self.values).text("en") if self.fix_key else ""

    def text(self, lang: str = "en") -> str:
        """The whole line in a language: where, the value, what is wrong, what to do."""
        where = [self.file]
        if self.row is not None:
            where.append(fill(t("check.row", lang), (("row", self.row),), lang))
        if self.column:
            where.append(fill(t("check.column", lang), (("column", self.column),), lang))
        text = ""
        if self.value is not None:  # repr shows a tab or a line break the eye would miss
            quoted = (("repr", repr(self.value)), ("value", repr(self.value)[1:-1]))
            text += fill(t("check.value", lang), quoted, lang) + " "
        text += Text(self.key, self.values).text(lang)
        if self.fix_key:
            text += " — " + Text(self.fix_key, self.values).text(lang)
        line = fill(t("check.where", lang), (("where", ", ".join(where)), ("text", text)), lang)
        return fill(t("check.warning", lang), (("text", line),), lang) if self.severity == WARNING else line

    def __str__(self) -> str:
        return self.text("en")


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

    def format(self, lang: str = "en") -> str:
        """The whole report in a language, errors first, with a count line."""
        lines = [p.text(lang) for p in self.errors + self.warnings]
        counts = (("errors", tn("check.errors", len(self.errors), lang)),
                  ("warnings", tn("check.warnings", len(self.warnings), lang)))
        lines.append(fill(t("check.count", lang), counts, lang))
        return "\n".join(lines)


class DataError(Exception):
    """Raised when the data cannot be used; carries the full report."""

    def __init__(self, report: Report):
        super().__init__(report.format())
        self.report = report
