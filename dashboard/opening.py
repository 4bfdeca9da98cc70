"""What the page says and shows as it opens, made by Python into the first HTML so that nothing waits
for a script: the summary sentence, the key figures and a picture of the map (dashboard/picture.py).

The browser writes the same words once it runs (assets/src/words.mjs, officials.mjs, links.mjs); the
opening view is the page's default state (the last year, relations in force, every category), and a
browser test holds both to the same text (tests/test_first_frame.py).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from dash import html

from . import ids
from .i18n import format_number, locale_of
from .layout import Opening
from .picture import map_picture
from .visibility import shown_in

# The address parameters that leave the page on its opening view: anything else (a year, a category, a
# chosen relation, a story...) opens on another, which the first HTML does not guess.
OPENING_PARAMETERS = {"lang", "embed", "controls", "still"}


class Words:
    """The payload's catalogue in one language, as the browser's text.mjs reads it."""

    def __init__(self, payload: dict, lang: str):
        self.payload, self.lang = payload, lang
        self.table = payload["strings"].get(lang) or payload["strings"][payload["languages"][0]["code"]]

    def t(self, key: str) -> str:
        return self.table.get(key, key)

    def tn(self, key: str, count: int) -> str:
        return self.plural(key, count).replace("{count}", self.number(count))

    def plural(self, key: str, count: int) -> str:
        """key's form for a count, as it is (text.mjs, plural)."""
        form = locale_of(self.lang).plural_form(count)
        return self.table.get(f"{key}.{form}") or self.table.get(f"{key}.other") or self.table.get(key) or key

    def number(self, value: int) -> str:
        return format_number(value, self.lang)

    def pick(self, pair):
        if not isinstance(pair, dict):
            return pair
        return pair[self.lang] if self.lang in pair else next(iter(pair.values()), "")


def year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso else None


def opening_rows(payload: dict) -> list[dict]:
    """The relations the opening view shows: in force in the last year, every category."""
    last = payload["years"][1]
    info = payload["categoryInfo"]
    return [rel for rel in payload["relations"]
            if shown_in((year_of(rel.get("start")), year_of(rel.get("end"))), info[rel["category"]]["lasting"],
                        last, "inforce", last)]


def summary(words: Words, rows: list[dict]) -> str:
    """"En 2026 : 77 relations en vigueur ou en cours, dans 41 pays." (words.mjs, summary)"""
    countries = len({rel["country"] for rel in rows if rel.get("country")})
    return (words.t("summary.inforce").replace("{year}", str(words.payload["years"][1]))
            .replace("{relations}", words.tn("count.inforce", len(rows)))
            .replace("{countries}", words.tn("count.countries", countries)))


def source_links(words: Words, urls: list[str]) -> list:
    """Each source named by its site, a source to screen readers, opening in a new window (links.mjs)."""
    links = []
    for i, url in enumerate(urls):
        host = (urlsplit(url).hostname or url).removeprefix("www.")
        said = words.t("details.source_link").replace("{n}", str(i + 1)) + words.t("punctuation.colon")
        links.append(html.A([html.Span(said, className="visually-hidden"), host,
                             html.Span(" " + words.t("details.new_window"), className="visually-hidden")],
                            href=url, target="_blank", rel="noopener noreferrer", className="source-link"))
    return links


