"""The atlas's data as open data, over HTTP and in Chromium: /donnees and /data say what the data is, its
licence, version, counts and sources, with schema.org Dataset metadata; the ZIP holds exactly the data
package, which a validator nobody here wrote accepts once unzipped; the explorer and the offline package
link to it."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
import requests

from dashboard.opendata import package_files
from dashboard.typography import french as typeset_fr

from .browser import axe_violations, offline_page, requires_chromium
from .conftest import DATA, PYTHON, server_on_a_copy


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "opendata") as running:
        yield running, Path(running.log.name).parent / "data"


def metadata(page: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found, "no JSON-LD"
    return json.loads(found.group(1))


def download_link(page: str) -> str:
    found = re.search(r'href="([^"]+\.zip)"', page)
    assert found
    return found.group(1)


def test_the_page_in_both_languages_says_what_the_data_is(served):
    server, _ = served
    for address, lang, words in (("/donnees", "fr", "Licence Ouverte / Open Licence version 2.0"),
                                 ("/data", "en", "Licence Ouverte / Open Licence version 2.0"),
                                 ("/donnees?lang=en", "en", "Download all the data")):
        response = requests.get(server.url + address, timeout=30)
        assert response.status_code == 200 and f'<html lang="{lang}">' in response.text
        text = html.unescape(response.text)
        assert words in text and "Set-Cookie" not in response.headers
    french = html.unescape(requests.get(server.url + "/donnees", timeout=30).text)
    health = requests.get(server.url + "/healthz", timeout=30).json()
    assert f"{health['relations']} relations" in french and typeset_fr("Ville jumelle : 17") in french
    assert "https://www.marseille.fr/marseillereussit/international" in french


def test_the_json_ld_is_a_dataset_with_its_licence_and_a_download_that_works(served):
    server, _ = served
    page = requests.get(server.url + "/donnees", timeout=30).text
    data = metadata(page)
    assert data["@type"] == "Dataset" and data["license"] == "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
    assert data["creator"]["name"].startswith("Ville de Marseille")
    first, last = (int(year) for year in data["temporalCoverage"].split("/"))
    assert 1700 < first < last <= 2100
    assert len(data["spatialCoverage"]["geo"]["box"].split()) == 4
    (distribution,) = data["distribution"]
    got = requests.get(server.url + "/" + distribution["contentUrl"], timeout=30)
    assert got.status_code == 200 and got.headers["Content-Type"] == "application/zip"


def test_the_zip_is_the_data_package_and_validates_once_unzipped(served, tmp_path):
    server, data = served
    link = download_link(requests.get(server.url + "/donnees", timeout=30).text)
    got = requests.get(server.origin + link, timeout=30)
    assert "immutable" in got.headers["Cache-Control"]
    version = requests.get(server.url + "/atlas-data/x.json", allow_redirects=False, timeout=30).headers["Location"]
    assert version.rsplit("/", 1)[1].removesuffix(".json") in link  # the data version names the ZIP
    with zipfile.ZipFile(io.BytesIO(got.content)) as archive:
        names = set(archive.namelist())
        assert names == set(package_files(data)) and "datapackage.json" in names and "relations.csv" in names
        for name in names:
            assert archive.read(name) == (data / name).read_bytes(), name
        archive.extractall(tmp_path)
    checked = subprocess.run([str(Path(PYTHON).parent / "frictionless"), "validate", "datapackage.json", "--json"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert json.loads(checked.stdout)["valid"]
    old = requests.get(server.origin + link.replace(".zip", "0.zip"), allow_redirects=False, timeout=30)
    assert old.status_code == 302 and old.headers["Location"].endswith(link.rsplit("/", 1)[1])


def test_the_offline_package_holds_the_same_zip_and_links_to_it(package):
    folder, _ = package
    (archive,) = folder.glob("*-donnees-*.zip")
    with zipfile.ZipFile(archive) as opened:
        assert {name: opened.read(name) for name in opened.namelist()} == \
            {name: (DATA / name).read_bytes() for name in package_files(DATA)}
    assert f'href="{archive.name}"' in (folder / "index.html").read_text(encoding="utf-8")


@pytest.mark.browser
@requires_chromium
def test_the_page_passes_axe_and_the_explorer_links_to_it(served):
    server, _ = served
    for address in ("/donnees", "/data"):
        with offline_page() as page:
            page.goto(server.url + address)
            assert axe_violations(page) == []
            assert page.blocked == []
    with offline_page() as page:
        page.goto(server.url + "/?lang=en")
        page.wait_for_selector("#map .map-data .scattergeo", timeout=60000)
        page.click(".opendata-link a")
        page.wait_for_selector(".opendata")
        assert page.url.endswith("/data?lang=en") and page.evaluate("document.documentElement.lang") == "en"
