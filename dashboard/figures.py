"""The map's and the timeline's looks, built with plotly.py once per data version: layouts (projection, view,
colours, margins, fonts, tool bar) and one template per kind of trace, for the normal and projector themes.
The browser fills the templates' arrays for the current year, mode, categories and region, and draws; it
decides no colour, symbol, size rule, text style or layout of its own.

plotly.py validates every attribute here: a misspelt one fails in Python, in the tests, not silently in a
browser."""

from __future__ import annotations

import plotly.graph_objects as go

from .atlas import Atlas
from .categories import THEMES

INK, BLACK, WHITE, CLEAR = "#1d2433", "#111", "#ffffff", "rgba(0,0,0,0)"
ACCENT = "#005a9c"  # the page's --accent (assets/atlas.css): the chosen year, the active tool
# plotly.js's tool bar: its default grey icons stand 1.5:1 on white; these 7:1 (RGAA 3.3)
MODEBAR = {"bgcolor": "rgba(255,255,255,0.9)", "color": "#4a5468", "activecolor": ACCENT}
HOVER = {"bgcolor": WHITE, "font": {"size": 13}}
# The consulates' countries by rank, lightest first; a post whose rank no source gives has its own hue.
# Light tints: the ink goes to the marks (every shade is lighter than every category's colour, and every
# mark stands 3:1 on every shade: tests/test_figures.py); the dark border keeps each country 3:1 from land.
RANK_SHADES = (("unknown", "#ece3f0"), ("honorary", "#f9e7cf"), ("consulate", "#f5d7b0"), ("general", "#efc595"))
RANK_BORDER = "#7a3d00"


def plain(figure_part) -> dict:
    """A plotly.py object as the JSON the browser reads."""
    return figure_part.to_plotly_json()


def grows(base: float, growth: float, most: float, beyond: int = 0) -> dict:
    """A mark's size rule: it starts at base and grows with the square root of what it holds, up to a limit."""
    return {"base": base, "growth": growth, "most": most, "beyond": beyond}


def view_geo(view: dict) -> dict:
    """Where a named view of data/atlas.toml looks: projection, rotation, zoom, centre, latitudes shown."""
    geo = {"projection": {"type": view["projection"], "scale": view["scale"],
                          "rotation": {"lon": view["rotation_lon"], "lat": view["rotation_lat"]}},
           "center": {"lat": view["center_lat"], "lon": view["center_lon"]}}
    if "lat_min" in view:
        geo["lataxis"] = {"range": [view["lat_min"], view["lat_max"]]}
    if "lon_min" in view:
        geo["lonaxis"] = {"range": [view["lon_min"], view["lon_max"]]}
    return plain(go.layout.Geo(geo))


def geo_view(atlas: Atlas) -> dict:
    """How the map opens (the first of data/atlas.toml's [[views]]); both map layers share it."""
    return view_geo(atlas.view) | {"resolution": 110, "showframe": False, "showcoastlines": False}


def named_views(atlas: Atlas) -> list[dict]:
    """The map's named views, for their buttons and ?view=: id, names, and where each looks."""
    return [{"id": v["id"], "name": v["name"], "geo": view_geo(v)} for v in atlas.views]


# the opacity of the marks a story's chapter does not cite: there, not in the way
FADE = 0.3


