"""Dash html components as HTML, without React: the server's first response and the offline package
are the page itself, which the browser modules then fill and redraw in place."""

from __future__ import annotations

import re
from html import escape

from dash.development.base_component import Component

# Dash attribute names that differ from HTML's.
ATTRIBUTES = {"className": "class", "htmlFor": "for", "hrefLang": "hreflang"}
VOID = {"input", "br", "hr", "img", "meta", "link"}
CAMEL = re.compile(r"[A-Z]")


def render(node) -> str:
    """A Dash html component tree as HTML. Markup made by the atlas itself (an object with __html__, as
    markupsafe's) goes in as it is; core components (stores, intervals) are Dash's business."""
    if hasattr(node, "__html__"):
        return node.__html__()
    if isinstance(node, str | int | float):
        return escape(str(node))
    if isinstance(node, list | tuple):
        return "".join(render(child) for child in node)
    if not isinstance(node, Component) or node._namespace != "dash_html_components":
        return ""  # None, and Dash's own components
    tag = node._type.lower()
    attributes = "".join(
        f" {ATTRIBUTES.get(name, name)}" if value is True  # a boolean attribute (hidden, open): its name alone
        else f' {ATTRIBUTES.get(name, name)}="{escape(css(value) if name == "style" else str(value))}"'
        for name, value in node.to_plotly_json()["props"].items()
        if name != "children" and value is not None and value is not False
    )
    if tag in VOID:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{render(getattr(node, 'children', None))}</{tag}>"


def css(style: dict) -> str:
    """A style dict as a style attribute ({"fontSize": "1em"} -> "font-size: 1em")."""
    return "; ".join(f"{CAMEL.sub(lambda m: '-' + m.group(0).lower(), name)}: {value}" for name, value in style.items())
