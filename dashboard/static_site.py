"""The offline package: the explorer and the presentation as static files, for a USB key or a CDN.

`python -m dashboard export DIR` writes DIR/index.html (French) and DIR/en.html (English): the same page
the app serves, rendered from the same layout, with the same browser modules from assets/, the data and
the basemap topology as scripts (a page opened from disk may not fetch files, but it may load scripts).
"""

from __future__ import annotations

import json
import shutil
from html import escape
from pathlib import Path

from . import ids
from .config import ASSETS_DIR
from .dataset import Dataset
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, page_strings, text_in
from .layout import NOSCRIPT, Around, make_page
from .opendata import archive_name, package_archive
from .opening import opening
from .render import render
from .view import view_payload
from .wire import payload_json

SCRIPTS = ["vendor/plotly-geo.min.js", "atlas.js"]  # plotly.js, and the atlas's bundle (scripts/build_js)
STYLES = ["atlas.css"]
TOPOLOGY = "topojson/world_110m.json"
# index.html in the reference language, <code>.html in each other one
PAGES = {code: "index.html" if code == DEFAULT_LANGUAGE else f"{code}.html" for code in LANGUAGES}

BOOT = """<script>
(function () {
  "use strict";
  // The page in the other language when the address asks for it (the language link, a permalink).
  var pages = %(pages)s, asked = new URLSearchParams(location.search).get("lang");
  var lang = pages[asked] ? asked : %(default)s;
  if (lang !== %(lang)s) { location.replace(pages[lang] + location.search + location.hash); return; }
  window.atlasExplorer.current = window.atlasExplorer.boot(window.ATLAS_PAYLOAD, { topojsonURL: "assets/topojson/" });
})();
</script>"""

README = """{title}: offline package
================================================

Open index.html (French) or en.html (English) in a web browser: straight from this folder (a USB key,
no network needed) or from any static web server or CDN (copy the folder as it is).

It holds the explorer (map, timeline, year slider and play, filters, search, details, table and
downloads) and the presentation mode: open index.html?story=default (or use the "Présenter" link),
then move with the arrow keys, Page Up / Page Down or a presenter clicker; F for full screen, B for a
black screen, Escape to leave.

The whole data is beside them as a ZIP (the CSV files, datapackage.json and the data's README), the
same the atlas's /donnees page offers; the table's link under the map points to it.

What it cannot do, compared with the live app:
- its data is the data of the day it was made ({made}, data version {version}); it never updates
  itself: make a new package after the data files change;
- opened from disk, browsers may not let the page change its address: the view works, but permalinks
  and the back and forward buttons need the package to be served over http(s);
- nothing is sent anywhere: no statistics, no cookies.

Size: {size}.
"""


def page(payload: dict, lang: str, atlas, opendata: str | None = None) -> str:
    body = render(make_page({"version": payload["version"]}, lang, "assets/topojson/", atlas, opening(payload, lang),
                            Around(opendata=opendata)))
    scripts = "".join(f'<script src="assets/{name}"></script>' for name in SCRIPTS)
    styles = "".join(f'<link rel="stylesheet" href="assets/{name}">' for name in STYLES)
    boot = BOOT % {"pages": json.dumps(PAGES), "lang": json.dumps(lang), "default": json.dumps(DEFAULT_LANGUAGE)}
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{escape(page_strings(lang, atlas)["app.description"])}">'
        f"<title>{escape(text_in(atlas.title, lang))}</title>{styles}{NOSCRIPT}</head>\n"
        f'<body{ids.page_attribute()}>{body}\n{scripts}'
        '<script src="data/topology.js"></script><script src="data/payload.js"></script>\n'
        f"{boot}\n</body>\n</html>\n"
    )


def export_site(dataset: Dataset, target: Path, version: str, made: str,
                data_dir: Path | None = None) -> dict[str, int]:
    """Write the package into target (created, or emptied of a previous package), with the data package's
    ZIP when data_dir (the folder the dataset was read from) is given; returns bytes per part."""
    target = Path(target)
    if target.exists() and any(target.iterdir()) and not (target / "index.html").exists():
        raise FileExistsError(f"{target} is not empty and holds no previous package: choose an empty folder")
    for old in ("assets", "data"):
        shutil.rmtree(target / old, ignore_errors=True)
    (target / "data").mkdir(parents=True, exist_ok=True)
    for name in [*SCRIPTS, *STYLES]:
        (target / "assets" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ASSETS_DIR / name, target / "assets" / name)
    payload = view_payload(dataset, version)
    data = payload_json(payload).decode("utf-8")
    (target / "data" / "payload.js").write_text(f"window.ATLAS_PAYLOAD = {data};\n", encoding="utf-8")
    topology = (ASSETS_DIR / TOPOLOGY).read_text(encoding="utf-8")
    (target / "data" / "topology.js").write_text(
        "window.PlotlyGeoAssets = window.PlotlyGeoAssets || {};\n"
        "window.PlotlyGeoAssets.topojson = Object.assign(window.PlotlyGeoAssets.topojson || {}, "
        f"{{world_110m: {topology}}});\n",
        encoding="utf-8",
    )
    archive = None
    for old_archive in target.glob(archive_name(dataset.atlas.slug, "*")):
        old_archive.unlink()  # a previous package's
    if data_dir is not None:
        archive = archive_name(dataset.atlas.slug, version)
        (target / archive).write_bytes(package_archive(data_dir))
    for lang, name in PAGES.items():
        (target / name).write_text(page(payload, lang, dataset.atlas, opendata=archive), encoding="utf-8")
    sizes = size_report(target)
    (target / "README.txt").write_text(
        README.format(title=text_in(dataset.atlas.title, "en"), made=made, version=version,
                      size=f"{sum(sizes.values()) / 1024:,.0f} KB"), encoding="utf-8"
    )
    return size_report(target)


def size_report(target: Path) -> dict[str, int]:
    """Bytes per part: plotly.js, the atlas's own code and styles, data, topology, pages."""
    parts: dict[str, int] = {}
    for path in sorted(p for p in target.rglob("*") if p.is_file()):
        name = path.relative_to(target).as_posix()
        part = ("plotly.js" if "plotly" in name else "topology" if "topo" in name
                else "data package (ZIP)" if name.endswith(".zip")
                else "data" if name.startswith("data/")
                else "atlas code and styles" if name.startswith("assets/") else "pages and readme")
        parts[part] = parts.get(part, 0) + path.stat().st_size
    return parts
