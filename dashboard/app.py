"""The app factory: create_app(settings) -> Dash."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import partial
from html import escape
from urllib.parse import parse_qs, urlsplit

from dash import Dash
from dash.exceptions import DependencyException
from flask import jsonify, redirect, request
from werkzeug.exceptions import HTTPException

from . import ids
from .callbacks import register_callbacks
from .compression import add_compression
from .config import Settings
from .datapage import add_data_page
from .dataset import check_dataset
from .deskroutes import add_desk_route
from .findable import head_tags, not_found_page, public_base, reader_language, sitemap
from .i18n import normalise_language, text_in
from .layout import NOSCRIPT, Around, Opening, make_notices, make_page
from .opening import asked_chapter, chapter_card, chapter_lanes, opens_on_default
from .payloads import PayloadCache, add_data_route
from .render import render
from .security import add_security_headers
from .store import DataStore

log = logging.getLogger(__name__)

INDEX = """<!DOCTYPE html>
<html lang="{lang}">
<head>{%metas%}<title>{%title%}</title>{%favicon%}{%css%}{noscript}</head>
<body>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer></body>
</html>"""


def request_language() -> str:
    """`?lang=en` -> "en"; anything missing or unknown -> French.

    Dash fetches the layout from /_dash-layout without the page's query string, so there the language
    comes from the page address the browser sends as referrer (same origin: sent in full).
    """
    try:
        lang = request.args.get("lang")
        if lang is None and request.referrer:
            lang = parse_qs(urlsplit(request.referrer).query).get("lang", [None])[0]
        return normalise_language(lang)
    except RuntimeError:  # outside a request (layout validation)
        return normalise_language(None)


def opens_here() -> bool:
    """Whether this address opens on the opening view, which the first HTML then says and shows. Another
    state (a year, a category, a chosen relation, a story) is the browser's to draw: the page then opens
    without the opening view's words and picture rather than with wrong ones."""
    try:
        return opens_on_default(request.args)
    except RuntimeError:  # outside a request
        return True


def embedded() -> bool:
    """Whether the page was asked for as an embed (?embed=1, as assets/src/url.mjs reads it)."""
    try:
        return request.args.get("embed") == "1"
    except RuntimeError:  # outside a request
        return False


class AtlasDash(Dash):
    """Dash whose first response is the page itself: in the reader's language (RGAA 8.3), with what the
    opening view says and shows, fetching the data and the basemap while the scripts load; Dash's own
    scripts wait until the map is live (they only carry the notice that the data changed)."""

    preloads: Callable[[], list[str]] = staticmethod(list)
    plotly_url: str = ""  # the atlas's plotly.js, which the page loads itself (assets/src/loader.mjs)
    topojson_url: str = ""  # the basemap's topology, which only the live map reads
    atlas: Callable[[], object] = staticmethod(lambda: None)  # the served data's atlas.toml
    # its HTML: in a language, on the opening view or not, with a story chapter's card or not
    page_body: Callable[[str, bool, object], str] = staticmethod(lambda lang, opening, chapter: "")
    stories: Callable[[], set[str]] = staticmethod(set)  # the served data's story ids
    payload: Callable[[], dict] = staticmethod(dict)  # the served data, as the browser reads it
    # the head's description, canonical address, alternates and link cards, for a language and the base address
    head: Callable[[str, str], str] = staticmethod(lambda lang, base: "")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: dict[tuple, str] = {}

    def presenting(self) -> bool:
        """Whether the address asks for one of the served data's stories."""
        return request.args.get("story") in self.stories()

    def chapter(self) -> tuple[str, int] | None:
        """The story and chapter the address asks for (None: none of the served data's)."""
        return asked_chapter(self.payload(), request.args.get("story"), request.args.get("chapter"))

    def base(self) -> str:
        """The atlas's absolute address: atlas.toml's published one, else the request's host and prefix."""
        return public_base(self.atlas().address, request.host_url, self.config.requests_pathname_prefix)

    @staticmethod
    def audience() -> bool:
        """Whether a story's address is the audience's screen (not the presenter's console)."""
        return request.args.get("presenter") != "1"

    def index(self, *args, **kwargs):
        """The page, built once per language and data version (Dash rebuilds its script and style lists
        on every request: a third of the time of a page view)."""
        key = (request_language(), embedded(), opens_here(), self.chapter(), self.audience(), tuple(self.preloads()),
               self.base())
        page = self._pages.get(key)
        if page is None:
            if len(self._pages) > 16:  # old data versions
                self._pages.clear()
            page = self._pages[key] = super().index(*args, **kwargs)
        return page

    def interpolate_index(self, **kwargs):
        lang = request_language()
        kwargs["title"] = text_in(self.atlas().title, lang)
        kwargs["metas"] += self.head(lang, self.base())
        live_map = (self.plotly_url, self.topojson_url)
        kwargs["css"] = preload_links(self.preloads(), live_map, opens_here()) + kwargs["css"]
        kwargs["app_entry"] = self.page_body(lang, opens_here(), self.chapter()) + kwargs["app_entry"]
        kwargs["scripts"], later = later_scripts(kwargs["scripts"])
        if later:  # inert in a template: the page runs them itself once its map is live (assets/src/dash.mjs)
            kwargs["renderer"] = f'<template id="{ids.DASH_SCRIPTS}">{later}{kwargs["renderer"]}</template>'

        page = super().interpolate_index(**kwargs)
        # an embed and a presentation are laid out as one from the first paint (the script would otherwise
        # move it all, later)
        presenting = self.presenting()
        names = " ".join(name for name, on in (("embed", embedded()), ("presenting", presenting),
                                               ("audience" if self.audience() else "presenter", presenting)) if on)
        classes = f' class="{names}"' if names else ""
        page = page.replace('<html lang="{lang}">', f'<html lang="{lang}"{classes}>', 1)
        return page.replace("<body>", f"<body{ids.page_attribute()}>", 1)


