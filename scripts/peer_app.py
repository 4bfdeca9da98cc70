"""The peer an experienced Dash developer would build, for scripts/bench_explorer.py: a plotly.py figure made
once, a dcc.Graph, a clientside callback that filters the points by year in the browser and returns the
figure, the partial plotly.js bundle, compressed responses. (scripts/baseline_app.py is the naive one.)

    ATLAS_DATA_DIR=data gunicorn scripts.peer_app:server
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from dash import ClientsideFunction, Dash, Input, Output, State, dcc, html

from dashboard.categories import THEMES
from dashboard.compression import add_compression
from dashboard.config import ASSETS_DIR, DEFAULT_DATA_DIR, TOPOJSON_DIR
from dashboard.dataset import load_dataset

DATA = load_dataset(Path(os.environ.get("ATLAS_DATA_DIR", DEFAULT_DATA_DIR)))
HOME = DATA.atlas.home
STYLE = {c.id: c for c in DATA.categories}
FRAME = DATA.relations.assign(first=DATA.relations["start"].str[:4].astype("Int64"),
                              last=DATA.relations["end"].str[:4].astype("Int64"))
FIRST, LAST = int(FRAME["first"].min()), 2026


def years(rows) -> dict:
    """Each point's years and whether its category lasts: what the browser filters on."""
    def plain(column):
        return [int(v) if pd.notna(v) else None for v in rows[column]]

    return {"first": plain("first"), "last": plain("last"), "lasting": [STYLE[c].lasting for c in rows["category"]]}


def build() -> tuple[dict, list[dict]]:
    """The whole figure once, with plotly.py, and per trace the points' years (same order as its arrays)."""
    theme = THEMES["normal"]
    figure = go.Figure()
    filters = []
    shaded = FRAME[FRAME["category"].map(lambda c: STYLE[c].layer == "country") & FRAME["iso3"].notna()]
    # plain lists, not numpy arrays: Dash would send those as typed-array objects, which the filter cannot slice
    figure.add_trace(go.Choropleth(locations=shaded["iso3"].tolist(), z=[1] * len(shaded), showscale=False,
                                   colorscale=[[0, "#a34d00"], [1, "#a34d00"]], hoverinfo="skip"))
    filters.append(years(shaded))
    for category in (c for c in STYLE.values() if c.arcs):
        rows = FRAME[(FRAME["category"] == category.id) & FRAME["lat"].notna()]
        figure.add_trace(go.Scattergeo(lat=[v for lat in rows["lat"] for v in (HOME.lat, lat, None)],
                                       lon=[v for lon in rows["lon"] for v in (HOME.lon, lon, None)], mode="lines",
                                       line={"color": category.colour, "width": 1.2}, hoverinfo="skip"))
        filters.append(years(rows) | {"stride": 3})
    for category in (c for c in STYLE.values() if c.layer == "point"):
        rows = FRAME[(FRAME["category"] == category.id) & FRAME["venue_lat"].notna()]
        figure.add_trace(go.Scattergeo(lat=rows["venue_lat"].tolist(), lon=rows["venue_lon"].tolist(), mode="markers",
                                       hovertext=rows["title_fr"].tolist(), hoverinfo="text", name=category.label["fr"],
                                       marker={"symbol": category.symbol, "color": category.colour, "size": 9,
                                               "line": {"color": "#1d2433", "width": 1}}))
        filters.append(years(rows))
    figure.update_layout(
        geo={"projection": {"type": "natural earth", "rotation": {"lon": 15}}, "center": {"lat": 25, "lon": 15},
             "lataxis": {"range": [-58, 85]}, "showland": True, "landcolor": theme["land"], "showocean": True,
             "oceancolor": theme["sea"], "showcountries": True, "countrycolor": theme["borders"], "showframe": False},
        margin={"l": 0, "r": 0, "t": 0, "b": 0}, showlegend=False, uirevision="map")
    return figure.to_dict(), filters


FIGURE, FILTERS = build()

# The partial plotly.js bundle in the page instead of Dash's full one: dcc.Graph draws with window.Plotly
app = Dash(__name__, assets_folder=str(ASSETS_DIR), assets_ignore=r"^(?!plotly-geo\.min\.js$).*",
           assets_url_path="assets")
dcc._js_dist[:] = [entry for entry in dcc._js_dist if entry.get("namespace") != "plotly"]
app.layout = html.Div([
    dcc.Store(id="points", data={"figure": FIGURE, "filters": FILTERS}),
    dcc.Slider(id="year", min=FIRST, max=LAST, step=1, value=LAST, marks=None),
    dcc.Graph(id="map", config={"topojsonURL": "/topojson/"}, style={"height": "70vh"}),
])
app.clientside_callback(ClientsideFunction("peer", "filter"), Output("map", "figure"), Input("year", "value"),
                        State("points", "data"))
app.index_string = app.index_string.replace("{%scripts%}", "{%scripts%}<script>" + """
window.dash_clientside = Object.assign({}, window.dash_clientside, { peer: {
  /** The points shown in a year: lasting ones begun and not ended, the others that year. */
  filter: function (year, points) {
    const shown = function (f, i) {
      const first = f.first[i], last = f.last[i];
      if (first === null) return false;
      return f.lasting[i] ? first <= year && (last === null || last >= year) : first === year;
    };
    const data = points.figure.data.map(function (trace, t) {
      const f = points.filters[t], stride = f.stride || 1, keep = {};
      const keys = ["lat", "lon", "locations", "z", "hovertext"].filter(function (k) { return trace[k]; });
      keys.forEach(function (k) { keep[k] = []; });
      for (let i = 0; i < f.first.length; i++) {
        if (!shown(f, i)) continue;
        keys.forEach(function (k) { keep[k].push.apply(keep[k], trace[k].slice(i * stride, (i + 1) * stride)); });
      }
      return Object.assign({}, trace, keep);
    });
    return { data: data, layout: points.figure.layout };
  },
} });
""" + "</script>", 1)
add_compression(app.server, ASSETS_DIR, "/")


@app.server.route("/topojson/<name>")
def topojson(name: str):  # the same offline basemap as the explorer
    from flask import send_from_directory

    return send_from_directory(TOPOJSON_DIR, name)


server = app.server
# Dash learns which script bundles it may serve when it first renders the page, per process: rendered once
# here (before gunicorn's --preload forks), or a worker that had not rendered it answers them with 500s.
with server.test_client() as warm:
    warm.get("/")
