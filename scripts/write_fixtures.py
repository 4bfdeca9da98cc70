"""Write the fixtures the browser-side tests read (tests/fixtures/), from the Python that owns them:
tiny-payload.json is the payload of a tiny dataset (a few rows of the bundled data), as the page receives it;
assets/src/payload.d.ts is the payload's shape (dashboard/contract.py) for the browser modules' types.

    .venv/bin/python scripts/write_fixtures.py

tests/test_contract.py fails when a committed fixture no longer matches what this writes: the two halves
cannot drift apart silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


# The tiny dataset: rows of the bundled data that, together, exercise every rule the browser applies — a
# twinning dated to the day (Hamburg), a place with two ties (Yerevan: an accord dated to the month and a
# twinning), a twinning only announced (Bethlehem), a consulate closed (Israel's) and one undated (Italy's),
# events held in the home city (one spanning days), one held at a spot there with a foreign partner
# (India's consulate), and a visit from a city-state (the Pope's, at the Pharo).
TINY = ("TW01", "TW16", "TW17", "CA03", "CO05", "CO16", "EV03", "EV07", "EV12", "EV13", "EV17")
TINY_TODAY = dt.date(2026, 12, 1)  # "today" for the payload's last year, fixed so the fixture is stable


def _keep_rows(path: Path, keep) -> None:
    """Rewrite a CSV file with only the rows keep() accepts, its header and quoting as they were."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
        fields = list(rows[0].keys()) if rows else next(csv.reader(path.open(encoding="utf-8-sig")))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(r for r in rows if keep(r))
    path.write_text(out.getvalue(), encoding="utf-8")


def tiny_payload() -> dict:
    """The payload of the bundled data cut down to TINY (its milestones, the official figures that need no
    other row, no stories), as JSON would carry it."""
    sys.path.insert(0, str(ROOT))
    from dashboard.contract import check_payload
    from dashboard.dataset import load_dataset
    from dashboard.view import view_payload

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", folder)
        _keep_rows(folder / "relations.csv", lambda r: r["id"] in TINY)
        _keep_rows(folder / "milestones.csv", lambda r: r["relation_id"] in TINY)
        _keep_rows(folder / "stories.csv", lambda r: False)
        _keep_rows(folder / "official_figures.csv", lambda r: r["compare_relation"] in ("", *TINY))
        payload = json.loads(json.dumps(view_payload(load_dataset(folder), "tiny", today=TINY_TODAY)))
    check_payload(payload)
    return payload


def payload_types() -> str:
    """The payload's TypeScript declarations, for the browser modules' JSDoc and tsc."""
    sys.path.insert(0, str(ROOT))
    from dashboard.contract import typescript

    return typescript()


def tiny_packed() -> dict:
    """The tiny payload as it goes on the wire (dashboard/wire.py): the node tests unpack it again."""
    sys.path.insert(0, str(ROOT))
    from dashboard.wire import pack

    return pack(tiny_payload())


FIXTURE_MAKERS = {"tiny-payload.json": tiny_payload, "tiny-payload-packed.json": tiny_packed}
# Written beside the browser modules, checked like the fixtures.
TYPES = ROOT / "assets" / "src" / "payload.d.ts"


def render(name: str) -> str:
    return json.dumps(FIXTURE_MAKERS[name](), indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    for name in FIXTURE_MAKERS:
        (FIXTURES / name).write_text(render(name), encoding="utf-8")
        print(FIXTURES / name)
    TYPES.write_text(payload_types(), encoding="utf-8")
    print(TYPES)


if __name__ == "__main__":
    main()
