"""What each part of the browser payload costs on the wire (brotli at its best quality, as the app serves
/atlas-data/ once compressed), on the bundled data and on synthetic datasets (scripts/bench_pipeline.py).

    .venv/bin/python scripts/payload_parts.py [--sizes 10000 50000]

docs/performance.md has the table and what each part is for.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.dataset import load_dataset  # noqa: E402
from dashboard.view import view_payload  # noqa: E402
from dashboard.wire import KEYED, TABLE, pack  # noqa: E402
from scripts.bench_pipeline import generate  # noqa: E402


def wire_kb(value) -> float:
    """The size of a value as JSON, compressed as the server's cache keeps it (brotli 11), in KB."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return len(brotli.compress(text.encode(), quality=11)) / 1024


def parts(payload: dict) -> dict[str, float]:
    """The packed payload's parts: each relation column, each place column, the place keys, the rest."""
    packed = pack(payload)
    out = {"whole payload": wire_kb(packed)}
    for name, values in packed["relations"][TABLE].items():
        out[f"relations: {name}"] = wire_kb(values)
    out["places: keys"] = wire_kb(packed["places"][KEYED])
    out["places: by country"] = wire_kb(packed["places"].get("@byCountry", {}))
    for name, values in packed["places"][TABLE].items():
        out[f"places: {name}"] = wire_kb(values)
    for name, value in packed.items():
        if name not in ("relations", "places"):
            out[name] = wire_kb(value)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10000, 50000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folders = {"real dataset": ROOT / "data"}
        folders.update({f"synthetic {n:,}": generate(Path(tmp) / f"s{n}", n) for n in args.sizes})
        costs = {label: parts(view_payload(load_dataset(folder), "v")) for label, folder in folders.items()}
    names = sorted({n for c in costs.values() for n in c}, key=lambda n: -max(c.get(n, 0) for c in costs.values()))
    print("| part | " + " | ".join(costs) + " |\n|---|" + "---:|" * len(costs))
    for name in names:
        if max(c.get(name, 0) for c in costs.values()) >= 1:
            print(f"| {name} | " + " | ".join(f"{c.get(name, 0):,.0f} KB" for c in costs.values()) + " |")


if __name__ == "__main__":
    main()