SCRIPT_TAG = re.compile(r'<script src="([^"<>]+)"></script>')
# A desktop's screen (assets/src/loader.mjs, EAGER): it takes the live map at once, a phone when it needs it.
DESKTOP = "(min-width: 1101px) and (pointer: fine)"


def preload_links(fetched: list[str], live_map: tuple[str, str], opening: bool) -> str:
    """What the page fetches while it is parsed: its data (every screen), and the live map's plotly.js and
    basemap (live_map): for a view the page's picture does not show, on every screen; for the opening
    view, on a desktop's only (a phone fetches them when it needs them: the bytes would delay its data).
    The atlas's script loads plotly.js itself (assets/src/loader.mjs), so that it runs after the page
    answers, not before."""
    media = f' media="{DESKTOP}"' if opening else ""
    links = [f'<link rel="preload" as="fetch" crossorigin="anonymous" href="{escape(url)}">' for url in fetched]
    links.append(f'<link rel="preload" as="script" href="{escape(live_map[0])}"{media}>')
    links.append(f'<link rel="preload" as="fetch" crossorigin="anonymous" href="{escape(live_map[1])}"{media}>')
    return "".join(links)


def later_scripts(scripts: str) -> tuple[str, str]:
    """Dash's script tags split in two: the atlas's own (its bundle; plotly.js is the page's own, see
    preload_links), deferred (compiled while the page paints, run once it is parsed), and Dash's (its polyfills,
    React, the renderer, the components), which the page runs after its map is live: a third of the
    blocking time before it, for a poll. Tags of any other shape (a Dash that writes them differently)
    leave everything as it was."""
    tags = [tag.strip() for tag in scripts.split("\n") if tag.strip()]
    sources = [SCRIPT_TAG.fullmatch(tag) for tag in tags]
    if not tags or not all(sources):
        return scripts, ""
    urls = [match.group(1) for match in sources]
    own = [url for url in urls if "/assets/" in url]
    if not any("dash_renderer" in url for url in urls) or len(own) == len(urls):
        return scripts, ""
    tag = '<script src="{}"></script>'.format
    deferred = '<script defer src="{}"></script>'.format  # compiled while the page paints
    return "".join(map(deferred, own)), "".join(tag(url) for url in urls if url not in own)


def add_findable_routes(app: AtlasDash) -> None:
    """/robots.txt (the pages may be indexed, the data and Dash's own endpoints need not be; where the
    sitemap is), /sitemap.xml, a Cache-Control on the page, and a 404 page in the reader's language for any
    address that leads nowhere (Dash would answer it with the explorer)."""
    prefix = app.config.routes_pathname_prefix
    catchall = prefix + "<path:path>"  # Dash's own endpoint name for every other path

    @app.server.route(prefix + "robots.txt")
    def robots():
        body = (f"User-agent: *\nAllow: {prefix}\nDisallow: {prefix}_dash-\nDisallow: {prefix}atlas-data/\n"
                f"Sitemap: {app.base()}sitemap.xml\n")
        return app.server.response_class(body, mimetype="text/plain")

    @app.server.route(prefix + "sitemap.xml")
    def sitemap_xml():
        return app.server.response_class(sitemap(app.base()), mimetype="application/xml")

    @app.server.route(prefix + "favicon.ico")
    def favicon():  # where a browser looks for it on a page that names none (the plain pages)
        return redirect(app.get_asset_url("favicon.ico"), code=301)

    @app.server.before_request
    def nowhere():
        if request.endpoint != catchall:
            return None
        lang = reader_language(request.args.get("lang"), request.accept_languages)
        page = not_found_page(app.atlas(), lang, request.path, prefix)
        return app.server.response_class(page, status=404, mimetype="text/html")

    @app.server.after_request
    def cacheable(response):
        if request.endpoint == prefix and response.status_code == 200:  # the page: its data may change
            response.headers["Cache-Control"] = "public, max-age=60"
        return response


