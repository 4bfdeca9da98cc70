"""The assets' copy nginx serves: every compressed copy is the file's, and a new copy replaces the old at once."""

from __future__ import annotations

import gzip
import shutil

import brotli

from dashboard.precompress import publish

from .conftest import ROOT


def test_each_compressed_copy_is_its_file_and_a_new_copy_replaces_the_old(tmp_path):
    source = tmp_path / "assets"
    (source / "topojson").mkdir(parents=True)
    shutil.copy(ROOT / "assets" / "topojson" / "world_110m.json", source / "topojson")
    (source / "atlas.js").write_text("var atlas = 1;\n" * 200, encoding="utf-8")
    (source / "tiny.css").write_text("a{}", encoding="utf-8")  # too small to be worth it
    target = tmp_path / "served"
    publish(source, target)
    first = target.resolve()
    for name in ("atlas.js", "topojson/world_110m.json"):
        original = (target / name).read_bytes()
        assert gzip.decompress((target / f"{name}.gz").read_bytes()) == original
        assert brotli.decompress((target / f"{name}.br").read_bytes()) == original
    assert not (target / "tiny.css.gz").exists()

    (source / "atlas.js").write_text("var atlas = 2;\n" * 200, encoding="utf-8")  # an upgrade, then a restart
    publish(source, target)
    assert target.is_symlink() and target.resolve() != first and first.exists()  # the old one kept, once
    assert gzip.decompress((target / "atlas.js.gz").read_bytes()).startswith(b"var atlas = 2;")
    publish(source, target)
    assert not first.exists()
