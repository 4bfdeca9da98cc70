"""What an edit of the data files changes, row by row, as the office wrote them: relations, official figures,
story chapters and milestones added, removed or changed (which fields, the old and the new value), and the
other files that changed at all. Compared on the files' own cells, not on the checked dataset: the desk
shows the edit in the office's words, before anything derived from it."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

# the files compared row by row, with the columns that name a row
KEYED = {
    "relations.csv": ("id",),
    "official_figures.csv": ("id",),
    "stories.csv": ("story", "chapter"),
    "milestones.csv": ("relation_id", "kind", "year", "month", "day"),
}


@dataclass(frozen=True)
class Changed:
    """One field of a row, before and after."""

    column: str
    old: str
    new: str


@dataclass
class FileChanges:
    """A file's rows added, removed and changed (row name -> its changed fields)."""

    name: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[Changed]] = field(default_factory=dict)
    titles: dict[str, dict[str, str]] = field(default_factory=dict)  # row -> its title by language

    def label(self, row: str, lang: str) -> str:
        """A row's name with its title in the reader's language (French when it has none): "TW01 — ..."."""
        title = self.titles.get(row, {})
        text = title.get(lang) or title.get("fr")
        return f"{row} — {text}" if text else row

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class Changes:
    """Every keyed file's changes, and the names of the other files whose content changed."""

    files: list[FileChanges] = field(default_factory=list)
    others: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.files or self.others)


def rows(data: bytes, key: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """A CSV file's rows by their name (the key columns joined with " / "), cells stripped as the check
    reads them."""
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    named: dict[str, dict[str, str]] = {}
    for record in reader:
        cells = {column: (value or "").strip() for column, value in record.items() if column}
        named[" / ".join(cells.get(column, "") for column in key)] = cells
    return named


def compare_file(name: str, old: bytes, new: bytes) -> FileChanges:
    """The rows of one keyed file added, removed and changed between two versions of it."""
    key = KEYED[name]
    before, after = rows(old, key), rows(new, key)
    found = FileChanges(name)
    found.added = [row for row in after if row not in before]
    found.removed = [row for row in before if row not in after]
    for row in after:
        if row in before:
            columns = list(dict.fromkeys([*before[row], *after[row]]))
            fields = [Changed(column, before[row].get(column, ""), after[row].get(column, ""))
                      for column in columns if before[row].get(column, "") != after[row].get(column, "")]
            if fields:
                found.changed[row] = fields
    for row in [*found.added, *found.removed, *found.changed]:
        cells = after.get(row) or before[row]
        found.titles[row] = {column.rsplit("_", 1)[1]: value for column, value in cells.items()
                             if column.startswith(("title_", "label_")) and value}
    return found


def compare(served: dict[str, bytes], edited: dict[str, bytes]) -> Changes:
    """What the edited files (name -> bytes) change in the served ones (name -> bytes: the same names,
    a file absent on one side read as empty)."""
    changes = Changes()
    for name in sorted(set(served) | set(edited)):
        old, new = served.get(name, b""), edited.get(name, b"")
        if old == new:
            continue
        if name in KEYED:
            found = compare_file(name, old, new)
            if found:
                changes.files.append(found)
                continue
        changes.others.append(name)  # a file not compared row by row, or changed only in its layout
    return changes
