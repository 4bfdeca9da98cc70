"""Compressed responses: static files compressed once per worker and kept, dynamic ones on the fly.

Dash serves its bundles and our assets uncompressed (about 3 MB for a first visit, most of it
plotly.js); compressed, a first visit is well under 1 MB. Brotli where the browser accepts it, else gzip.
"""

from __future__ import annotations

import gzip
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli
from flask import Flask, Response, request

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/geo+json")
STATIC_PREFIXES = ("/assets/", "/_dash-component-suites/", "/atlas-data/")
MIN_SIZE = 1024


def preferred_encoding(accept: str) -> str | None:
    accepted = {part.split(";")[0].strip().lower() for part in accept.split(",")}
    if "br" in accepted:
        return "br"
    if "gzip" in accepted:
        return "gzip"
    return None


def compress(data: bytes, encoding: str, best: bool) -> bytes:
    """Brotli or gzip; `best` takes seconds on plotly.js (done once, in the background), else milliseconds."""
    if encoding == "br":
        return brotli.compress(data, quality=11 if best else 5)
    return gzip.compress(data, compresslevel=9 if best else 6, mtime=0)


SUFFIX = {"br": ".br", "gzip": ".gz"}


def precompressed(assets_dir: Path | None, path: str, encoding: str, original: bytes) -> bytes | None:
    """A compressed copy shipped beside an asset (plotly.js: brotli 11 takes seconds), if it is current;
    path is relative to the app's prefix ("/assets/...")."""
    if assets_dir is None or not path.startswith("/assets/"):
        return None
    candidate = assets_dir / (path[len("/assets/"):] + SUFFIX[encoding])
    if not candidate.is_file() or not candidate.resolve().is_relative_to(assets_dir.resolve()):
        return None
    body = candidate.read_bytes()
    decompress = brotli.decompress if encoding == "br" else gzip.decompress
    return body if decompress(body) == original else None  # a stale copy is ignored


class StaticCache:
    """Compressed static files, per worker: shipped copies first, else fast now and best in the background."""

    def __init__(self, assets_dir: Path | None):
        self.assets_dir = assets_dir
        self.bodies: dict[tuple[str, str, str], bytes | None] = {}
        self.lock = threading.Lock()
        self.background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compress")

    def body(self, key: tuple[str, str, str], data: bytes) -> bytes:
        with self.lock:
            body = self.bodies.get(key)
            first = body is None and key not in self.bodies
            if first:
                self.bodies[key] = None  # claimed: one background job per file
        if body is not None:
            return body
        if first:
            shipped = precompressed(self.assets_dir, key[0], key[2], data)
            if shipped is not None:
                self._store(key, shipped)
                return shipped
            self.background.submit(lambda: self._store(key, compress(data, key[2], best=True)))
        # This visitor gets a fast compression; the best one is prepared for the next ones.
        return compress(data, key[2], best=False)

    def _store(self, key: tuple[str, str, str], body: bytes) -> None:
        with self.lock:
            self.bodies[key] = body


def should_compress(response: Response, encoding: str | None) -> bool:
    return (encoding is not None and response.status_code == 200 and "Content-Encoding" not in response.headers
            and (response.mimetype or "").startswith(COMPRESSIBLE) and request.method in ("GET", "POST"))


def add_compression(server: Flask, assets_dir: Path | None = None, prefix: str = "/") -> None:
    """Register the after-request hook on a Flask server whose routes start with prefix ("/atlas/")."""
    static = StaticCache(assets_dir)

    @server.after_request
    def compress_response(response: Response) -> Response:
        encoding = preferred_encoding(request.headers.get("Accept-Encoding", ""))
        if not should_compress(response, encoding):
            return response
        response.headers.add("Vary", "Accept-Encoding")
        response.direct_passthrough = False
        data = response.get_data()
        if len(data) < MIN_SIZE:
            return response
        path = "/" + request.path[len(prefix):] if request.path.startswith(prefix) else request.path
        if path.startswith(STATIC_PREFIXES):
            body = static.body((path, request.query_string.decode("latin-1"), encoding), data)
        else:
            body = compress(data, encoding, best=False)
        response.set_data(body)
        response.headers["Content-Encoding"] = encoding
        etag, weak = response.get_etag()
        if etag:
            response.set_etag(f"{etag}-{encoding}", weak=weak)
        return response