def figure_words(words: Words, figure: dict) -> dict:
    """An official figure in words: its text, year, attribution, sources, what the map holds beside it
    counted the same way, and all that in one plain sentence (words.mjs, officialFigure)."""
    payload, flags = words.payload, figure.get("flags") or []
    year = str(figure["as_of"]) if figure.get("as_of") else ""
    display, label = words.pick(figure["display"]), words.pick(figure["label"])
    digits = display.removeprefix("plus de ").removeprefix("more than ")
    quantity = bool(digits) and all(c.isdigit() or c in " \u00a0\u202f.," for c in digits)
    text = f"{display} {label}" if quantity else label + words.t("punctuation.colon") + display
    as_of = (words.t("figures.undated") if not year else words.t("figures.as_of_derived").replace("{year}", year)
             if "date_derived" in flags else year)
    who = "city" if figure["attribution"] == "city" else "source"
    span = bool(figure.get("compare_from") or figure.get("compare_to"))
    when = ("_past" if who == "city" else "") if span else "_year" if year else ""
    says = (words.t(f"figures.says.{who}{when}").replace("{figure}", text)
            .replace("{who}", words.pick(figure["said_by"])).replace("{year}", year))
    held, data = "", []
    if figure.get("in_data") is not None and figure.get("same_sources"):
        held = words.t("figures.held.same_sources")
    elif figure.get("in_data") is not None and figure.get("relation"):
        rel = next((r for r in payload["relations"] if r["id"] == figure["relation"]), None)
        held = (words.t("figures.held.people").replace("{count}", words.number(figure["in_data"]))
                .replace("{title}", words.pick(rel["title"]) if rel else figure["relation"]))
    elif figure.get("in_data") is not None:
        measure = "in_force_year" if figure["measure"] == "in_force" and year else figure["measure"]
        held = words.tn("figures.held." + measure, figure["in_data"])
        if span:
            held += (words.t("figures.between").replace("{from}", str(figure.get("compare_from") or "…"))
                     .replace("{to}", str(figure.get("compare_to") or "…")))
        if figure.get("today") is not None:
            held += words.t("figures.held.today").replace("{count}", words.number(figure["today"]))
    if held:  # and how many of a past year's posts are counted open only because their start is unknown
        undated = words.tn("figures.held.undated", figure["undated"]) if figure.get("undated") else ""
        data.append(", ".join(filter(None, [held, undated])))
    for group in figure.get("apart") or []:
        names = []
        for rid in group["ids"]:
            rel = next((r for r in payload["relations"] if r["id"] == rid), None)
            key = rel.get("partner", rel.get("place") or "") if rel else ""  # places.mjs, partnerKey
            place = rel and payload["places"].get(key or "")
            names.append(words.pick(place["name"]) if place else words.pick(rel["title"]) if rel else rid)
        data.append(words.tn("apart." + group["flag"], len(group["ids"])).replace("{names}", ", ".join(names)))
    # the rows set apart (announced, not a City accord...) counted in the sentence, named in the detail
    apart = sum(len(group["ids"]) for group in figure.get("apart") or [])
    besides = words.t("figures.held.apart").replace("{count}", words.number(apart)) if apart else ""
    sentence = (says + (words.t("punctuation.list") + held + besides if held else "") + ".") if quantity else ""
    return {"text": text[:1].upper() + text[1:], "as_of": as_of, "sources": figure.get("sources") or [],
            "attribution": words.t("attribution." + figure["attribution"]), "says": sentence,
            "data": words.t("punctuation.list").join(filter(None, data))}


def figure_line(words: Words, figure: dict) -> html.Li:
    """One official figure on one line (officials.mjs, officialFigure, not full)."""
    said = figure_words(words, figure)
    line: list = [html.Strong(said["text"], className="figure-value"),
                  f" ({said['as_of']}, {said['attribution']}{words.t('punctuation.list')}"]
    for i, link in enumerate(source_links(words, said["sources"])):
        line += [", " if i else "", link]
    line.append(")")
    if said["data"]:
        line.append(html.Span(f" — {said['data']}.", className="figure-data"))
    return html.Li(line, **{"data-figure": figure["id"]})


def one_off_totals(payload: dict) -> dict[str, tuple[int, int | None]]:
    """For each one-off category, how many in all years and the last year one began (rules.mjs,
    categoryTotals; the opening view has no region)."""
    totals: dict[str, tuple[int, int | None]] = {}
    for rel in payload["relations"]:
        if payload["categoryInfo"][rel["category"]]["lasting"]:
            continue
        count, last = totals.get(rel["category"], (0, None))
        start = year_of(rel.get("start"))
        totals[rel["category"]] = (count + 1, max(last or start, start) if start else last)
    return totals


