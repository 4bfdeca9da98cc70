"""What the desk keeps of a valid edit, in memory only and for a short time: the browser payload of the
edited data (the preview of the explorer under an unguessable address) and its "ready to publish" ZIP.
Nothing is written anywhere; a preview past its time, or pushed out by newer ones, is gone."""

from __future__ import annotations

import hashlib
import io
import secrets
import threading
import time
import zipfile
from dataclasses import dataclass
from html import escape

from dash import html

from . import ids
from .i18n import text_in
from .layout import Around, make_page
from .render import render
from .wire import payload_json

MOST_HELD = 4  # previews per process: each holds a payload (about a megabyte for the real data)


@dataclass(frozen=True)
class Preview:
    """One checked edit: its address's token, the payload the explorer reads, its ZIP, when it goes."""

    token: str
    payload: bytes
    version: str
    atlas: object
    archive: bytes
    expires: float  # time.time()


class Shelf:
    """The previews a process holds: at most MOST_HELD, each for `seconds`."""

    def __init__(self, seconds: float, most: int = MOST_HELD):
        self.seconds, self.most = seconds, most
        self._held: dict[str, Preview] = {}
        self._lock = threading.Lock()

    def put(self, payload: dict, atlas, archive: bytes) -> Preview:
        body = payload_json(payload)
        preview = Preview(secrets.token_urlsafe(24), body, payload["version"], atlas, archive,
                          time.time() + self.seconds)
        with self._lock:
            self._drop_old()
            while len(self._held) >= self.most:
                self._held.pop(next(iter(self._held)))  # the oldest
            self._held[preview.token] = preview
        return preview

    def get(self, token: str) -> Preview | None:
        with self._lock:
            self._drop_old()
            return self._held.get(token)

    def _drop_old(self) -> None:
        now = time.time()
        for token in [token for token, preview in self._held.items() if preview.expires <= now]:
            del self._held[token]


def edit_version(files: dict[str, bytes]) -> str:
    """A name for the edited data, from its files' content: "apercu-" and a short hash (never a served
    version's name, so nothing the browser caches for the served data is mixed with it)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    return "apercu-" + digest.hexdigest()[:12]


def checksums(files: dict[str, bytes]) -> str:
    """SHA256SUMS in the format `sha256sum -c` reads, one line per file of the data folder."""
    return "".join(f"{hashlib.sha256(files[name]).hexdigest()}  data/{name}\n" for name in sorted(files))


def publish_archive(files: dict[str, bytes], receipt: str) -> bytes:
    """The "ready to publish" ZIP: data/ with every file of the checked folder, SHA256SUMS, and the
    check's receipt (what was checked, when, its result)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(f"data/{name}", files[name])
        archive.writestr("SHA256SUMS", checksums(files))
        archive.writestr("verification.txt", receipt)
    return out.getvalue()


def preview_page(preview: Preview, lang: str, prefix: str, T) -> str:
    """The explorer on the edited data, under a banner that says it is a preview, not published: the
    app's own page (layout, assets), reading its data from the preview's address; no Dash, no poll."""
    data_url = f"{prefix}verifier/apercu/{preview.token}/donnees.json"
    until = time.strftime("%H:%M", time.gmtime(preview.expires))
    banner = html.Section(html.P([html.Strong(T("preview.banner")), " ", T("preview.until", time=until), " ",
                                  html.A(T("preview.back"), href=f"{prefix}verifier?lang={lang}")]),
                          className="preview-banner", **{"aria-label": T("preview.title")})
    page = make_page({"version": preview.version, "url": data_url}, lang, f"{prefix}assets/topojson/", preview.atlas,
                     around=Around(opendata=f"{prefix}donnees?lang={lang}"))
    scripts = "".join(f'<script defer src="{prefix}assets/{name}"></script>'
                      for name in ("vendor/plotly-geo.min.js", "atlas.js"))
    title = f"{T('preview.title')} · {text_in(preview.atlas.title, lang)}"
    return (f'<!DOCTYPE html>\n<html lang="{lang}" class="previewing"><head>'
            '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="robots" content="noindex">'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="{prefix}assets/atlas.css">{scripts}</head>'
            f"<body{ids.page_attribute()}>{after_skip_link(render(page), render(banner))}</body></html>")


def after_skip_link(page: str, banner: str) -> str:
    """The banner right after the page's skip link, which must stay the first thing the keyboard reaches."""
    end = page.find("</a>") + len("</a>")
    return page[:end] + banner + page[end:] if 'class="skip-link"' in page[:end] else banner + page
