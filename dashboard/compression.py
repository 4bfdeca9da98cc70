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
    """Brotli or gzip; `best` takes seconds on plotly.js (done once, in the background), else a tenth of a
    second on the largest payload (brotli 9: 8 % smaller than 5 at 50,000 relations, for 0.3 s more once)."""
    if encoding == "br":
        return brotli.compress(data, quality=11 if best else 9)
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
    """Compressed static files, per worker: shipped copies first, else fast now and best in the background.
    Once a file's best body is ready, later requests are answered from memory (see `served`)."""

    def __init__(self, assets_dir: Path | None):
        self.assets_dir = assets_dir
        self.bodies: dict[tuple[str, str, str], bytes | None] = {}
        self.headers: dict[tuple[str, str, str], dict[str, str]] = {}
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

    def remember(self, key: tuple[str, str, str], response: Response) -> None:
        """The headers a cached answer needs (type, caching, validator), from the first real response."""
        if key[1].startswith("m="):  # Dash fingerprints assets with their modification time: keep them a year
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        self.headers[key] = {name: response.headers[name] for name in ("Content-Type", "Cache-Control", "ETag")
                             if name in response.headers}

    def served(self, key: tuple[str, str, str]) -> Response | None:
        """The whole answer from memory, or None while the file has not been through the app once."""
        body, headers = self.bodies.get(key), self.headers.get(key)
        if body is None or headers is None:
            return None
        etag = headers.get("ETag", "")
        if etag and request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag, "Vary": "Accept-Encoding"})
        response = Response(body, headers={**headers, "Content-Encoding": key[2], "Vary": "Accept-Encoding"})
        response.direct_passthrough = True
        return response


class RecentCache:
    """Dynamic answers repeat (the page, the poll's answer): the same bytes are compressed once."""

    def __init__(self, size: int = 64):
        self.size = size
        self.bodies: dict[tuple[str, bytes], bytes] = {}

    def body(self, data: bytes, encoding: str) -> bytes:
        body = self.bodies.get((encoding, data))
        if body is None:
            body = compress(data, encoding, best=False)
            if len(self.bodies) >= self.size:
                self.bodies.clear()
            self.bodies[(encoding, data)] = body
        return body


def should_compress(response: Response, encoding: str | None) -> bool:
    return (encoding is not None and response.status_code == 200 and "Content-Encoding" not in response.headers
            and (response.mimetype or "").startswith(COMPRESSIBLE) and request.method in ("GET", "POST"))


def add_compression(server: Flask, assets_dir: Path | None = None, prefix: str = "/") -> None:
    """Register the after-request hook on a Flask server whose routes start with prefix ("/atlas/")."""
    static = StaticCache(assets_dir)
    recent = RecentCache()

    def static_key(encoding: str) -> tuple[str, str, str] | None:
        path = "/" + request.path[len(prefix):] if request.path.startswith(prefix) else request.path
        if not path.startswith(STATIC_PREFIXES):
            return None
        return path, request.query_string.decode("latin-1"), encoding

    @server.before_request
    def answer_from_memory() -> Response | None:
        """Static files and the data, once compressed, skip Flask's file serving and Dash altogether:
        the difference between ~900 and several thousand requests a second on two cores."""
        encoding = preferred_encoding(request.headers.get("Accept-Encoding", ""))
        if request.method != "GET" or encoding is None:
            return None
        key = static_key(encoding)
        return static.served(key) if key else None

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
        key = static_key(encoding)
        if key:
            body = static.body(key, data)
            static.remember(key, response)
        else:
            body = recent.body(data, encoding)
        response.set_data(body)
        response.headers["Content-Encoding"] = encoding
        etag, weak = response.get_etag()
        if etag:
            response.set_etag(f"{etag}-{encoding}", weak=weak)
        return response
