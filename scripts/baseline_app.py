"""The benchmark's baseline: a plain Dash app whose server callback rebuilds the map figure on each change.

    ATLAS_DATA_DIR=data .venv/bin/python -m gunicorn scripts.baseline_app:server

It draws the same relations as the explorer (places by category, arcs from Marseille, consulate
countries) with plotly.py on the server, Dash's default full plotly.js, and no compression.
"""

from __future__ import annotations

import os
from pathlib import Path

import plotly.graph_objects as go
from dash import Dash, Input, Output, dcc, html

from dashboard.config import DEFAULT_DATA_DIR
from dashboard.dataset import load_dataset

DATA = load_dataset(Path(os.environ.get("ATLAS_DATA_DIR", DEFAULT_DATA_DIR)))
FRAME = DATA.relations.assign(start_year=DATA.relations["start"].str[:4].astype("Int64"),
                              end_year=DATA.relations["end"].str[:4].astype("Int64"))
HOME = DATA.atlas.home
LASTING = {"twin_city", "cooperation", "consulate", "network"}
FIRST, LAST = int(FRAME["start_year"].min()), 2026


def visible(year: int):
    lasting = FRAME["category"].isin(LASTING)
    began = FRAME["start_year"].le(year).fillna(False) & (FRAME["end_year"].isna() | FRAME["end_year"].ge(year))
    happened = FRAME["start_year"].eq(year).fillna(False)
    return FRAME[(lasting & began) | (~lasting & happened)]


def figure(year: int) -> go.Figure:
    rows = visible(year)
    fig = go.Figure()
    consulates = rows[rows["category"] == "consulate"]
    fig.add_trace(go.Choropleth(locations=consulates["iso3"], z=[1] * len(consulates), showscale=False))
    for category in ("twin_city", "cooperation"):
        arcs = rows[(rows["category"] == category) & rows["lat"].notna()]
        lat, lon = [], []
        for plat, plon in zip(arcs["lat"], arcs["lon"], strict=True):
            lat += [HOME.lat, plat, None]
            lon += [HOME.lon, plon, None]
        fig.add_trace(go.Scattergeo(lat=lat, lon=lon, mode="lines", hoverinfo="skip"))
    for category, group in rows[rows["lat"].notna() & (rows["category"] != "consulate")].groupby("category"):
        fig.add_trace(go.Scattergeo(lat=group["lat"], lon=group["lon"], mode="markers", name=category,
                                    hovertext=group["title_fr"]))
    fig.update_layout(geo={"projection": {"type": "natural earth"}, "showcountries": True}, uirevision="map",
                      margin={"l": 0, "r": 0, "t": 0, "b": 0})
    return fig


app = Dash(__name__)  # its own defaults: full plotly.js bundle, no compression
app.layout = html.Div([
    dcc.Slider(id="year", min=FIRST, max=LAST, step=1, value=LAST, marks=None),
    dcc.Graph(id="map", config={"topojsonURL": "/topojson/"}, style={"height": "70vh"}),
])


@app.callback(Output("map", "figure"), Input("year", "value"))
def update(year):
    return figure(int(year))


@app.server.route("/topojson/<name>")
def topojson(name: str):  # the same offline basemap as the explorer
    from flask import send_from_directory

    from dashboard.config import TOPOJSON_DIR

    return send_from_directory(TOPOJSON_DIR, name)


server = app.server
# Dash learns which script bundles it may serve when it first renders the page, per process: rendered once
# here (before gunicorn's --preload forks), or a worker that had not rendered it answers them with 500s.
with server.test_client() as warm:
    warm.get("/")
