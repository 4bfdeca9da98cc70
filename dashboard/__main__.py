"""`python -m dashboard ...`: run the app, check the data, export GeoJSON or the offline package."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from .config import Settings
from .i18n import DEFAULT_LANGUAGE, LANGUAGES

DATA_DIR_HELP = "data folder (default: ATLAS_DATA_DIR, else data/)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description="The international atlas of a city.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the app on the bundled (or given) data")
    serve.add_argument("--data-dir", type=Path, default=None, help="data folder (default: data/)")
    serve.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default 8050)")

    check = commands.add_parser("check", help="validate a data folder and print every problem")
    check.add_argument(
        "data_dir", nargs="?", type=Path, default=None, help=DATA_DIR_HELP
    )
    check.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the problems (default: en)")

    geojson = commands.add_parser("geojson", help="write the dataset, or a selection, as GeoJSON")
    geojson.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    geojson.add_argument("--category", action="append", default=[], help="keep this category (repeatable)")
    geojson.add_argument("--id", action="append", default=[], dest="ids", help="keep this id (repeatable)")
    geojson.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: stdout)")

    export = commands.add_parser("export", help="write the explorer and the presentation as static files (offline)")
    export.add_argument("target", type=Path, help="folder to write (DIR/index.html is the entry)")
    export.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)

    handouts = commands.add_parser("handouts", help="each chapter of a story as a PNG, the story as a PDF")
    handouts.add_argument("target", type=Path, help="folder to write the images and the PDF into")
    handouts.add_argument("--story", default="default", help="story code in stories.csv (default: default)")
    handouts.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    handouts.add_argument("--notes", action="store_true", help="add the speaker's notes under each chapter in the PDF")
    handouts.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)

    previews = commands.add_parser("previews", help="the map as a picture, for sites that allow no iframe")
    previews.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)

    new = commands.add_parser("new", help="write a valid, empty data folder for another city's atlas")
    new.add_argument("target", type=Path, help="folder to write (new or empty)")
    new.add_argument("--city", required=True, help="the home city, as the gazetteer names it (Lyon, Genoa...)")
    new.add_argument("--country", required=True, help="its ISO 3166-1 alpha-2 country code (FR, IT...)")

    precompress = commands.add_parser("precompress", help="a copy of assets/ with .gz and .br files, for nginx")
    precompress.add_argument("target", type=Path, help="the folder to write (a symbolic link, replaced at once)")
    commands.add_parser("nginx-headers", help="the app's security headers as nginx add_header lines (deploy/)")

    args = parser.parse_args(argv)
    if getattr(args, "data_dir", "absent") is None:  # every subcommand honours ATLAS_DATA_DIR, as the app does
        args.data_dir = Settings.from_env().data_dir
    commands = {"serve": run_serve, "check": run_check, "geojson": run_geojson, "export": run_export,
                "handouts": run_handouts, "previews": run_previews, "new": run_new,
                "nginx-headers": run_nginx_headers, "precompress": run_precompress}
    return commands[args.command](args)


def run_serve(args) -> int:
    from .app import create_app

    env = Settings.from_env()
    settings = replace(env, data_dir=args.data_dir or env.data_dir, host=args.host or env.host,
                       port=args.port or env.port)
    app = create_app(settings)
    app.run(host=settings.host, port=settings.port, debug=False)
    return 0


def run_nginx_headers(args) -> int:
    from .proxy import nginx_headers

    print(nginx_headers(Settings.from_env()), end="")
    return 0


def run_precompress(args) -> int:
    from .precompress import publish

    written = publish(Settings.from_env().assets_dir, args.target)
    print(f"{args.target}: the assets with {written} compressed copies written")
    return 0


def run_new(args) -> int:
    from .gazetteer import default_gazetteer
    from .newatlas import write_new_atlas

    try:
        target = write_new_atlas(args.target, args.city, args.country, default_gazetteer())
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"Wrote a new atlas for {args.city} in {target}: fill relations.csv, then run "
          f"python -m dashboard check {target}; serve it with ATLAS_DATA_DIR={target}")
    return 0


def run_check(args) -> int:
    from .dataset import check_dataset
    from .summary import counts_by_category, official_vs_data

    dataset, report = check_dataset(args.data_dir)
    print(f"Checked {args.data_dir}")
    print(report.format(args.lang))
    if dataset is None:
        return 1
    total = len(dataset.relations)
    mapped = int(dataset.relations["venue_lat"].notna().sum())
    print(
        f"{total} relations, {mapped} on the map, {len(dataset.milestones)} milestones, "
        f"{len(dataset.figures)} official figures"
    )
    for count in counts_by_category(dataset):
        print(f"  {count.category:<14} {count.relations:>4} ({count.mapped} mapped)")
    for comparison in official_vs_data(dataset):
        if comparison.in_data is not None:
            apart = "".join(f"; apart, {flag}: {', '.join(ids)}" for flag, ids in comparison.apart)
            print(
                f"  official {comparison.figure['display_en']} {comparison.figure['label_en']}: "
                f"{comparison.in_data} in the data{apart}"
            )
    return 0


def run_geojson(args) -> int:
    from .dataset import load_dataset
    from .export import relations_geojson
    from .problems import DataError

    try:
        dataset = load_dataset(args.data_dir)
    except DataError as exc:
        print(exc.report.format(), file=sys.stderr)
        return 1
    collection = relations_geojson(dataset, categories=args.category, ids=args.ids)
    text = json.dumps(collection, ensure_ascii=False, indent=1)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"{len(collection['features'])} features written to {args.output}", file=sys.stderr)
    else:
        print(text)
    return 0


def loaded(data_dir: Path):
    """The dataset, its version and today's date; None (problems printed) when the data is not usable."""
    import datetime as dt

    from .dataset import load_dataset
    from .problems import DataError
    from .store import data_id, files_signature

    try:
        dataset = load_dataset(data_dir)
    except DataError as exc:
        print(exc.report.format(), file=sys.stderr)
        return None
    return dataset, data_id(files_signature(data_dir)), dt.date.today().isoformat()


