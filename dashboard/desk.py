"""The data keepers' desk, /verifier: data files (or a ZIP of the data folder) checked in memory with the
same checks as `python -m dashboard check`, the files not given taken from the data being served. Every
uploaded byte is hostile: sizes, counts and ZIP entries are capped before anything is read, nothing is
written anywhere, and the served data is never touched."""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .atlas import ATLAS
from .dataset import check_dataset
from .overlay import Overlay

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one upload may be (Settings.desk_*: the sizes and the checks at once can be set)."""

    file: int = 4 * MB  # one data file: the real relations.csv is ~0.2 MB
    total: int = 16 * MB  # the whole request
    files: int = 20  # files in one upload (the data folder has 12)
    entries: int = 50  # entries in a ZIP
    ratio: int = 100  # uncompressed / compressed size of a ZIP entry: beyond, a bomb
    rows: int = 100_000  # lines in one file: the real files have a few hundred; 4 MB of short lines would
    # otherwise cost a check half a minute of CPU
    checks: int = 2  # per process: a check takes about a second of CPU
    read_seconds: float = 30.0  # the longest an upload may take to arrive

    @classmethod
    def from_settings(cls, settings) -> Limits:
        return cls(file=int(settings.desk_file_mb * MB), total=int(settings.desk_total_mb * MB),
                   checks=max(1, settings.desk_checks), read_seconds=settings.desk_read_seconds)


LIMITS = Limits()


class Refused(ValueError):
    """An upload the desk does not read: the message says why, in the reader's language (a catalogue key
    and its values)."""

    def __init__(self, key: str, **values):
        super().__init__(key)
        self.key, self.values = key, values


@dataclass
class Upload:
    """What was uploaded, by data file name, and the names the desk set aside (unknown files)."""

    files: dict[str, bytes] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


def known_names(data_files: list[str]) -> set[str]:
    """The files the desk checks: the manifest's CSV files and atlas.toml (datapackage.json describes the
    format itself and is not the office's to edit)."""
    return {*data_files, ATLAS}


def read_uploads(parts: list[tuple[str, bytes]], data_files: list[str], limits: Limits = LIMITS) -> Upload:
    """The uploaded parts (file name, bytes) as data files; a ZIP is opened in memory, its entries read
    by their base names. Raises Refused beyond the caps."""
    if len(parts) > limits.files:
        raise Refused("desk.too_many", most=limits.files)
    upload = Upload()
    known = known_names(data_files)
    for name, data in parts:
        if len(data) > limits.file:
            raise Refused("desk.too_big", name=name, most=megabytes(limits.file))
        if name.lower().endswith(".zip"):
            for inner, content in zip_entries(data, limits):
                keep(upload, inner, content, known, limits)
        else:
            keep(upload, name, data, known, limits)
    return upload


def keep(upload: Upload, name: str, data: bytes, known: set[str], limits: Limits = LIMITS) -> None:
    base = PurePosixPath(name.replace("\\", "/")).name
    if base in known:
        if data.count(b"\n") > limits.rows:
            raise Refused("desk.too_many_rows", name=base, most=f"{limits.rows:,}".replace(",", " "))
        upload.files[base] = data
    elif base:
        upload.ignored.append(base)


def megabytes(size: int) -> str:
    return f"{size / MB:g}"


def zip_entries(data: bytes, limits: Limits = LIMITS) -> list[tuple[str, bytes]]:
    """A ZIP's files, read in memory with every cap checked before an entry is inflated: entry count,
    each entry's and the total size, compression ratio, and no path that climbs out or is absolute."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise Refused("desk.bad_zip") from exc
    if len(infos) > limits.entries:
        raise Refused("desk.zip_entries", most=limits.entries)
    total = 0
    for info in infos:
        path = PurePosixPath(info.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts:
            raise Refused("desk.zip_path", name=info.filename)
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > limits.file or total > limits.total or ratio > limits.ratio:
            raise Refused("desk.zip_bomb")
    entries = []
    for info in infos:
        try:
            with archive.open(info) as entry:
                content = entry.read(limits.file + 1)  # never more than the cap, whatever the header said
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:  # encrypted, corrupt
            raise Refused("desk.bad_zip") from exc
        if len(content) > limits.file:
            raise Refused("desk.zip_bomb")
        entries.append((info.filename, content))
    return entries


class Gate:
    """How many checks may run at once in this process; the next one is refused rather than queued."""

    def __init__(self, at_once: int):
        self._slots = threading.BoundedSemaphore(at_once)

    def check(self, data_dir, upload: Upload):
        """The check of the served folder with the uploaded files over it (dataset or None, and the
        report); None when as many checks as allowed are already running."""
        if not self._slots.acquire(blocking=False):
            return None
        try:
            return check_dataset(Overlay(data_dir, upload.files))
        finally:
            self._slots.release()


def folder_files(data_dir, upload: Upload, names: set[str]) -> dict[str, bytes]:
    """Every file of the checked folder by name: the uploaded ones over the served folder's."""
    overlay = Overlay(data_dir, upload.files)
    return {name: (overlay / name).read_bytes() for name in sorted(names) if (overlay / name).exists()}


