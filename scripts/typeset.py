"""Set the catalogues' and the data's French texts in French typography (dashboard/typography.py): a
no-break space before ; : ! ?, inside guillemets and between thousands. Rewrites only the cells and
translations it changes, byte for byte elsewhere; tests/test_typography.py holds the result.

    .venv/bin/python scripts/typeset.py
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.typography import french  # noqa: E402

DATA = ROOT / "data"


def french_columns(header: list[str]) -> list[int]:
    """The columns of a data file that hold French text shown to readers (title_fr, description_fr...)."""
    return [i for i, name in enumerate(header) if name.endswith("_fr")]


def quoted(cell: str) -> str:
    """A cell as a CSV writer puts it in the file (quoted when it holds a comma, a quote or a line)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([cell])
    return out.getvalue()


def typeset_csv(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return 0
    changed = 0
    for row in rows[1:]:
        for i in french_columns(rows[0]):
            if i < len(row) and row[i] and french(row[i]) != row[i]:
                old, new = quoted(row[i]), quoted(french(row[i]))
                if text.count(old) >= 1:
                    text = text.replace(old, new)
                    changed += 1
    path.write_text(text, encoding="utf-8")
    return changed


def typeset_po(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    changed = 0

    def one(match: re.Match) -> str:
        nonlocal changed
        new = french(match.group(2))
        changed += new != match.group(2)
        return match.group(1) + new + '"'

    text = re.sub(r'^(msgstr ")(.*)"$', one, text, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")
    return changed


def main() -> None:
    print("dashboard/locales/fr.po:", typeset_po(ROOT / "dashboard" / "locales" / "fr.po"))
    for path in sorted(DATA.glob("*.csv")):
        print(f"data/{path.name}:", typeset_csv(path))


if __name__ == "__main__":
    main()
