"""The fixtures the browser-side tests read are what the Python that owns them writes today."""

from __future__ import annotations

import pytest

from scripts.write_fixtures import FIXTURE_MAKERS, FIXTURES, render


@pytest.mark.parametrize("name", sorted(FIXTURE_MAKERS))
def test_the_committed_fixture_is_up_to_date(name):
    committed = (FIXTURES / name).read_text(encoding="utf-8")
    assert committed == render(name), f"tests/fixtures/{name} is stale: run scripts/write_fixtures.py"
