"""Thin adapters: the explorer runs in the browser (assets/src/explorer.mjs); the server only says
when the data files changed, since only it can read them."""

from __future__ import annotations

from collections.abc import Callable

from dash import ClientsideFunction, Dash, Input, Output, State, no_update

from . import ids


def register_callbacks(app: Dash, data_source: Callable[[], dict]) -> None:
    app.clientside_callback(
        ClientsideFunction(namespace="atlas", function_name="boot"),
        Output(ids.SHOWN, "data"),
        Input(ids.DATA, "data"),
    )

    @app.callback(Output(ids.DATA, "data"), Input(ids.POLL, "n_intervals"), State(ids.SHOWN, "data"),
                  prevent_initial_call=True)
    def refresh(_ticks, shown):
        """A page left open gets the new data when the office edits the files (and only then)."""
        source = data_source()
        return no_update if source["version"] == shown else source