def create_app(settings: Settings | None = None, store: DataStore | None = None) -> Dash:
    """A configured app serving the data in settings.data_dir (tests pass their own settings)."""
    settings = settings or Settings.from_env()
    store = store or DataStore(
        settings.data_dir,
        settings.reload_interval,
        loader=partial(check_dataset, tolerance_km=settings.coastal_tolerance_km),
    )
    atlas = store.get().atlas
    app = AtlasDash(
        __name__,
        title=atlas.title["fr"],
        assets_folder=str(settings.assets_dir),
        # the page loads the bundle, not its sources (assets/src/*.mjs), nor the script for the pages that
        # frame the atlas (Dash matches this against file names, not folders)
        assets_ignore=r"\.mjs$|atlas-embed-host\.js$|plotly-geo\.min\.js$",
        update_title=None,
        url_base_pathname=settings.url_prefix,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    app.index_string = INDEX.replace("{noscript}", NOSCRIPT)
    payloads = PayloadCache(store)
    topojson = app.get_asset_url("topojson/")

    def data_source() -> dict:
        """Which data the page should show, and where to fetch it (versioned: cached for good)."""
        version = payloads.version()
        return {"version": version, "url": app.get_relative_path(f"/atlas-data/{version}.json")}

    app.preloads = lambda: [data_source()["url"]]
    app.plotly_url = asset_address(app, settings.assets_dir, "vendor/plotly-geo.min.js")
    app.topojson_url = topojson + "world_110m.json"
    app.atlas = lambda: store.get().atlas
    app.layout = lambda: make_notices(data_source(), settings.poll_interval)
    def first_view(lang: str, opens: bool, chapter: tuple[str, int] | None) -> Opening:
        """What the first HTML shows: the opening view, a story chapter's card, or nothing to guess."""
        if opens:
            return payloads.opening(lang)
        if not chapter:
            return Opening()
        payload = payloads.payload()
        return Opening(card=chapter_card(payload, lang, *chapter), lanes=chapter_lanes(payload, *chapter))

    framers = settings.frame_ancestors or ("'self'", *atlas.frame_ancestors)  # the sites that may frame the atlas
    app.page_body = lambda lang, opens, chapter: render(make_page(
        data_source(), lang, topojson, app.atlas(), first_view(lang, opens, chapter),
        Around(licence=store.get().manifest.licence, framers=framers, plotly=app.plotly_url)))
    app.stories = lambda: set(payloads.payload().get("stories") or ())
    app.payload = payloads.payload
    app.head = lambda lang, base: head_tags(app.atlas(), lang, base, payloads.opening(lang).summary)
    register_callbacks(app, data_source)
    add_data_route(app, payloads)
    app.server.config["ATLAS_STORE"] = store
    add_health_route(app, store)
    add_desk_route(app, store, lambda: list(store.get().manifest.files), settings)
    add_data_page(app, store, payloads)
    add_findable_routes(app)
    add_error_handlers(app)
    add_compression(app.server, settings.assets_dir, settings.url_prefix)
    add_security_headers(app, framers)
    register_bundles(app)
    payloads.encoded("br")  # built and compressed once here: with gunicorn --preload, every worker inherits it
    return app


def asset_address(app: Dash, assets_dir, name: str) -> str:
    """An asset's address with its version (its file's time, as Dash writes ?m=): cached for good."""
    return f"{app.get_asset_url(name)}?m={int((assets_dir / name).stat().st_mtime)}"


def register_bundles(app: Dash) -> None:
    """Render the page once now. Dash learns which script bundles it may serve when it first renders the
    page, per process: a worker that had not yet rendered it answered the browser's script requests with
    500s ("not a registered library") when the page itself came from another worker."""
    with app.server.test_client() as client:
        client.get(app.config.requests_pathname_prefix)


def add_error_handlers(app: Dash) -> None:
    """A malformed or crafted callback request is the client's error: 400, and no traceback anywhere."""

    @app.server.errorhandler(Exception)
    def handle(exc: Exception):
        if isinstance(exc, HTTPException):
            return exc
        if isinstance(exc, FileNotFoundError | DependencyException):  # a bundle or file Dash does not have
            return jsonify(error="not found"), 404
        if request.path.endswith("/_dash-update-component"):
            log.warning("rejected a malformed callback request: %s: %s", type(exc).__name__, exc)
            return jsonify(error="malformed callback request"), 400
        log.error("unexpected error on %s: %s: %s", request.path, type(exc).__name__, exc)
        return jsonify(error="internal error"), 500


def add_health_route(app: Dash, store: DataStore) -> None:
    """/healthz: which data version is served and whether the last edit of the files was usable."""

    @app.server.route(app.config.routes_pathname_prefix + "healthz")
    def health():
        dataset = store.get()
        report = store.last_report
        return jsonify(
            status="ok",
            data_version=store.version,
            relations=len(dataset.relations),
            last_check_ok=bool(report and report.ok),
            last_check_errors=[str(p) for p in (report.errors if report else [])][:50],
        )