def on_data(data_dir: Path, work, failures: tuple[type[Exception], ...]) -> int:
    """Load the data, then work(dataset, version, made); a failure it expects is printed, exit code 1."""
    found = loaded(data_dir)
    if found is None:
        return 1
    try:
        work(*found)
    except failures as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def run_handouts(args) -> int:
    from .handouts import HandoutError, make_handouts

    def work(dataset, version, made):
        files = make_handouts(dataset, args.target, args.story, args.lang, (version, made), notes=args.notes)
        for path in files:
            print(f"  {path}")
        print(f"{len(files) - 1} images and a PDF written to {args.target}")

    return on_data(args.data_dir, work, (HandoutError,))


def run_previews(args) -> int:
    from .config import ASSETS_DIR
    from .handouts import HandoutError, make_preview

    def work(dataset, version, made):
        for lang in LANGUAGES:
            print(make_preview(dataset, ASSETS_DIR / "previews" / f"atlas-{lang}.png", lang, version, made))

    return on_data(args.data_dir, work, (HandoutError,))


def run_export(args) -> int:
    from .static_site import export_site

    def work(dataset, version, made):
        sizes = export_site(dataset, args.target, version, made, data_dir=args.data_dir)
        print(f"Offline package written to {args.target} (open {args.target / 'index.html'})")
        for part, size in sorted(sizes.items(), key=lambda item: -item[1]):
            print(f"  {part:<24} {size / 1024:>8,.0f} KB")
        print(f"  {'total':<24} {sum(sizes.values()) / 1024:>8,.0f} KB")

    return on_data(args.data_dir, work, (FileExistsError,))


if __name__ == "__main__":
    sys.exit(main())
