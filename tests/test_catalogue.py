"""Tables declared once and proven complete: columns documented, vocabularies translated, ids used."""

from __future__ import annotations

import re

from dashboard import ids
from dashboard.i18n import CATALOGUE, LANGUAGES, LOCALES_DIR, format_number, read_catalogue, t, tn
from dashboard.schema import Manifest

from .conftest import DATA, ROOT

MANIFEST = Manifest.read(DATA / "datapackage.json")


def test_every_language_file_has_every_key():
    """Each .po file translates every text of the French one (the reference), and nothing else."""
    files = {path.stem: read_catalogue(path) for path in LOCALES_DIR.glob("*.po")}
    assert {"fr", "en"} <= set(files)
    for lang, table in files.items():
        assert set(table) == set(files["fr"]), lang
        assert all(text.strip() or key.startswith("punctuation.") for key, text in table.items()), lang
    assert LANGUAGES[0] == "fr" and set(LANGUAGES) == set(files)


def test_every_allowed_word_has_a_label_in_both_languages():
    for vocabulary in ("status", "consular_rank", "flag", "milestone_kind"):  # "measure" is internal; categories
        # are named in categories.csv itself
        for word in MANIFEST.vocabularies[vocabulary]:
            for lang in LANGUAGES:
                assert t(f"{vocabulary}.{word}", lang)


def test_data_readme_documents_every_column_and_flag():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name, columns in MANIFEST.files.items():
        assert f"### `{name}`" in readme
        for column in columns:
            assert re.search(rf"^\| `{column.name}` \|", readme, re.M), f"{name}: {column.name} undocumented"
    categories = [line.split(",")[0] for line in (DATA / "categories.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert categories
    for word in MANIFEST.vocabularies["flag"] + categories:
        assert f"| `{word}` |" in readme


def test_every_file_in_the_manifest_exists():
    for name in MANIFEST.files:
        assert (DATA / name).exists(), name


def test_unknown_language_falls_back_to_french():
    assert t("explorer.year", "de") == t("explorer.year", "fr")
    assert t("explorer.year", None) == CATALOGUE["fr"]["explorer.year"]


def test_numbers_are_formatted_per_language():
    assert format_number(150000, "fr") == "150\u202f000"
    assert format_number(150000, "en") == "150,000"


def test_counted_texts_follow_each_language_s_plural_rules():
    """CLDR: French says 0 and 1 in the singular, English only 1; no "1 relations", no "0 relation" in English."""
    assert tn("home.count", 0, "fr").startswith("0 relation de la vue a eu lieu")
    assert tn("home.count", 1, "en").startswith("1 relation in the view took")
    assert tn("home.count", 0, "en").startswith("0 relations in the view")
    assert tn("home.count", 2, "fr").startswith("2 relations de la vue ont eu lieu")
    assert tn("figures.held.places", 15000, "fr") == "la carte montre 15\u202f000 villes ou pays partenaires"


def test_every_id_is_used_by_the_layout_or_a_browser_module():
    """No dead id: the layout places it, or a browser module builds or finds an element by it."""
    source = (ROOT / "dashboard" / "layout.py").read_text(encoding="utf-8")
    modules = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "assets" / "src").glob("*.mjs"))
    for name in (n for n in dir(ids) if n.isupper()):
        lower = name.lower()
        assert f"ids.{name}" in source or f"ID.{lower}" in modules or f'byId("{lower}")' in modules, name


def test_every_catalogue_key_is_used():
    """No dead text: each key is named in the code, or belongs to a family the code builds keys from."""
    sources = "".join(p.read_text(encoding="utf-8") for folder in ("dashboard", "assets/src")
                      for p in (ROOT / folder).glob("*.*") if p.suffix in (".py", ".mjs") and p.name != "i18n.py")
    families = (set(re.findall(r'"([a-z_.]+)\." *\+', sources)) | set(re.findall(r'f"([a-z_]+)\.\{', sources))
                | set(re.findall(r'indexOf\("([a-z_]+)\."\)', sources)))  # a family read by its prefix
    plural = re.compile(r"\.(zero|one|two|few|many|other)$")  # key.one, key.other: read by their stem (tn)

    def used(key: str) -> bool:
        stem = plural.sub("", key)
        return f'"{stem}"' in sources or any(stem.startswith(family + ".") for family in families)

    unused = [key for key in CATALOGUE["fr"] if not used(key)]
    assert unused == []
