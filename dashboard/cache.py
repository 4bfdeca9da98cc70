"""A small on-disk cache for derived reference data (gazetteer index, decoded topology).

Only what the project derives from installed packages and vendored assets goes here, never the
data keepers' files. A cache that cannot be read or written is simply rebuilt in memory.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .config import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")
FORMAT = 1  # bump when the shape of a cached object changes


def cache_dir() -> Path:
    """ATLAS_CACHE_DIR (Settings), else $XDG_CACHE_HOME/international-atlas, else ~/.cache/international-atlas."""
    chosen = Settings.from_env().cache_dir
    if chosen:
        return chosen
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "international-atlas"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """build(), stored under a file named after `key`; a later process with the same key reads it back."""
    digest = hashlib.sha256(f"{FORMAT}:{key}".encode()).hexdigest()[:16]
    path = cache_dir() / f"{name}-{digest}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # written by this module only, in the user's own cache folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)  # atomic: two workers starting together never read half a file
    except OSError as exc:
        log.info("cache %s not written (%s); it is rebuilt at each start", path, exc)
    return value


def file_key(path: Path) -> str:
    """A key that changes when the file does."""
    stat = Path(path).stat()
    return f"{Path(path).resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
