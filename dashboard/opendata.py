"""The atlas's data as open data: the whole data package as one ZIP (the files datapackage.json lists, itself
and the folder's README), built once per data version, and what a dataset search engine reads about it
(schema.org Dataset as JSON-LD). The page that offers them is dashboard/datapage.py."""

from __future__ import annotations

import io
import json
import threading
import time
import zipfile
from pathlib import Path

from .i18n import page_strings, text_in
from .package import PACKAGE_NAME

README = "README.md"


def package_of(data_dir: Path) -> dict:
    return json.loads((Path(data_dir) / PACKAGE_NAME).read_text(encoding="utf-8"))


def package_files(data_dir: Path) -> list[str]:
    """The files of the data package, by name: each resource's, datapackage.json, and the README when there."""
    data_dir = Path(data_dir)
    names = [resource["path"] for resource in package_of(data_dir)["resources"]]
    return [*names, PACKAGE_NAME, *([README] if (data_dir / README).exists() else [])]


def package_archive(data_dir: Path) -> bytes:
    """The data package as a ZIP, its files at the top (unzipped, `frictionless validate datapackage.json`
    runs in that folder as it is). Dated by the files, so one data version gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in package_files(data_dir):
            path = Path(data_dir) / name
            info = zipfile.ZipInfo(name, date_time=_zip_time(path.stat().st_mtime))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return out.getvalue()


def _zip_time(mtime: float) -> tuple:
    return time.gmtime(max(mtime, 315532800))[:6]  # a ZIP cannot date a file before 1980


def archive_name(stem: str, version: str) -> str:
    """The ZIP's file name: the atlas's own, the data version (a saved copy says which data it holds)."""
    return f"{stem}-donnees-{version}.zip"


class Archives:
    """The ZIP of the served data, built once per data version (the store's data_id)."""

    def __init__(self, store):
        self.store = store
        self._version, self._body = "", b""
        self._lock = threading.Lock()

    def current(self) -> tuple[str, bytes]:
        with self._lock:
            self.store.get()
            if self.store.data_id != self._version:
                self._body = package_archive(self.store.data_dir)
                self._version = self.store.data_id
            return self._version, self._body


def creator_of(package: dict) -> str:
    """Who keeps the data, as the package says it (empty until a new atlas's City writes it)."""
    return next((person.get("title", "") for person in package.get("contributors", [])), "")


def years_covered(dataset) -> tuple[int, int] | None:
    """The first and last years the relations name (start or end)."""
    frame = dataset.relations
    years = [int(value) for column in ("start_year", "end_year") if column in frame
             for value in frame[column].dropna()]
    return (min(years), max(years)) if years else None


def jsonld(dataset, package: dict, places: list[dict], lang: str, download: str, page: str) -> str:
    """schema.org Dataset metadata for the page (JSON-LD): name, description, licence, creator, temporal and
    spatial coverage, the ZIP as its distribution. Addresses absolute when the atlas says where it is
    published ([presentation] address), else relative to the page."""
    strings = page_strings(lang, dataset.atlas)
    base = dataset.atlas.address.rstrip("/") + "/" if dataset.atlas.address else ""
    first, last = years_covered(dataset) or ("", "")
    licence = package["licenses"][0]
    lats, lons = [place["lat"] for place in places], [place["lon"] for place in places]
    box = f"{min(lats):.2f} {min(lons):.2f} {max(lats):.2f} {max(lons):.2f}" if places else None  # the map's places
    creator = creator_of(package)
    data = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": text_in(dataset.atlas.title, lang),
        "description": strings["opendata.intro"],
        "inLanguage": ["fr", "en"],
        "license": licence["path"],
        **({"creator": {"@type": "Organization", "name": creator}} if creator else {}),
        "isAccessibleForFree": True,
        "keywords": package.get("keywords", []),
        **({"temporalCoverage": f"{first}/{last}"} if first else {}),
        "spatialCoverage": {"@type": "Place", "name": strings["opendata.spatial"],
                            **({"geo": {"@type": "GeoShape", "box": box}} if box else {})},
        "url": base + page,
        "distribution": [{"@type": "DataDownload", "encodingFormat": "application/zip", "contentUrl": base + download}],
    }
    # written inside a <script>: "</" would end it early
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
