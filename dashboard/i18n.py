"""The interface's words, one catalogue per language in dashboard/locales/<code>.po (gettext, read with
Babel: translators' tools open them), with each language's CLDR plural rules. French is the reference and
the fallback; adding a language is adding its .po file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from .config import Settings
from .typography import typeset

# ATLAS_LOCALES_DIR (Settings): another folder of .po files, a translator trying a language before it ships
LOCALES_DIR = Settings.from_env().locales_dir or Path(__file__).resolve().parent / "locales"
DEFAULT_LANGUAGE = "fr"
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")


def read_catalogue(path: Path) -> dict[str, str]:
    """One .po file as key -> text (empty translations are left out: they fall back to French)."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {message.id: message.string for message in catalog if message.id and message.string}


def read_catalogues(folder: Path = LOCALES_DIR) -> dict[str, dict[str, str]]:
    """Every language of the folder, French first, each completed from French where it lacks a text."""
    found = {path.stem: read_catalogue(path) for path in sorted(folder.glob("*.po"))}
    reference = found[DEFAULT_LANGUAGE]
    ordered = [DEFAULT_LANGUAGE, *sorted(code for code in found if code != DEFAULT_LANGUAGE)]
    return {code: reference | found[code] for code in ordered}


CATALOGUE: dict[str, dict[str, str]] = read_catalogues()
LANGUAGES: tuple[str, ...] = tuple(CATALOGUE)


def page_strings(lang: str, atlas) -> dict[str, str]:
    """The catalogue in one language for one atlas: {city} is its home city's name, app.title and
    app.subtitle its own (data/atlas.toml; French where it has none in that language)."""
    lang = normalise_language(lang)
    city = text_in(atlas.home.name, lang)
    # the data check's words (check.*) are written by the server, never by the page: not sent
    table = {key: text.replace("{city}", city) for key, text in CATALOGUE[lang].items() if not key.startswith("check.")}
    return table | {"app.title": text_in(atlas.title, lang), "app.subtitle": text_in(atlas.subtitle, lang)}


def text_in(texts: dict[str, str], lang: str) -> str:
    """A text of the data in a language, or in French when the data has none in it."""
    return texts.get(lang) or texts[DEFAULT_LANGUAGE]


def normalise_language(lang: str | None) -> str:
    """A supported language code; anything else falls back to French."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text for key in lang; a missing key is a bug that the catalogue test catches."""
    return CATALOGUE[normalise_language(lang)][key]


@cache
def locale_of(lang: str) -> Locale:
    """The language's CLDR locale (its plural rules, its number formats), from its catalogue's tag."""
    return Locale.parse(CATALOGUE[normalise_language(lang)]["language.locale"], sep="-")


def tn(key: str, count: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """A counted text by the language's plural rules: key.one, key.other... with {count} filled in."""
    table = CATALOGUE[normalise_language(lang)]
    form = locale_of(lang).plural_form(count)
    text = table.get(f"{key}.{form}") or table[f"{key}.other"]
    return text.replace("{count}", format_number(count, lang))


def format_number(value: int | float, lang: str = DEFAULT_LANGUAGE) -> str:
    """Group thousands the local way (CLDR): 150 000 in French (narrow no-break space), 150,000 in English."""
    return format_decimal(value, locale=locale_of(lang), group_separator=True)


def texts(record: dict, stem: str) -> dict[str, str]:
    """A data text in every language the record has it in, French first: {"fr": title_fr, "en": title_en}
    (a language without its column is simply absent: readers get French), each in its language's
    typography (a keeper's plain space before a French colon becomes a no-break one)."""
    return {code: typeset(record[f"{stem}_{code}"], code) for code in LANGUAGES if record.get(f"{stem}_{code}")}
