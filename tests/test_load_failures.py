"""When the data or the basemap cannot be loaded, the page says so in its language and offers a retry,
which works once the network is back."""

from __future__ import annotations

import pytest

from .browser import offline_page, requires_chromium
from .conftest import server_on_a_copy

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with server_on_a_copy(tmp_path_factory, "failures") as running:
        yield running


def fail_first(page, pattern: str, times: int = 1):
    """Abort the first requests matching pattern (a network that is down), then let them through."""
    failed = []

    def handle(route):
        if len(failed) < times:
            failed.append(route.request.url)
            route.abort()
        else:
            route.fallback()

    page.route(pattern, handle)
    return failed


@pytest.mark.parametrize(("pattern", "message"), [
    ("**/atlas-data/*.json", "Les données de l'atlas n'ont pas pu être chargées"),
    ("**/topojson/world_110m.json", "Le fond de carte n'a pas pu être chargé"),
])
def test_a_failed_load_is_said_on_the_page_and_a_retry_draws_the_map(server, pattern, message):
    with offline_page() as page:
        failed = fail_first(page, pattern)
        page.goto(server.url + "/?year=2024")
        notice = page.locator("#load-error")
        notice.wait_for(state="visible", timeout=30000)
        assert failed and message in notice.inner_text()
        assert notice.get_attribute("role") == "alert"
        page.click("#load-retry")
        page.wait_for_selector("#map .geo .layer path", timeout=30000)
        page.wait_for_function("document.querySelector('#summary').textContent.startsWith('En 2024')")
        assert notice.is_hidden()
