"""Shared fixtures: copies of the real data, tiny hand-made data folders, a real server."""

from __future__ import annotations

import csv
import os
import shutil
import socket
import subprocess
import sys
import time
import tomllib
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from dashboard.schema import Manifest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PYTHON = sys.executable
# The bundled atlas's home city and the City's page, as data/atlas.toml says them
ATLAS_TOML = tomllib.loads((DATA / "atlas.toml").read_text(encoding="utf-8"))
HOME_LAT, HOME_LON = ATLAS_TOML["home"]["lat"], ATLAS_TOML["home"]["lon"]
CITY_PAGE_URL = ATLAS_TOML["city_page"]["url"]


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled data folder, safe to break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def manifest_columns(name: str) -> list[str]:
    return Manifest.read(DATA / "datapackage.json").column_names(name)


def valid_relation(**overrides) -> dict:
    """One valid relations.csv row; overrides change single cells."""
    row = dict.fromkeys(manifest_columns("relations.csv"), "")
    row.update(
        id="TW01", category="twin_city", status="confirmed", title_fr="Jumelage avec Gênes",
        title_en="Twinning with Genoa", description_fr="Texte.", description_en="Text.",
        city="Genoa", country="IT", start_year="1958", sources="https://example.org/genoa",
    )
    row.update(overrides)
    return row


def write_csv(path: Path, rows: list[dict], columns: list[str] | None = None, delimiter: str = ",") -> None:
    columns = columns or list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def tiny_data(tmp_path: Path):
    """Make a minimal data folder from relation rows (milestones and figures empty unless given)."""

    def make(relations: list[dict], milestones: list[dict] | None = None, figures: list[dict] | None = None,
             venues: list[dict] | None = None, stories: list[dict] | None = None) -> Path:
        folder = tmp_path / "tiny"
        folder.mkdir(exist_ok=True)
        shutil.copy(DATA / "datapackage.json", folder / "datapackage.json")
        for names in ("country_names.csv", "city_names.csv", "categories.csv", "atlas.toml"):
            shutil.copy(DATA / names, folder / names)
        write_csv(folder / "relations.csv", relations, manifest_columns("relations.csv"))
        write_csv(folder / "milestones.csv", milestones or [], manifest_columns("milestones.csv"))
        write_csv(folder / "official_figures.csv", figures or [], manifest_columns("official_figures.csv"))
        write_csv(folder / "stories.csv", stories or [], manifest_columns("stories.csv"))
        write_csv(folder / "venues.csv", venues or [], manifest_columns("venues.csv"))
        return folder

    return make


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """The app under gunicorn, as the Procfile runs it, on a free loopback port."""

    def __init__(self, data_dir: Path, reload_interval: float = 0.2, threads: int = 1, **settings: str):
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = self.origin + settings.get("ATLAS_URL_PREFIX", "/").rstrip("/")
        env = dict(os.environ, ATLAS_DATA_DIR=str(data_dir), ATLAS_RELOAD_INTERVAL=str(reload_interval), **settings)
        self.log = open(data_dir.parent / f"server-{self.port}.log", "w+")  # noqa: SIM115
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "dashboard.wsgi:server", "--bind", f"127.0.0.1:{self.port}",
             "--workers", "1", "--threads", str(threads), "--timeout", "60"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        try:
            self._wait()
        except BaseException:
            self.stop()  # never leave a server behind
            raise

    def _wait(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.output()}")
            try:
                if requests.get(self.url + "/healthz", timeout=10).ok:
                    return
            except requests.RequestException:  # refused, or accepted before the worker is ready
                time.sleep(0.2)
        raise RuntimeError(f"server did not start:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture
def server_on(tmp_path: Path):
    """Start a server on a given data folder; stopped (and its log shown on failure) at the end."""
    servers: list[Server] = []

    def start(data_dir: Path) -> Server:
        server = Server(data_dir)
        servers.append(server)
        return server

    yield start
    for server in servers:
        output = server.output()
        server.stop()
        if "Traceback" in output:
            print(output)


@contextmanager
def static_http_server(folder: Path):
    """Any static web server will do: Python's own, serving folder on a free loopback port; yields its
    address and port."""
    port = free_port()
    process = subprocess.Popen([PYTHON, "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(url + "/", timeout=5)
            break
        except requests.RequestException:
            time.sleep(0.2)
    try:
        yield url, port
    finally:
        process.terminate()
        process.wait(timeout=10)


def module_data_copy(tmp_path_factory, name: str) -> Path:
    """A private copy of the bundled data folder for a module's tests, safe to break."""
    data = tmp_path_factory.mktemp(name) / "data"
    shutil.copytree(DATA, data)
    return data


@contextmanager
def server_on_a_copy(tmp_path_factory, name: str, threads: int = 1, **settings: str):
    """The app under gunicorn on a private copy of the bundled data (for a module's tests)."""
    running = Server(module_data_copy(tmp_path_factory, name), threads=threads, **settings)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def package(tmp_path_factory):
    """The offline package, written once by the CLI: (folder, what the command printed)."""
    target = tmp_path_factory.mktemp("package") / "atlas"
    done = subprocess.run([PYTHON, "-m", "dashboard", "export", str(target)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return target, done.stdout


@pytest.fixture(scope="session")
def static_server(package):
    """The offline package served by a plain static web server: its address."""
    with static_http_server(package[0]) as (url, _):
        yield url
