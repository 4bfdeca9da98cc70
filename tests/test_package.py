"""data/datapackage.json, the data folder as a Frictionless Data Package: its standard constraints derived
from its kinds, the bundled data valid for a validator nobody here wrote, and each broken folder refused by
both that validator (naming the file, row and field) and our check."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from dashboard.dataset import check_dataset
from dashboard.package import PACKAGE_NAME, standard_package

from .conftest import DATA, PYTHON

FRICTIONLESS = str(Path(PYTHON).parent / "frictionless")


def validate(folder: Path) -> dict:
    """`frictionless validate` on a folder's datapackage.json, as its JSON report."""
    done = subprocess.run([FRICTIONLESS, "validate", PACKAGE_NAME, "--json"], cwd=folder, capture_output=True,
                          text=True, timeout=300, check=False)
    return json.loads(done.stdout)


def test_the_package_says_its_constraints_as_its_kinds_give_them():
    package = json.loads((DATA / PACKAGE_NAME).read_text(encoding="utf-8"))
    assert package == standard_package(package), "run: .venv/bin/python scripts/write_datapackage.py"
    assert package["licenses"][0]["name"] == "etalab-2.0"
    paths = {resource["path"] for resource in package["resources"]}
    assert paths == {p.name for p in DATA.iterdir() if p.suffix in (".csv", ".toml")}  # every data file


def test_the_bundled_data_is_a_valid_data_package():
    report = validate(DATA)
    assert report["valid"], [e["note"] for task in report["tasks"] for e in task["errors"]][:5]
    assert {task["name"] for task in report["tasks"]} >= {"relations", "stories", "official-figures"}


# a broken cell of each kind Table Schema can see: (file, the edit, the resource, row, field)
BROKEN = {
    "unknown-category": ("relations.csv", (b"TW01,twin_city,", b"TW01,twinn,"), "relations", 2, None),
    "year-out-of-range": ("relations.csv", (b",1958,7,11,", b",19580,7,11,"), "relations", 2, "start_year"),
    "duplicate-id": ("relations.csv", (b"\nTW03,", b"\nTW01,"), "relations", 4, None),
    "bad-status": ("relations.csv", (b"TW01,twin_city,confirmed,", b"TW01,twin_city,confirmd,"), "relations", 2,
                   "status"),
    "unknown-flag": ("relations.csv", (b",single_secondary_source,", b",single_source,"), "relations", 3, "flags"),
    "milestone-of-no-relation": ("milestones.csv", (b"\nTW12,", b"\nZZ99,"), "milestones", 2, None),
    "latitude-out-of-range": ("venues.csv", (b"43.29417", b"143.29417"), "venues", 2, "lat"),
    "empty-required-label": ("official_figures.csv", (b"OF01,villes partenaires depuis 1958,", b"OF01,,"),
                             "official-figures", 2, "label_fr"),
    "bad-story-mode": ("stories.csv", (b",inforce,", b",in_force,"), "stories", 2, "mode"),
    "bad-yes-no": ("categories.csv", (b"#0b5fa5,circle,point,yes,", b"#0b5fa5,circle,point,oui,"), "categories", 2,
                   "lasting"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_folder_is_refused_by_the_validator_and_by_our_check(data_copy, case):
    name, (old, new), resource, row, field = BROKEN[case]
    folder = data_copy
    content = (folder / name).read_bytes()
    assert old in content
    (folder / name).write_bytes(content.replace(old, new, 1))
    report = validate(folder)
    assert not report["valid"]
    errors = [(task["name"], error.get("rowNumber"), error.get("fieldName"))
              for task in report["tasks"] for error in task["errors"]]
    assert any(task == resource and number == row and (field is None or named == field)
               for task, number, named in errors), errors
    dataset, ours = check_dataset(folder)
    assert dataset is None and any(p.file == name for p in ours.errors)
