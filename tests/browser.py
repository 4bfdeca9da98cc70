"""Headless Chromium (Debian's package) driven by Playwright, with every request to another host blocked."""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}

requires_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@contextmanager
def offline_page(viewport=(1280, 800), enforce_csp: bool = False, scale: float = 1, reduced_motion: bool = False,
                 javascript: bool = True, touch: bool = False):
    """A page whose requests to any host but this machine are aborted and recorded.

    Playwright's wait_for_function evaluates its test as a string, which the atlas's
    Content-Security-Policy (no 'unsafe-eval') forbids: pages ignore the policy unless enforce_csp, which
    the security tests use (they wait with locators instead). A page zoomed to 200% is a viewport of half
    the width at scale 2 (what a browser's zoom does to CSS pixels). touch: a phone's screen (Chromium's
    mobile emulation: touch events, the viewport meta tag honoured)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": viewport[0], "height": viewport[1]}, bypass_csp=not enforce_csp,
            device_scale_factor=scale, reduced_motion="reduce" if reduced_motion else "no-preference",
            java_script_enabled=javascript, has_touch=touch, is_mobile=touch,
        )
        blocked: list[str] = []

        def route(request_route):
            host = urlparse(request_route.request.url).hostname or ""
            if host in LOCAL_HOSTS or request_route.request.url.startswith(("data:", "blob:", "file:")):
                request_route.continue_()
            else:
                blocked.append(request_route.request.url)
                request_route.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.blocked = blocked
        page.console_errors = []
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        page.on("pageerror", lambda e: page.console_errors.append(str(e)))
        try:
            yield page
        finally:
            context.close()


def screenshot(page, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]]