def key_figures(words: Words, rows: list[dict]) -> list[html.Li]:
    """Each category's count in the view, named in the count's plural, the City's figure for it in one
    sentence and how it is counted one click away, and a link to all the figures (officials.mjs, keyFigures)."""
    payload = words.payload
    year = payload["years"][1]  # the opening view's
    totals = one_off_totals(payload)
    items = []
    for cat in payload["categories"]:
        info = payload["categoryInfo"][cat]
        count = sum(rel["category"] == cat for rel in rows)
        glyph = html.Span(info["glyph"], className="glyph", style={"color": info["colour"]}, **{"aria-hidden": "true"})
        line: list = [glyph, " ", html.Strong(words.number(count)), " " + words.plural("category." + cat, count)]
        if cat in totals:
            total, last = totals[cat]
            line.append(f" {words.t('figures.in_year').replace('{year}', str(year))} · "
                        f"{words.t('figures.in_all').replace('{count}', words.number(total))}")
            if not count and last is not None and last != year:
                line += [" ", html.A(words.t("figures.go_to").replace("{year}", str(last)),
                                     href=f"?year={last}&lang={words.lang}", className="figure-go")]
        parts: list = [html.P(line, className="figure-count")]
        officials = [f for f in payload["figures"] if f["categories"] == [cat]]
        lead = next((f for f in officials if f.get("lead")), None)
        if lead and figure_words(words, lead)["says"]:
            parts.append(html.P(figure_words(words, lead)["says"], className="figure-says"))
        if officials:
            parts.append(html.Details([html.Summary(words.t("figures.how")),
                                       html.Ul([figure_line(words, f) for f in officials], className="officials")],
                                      className="figure-how"))
        items.append(html.Li(parts, **{"data-cat": cat}))
    items.append(html.Li(html.A(words.tn("figures.all", len(payload["figures"])),
                                href="#" + ids.FIGURE_NOTES_SECTION), className="all-figures"))
    return items


def opens_on_default(query: dict) -> bool:
    """Whether an address opens the page on its opening view (the first HTML then shows it)."""
    return set(query) <= OPENING_PARAMETERS


def opening(payload: dict, lang: str) -> Opening:
    """The first HTML's summary, key figures and map picture for the payload, in a language."""
    words = Words(payload, lang)
    rows = opening_rows(payload)
    return Opening(summary(words, rows), key_figures(words, rows), map_picture(payload, rows, words),
                   [html.P(words.t("details.prompt"), className="prompt")])  # nothing chosen (views.mjs, details)


def asked_chapter(payload: dict, story: str | None, chapter: str | None) -> tuple[str, int] | None:
    """The story and chapter index an address asks for, read as assets/src/url.mjs requestedStory reads
    them (a chapter number clamped to the story, the first when unreadable), or None."""
    chapters = (payload.get("stories") or {}).get(story or "")
    if not chapters:
        return None
    number = re.match(r"\s*([+-]?\d+)", chapter or "")
    n = int(number.group(1)) if number else 1
    return story, min(len(chapters), max(1, n)) - 1


def chapter_lanes(payload: dict, story: str, index: int) -> int:
    """How many lanes a chapter's timeline draws: one per category it shows (present.mjs, the same)."""
    return len(payload["stories"][story][index]["categories"]) or len(payload["categories"])


def chapter_card(payload: dict, lang: str, story: str, index: int) -> html.Section:
    """A story chapter's card as the presentation shows it (assets/src/present.mjs): the room's first
    frame is the chapter, never a loading text; the script then takes its place."""
    words = Words(payload, lang)
    chapters = payload["stories"][story]
    chapter = chapters[index]
    progress = words.t("present.progress").replace("{n}", str(index + 1)).replace("{total}", str(len(chapters)))
    return html.Section([
        html.Div([html.P(words.pick(chapters[0]["title"]), className="story-name"),
                  html.P(str(chapter["year"]), className="story-year")], className="story-head"),
        html.H2(words.pick(chapter["title"]), id=ids.STORY_TITLE, className="story-title"),
        html.P(words.pick(chapter["text"]), className="story-text"),
        html.P(progress, className="story-progress"),
    ], className="story", **{"aria-labelledby": ids.STORY_TITLE})
