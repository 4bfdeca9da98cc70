"""Settings for the atlas, read once from the environment; paths to data/ and assets/."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
ASSETS_DIR = PROJECT_ROOT / "assets"
TOPOJSON_DIR = ASSETS_DIR / "topojson"

# The home city, its titles and its City's page are the data's: data/atlas.toml (dashboard/atlas.py).


@dataclass(frozen=True)
class Settings:
    """Everything the app needs to know about its environment."""

    data_dir: Path = DEFAULT_DATA_DIR
    assets_dir: Path = ASSETS_DIR
    host: str = "127.0.0.1"
    port: int = 8050
    # How often (seconds) the data files are checked for edits while the app runs.
    reload_interval: float = 2.0
    # How often (seconds) an open page asks whether the data changed (0: never).
    poll_interval: float = 60.0
    # The path the app is served under, behind a proxy ("/atlas/"); "/" at the root.
    url_prefix: str = "/"
    # Who may show the atlas in a frame (Content-Security-Policy frame-ancestors); empty: the default list.
    frame_ancestors: tuple[str, ...] = ()
    # A point may lie this far outside its declared country (coastal cities, coarse borders).
    coastal_tolerance_km: float = 25.0
    # Where derived reference data is cached (the gazetteer index, the decoded basemap); None: the default.
    cache_dir: Path | None = None
    # The Chromium that draws handouts and previews; None: the one on PATH.
    browser_path: str | None = None
    # Another folder of the interface's .po catalogues; None: dashboard/locales/.
    locales_dir: Path | None = None
    # The data keepers' desk (/verifier): off unless asked for, since a public instance need not take uploads.
    desk: bool = False
    desk_file_mb: float = 4.0  # one uploaded file (the real relations.csv is about 0.2 MB)
    desk_total_mb: float = 16.0  # one whole upload
    desk_checks: int = 2  # checks at once per process (each is about a second of CPU)
    desk_preview_minutes: float = 30.0  # how long a preview and its ZIP are kept
    desk_read_seconds: float = 30.0  # the longest an upload may take to arrive

    @classmethod
    def from_env(cls, environ: dict | None = None) -> Settings:
        """Read ATLAS_* variables; anything unset keeps its default."""
        env = os.environ if environ is None else environ
        defaults = cls()
        return cls(
            data_dir=Path(env.get("ATLAS_DATA_DIR", defaults.data_dir)),
            host=env.get("ATLAS_HOST", defaults.host),
            port=int(env.get("ATLAS_PORT", env.get("PORT", defaults.port))),
            reload_interval=float(env.get("ATLAS_RELOAD_INTERVAL", defaults.reload_interval)),
            poll_interval=float(env.get("ATLAS_POLL_INTERVAL", defaults.poll_interval)),
            url_prefix=normalise_prefix(env.get("ATLAS_URL_PREFIX", defaults.url_prefix)),
            frame_ancestors=tuple(env.get("ATLAS_FRAME_ANCESTORS", "").split()),
            cache_dir=Path(env["ATLAS_CACHE_DIR"]) if env.get("ATLAS_CACHE_DIR") else None,
            browser_path=env.get("ATLAS_BROWSER") or env.get("BROWSER_PATH") or None,
            locales_dir=Path(env["ATLAS_LOCALES_DIR"]) if env.get("ATLAS_LOCALES_DIR") else None,
            desk=env.get("ATLAS_DESK", "0").strip().lower() in ("1", "true", "yes", "on"),
            desk_file_mb=float(env.get("ATLAS_DESK_FILE_MB", defaults.desk_file_mb)),
            desk_total_mb=float(env.get("ATLAS_DESK_TOTAL_MB", defaults.desk_total_mb)),
            desk_checks=int(env.get("ATLAS_DESK_CHECKS", defaults.desk_checks)),
            desk_preview_minutes=float(env.get("ATLAS_DESK_PREVIEW_MINUTES", defaults.desk_preview_minutes)),
            desk_read_seconds=float(env.get("ATLAS_DESK_READ_SECONDS", defaults.desk_read_seconds)),
        )


def normalise_prefix(prefix: str) -> str:
    """"atlas", "/atlas" and "/atlas/" all mean "/atlas/"; empty means the root."""
    parts = [part for part in prefix.strip().split("/") if part]
    return "/" + "".join(f"{part}/" for part in parts)
