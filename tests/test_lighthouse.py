"""The pages as PageSpeed Insights checks them: Lighthouse's SEO and best-practice audits (its mobile
profile) find nothing to fix on the explorer in both languages and on the embed. Lighthouse (npm, pinned
in package.json) drives Debian's chromium; every scored audit must pass."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from .browser import CHROMIUM, requires_chromium
from .conftest import ROOT, server_on_a_copy

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
pytestmark = [pytest.mark.browser, pytest.mark.slow, requires_chromium,
              pytest.mark.skipif(not LIGHTHOUSE.exists(), reason="run npm ci (scripts/test does)")]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "lighthouse") as running:
        yield running


def audit(url: str, folder: Path) -> dict:
    report = folder / "report.json"
    flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"
    done = subprocess.run([str(LIGHTHOUSE), url, "--only-categories=seo,best-practices", "--output=json",
                           f"--output-path={report}", f"--chrome-flags={flags}", "--quiet"],
                          env=dict(os.environ, CHROME_PATH=CHROMIUM, HOME=str(folder)), capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ["/?lang=fr", "/?lang=en", "/?embed=1&lang=fr"])
def test_nothing_to_fix_in_seo_and_best_practices(server, path, tmp_path):
    report = audit(server.url + path, tmp_path)
    failing = []
    for category in ("seo", "best-practices"):
        assert report["categories"][category]["score"] == 1, category
        for ref in report["categories"][category]["auditRefs"]:
            result = report["audits"][ref["id"]]
            scored = result["scoreDisplayMode"] in ("binary", "numeric") and result["score"] is not None
            if scored and result["score"] < 1:
                failing.append(f"{category}: {ref['id']} ({result['title']})")
    assert failing == []
