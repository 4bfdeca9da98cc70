"""A copy of assets/ for a proxy to serve from disk, with a .gz and a .br beside every file worth
compressing (`python -m dashboard precompress DIR`). nginx sends a compressed copy only if it exists
(gzip_static, brotli_static), never checking that it is current: so the copy is written from the code
being run, at each start (deploy/atlas.service, deploy/run-local.sh), and swapped in at once."""

from __future__ import annotations

import mimetypes
import os
import shutil
import uuid
from pathlib import Path

from .compression import COMPRESSIBLE, MIN_SIZE, SUFFIX, compress, precompressed

EXTRA_TYPES = {".mjs": "application/javascript", ".json": "application/json", ".map": "application/json"}


def worth_compressing(path: Path) -> bool:
    kind = EXTRA_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or ""
    return kind.startswith(COMPRESSIBLE) and path.stat().st_size >= MIN_SIZE


def compress_beside(folder: Path) -> int:
    """Write FILE.gz and FILE.br for each file that has no current copy (a shipped one is checked, as the
    app checks it); returns how many were written. Not the bundle's sources (src/): no page loads them."""
    written = 0
    for path in sorted(folder.rglob("*")):
        if (not path.is_file() or path.suffix in (".gz", ".br") or path.relative_to(folder).parts[0] == "src"
                or not worth_compressing(path)):
            continue
        original = path.read_bytes()
        for encoding, suffix in SUFFIX.items():
            relative = "/assets/" + path.relative_to(folder).as_posix()
            if precompressed(folder, relative, encoding, original) is None:
                copy = path.with_name(path.name + suffix)
                copy.write_bytes(compress(original, encoding, best=True))
                shutil.copystat(path, copy)  # the same Last-Modified as the file itself
                written += 1
    return written


def publish(source: Path, target: Path) -> int:
    """Make target (a symbolic link) point at a fresh compressed copy of source, in one rename: nginx
    never sees a half-written folder. The previous copy is kept (a request may be reading it), older
    ones removed."""
    target = target.absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}-{uuid.uuid4().hex[:8]}")
    shutil.copytree(source, staging)
    written = compress_beside(staging)
    previous = target.resolve() if target.is_symlink() else None
    if target.exists() and not target.is_symlink():
        shutil.rmtree(target)
    link = target.with_name(f".{target.name}.link")
    link.unlink(missing_ok=True)
    link.symlink_to(staging.name)
    os.replace(link, target)
    for old in target.parent.glob(f".{target.name}-*"):
        if old not in (staging, previous):
            shutil.rmtree(old, ignore_errors=True)
    return written
