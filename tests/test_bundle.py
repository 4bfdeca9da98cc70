"""The committed bundle (assets/atlas.js, what the page loads) is what its sources (assets/src/) build to
today, so that pip install alone runs the app as the sources say."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_committed_bundle_matches_its_sources(tmp_path):
    assert (ROOT / "node_modules" / ".bin" / "esbuild").exists(), "run npm ci (scripts/test does)"
    built = tmp_path / "atlas.js"
    subprocess.run(["bash", str(ROOT / "scripts" / "build_js"), str(built)], check=True, timeout=120)
    committed = (ROOT / "assets" / "atlas.js").read_text(encoding="utf-8")
    assert committed == built.read_text(encoding="utf-8"), "assets/atlas.js is stale: run bash scripts/build_js"


def test_the_page_loads_the_bundle_only(data_copy):
    from dashboard.app import create_app
    from dashboard.config import Settings

    page = create_app(Settings(data_dir=data_copy)).server.test_client().get("/").get_data(as_text=True)
    assert "/assets/atlas.js" in page
    assert "/assets/src/" not in page  # the modules are the bundle's sources, not the page's scripts
