"""Write the fixtures the browser-side tests read (tests/fixtures/), from the Python that owns them.

    .venv/bin/python scripts/write_fixtures.py

tests/test_contract.py fails when a committed fixture no longer matches what this writes: the two halves
cannot drift apart silently.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def look() -> dict:
    """The categories' look and behaviour, the basemap's themes and the plotly.py templates, as the payload has them."""
    sys.path.insert(0, str(ROOT))
    from dashboard.categories import THEMES, category_payload
    from dashboard.dataset import load_dataset
    from dashboard.figures import figure_templates

    dataset = load_dataset()
    categories = list(dataset.categories)
    return {"categories": [c.id for c in categories], "categoryInfo": category_payload(categories), "themes": THEMES,
            "plotly": figure_templates(dataset.atlas)}


FIXTURE_MAKERS = {"look.json": look}


def render(name: str) -> str:
    return json.dumps(FIXTURE_MAKERS[name](), indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    for name in FIXTURE_MAKERS:
        (FIXTURES / name).write_text(render(name), encoding="utf-8")
        print(FIXTURES / name)


if __name__ == "__main__":
    main()
