"""What search engines and link previews read: the page's absolute canonical address and its language
alternates, the cards a link shows when shared (Open Graph, Twitter), the sitemap, and a short page in the
reader's language for an address that leads nowhere. No Dash: the web layer serves them (dashboard/app.py)."""

from __future__ import annotations

from html import escape
from xml.sax.saxutils import escape as xml_escape

from dash import html

from .i18n import CATALOGUE, DEFAULT_LANGUAGE, LANGUAGES, page_strings, text_in
from .plainpage import document

# The preview pictures (`python -m dashboard previews`): the map as it opens, one per language.
PREVIEW = "assets/previews/atlas-{lang}.png"
PREVIEW_SIZE = (1200, 900)
# The pages a sitemap lists: the explorer and the data page, in each language.
DATA_PAGES = {"fr": "donnees", "en": "data?lang=en"}


def public_base(published: str, request_root: str, prefix: str) -> str:
    """The atlas's absolute address, ending in "/": atlas.toml's published one ([presentation] address),
    else the address the request came to (its scheme, host and the app's prefix)."""
    if published:
        return published.rstrip("/") + "/"
    return request_root.rstrip("/") + "/" + prefix.strip("/") + ("/" if prefix.strip("/") else "")


def page_address(base: str, lang: str, path: str = "") -> str:
    """A page's absolute address in a language: the default language without ?lang=."""
    if lang == DEFAULT_LANGUAGE or "lang=" in path:
        return base + path
    return base + path + ("&" if "?" in path else "?") + f"lang={lang}"


def head_tags(atlas, lang: str, base: str, sentence: str | None) -> str:
    """The head's description, canonical address, language alternates and the link cards (Open Graph and
    Twitter): the title, the sentence that sums up the view, and the picture of the map as it opens."""
    words = page_strings(lang, atlas)
    title = text_in(atlas.title, lang)
    described = sentence or words["app.description"]
    canonical = page_address(base, lang)
    image = base + PREVIEW.format(lang=lang)
    alternates = "".join(f'<link rel="alternate" hreflang="{code}" href="{escape(page_address(base, code))}">'
                         for code in LANGUAGES)
    cards = {
        "og:type": "website", "og:site_name": title, "og:title": title, "og:description": described,
        "og:url": canonical, "og:image": image, "og:image:type": "image/png",
        "og:image:width": str(PREVIEW_SIZE[0]), "og:image:height": str(PREVIEW_SIZE[1]),
        "og:image:alt": words["explorer.map"], "og:locale": CATALOGUE[lang]["language.locale"].replace("-", "_"),
    }
    twitter = {"twitter:card": "summary_large_image", "twitter:title": title, "twitter:description": described,
               "twitter:image": image, "twitter:image:alt": words["explorer.map"]}
    return (f'<meta name="description" content="{escape(words["app.description"])}">'
            f'<link rel="canonical" href="{escape(canonical)}">{alternates}'
            f'<link rel="alternate" hreflang="x-default" href="{escape(page_address(base, DEFAULT_LANGUAGE))}">'
            + "".join(f'<meta property="{name}" content="{escape(value)}">' for name, value in cards.items())
            + "".join(f'<meta name="{name}" content="{escape(value)}">' for name, value in twitter.items()))


def sitemap(base: str) -> str:
    """The pages in every language, each naming its alternates (sitemaps.org, with xhtml:link)."""
    pages = [[page_address(base, lang) for lang in LANGUAGES],
             [base + DATA_PAGES.get(lang, f"data?lang={lang}") for lang in LANGUAGES]]
    entries = []
    for addresses in pages:
        links = "".join(f'<xhtml:link rel="alternate" hreflang="{code}" href="{xml_escape(address)}"/>'
                        for code, address in zip(LANGUAGES, addresses, strict=True))
        entries += [f"<url><loc>{xml_escape(address)}</loc>{links}</url>" for address in addresses]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">' + "".join(entries) + "</urlset>\n")


def reader_language(asked: str | None, accepted) -> str:
    """?lang= when it names a language of the atlas, else the browser's best (Accept-Language), else French."""
    if asked in LANGUAGES:
        return asked
    return accepted.best_match(LANGUAGES, default=DEFAULT_LANGUAGE) if accepted else DEFAULT_LANGUAGE


def not_found_page(atlas, lang: str, path: str, root: str) -> str:
    """A short page for an address that leads nowhere: what happened, and the way to the atlas (root: the
    app's own path, the page may be asked for anywhere below it)."""
    words = page_strings(lang, atlas)
    home = root if lang == DEFAULT_LANGUAGE else f"{root}?lang={lang}"
    parts = [html.H1(words["notfound.title"]),
             html.P(words["notfound.text"].replace("{path}", path)),
             html.P(html.A(words["notfound.link"].replace("{title}", text_in(atlas.title, lang)), href=home),
                    className="opendata-download")]
    return document(lang, f"{words['notfound.title']} · {text_in(atlas.title, lang)}", parts, "desk",
                    head='<meta name="robots" content="noindex">', root=root)
