"""The atlas's public address as a QR code, made offline (segno: pure Python, no image library), so that
residents in a council room can open the map on their phones from the story's last screen."""

from __future__ import annotations

from functools import cache

import segno


@cache
def address_qr(address: str) -> str:
    """An inline SVG QR code for an address: dark on white with its quiet zone, 4 px a module, scaled by
    the page (its viewBox), error correction M (a projector's glare, a phone held at an angle)."""
    code = segno.make(address, error="m")
    return code.svg_inline(scale=4, border=4, dark="#000", light="#fff", omitsize=True)
