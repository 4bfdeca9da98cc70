"""`python -m dashboard ...` as the web team runs it."""

from __future__ import annotations

import json
import subprocess

from dashboard.typography import french as typeset_fr

from .conftest import PYTHON, ROOT


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)


def test_help_lists_the_subcommands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("serve", "check", "geojson"):
        assert command in result.stdout


def test_check_passes_on_the_bundled_data():
    result = run("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout
    assert "147 relations, 140 on the map" in result.stdout
    assert ("official 29 bilateral cooperation agreements: 16 in the data; apart, not_a_city_accord: CA02, CA16, "
            "CA17") in result.stdout


def test_check_fails_on_a_broken_copy_and_says_where(data_copy):
    path = data_copy / "relations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",twin_city,", ",twinning,", 1), encoding="utf-8")
    result = run("check", str(data_copy))
    assert result.returncode == 1
    assert "relations.csv, row 2, column category: 'twinning' is not a known category" in result.stdout
    assert "\n1 error, 0 warnings" in result.stdout


def test_check_speaks_french_when_asked(data_copy):
    """--lang fr: the same problems in the words of the keepers' page, the count line too."""
    path = data_copy / "relations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",twin_city,", ",twinning,", 1), encoding="utf-8")
    result = run("check", str(data_copy), "--lang", "fr")
    assert result.returncode == 1
    assert typeset_fr("relations.csv, ligne 2, colonne category : « twinning » n'est pas une catégorie connue — "
                      "utilisez l'un de ces mots : ") in result.stdout
    assert "\n1 erreur, 0 avertissement" in result.stdout
    assert "row " not in result.stdout and "column " not in result.stdout


def test_geojson_export_of_a_selection(tmp_path):
    output = tmp_path / "twins.geojson"
    result = run("geojson", "--category", "twin_city", "-o", str(output))
    assert result.returncode == 0, result.stderr
    collection = json.loads(output.read_text(encoding="utf-8"))
    assert len(collection["features"]) == 17
    assert {f["properties"]["category"] for f in collection["features"]} == {"twin_city"}
    whole = json.loads(run("geojson").stdout)
    assert len(whole["features"]) == 140


def test_every_subcommand_honours_atlas_data_dir_and_the_settings_are_one(tmp_path):
    """ATLAS_DATA_DIR means the same for check, geojson and the app; one Settings reads every variable."""
    import os

    from dashboard.config import Settings

    folder = tmp_path / "lyon"
    assert run("new", str(folder), "--city", "Lyon", "--country", "FR").returncode == 0
    env = dict(os.environ, ATLAS_DATA_DIR=str(folder))
    checked = subprocess.run([PYTHON, "-m", "dashboard", "check"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120, check=False)
    assert checked.returncode == 0 and checked.stdout.startswith(f"Checked {folder}\n")
    assert "0 relations" in checked.stdout
    exported = subprocess.run([PYTHON, "-m", "dashboard", "geojson"], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=120, check=False)
    assert json.loads(exported.stdout)["features"] == []  # the new atlas's, not the bundled one's
    settings = Settings.from_env({"ATLAS_HOST": "0.0.0.0", "PORT": "9000", "ATLAS_CACHE_DIR": "/srv/cache",
                                  "ATLAS_BROWSER": "/opt/chromium", "ATLAS_LOCALES_DIR": "/srv/locales"})
    assert (settings.host, settings.port, str(settings.cache_dir), settings.browser_path, str(settings.locales_dir)) \
        == ("0.0.0.0", 9000, "/srv/cache", "/opt/chromium", "/srv/locales")
    assert Settings.from_env({"PORT": "9000", "ATLAS_PORT": "8100"}).port == 8100  # the atlas's own wins
