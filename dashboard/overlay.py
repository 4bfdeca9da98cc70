"""A data folder with some files replaced by uploaded bytes, read without writing anything: the data keepers'
desk (dashboard/desk.py) checks an edit with the same pipeline as `python -m dashboard check`, the files not
given taken from the data being served."""

from __future__ import annotations

from pathlib import Path


class OverlayFile:
    """One file of an Overlay: the uploaded bytes when there are some, else the served folder's file. It
    answers the few questions the pipeline asks a Path (read_bytes, read_text, exists, name)."""

    def __init__(self, name: str, data: bytes | None, fallback: Path):
        self.name, self._data, self._fallback = name, data, fallback

    def read_bytes(self) -> bytes:
        return self._data if self._data is not None else self._fallback.read_bytes()

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.read_bytes().decode(encoding)

    def exists(self) -> bool:
        return self._data is not None or self._fallback.exists()

    def __str__(self) -> str:
        return self.name


class Overlay:
    """The served data folder (base) with the given files (name -> bytes) over it."""

    def __init__(self, base: Path, files: dict[str, bytes]):
        self.base, self.files = Path(base), dict(files)

    def __truediv__(self, name: str) -> OverlayFile:
        return OverlayFile(name, self.files.get(name), self.base / name)

    def __str__(self) -> str:
        return f"{self.base} (with {', '.join(sorted(self.files)) or 'no file'} uploaded)"
