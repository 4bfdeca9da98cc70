"""The map's and the timeline's looks are plotly.py's: the templates validate, the browser code only fills
them, and what it draws from the real payload is a figure plotly.py accepts."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import plotly.graph_objects as go
import pytest

from dashboard.dataset import load_dataset
from dashboard.figures import figure_templates
from dashboard.view import view_payload

ROOT = Path(__file__).resolve().parent.parent
# Draws with the browser's own code, in node: the base map, the data layer and the timeline of one state.
DRAW = """
const core = await import(process.argv[1] + "/assets/src/core.mjs");
const payload = JSON.parse((await import("node:fs")).readFileSync(0, "utf8"));
const out = {};
for (const theme of ["normal", "projector"]) {
  const state = Object.assign(core.defaultState(payload), { theme: theme, sel: process.argv[2] });
  const rows = core.visibleRelations(payload, state);
  out[theme] = { base: core.baseMapFigure(payload, state), map: core.mapFigure(payload, state, rows),
    timeline: core.timelineFigure(payload, state, core.timelineRows(payload, state)) };
}
process.stdout.write(JSON.stringify(out));
"""


@pytest.fixture(scope="module")
def payload():
    return view_payload(load_dataset(), version="test")


@pytest.fixture(scope="module")
def drawn(payload):
    consulate = next(r["id"] for r in payload["relations"] if r["category"] == "consulate" and r.get("start"))
    run = subprocess.run(["node", "--input-type=module", "-e", DRAW, str(ROOT), consulate], input=json.dumps(payload),
                         capture_output=True, text=True, check=True, timeout=60)
    return json.loads(run.stdout)


@pytest.mark.parametrize("theme", ["normal", "projector"])
@pytest.mark.parametrize("figure", ["base", "map", "timeline"])
def test_what_the_browser_draws_is_a_figure_plotly_py_accepts(drawn, theme, figure):
    built = drawn[theme][figure]
    assert built["data"], "nothing drawn"
    go.Figure(built)  # raises on any attribute plotly.js would not know


def test_the_browser_fills_the_templates_and_keeps_their_styles(drawn, payload):
    for theme in ("normal", "projector"):
        templates = payload["plotly"][theme]
        layer = drawn[theme]["map"]
        assert layer["layout"]["modebar"] == templates["map"]["data"]["modebar"]
        assert layer["layout"]["geo"]["projection"] == payload["views"][0]["geo"]["projection"]  # the opening view
        places = next(t for t in layer["data"] if t.get("name") == "places")
        assert places["marker"]["line"] == templates["map"]["traces"]["places"]["marker"]["line"]
        assert len(places["lat"]) == len(places["marker"]["size"]) > 0
        assert drawn[theme]["timeline"]["layout"]["font"] == templates["timeline"]["layout"]["font"]
    normal, projector = (drawn[t]["timeline"]["layout"]["font"]["size"] for t in ("normal", "projector"))
    assert projector > normal  # large type for the room


def test_the_categories_colours_and_shapes_come_from_categories_csv(drawn, payload):
    places = next(t for t in drawn["normal"]["map"]["data"] if t.get("name") == "places")
    declared = {(i["symbol"], i["colour"]) for i in payload["categoryInfo"].values()}
    assert set(zip(places["marker"]["symbol"], places["marker"]["color"], strict=True)) <= declared


def test_a_misspelt_attribute_fails_in_python_not_in_a_browser():
    with pytest.raises(ValueError):
        go.Scattergeo(marker={"colour": "#000"})


def test_the_templates_are_the_same_for_every_data_version():
    atlas = load_dataset().atlas
    assert figure_templates(atlas) == figure_templates(atlas)


def test_no_colour_is_decided_in_the_browser_code():
    for script in sorted((ROOT / "assets" / "src").glob("*.mjs")):
        found = re.findall(r"#[0-9a-fA-F]{3,6}\b|rgba?\(", script.read_text(encoding="utf-8"))
        assert not found, f"{script.name} decides colours: {found}"


def test_consulate_shades_leave_the_ink_to_the_marks():
    """Every rank's tint is lighter than every category's colour, and every mark stands 3:1 on it."""
    from dashboard.categories import contrast, luminance
    from dashboard.figures import RANK_BORDER, RANK_SHADES, THEMES

    colours = {c.id: c.colour for c in load_dataset().categories}
    for rank, shade in RANK_SHADES:
        for category, colour in colours.items():
            assert luminance(shade) > luminance(colour), (rank, category)
            assert contrast(shade, colour) >= 3, (rank, category, round(contrast(shade, colour), 2))
    for theme in THEMES.values():  # the border keeps a shaded country 3:1 from the land around it
        assert contrast(RANK_BORDER, theme["land"]) >= 3
