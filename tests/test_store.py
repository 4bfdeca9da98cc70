"""While the app runs: a valid edit replaces the data, an invalid one leaves the last good data in place."""

from __future__ import annotations

import logging
import os

import pytest

from dashboard.store import DataStore


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    bump_mtime(path)


def bump_mtime(path) -> None:
    """Make sure the edit is seen even on a file system with coarse timestamps."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def title(store: DataStore, relation_id: str) -> str:
    relations = store.get().relations
    return relations.loc[relations["id"] == relation_id, "title_en"].item()


def test_valid_edit_replaces_the_data(data_copy):
    store = DataStore(data_copy, interval=0)
    assert store.version == 1
    edit(data_copy / "relations.csv", "Twinning with Hamburg", "Twinning with Hamburg (edited)")
    assert title(store, "TW01") == "Twinning with Hamburg (edited)"
    assert store.version == 2


def test_invalid_edit_keeps_the_last_good_data_and_logs_the_report(data_copy, caplog):
    store = DataStore(data_copy, interval=0)
    path = data_copy / "relations.csv"
    edited = path.read_text(encoding="utf-8").replace("Twinning with Hamburg,Hamburg,DE,,,,1958",
                                                      "Twinning with Hamburg,Hamburg,DE,,,,19S8")
    with caplog.at_level(logging.ERROR, logger="dashboard.store"):
        path.write_text(edited, encoding="utf-8")
        bump_mtime(path)
        dataset = store.get()
    assert store.version == 1
    assert dataset.relations.loc[dataset.relations["id"] == "TW01", "start"].item() == "1958-07-11"
    assert "relations.csv, row 2, column start_year: '19S8' is not a year" in caplog.text
    assert path.read_text(encoding="utf-8") == edited  # the keeper's file is left exactly as written

    edit(path, ",19S8", ",1958")  # fixed: the next look picks it up
    assert store.get().relations.loc[store.get().relations["id"] == "TW01", "start"].item() == "1958-07-11"
    assert store.version == 2
    assert store.last_report.ok


def test_files_are_looked_at_no_more_often_than_the_interval(data_copy):
    store = DataStore(data_copy, interval=3600)
    edit(data_copy / "relations.csv", "Twinning with Hamburg", "Twinning with Hamburg (edited)")
    assert title(store, "TW01") == "Twinning with Hamburg"


def test_unusable_data_at_start_is_refused_with_the_report(data_copy):
    (data_copy / "relations.csv").write_bytes(b"id,category\n\xff\xfe\n")
    with pytest.raises(ValueError, match=r"relations\.csv, row 2: the file is not UTF-8"):
        DataStore(data_copy)
