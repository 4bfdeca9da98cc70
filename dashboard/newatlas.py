"""`python -m dashboard new DIR --city NAME --country CC`: a valid, empty data folder for another city's
atlas: its atlas.toml (from the offline gazetteer), the categories, empty files to fill, a README."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from .config import DEFAULT_DATA_DIR
from .gazetteer import Gazetteer
from .schema import MANIFEST_NAME, Manifest

# Copied as they are: what a category is, countries' names in both languages (the data package is written
# for the new city: package_for).
COPIED = ("categories.csv", "country_names.csv")

ATLAS_TOML = """# What makes this atlas the City of {city}'s. Edit it with any text editor (TOML: a name, an equals
# sign, a value in quotes); `python -m dashboard check` says what is wrong, line by line.

[home]
# the city whose relations the atlas maps, as the gazetteer names it
city = {city_toml}
country = {country_toml}
# its name as readers see it
name_fr = {city_toml}
name_en = {city_toml}
# its point, decimal degrees (GeoNames {geonameid})
lat = {lat}
lon = {lon}

[text]
title_fr = {title_fr}
title_en = {title_en}
subtitle_fr = {subtitle_fr}
subtitle_en = {subtitle_en}

[city_page]
# the City's own page about its international relations: the source of every row whose status is city_page
url = ""

[embedding]
# the sites that may show the atlas in a frame, besides the atlas itself
frame_ancestors = []

# The map's named views: a button each, and ?view=<id> in the address; the first opens the map.
[[views]]
id = "around"
name_fr = {around_fr}
name_en = {around_en}
projection = "natural earth"
rotation_lon = {lon_round}
center_lat = {lat_round}
center_lon = {lon_round}
scale = 2.5

[[views]]
id = "world"
name_fr = "Monde"
name_en = "World"
projection = "natural earth"
rotation_lon = {lon_round}
center_lat = 25
center_lon = {lon_round}
scale = 1
lat_min = -58
lat_max = 85

[[views]]
# distances and directions from the home city are true, and every arc from it is a straight line
id = "from-home"
name_fr = {from_fr}
name_en = {from_en}
projection = "azimuthal equidistant"
rotation_lon = {lon}
rotation_lat = {lat}
center_lat = {lat}
center_lon = {lon}
scale = 1.15
"""

README = """# The data of the {city} international atlas

Everything the atlas shows comes from the files in this folder: CSV files kept in LibreOffice Calc or Excel
(saved as *CSV UTF-8*), and `atlas.toml`, the home city and the titles. Fill `relations.csv` with one row per
relation, each with at least one source (a web address) and the facts the source gives, nothing guessed.
Run `python -m dashboard check {folder}` after an edit: it lists every problem with its file, row, column
and what to write instead. `ATLAS_DATA_DIR={folder} python -m dashboard serve` shows the atlas.

## Files and columns
{columns}"""


def toml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a TOML basic string is a JSON string


def write_new_atlas(target: Path, city: str, country: str, gazetteer: Gazetteer) -> Path:
    """Write the folder; raises ValueError (with what to do) when the city is unknown or the folder not empty."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise ValueError(f"{target} is not empty: choose a new or empty folder")
    found = gazetteer.find(city, country.upper())
    if found is None:
        suggestions = gazetteer.suggest(city, country.upper())
        hint = f" (did you mean {' or '.join(suggestions)}?)" if suggestions else ""
        raise ValueError(f"{city!r} is not a city the offline gazetteer knows in {country.upper()}{hint}: it holds "
                         "cities of more than 15,000 inhabitants, by their English, local or French names")
    target.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        shutil.copyfile(DEFAULT_DATA_DIR / name, target / name)
    package = package_for(json.loads((DEFAULT_DATA_DIR / MANIFEST_NAME).read_text(encoding="utf-8")), found.name)
    (target / MANIFEST_NAME).write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    manifest = Manifest.read(DEFAULT_DATA_DIR / MANIFEST_NAME)
    for name in manifest.files:
        if name not in COPIED:
            (target / name).write_text(header(manifest.column_names(name)), encoding="utf-8")
    (target / "atlas.toml").write_text(atlas_toml(found.name, country.upper(), found), encoding="utf-8")
    (target / "README.md").write_text(README.format(city=found.name, folder=target, columns=columns(manifest)),
                                      encoding="utf-8")
    return target


def package_for(package: dict, city: str) -> dict:
    """The data package's description for another city: the same files, columns and words, its own name,
    title and description; no contributor nor homepage until the City says them."""
    slug = "".join(c if c.isalnum() else "-" for c in city.lower()).strip("-")
    described = {"name": f"{slug}-international-atlas", "title": f"{city} international atlas",
                 "description": f"The City of {city}'s international relations as public sources attest them, "
                                "each row with the web addresses of its sources.",
                 "keywords": [city], "contributors": [],
                 "sources": [{"title": "The web addresses in the sources column of each row"}]}
    return {**{key: value for key, value in package.items() if key != "homepage"}, **described}


def header(columns: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(columns)
    return out.getvalue()


def atlas_toml(city: str, country: str, found) -> str:
    return ATLAS_TOML.format(
        city=city, city_toml=toml_text(city), country_toml=toml_text(country), geonameid=found.geonameid,
        lat=round(found.lat, 5), lon=round(found.lon, 5), lon_round=round(found.lon), lat_round=round(found.lat),
        around_fr=toml_text(f"Autour de {city}"), around_en=toml_text(f"Around {city}"),
        from_fr=toml_text(f"Le monde vu de {city}"), from_en=toml_text(f"The world seen from {city}"),
        title_fr=toml_text(f"{city} à l'international"), title_en=toml_text(f"{city} and the world"),
        subtitle_fr=toml_text(f"Les relations internationales de la Ville de {city}"),
        subtitle_en=toml_text(f"The City of {city}'s international relations"),
    )


def columns(manifest: Manifest) -> str:
    """Each file's columns, as data/README.md lists them."""
    parts = []
    for name, cols in manifest.files.items():
        parts.append(f"\n### `{name}`\n\n{manifest.descriptions[name]}\n\n| column | required | what to write |\n"
                     "|---|---|---|\n")
        parts += [f"| `{c.name}` | {'yes' if c.required else ''} | {c.description} |\n" for c in cols]
    return "".join(parts)
