"""What a proxy in front of the app must repeat on the files it serves itself: the app's security headers,
as nginx `add_header` lines (deploy/nginx.conf includes them; `python -m dashboard nginx-headers`)."""

from __future__ import annotations

from .app import create_app
from .config import Settings

# The headers dashboard/security.py sets on every answer.
SECURITY_HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
                    "Cross-Origin-Opener-Policy")


def nginx_headers(settings: Settings) -> str:
    """The app's own values, read from one of its answers (the policy's script hashes are Dash's, and its
    frame-ancestors the data's): `always`, so an error page nginx writes has them too."""
    app = create_app(settings)
    with app.server.test_client() as client:
        headers = client.get(app.config.requests_pathname_prefix + "healthz").headers
    lines = [f"# The app's security headers ({len(SECURITY_HEADERS)}), written by python -m dashboard nginx-headers"]
    for name in SECURITY_HEADERS:
        value = headers[name]
        if any(char in value for char in '"$\n'):  # nginx would read $ as a variable
            raise ValueError(f"{name} cannot be written for nginx: {value!r}")
        lines.append(f'add_header {name} "{value}" always;')
    return "\n".join(lines) + "\n"