def map_templates(atlas: Atlas, theme_name: str) -> dict:
    """The map's two layers and its traces, for one theme."""
    theme, projector = THEMES[theme_name], theme_name == "projector"
    view = geo_view(atlas)
    base = go.Layout(geo=view | {"showland": True, "landcolor": theme["land"], "showocean": True,
                                 "oceancolor": theme["sea"], "showcountries": True, "countrycolor": theme["borders"],
                                 "countrywidth": theme["border_width"], "bgcolor": theme["sea"]},
                     margin={"l": 0, "r": 0, "t": 0, "b": 0}, paper_bgcolor=theme["sea"], showlegend=False)
    data = go.Layout(geo=view | {"showland": False, "showocean": False, "showcountries": False, "bgcolor": CLEAR},
                     margin={"l": 0, "r": 0, "t": 0, "b": 0}, paper_bgcolor=CLEAR, dragmode="pan", showlegend=False,
                     hoverlabel=HOVER, modebar=MODEBAR)
    scale = 1.6 if projector else 1
    traces = {
        # one trace for every place: symbol, colour and size per point say its category and how many
        "places": go.Scattergeo(mode="markers", name="places", hoverinfo="text", showlegend=False,
                                marker={"opacity": 1, "line": {"color": INK, "width": 1}}),
        # beyond the place limit, one mark per country
        "countries": go.Scattergeo(mode="markers", name="countries", hoverinfo="text", showlegend=False,
                                   marker={"symbol": "circle", "color": INK, "opacity": 0.75,
                                           "line": {"color": WHITE, "width": 1}}),
        # opaque enough to stand 3:1 from the land (RGAA 3.3): an arc is how a partnership reads
        "arc": go.Scattergeo(mode="lines", hoverinfo="skip", showlegend=False, line={"width": 1.2},
                             opacity=1 if projector else 0.8),
        # the arcs of what is not chosen nor filtered for: a hint of the web, not a hairball (the marks
        # say what is there, 3:1; assets/src/map.mjs, arcTraces)
        "arcRest": go.Scattergeo(mode="lines", name="arcs-rest", hoverinfo="skip", showlegend=False,
                                 line={"width": 0.8}, opacity=0.5 if projector else 0.35),
        # the chosen relation's own arc
        "arcChosen": go.Scattergeo(mode="lines", hoverinfo="skip", showlegend=False, line={"width": 2.5}, opacity=1),
        # marks that would hide each other at this zoom, as one with their count (assets/src/groups.mjs)
        "group": go.Scattergeo(mode="markers+text", name="groups", hoverinfo="text", showlegend=False,
                               textposition="middle center",
                               textfont={"size": 15 if projector else 11, "color": WHITE, "weight": 700},
                               marker={"symbol": "circle", "color": INK, "opacity": 1,
                                       "line": {"color": WHITE, "width": 1.5}}),
        "countryLayer": go.Choropleth(locationmode="ISO-3", hoverinfo="text", zmin=0, zmax=len(RANK_SHADES) - 1,
                                      showscale=False, showlegend=False,
                                      colorscale=[[i / (len(RANK_SHADES) - 1), colour]
                                                  for i, (_, colour) in enumerate(RANK_SHADES)],
                                      marker={"line": {"color": RANK_BORDER, "width": 0.8}}),
        "home": go.Scattergeo(mode="markers+text", textposition="bottom center", hoverinfo="text", showlegend=False,
                              marker={"symbol": "star-square", "color": BLACK, "line": {"color": WHITE, "width": 1.5}},
                              textfont={"size": 18 if projector else 13, "color": BLACK}),
        # rings only: the label engine names what they ring (assets/src/labels.mjs)
        "selection": go.Scattergeo(mode="markers", hoverinfo="skip", showlegend=False,
                                   marker={"symbol": "circle-open", "size": 30 if projector else 26, "color": BLACK,
                                           "line": {"width": 3}}),
        # the chosen relation's partner, when it is not where the thing happened
        "partner": go.Scattergeo(mode="lines+markers+text", hoverinfo="skip", showlegend=False,
                                 textposition="top center", textfont={"size": 18 if projector else 12, "color": BLACK},
                                 line={"color": BLACK, "width": 1.5, "dash": "dash"},
                                 marker={"symbol": ["circle", "circle-open"], "size": [0, 16], "color": BLACK,
                                         "line": {"width": 2}}),
    }
    # how a mark grows with what it holds, in px: base + min(most, growth * sqrt(n - beyond)), n its relations
    home = 1.4 if projector else 1
    sizes = {"place": grows(9 * scale, 3 * scale, 9 * scale, beyond=1), "country": grows(8, 2.5, 22),
             "home": grows(15 * home, 2 * home, 10 * home), "group": grows(16 * scale, 2 * scale, 10 * scale, beyond=2)}
    # names on the map (assets/src/labels.mjs places them): their type, and how much map one name needs, so
    # a phone shows fewer than a desktop and zooming in shows more
    labels = {"size": 17 if projector else 12, "weight": 600, "colour": BLACK, "halo": WHITE,
              "areaPerName": 26000 if projector else 15000, "most": 60}
    return {"base": plain(base), "data": plain(data), "traces": {k: plain(v) for k, v in traces.items()},
            "labels": labels, "fade": FADE,
            "sizes": sizes, "rankShades": [{"consular_rank": r, "colour": c} for r, c in RANK_SHADES],
            "rankBorder": RANK_BORDER}


def timeline_templates(theme_name: str) -> dict:
    """The timeline's layout (its lanes and range are the browser's) and its traces, for one theme."""
    projector = theme_name == "projector"
    layout = go.Layout(margin={"l": 170, "r": 16, "t": 8, "b": 36},
                       xaxis={"type": "date", "gridcolor": "#e4e7eb", "fixedrange": False},
                       yaxis={"type": "category", "categoryorder": "array", "automargin": True, "fixedrange": True},
                       plot_bgcolor=WHITE, paper_bgcolor=WHITE, dragmode="pan", uirevision="atlas-timeline",
                       hoverlabel=HOVER, showlegend=False, modebar=MODEBAR,
                       font={"size": 17 if projector else 12, "color": INK})
    traces = {
        # lasting relations' bars: 3:1 on the paper (RGAA 3.3)
        "span": go.Scatter(mode="lines", hoverinfo="skip", showlegend=False, line={"width": 6}, opacity=0.7),
        "points": go.Scatter(mode="markers", hoverinfo="text", showlegend=False,
                             marker={"size": 10, "line": {"color": INK, "width": 1}}),
        "years": go.Scatter(mode="markers", hoverinfo="text", showlegend=False,
                            marker={"line": {"color": INK, "width": 1}}),
        "ring": go.Scatter(mode="markers", hoverinfo="skip", showlegend=False,
                           marker={"symbol": "circle-open", "size": 22, "color": BLACK, "line": {"width": 3}}),
    }
    # the chosen year as the year control's histogram marks it: in the accent colour
    year_mark = {"type": "rect", "xref": "x", "yref": "paper", "y0": 0, "y1": 1, "fillcolor": "rgba(0,90,156,0.12)",
                 "line": {"color": ACCENT, "width": 1.5}}
    go.layout.Shape(year_mark)  # validated like the rest
    return {"layout": plain(layout), "traces": {k: plain(v) for k, v in traces.items()}, "yearMark": year_mark,
            # each lane's height, and the year the axis opens on (the oldest ties are far apart)
            "lane": {"height": 44, "extra": 60, "min": 180}, "opensOn": 1950,
            # a crowded lane's one mark per year, grown with how many began that year
            "yearSize": grows(6, 2, 16),
            # the year control's small histogram: how many relations began or happened each year
            "histogram": {"bar": "#6b7689", "chosen": ACCENT, "height": 34}}


def figure_templates(atlas: Atlas) -> dict:
    """Every look the browser draws with, per theme."""
    return {name: {"map": map_templates(atlas, name), "timeline": timeline_templates(name)} for name in THEMES}
