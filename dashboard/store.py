"""The data the running app serves: reloaded when the files change, kept when the new files are bad."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from .dataset import Dataset, check_dataset
from .problems import Report

log = logging.getLogger(__name__)


def files_signature(data_dir: Path) -> tuple:
    """What changes when a data keeper saves a file: names, sizes and modification times."""
    entries = []
    for path in sorted(Path(data_dir).glob("*")):
        if path.suffix in (".csv", ".json", ".toml") and path.is_file():
            stat = path.stat()
            entries.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


def data_id(signature: tuple) -> str:
    """A short name for a state of the files: the same files give the same id in every worker process
    (browsers compare it to know they are current) and in the offline package."""
    return hashlib.sha1(repr(signature).encode()).hexdigest()[:12]


class DataStore:
    """Holds the last good dataset; checks the files at most every `interval` seconds."""

    def __init__(
        self,
        data_dir: Path,
        interval: float = 2.0,
        loader: Callable[[Path], tuple[Dataset | None, Report]] = check_dataset,
    ):
        self.data_dir = Path(data_dir)
        self.interval = interval
        self._loader = loader
        self._lock = threading.Lock()
        self._checked_at = 0.0
        self._signature: tuple = ()
        self.last_report: Report | None = None
        self._dataset: Dataset | None = None
        self.version = 0  # increases each time new data replaces the old
        self.data_id = ""
        self.loaded_at = ""  # when the data served was loaded (ISO 8601, UTC)
        self._reload(files_signature(self.data_dir))
        self._checked_at = time.monotonic()
        if self._dataset is None:
            raise ValueError(f"no usable data in {self.data_dir}:\n{self.last_report.format()}")

    def get(self, fresh: bool = False) -> Dataset:
        """The current dataset, after a cheap look at whether the files changed. `fresh`: look now, whatever
        the interval, and wait for a reload under way (another worker may already serve the new data)."""
        now = time.monotonic()
        if (fresh or now - self._checked_at >= self.interval) and self._lock.acquire(blocking=fresh):
            try:
                self._checked_at = now
                signature = files_signature(self.data_dir)
                if signature != self._signature:
                    self._reload(signature)
            finally:
                self._lock.release()
        return self._dataset

    def _reload(self, signature: tuple) -> None:
        self._signature = signature
        dataset, report = self._loader(self.data_dir)
        self.last_report = report
        if dataset is None:
            log.error("data in %s not loaded, the last good data stays in use:\n%s", self.data_dir, report.format())
            return
        self._dataset = dataset
        self.loaded_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        self.version += 1
        self.data_id = data_id(signature)
        log.info("data loaded from %s (version %d, %d relations)", self.data_dir, self.version, len(dataset.relations))
