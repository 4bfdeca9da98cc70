"""A third language by files alone: a pseudo-locale's .po file beside French and English, no code
touched, and the page speaks it, falling back to French for the data's texts."""

from __future__ import annotations

import re
import shutil

import pytest

from dashboard.i18n import LOCALES_DIR

from .browser import offline_page, requires_chromium
from .conftest import Server

pytestmark = [pytest.mark.browser, requires_chromium]


def pseudo(po_text: str) -> str:
    """A pseudo-locale "xx" from the French catalogue: every text bracketed, placeholders kept."""
    def bracket(match):
        text = match.group(1)
        return f'msgstr "⟦{text}⟧"' if text.strip() and not text.startswith(("fr-FR", " : ", " ; ")) else match.group(0)

    body = re.sub(r'^msgstr "(.*)"$', bracket, po_text.split("\n\n", 1)[1], flags=re.M)
    body = body.replace('msgstr "⟦Langue\u00a0: français⟧"', 'msgstr "Pseudo : xx"')
    header = 'msgid ""\nmsgstr ""\n"Language: xx\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n'
    return header + "\n" + body


def test_a_third_language_by_files_alone_speaks_in_the_page(tmp_path, data_copy):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    (locales / "xx.po").write_text(pseudo((LOCALES_DIR / "fr.po").read_text(encoding="utf-8")), encoding="utf-8")
    server = Server(data_copy, ATLAS_LOCALES_DIR=str(locales))
    try:
        with offline_page(viewport=(1440, 900)) as page:
            page.goto(server.url + "/?year=2024")
            page.wait_for_selector("#map .geo .layer path", timeout=30000)
            assert page.locator("a[data-lang='xx']").inner_text() == "Pseudo : xx"  # offered beside English
            page.click("a[data-lang='xx']")
            page.wait_for_function("document.documentElement.lang === 'xx'")
            page.wait_for_function("(document.querySelector('#summary') || {}).textContent?.startsWith('⟦En 2024')")
            assert page.inner_text("label[for='year-slider']") == "⟦Année⟧"
            assert page.locator("a[data-lang='fr']").count() == 1 and page.locator("a[data-lang='en']").count() == 1
            # the data's own texts have no xx column: French
            assert "Jumelage avec Hambourg" in page.inner_text("#table")
            assert page.inner_text("h1") == "Marseille à l'international"
            assert page.console_errors == []
    finally:
        server.stop()
