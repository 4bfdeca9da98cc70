"""Compressed responses: static files compressed once per worker and kept, dynamic ones on the fly.

Dash serves its bundles and our assets uncompressed (about 3 MB for a first visit, most of it
plotly.js); compressed, a first visit is well under 1 MB. Brotli where the browser accepts it, else gzip.
"""

from __future__ import annotations

import gzip
import threading
from concurrent.futures import ThreadPoolExecutor

import brotli
from flask import Flask, Response, request

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/geo+json")
STATIC_PREFIXES = ("/assets/", "/_dash-component-suites/")
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


def add_compression(server: Flask) -> None:
    """Register the after-request hook on a Flask server."""
    cache: dict[tuple[str, str, str], bytes | None] = {}
    lock = threading.Lock()
    background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compress")

    def store_best(key: tuple[str, str, str], data: bytes) -> None:
        body = compress(data, key[2], best=True)
        with lock:
            cache[key] = body

    @server.after_request
    def compress_response(response: Response) -> Response:
        encoding = preferred_encoding(request.headers.get("Accept-Encoding", ""))
        mimetype = response.mimetype or ""
        if (encoding is None or response.status_code != 200 or "Content-Encoding" in response.headers
                or not mimetype.startswith(COMPRESSIBLE) or request.method not in ("GET", "POST")):
            return response
        response.headers.add("Vary", "Accept-Encoding")
        response.direct_passthrough = False
        data = response.get_data()
        if len(data) < MIN_SIZE:
            return response
        static = request.path.startswith(STATIC_PREFIXES)
        if static:
            key = (request.path, request.query_string.decode("latin-1"), encoding)
            with lock:
                body = cache.get(key)
                first = body is None and key not in cache
                if first:
                    cache[key] = None  # claimed: one background job per file
            if body is None:
                # This visitor gets a fast compression; the best one is prepared for the next ones.
                body = compress(data, encoding, best=False)
                if first:
                    background.submit(store_best, key, data)
        else:
            body = compress(data, encoding, best=False)
        response.set_data(body)
        response.headers["Content-Encoding"] = encoding
        etag, weak = response.get_etag()
        if etag:
            response.set_etag(f"{etag}-{encoding}", weak=weak)
        return response
