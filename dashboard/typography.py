"""Each language's typography, applied to what the atlas shows: French puts a no-break space before
; : ! ? and inside guillemets (narrow before ; ! ?, full before :) and groups thousands with a narrow one,
so that "jumelage ;" never breaks at the line's end; English puts no space before them. The catalogues and
the data's text columns are kept so (tests/test_typography.py, scripts/typeset.py), and a keeper's plain
space is turned into the right one when the data is read."""

from __future__ import annotations

import re

NARROW = "\u202f"  # narrow no-break space
NO_BREAK = "\u00a0"
SPACES = " \u00a0\u202f"

_BEFORE = re.compile(f"[{SPACES}]+([;!?])")
_COLON = re.compile(f"[{SPACES}]+:")
_OPEN = re.compile(f"«[{SPACES}]*")
_CLOSE = re.compile(f"[{SPACES}]*»")
_THOUSANDS = re.compile("(?<![\\d.,])(\\d{1,3})[ \u00a0](\\d{3})(?=[ \u00a0]\\d{3}|(?![\\d]))")
# a space before the punctuation English must not have, unless it shows a separator to type (' ; ')
_ENGLISH_SPACE = re.compile(f"(?<!')[{SPACES}]+([;:!?])(?! ?')")


def french(text: str) -> str:
    """French typography: "jumelage ; la carte" -> "jumelage\u202f; la carte", "15 000" -> "15\u202f000"."""
    text = _BEFORE.sub(NARROW + r"\1", text)
    text = _COLON.sub(NO_BREAK + ":", text)
    text = _OPEN.sub("«" + NO_BREAK, text)
    text = _CLOSE.sub(NO_BREAK + "»", text)
    while True:
        grouped = _THOUSANDS.sub(r"\1" + NARROW + r"\2", text)
        if grouped == text:
            return text
        text = grouped


def english_faults(text: str) -> list[str]:
    """Where an English text puts a space before ; : ! ? (each with a few characters around it)."""
    return [text[max(0, m.start() - 12):m.end() + 12] for m in _ENGLISH_SPACE.finditer(text)]


TYPESET = {"fr": french}


def typeset(text: str, lang: str) -> str:
    """A text as its language sets it (the languages without rules of their own as they are)."""
    rule = TYPESET.get(lang)
    return rule(text) if rule else text
