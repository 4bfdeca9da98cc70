"""Security headers on every response: a Content-Security-Policy with script hashes and no
'unsafe-eval', who may frame the atlas, no sniffing, a discreet referrer, no powerful features."""

from __future__ import annotations

from dash import Dash
from flask import Response

PERMISSIONS = ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()",
               "fullscreen=(self)")


def content_security_policy(script_hashes: list[str], frame_ancestors: tuple[str, ...]) -> str:
    """Scripts only from the atlas and Dash's one inline script, by hash; styles inline too (plotly.js and
    Dash inject style tags); data only from the atlas; framing only by the allowed sites."""
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *script_hashes],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": list(frame_ancestors),
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def add_security_headers(app: Dash, frame_ancestors: tuple[str, ...]) -> None:
    """Call after every callback is registered: the hashes cover Dash's inline scripts as they are."""
    policy = content_security_policy(app.csp_hashes(), frame_ancestors)  # tokens come quoted already

    @app.server.after_request
    def secure(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        response.headers["Permissions-Policy"] = ", ".join(PERMISSIONS)
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        return response
