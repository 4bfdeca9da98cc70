"""What each kind of relation is and how it looks (data/categories.csv), checked, and the basemap's colours
it must stand out from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .i18n import texts
from .problems import Problem, say

CATEGORIES = "categories.csv"

# plotly.js marker symbols a category may take, with the character that stands for it in the page's lists
# and legend (filled shapes: an outline alone would not stand 3:1 at a marker's size).
SYMBOLS = {
    "circle": "●", "diamond": "◆", "square": "■", "triangle-up": "▲", "star": "★", "triangle-down": "▼",
    "hexagon": "⬢", "pentagon": "⬟", "cross": "✚", "x": "✖", "triangle-right": "▶", "triangle-left": "◀",
    "hourglass": "⧗", "star-diamond": "✦",
}
LAYERS = ("point", "country")

# The basemap's colours, normal and projector themes (the browser draws with these, from the payload):
# every category colour must stand 3:1 against each land and sea (RGAA 3.3).
THEMES = {
    "normal": {"land": "#e4e7eb", "sea": "#f5f9fc", "borders": "#ffffff", "border_width": 0.6},
    # a washed-out projector loses pale greys: land darker, sea white, borders thicker
    "projector": {"land": "#c3cad4", "sea": "#ffffff", "borders": "#ffffff", "border_width": 1.2},
}
MIN_CONTRAST = 3.0
THEME_NAMES = {"normal": "check.theme.normal", "projector": "check.theme.projector"}  # in a check's message
GROUND_NAMES = {"land": "check.ground.land", "sea": "check.ground.sea"}
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Category:
    """One row of categories.csv."""

    id: str
    label: dict[str, str]
    colour: str
    symbol: str
    lasting: bool  # in force from its start until it ends (a twinning), not only the year it happened
    arcs: bool  # drawn with an arc from the home city
    layer: str  # point (a mark at its place) or country (its partner country shaded)
    needs_venue: bool  # must say where it happened (events, visits)
    order: int
    counted: dict[str, dict[str, str]] = field(default_factory=dict)  # {lang: {"one": ..., "other": ...}}

    def noun(self, lang: str, form: str) -> str:
        """Its name after a count ("17 villes jumelles"): CLDR's form "one", or the plural for any other."""
        names = self.counted.get(lang, {})
        label = self.label.get(lang) or next(iter(self.label.values()))
        return names.get("one" if form == "one" else "other") or label


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def read_categories(records: list[dict]) -> tuple[list[Category], list[Problem]]:
    """The declared categories in their order, and what is wrong with them."""
    categories, problems, seen = [], [], {}
    for r in records:
        if r["id"] is None or r["_bad"]:
            continue  # reported cell by cell
        problems.extend(_check(r, seen))
        categories.append(Category(r["id"], texts(r, "label"), r["colour"].lower(),
                                   r["symbol"], r["lasting"] == "yes", r["arcs"] == "yes", r["layer"],
                                   r["needs_venue"] == "yes", r["order"], counted_names(r)))
        seen.setdefault(("symbol", r["symbol"]), r["_row"])
    return sorted(categories, key=lambda c: c.order), problems


def counted_names(r: dict) -> dict[str, dict[str, str]]:
    """A category's names after a count, by language: {"fr": {"one": singular_fr, "other": plural_fr}}."""
    one, other = texts(r, "singular"), texts(r, "plural")
    return {lang: {"one": one.get(lang, ""), "other": other.get(lang, "")} for lang in {*one, *other}}


def _check(r: dict, seen: dict) -> list[Problem]:
    where = {"row": r["_row"]}
    problems = []
    if r["symbol"] not in SYMBOLS:
        problems.append(Problem(CATEGORIES, "check.category.symbol", "check.use_one_of", column="symbol",
                                value=r["symbol"], values={"allowed": ", ".join(SYMBOLS)}, **where))
    elif ("symbol", r["symbol"]) in seen:
        first = seen["symbol", r["symbol"]]
        problems.append(Problem(CATEGORIES, "check.category.symbol_twice", "check.category.symbol_twice.fix",
                                column="symbol", value=r["symbol"], values={"first": first}, **where))
    if not COLOUR.fullmatch(r["colour"]):
        problems.append(Problem(CATEGORIES, "check.category.colour", "check.category.colour.fix", column="colour",
                                value=r["colour"], **where))
    else:
        worst = min(((contrast(r["colour"], theme[ground]), name, ground, theme[ground])
                     for name, theme in THEMES.items() for ground in ("land", "sea")))
        if worst[0] < MIN_CONTRAST:
            ratio, name, ground, colour = worst
            problems.append(Problem(CATEGORIES, "check.category.contrast", "check.category.contrast.fix",
                                    column="colour", value=r["colour"], **where,
                                    values={"ratio": f"{ratio:.1f}", "theme": say(THEME_NAMES[name]),
                                            "ground": say(GROUND_NAMES[ground]), "colour": colour,
                                            "minimum": f"{MIN_CONTRAST:g}"}))
    return problems


def category_payload(categories: list[Category]) -> dict[str, dict]:
    """What the browser needs of each category: its look and how it behaves; labels go with the strings."""
    return {c.id: {"colour": c.colour, "symbol": c.symbol, "glyph": SYMBOLS.get(c.symbol, "●"),
                   "lasting": c.lasting, "arcs": c.arcs, "layer": c.layer} for c in categories}
