"""The committed bundle (assets/atlas.js, what the page loads) is what its sources (assets/src/) build to
today, so that pip install alone runs the app as the sources say."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_committed_bundle_matches_its_sources(tmp_path):
    assert (ROOT / "node_modules" / ".bin" / "esbuild").exists(), "run npm ci (scripts/test does)"
    built = tmp_path / "atlas.js"
    subprocess.run(["bash", str(ROOT / "scripts" / "build_js"), str(built)], check=True, timeout=120)
    committed = (ROOT / "assets" / "atlas.js").read_text(encoding="utf-8")
    assert committed == built.read_text(encoding="utf-8"), "assets/atlas.js is stale: run bash scripts/build_js"


def test_the_vendored_plotly_is_what_its_build_makes(tmp_path):
    """assets/vendor/plotly-geo.min.js is the atlas's own plotly.js build (scripts/plotly/entry.cjs, from the
    plotly.js version pinned in package.json): rebuilt here (~3 s), byte for byte, so a hand edit or a
    changed entry without a rebuild fails."""
    assert (ROOT / "node_modules" / "plotly.js" / "package.json").exists(), "run npm ci (scripts/test does)"
    built = tmp_path / "plotly.min.js"
    subprocess.run(["bash", str(ROOT / "scripts" / "build_plotly"), str(built)], check=True, timeout=300)
    committed = (ROOT / "assets" / "vendor" / "plotly-geo.min.js").read_bytes()
    assert committed == built.read_bytes(), "assets/vendor/plotly-geo.min.js is stale: run bash scripts/build_plotly"


def test_the_page_loads_the_bundle_only(data_copy):
    from dashboard.app import create_app
    from dashboard.config import Settings

    page = create_app(Settings(data_dir=data_copy)).server.test_client().get("/").get_data(as_text=True)
    assert "/assets/atlas.js" in page
    assert "/assets/src/" not in page  # the modules are the bundle's sources, not the page's scripts


MODULES = sorted((ROOT / "assets" / "src").glob("*.mjs"))
# An element id written in a module: id: "x", for: "x", aria-*: "x", getElementById("x"), "#x" selectors.
ID_LITERAL = re.compile(r'\b(id|for)\s*:\s*"[^"]+"|"aria-(labelledby|describedby|controls)"\s*:\s*"|'
                        r'getElementById\(\s*"|querySelector(All)?\(\s*"#[\w-]|href:\s*"#[\w-]')


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_each_browser_module_stays_small(module):
    lines = module.read_text(encoding="utf-8").count("\n")
    assert lines <= 300, f"{module.name}: {lines} lines; split it by what it does"


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_module_writes_an_element_id_of_its_own(module):
    """Ids come from dashboard/ids.py through the page (<body data-ids>, read by assets/src/ids.mjs)."""
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", module.read_text(encoding="utf-8"), flags=re.S)
    found = [m.group(0) for m in ID_LITERAL.finditer(code)]
    assert not found, f"{module.name}: {found}"


def test_the_page_carries_every_id_the_modules_name(data_copy):
    from dashboard import ids
    from dashboard.app import create_app
    from dashboard.config import Settings

    page = create_app(Settings(data_dir=data_copy)).server.test_client().get("/").get_data(as_text=True)
    carried = json.loads(html.unescape(re.search(r'<body data-ids="([^"]+)">', page).group(1)))
    assert carried == ids.for_browser()
    named = set()
    for module in MODULES:
        code = module.read_text(encoding="utf-8")
        named |= set(re.findall(r'\bID\.(\w+)', code)) | set(re.findall(r'\bbyId\("(\w+)"\)', code))
    assert named and named <= carried.keys(), named - carried.keys()
