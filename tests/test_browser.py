"""The placeholder page in a real browser: both languages, offline, accessible, clean console."""

from __future__ import annotations

import pytest

from .browser import axe_violations, offline_page, requires_chromium, screenshot

pytestmark = [pytest.mark.browser, requires_chromium]


def test_page_in_french_then_english(data_copy, server_on):
    server = server_on(data_copy)
    with offline_page() as page:
        page.goto(server.url + "/")
        page.wait_for_selector("#category-table")
        assert page.get_attribute("html", "lang") == "fr"
        assert page.inner_text("h1") == "Marseille à l'international"
        assert "Ville jumelle" in page.inner_text("#category-table")
        assert "29" in page.inner_text("#figures-table")
        assert axe_violations(page) == []
        screenshot(page, "placeholder-fr")

        page.click("#language-link")
        page.wait_for_function("document.documentElement.lang === 'en'")
        page.wait_for_selector("text=Twin city")
        assert page.inner_text("h1") == "Marseille and the world"
        assert "150,000" in page.inner_text("#figures-table")
        assert axe_violations(page) == []
        screenshot(page, "placeholder-en")

        assert page.blocked == []  # the page asked for nothing outside this machine
        assert page.console_errors == []
