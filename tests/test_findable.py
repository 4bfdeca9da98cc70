"""Findable and shareable: an address that leads nowhere is a 404 in the reader's language; the sitemap lists
the pages in both languages; the canonical address is absolute, each language names its alternates; the
page says how long it may be cached; a shared link shows the title, the sentence and the map's picture."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET

import pytest

from dashboard.app import create_app
from dashboard.config import Settings

from .conftest import module_data_copy

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return create_app(Settings(data_dir=module_data_copy(tmp_path_factory, "findable"))).server.test_client()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """An atlas whose atlas.toml gives its published address."""
    data = module_data_copy(tmp_path_factory, "published")
    toml = (data / "atlas.toml").read_text(encoding="utf-8")
    (data / "atlas.toml").write_text(toml.replace('# address = "https://www.example.org/atlas"',
                                                  'address = "https://atlas.example.org/marseille"'), encoding="utf-8")
    return create_app(Settings(data_dir=data)).server.test_client()


def head(page: str) -> dict[str, list[str]]:
    """The head's links and metas, by rel / property / name."""
    found: dict[str, list[str]] = {}
    for tag in re.findall(r"<(?:link|meta) [^>]+>", page.split("</head>", maxsplit=1)[0]):
        attributes = dict(re.findall(r'([\w:-]+)="([^"]*)"', tag))
        rel = attributes.get("rel", "") + attributes.get("hreflang", "")
        key = rel or attributes.get("property") or attributes.get("name")
        found.setdefault(key, []).append(attributes.get("href") or attributes.get("content", ""))
    return found


@pytest.mark.parametrize("path", ["/wp-admin", "/sitemap.php", "/a/b/c", "/index.php?x=1", "/%2e%2e/etc/passwd",
                                  "/assets/nothing.js", "/_dash-nothing"])
def test_an_address_that_leads_nowhere_is_a_404(client, path):
    response = client.get(path)
    assert response.status_code == 404, path
    assert b"Traceback" not in response.data


def test_the_404_page_speaks_the_readers_language_and_leads_to_the_atlas(client):
    french = client.get("/wp-admin").get_data(as_text=True)
    assert '<html lang="fr">' in french and "Cette page n&#x27;existe pas" in french and 'href="/"' in french
    assert '<meta name="robots" content="noindex">' in french
    english = client.get("/wp-admin", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    assert '<html lang="en">' in english and "This page does not exist" in english and 'href="/?lang=en"' in english
    asked = client.get("/a/b?lang=en", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "This page does not exist" in asked and 'href="/assets/atlas.css"' in asked  # styled at any depth


def test_the_sitemap_lists_every_page_in_both_languages_with_its_alternates(client):
    response = client.get("/sitemap.xml", base_url="https://atlas.example.fr")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    urls = ET.fromstring(response.data).findall(f"{SITEMAP}url")
    locations = [url.find(f"{SITEMAP}loc").text for url in urls]
    assert locations == ["https://atlas.example.fr/", "https://atlas.example.fr/?lang=en",
                         "https://atlas.example.fr/donnees", "https://atlas.example.fr/data?lang=en"]
    for url in urls:
        assert {link.get("hreflang") for link in url.findall(f"{XHTML}link")} == {"fr", "en"}
    robots = client.get("/robots.txt", base_url="https://atlas.example.fr").get_data(as_text=True)
    assert "Sitemap: https://atlas.example.fr/sitemap.xml" in robots
    for location in locations:  # every address it lists answers
        assert client.get(location.removeprefix("https://atlas.example.fr")).status_code == 200


def test_the_canonical_address_is_absolute_and_each_language_names_its_alternates(client, published):
    tags = head(client.get("/?lang=en", base_url="http://127.0.0.1:8050").get_data(as_text=True))
    assert tags["canonical"] == ["http://127.0.0.1:8050/?lang=en"]  # no published address: the request's
    assert tags["alternatefr"] == ["http://127.0.0.1:8050/"] and tags["alternateen"] == ["http://127.0.0.1:8050/?lang=en"]
    assert tags["alternatex-default"] == ["http://127.0.0.1:8050/"]
    tags = head(published.get("/", base_url="http://10.0.0.7:8000").get_data(as_text=True))
    assert tags["canonical"] == ["https://atlas.example.org/marseille/"]  # atlas.toml's, whatever the host
    assert tags["og:image"] == ["https://atlas.example.org/marseille/assets/previews/atlas-fr.png"]


def test_the_page_says_how_long_it_may_be_cached(client):
    assert client.get("/").headers["Cache-Control"] == "public, max-age=60"  # a data edit shows within a minute


@pytest.mark.parametrize(("lang", "sentence"), [("fr", "En 2026\u00a0: "), ("en", "In 2026: ")])
def test_a_shared_link_shows_the_title_the_sentence_and_a_picture_of_the_map(client, lang, sentence):
    tags = head(client.get(f"/?lang={lang}", base_url="https://atlas.example.fr").get_data(as_text=True))
    title = "Marseille à l&#x27;international" if lang == "fr" else "Marseille and the world"
    assert tags["og:title"] == [title] and tags["twitter:title"] == [title]
    assert tags["og:description"][0].startswith(sentence) and tags["twitter:description"] == tags["og:description"]
    assert tags["twitter:card"] == ["summary_large_image"] and tags["og:type"] == ["website"]
    image = tags["og:image"][0]
    assert image == f"https://atlas.example.fr/assets/previews/atlas-{lang}.png" == tags["twitter:image"][0]
    picture = client.get(image.removeprefix("https://atlas.example.fr"))
    assert picture.status_code == 200 and picture.data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", picture.data[16:24])
    assert [str(width), str(height)] == tags["og:image:width"] + tags["og:image:height"]


def test_a_browser_asking_for_favicon_ico_finds_the_atlas_s_icon(client):
    """The plain pages name no icon: a browser asks /favicon.ico (a 404 there is an error in the console)."""
    moved = client.get("/favicon.ico")
    assert moved.status_code == 301 and moved.headers["Location"].endswith("/assets/favicon.ico")
    icon = client.get(moved.headers["Location"])
    assert icon.status_code == 200 and icon.data[:4] == b"\x00\x00\x01\x00" and len(icon.data) < 1024  # an ICO
