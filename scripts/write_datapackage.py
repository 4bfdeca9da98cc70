"""Write data/datapackage.json again with every field's Table Schema type and constraints derived from its
kind and the package's vocabularies (dashboard/package.py), after a column or a vocabulary changed:

    .venv/bin/python scripts/write_datapackage.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.package import PACKAGE_NAME, standard_package  # noqa: E402

path = ROOT / "data" / PACKAGE_NAME
package = json.loads(path.read_text(encoding="utf-8"))
path.write_text(json.dumps(standard_package(package), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(path)
