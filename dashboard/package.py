"""data/datapackage.json, the one description of the data folder: a Frictionless Data Package with a Table
Schema per CSV file, which outside tools (`frictionless validate`, data portals) read as they are, and which
our check reads too. Each field says its Table Schema type and constraints for those tools, and its kind for
our own parsers (`atlas:kind`: a year, a latitude, one word of a vocabulary, a list of them, a reference...);
the words of each vocabulary are said once, in `atlas:vocabularies`. The standard constraints are derived
from the kinds and vocabularies here (`standard_field`), and a test keeps the file equal to what they give:
`python scripts/write_datapackage.py` writes it again after a vocabulary or a column changes."""

from __future__ import annotations

import re

from .fields import ID_PATTERN, YEAR_RANGE

PACKAGE_NAME = "datapackage.json"
KIND = "atlas:kind"
VOCABULARIES = "atlas:vocabularies"

ID = ID_PATTERN.pattern.strip("^$")
SEPARATOR = r"\s*;\s*"
URL = r"https?://\S+\.\S+"
# kind -> Table Schema type and constraints (the canonical form: our check also reads what spreadsheets
# write, spaces in 15 000, a decimal comma, a lower-case country code)
SIMPLE = {
    "id": ("string", {"pattern": ID}),
    "text": ("string", {}),
    "year": ("integer", {"minimum": YEAR_RANGE[0], "maximum": YEAR_RANGE[1]}),
    "month": ("integer", {"minimum": 1, "maximum": 12}),
    "day": ("integer", {"minimum": 1, "maximum": 31}),
    "count": ("integer", {"minimum": 0}),
    "latitude": ("number", {"minimum": -90, "maximum": 90}),
    "longitude": ("number", {"minimum": -180, "maximum": 180}),
    "urls": ("string", {"pattern": f"{URL}({SEPARATOR}{URL})*"}),
    "country": ("string", {"pattern": "[A-Za-z]{2}"}),
    "ref": ("string", {"pattern": ID}),
    "venue": ("string", {"pattern": ID}),
}
# the vocabularies the data declares itself (categories.csv): a list of them is a list of ids
DATA_DECLARED = {"category"}


def words_pattern(words: list[str]) -> str:
    """A list of words of a vocabulary, as a cell writes it ("a ; b"): a pattern Table Schema can check."""
    one = "(" + "|".join(re.escape(word) for word in words) + ")"
    return f"\\s*{one}({SEPARATOR}{one})*\\s*"


def standard_field(field: dict, vocabularies: dict[str, list[str]]) -> dict:
    """A field with its Table Schema type and constraints derived from its kind (required and unique, the
    field's own, kept)."""
    kind, _, arg = field[KIND].partition(":")
    kept = {key: value for key, value in field.get("constraints", {}).items() if key in ("required", "unique")}
    if kind == "enum":
        kind_type, constraints = "string", ({"pattern": ID} if arg in DATA_DECLARED else {"enum": vocabularies[arg]})
    elif kind == "enum_list":
        pattern = f"{ID}({SEPARATOR}{ID})*" if arg in DATA_DECLARED else words_pattern(vocabularies[arg])
        kind_type, constraints = "string", {"pattern": pattern}
    else:
        kind_type, constraints = SIMPLE[kind]
    out = {key: value for key, value in field.items() if key not in ("type", "constraints")}
    out["type"] = kind_type
    if constraints or kept:
        out["constraints"] = {**kept, **constraints}
    return out


def standard_package(package: dict) -> dict:
    """The package with every field's standard type and constraints derived from its kind."""
    vocabularies = package[VOCABULARIES]
    resources = []
    for resource in package["resources"]:
        schema = resource.get("schema")
        if schema:
            fields = [standard_field(field, vocabularies) for field in schema["fields"]]
            schema = {**schema, "fields": fields}
        resources.append({**resource, "schema": schema} if schema else resource)
    return {**package, "resources": resources}
