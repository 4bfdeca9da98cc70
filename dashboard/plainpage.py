"""The atlas's plain pages (the desk at /verifier, the data at /donnees, the desk's closed notice): their
words from the catalogue and their HTML document, the same shell for each."""

from __future__ import annotations

from html import escape

from dash import html

from .i18n import CATALOGUE, LANGUAGES, page_strings, tn
from .render import render


def words(lang: str, atlas=None):
    """The catalogue's text for a key in a language, its {placeholders} filled ({city}: the atlas's home city,
    when an atlas is given); T.count(key, n) the plural form for n."""
    table = page_strings(lang, atlas) if atlas is not None else CATALOGUE[lang]

    def T(key: str, **values) -> str:
        text = table[key]
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    T.count = lambda key, n: tn(key, n, lang)
    return T


def document(lang: str, title: str, parts: list, class_name: str, head: str = "", root: str = "") -> str:
    """A whole plain page: the language links, then parts, in a main of class_name; head adds to its head;
    root, the app's own path when the page may be served below it (its stylesheet is found from there)."""
    links = [html.A(CATALOGUE[code]["language.switch"], href=f"?lang={code}", hrefLang=code, lang=code)
             for code in LANGUAGES if code != lang]
    body = render(html.Main([html.Nav(links, className="desk-languages"), *parts], className=class_name, lang=lang))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="{escape(root)}assets/atlas.css">{head}</head>'
            f"<body>{body}</body></html>")
