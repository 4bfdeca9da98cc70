"""Thin adapters: the explorer's callbacks run in the browser (assets/atlas-dash.js)."""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, Output, State

from . import ids


def register_callbacks(app: Dash) -> None:
    # Controls, URL and state in one callback, so each can drive the others without a loop.
    # URL, control changes and clicks in one callback, so each can drive the others without a loop.
    app.clientside_callback(
        ClientsideFunction(namespace="atlas", function_name="sync"),
        Output(ids.STATE, "data"),
        Output(ids.URL, "search"),
        Input(ids.URL, "search"),
        Input(ids.INPUT, "data"),
        Input(ids.MAP, "clickData"),
        Input(ids.TIMELINE, "clickData"),
        State(ids.DATA, "data"),
        State(ids.STATE, "data"),
    )
    app.clientside_callback(
        ClientsideFunction(namespace="atlas", function_name="render"),
        Output(ids.MAP, "figure"),
        Output(ids.TIMELINE, "figure"),
        Output(ids.SUMMARY, "children"),
        Output(ids.LANGUAGE_LINK, "href"),
        Input(ids.STATE, "data"),
        State(ids.DATA, "data"),
    )
    for button, function in ((ids.DOWNLOAD_CSV, "downloadCsv"), (ids.DOWNLOAD_GEOJSON, "downloadGeojson")):
        app.clientside_callback(
            ClientsideFunction(namespace="atlas", function_name=function),
            Output(button, "title"),  # nothing changes on the page: the browser saves a file
            Input(button, "n_clicks"),
            State(ids.STATE, "data"),
            State(ids.DATA, "data"),
            prevent_initial_call=True,
        )
