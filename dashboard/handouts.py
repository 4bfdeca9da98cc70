"""Handouts for the council's documents: each chapter of a story as a PNG image, the story as a PDF.

Made locally by headless Chromium (Debian's package) from the offline package: the images are the
presentation itself, as the audience sees it on a 1920x1080 projector, without the on-screen buttons.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from .config import Settings
from .dataset import Dataset
from .i18n import text_in, texts
from .static_site import export_site
from .stories import chapter_name

SIZE = (1920, 1080)
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio",
]


class HandoutError(RuntimeError):
    """Chromium is missing or failed: the message says what to do."""


def chromium() -> str:
    path = Settings.from_env().browser_path or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise HandoutError("Chromium is needed for handouts: apt-get install chromium (or set ATLAS_BROWSER)")
    return path


def run_chromium(args: list[str], profile: Path) -> None:
    done = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=180, check=False)
    if done.returncode != 0:
        raise HandoutError(f"Chromium failed ({done.returncode}): {done.stderr.strip()[-500:]}")


def make_handouts(dataset: Dataset, target: Path, story: str, lang: str, stamp: tuple[str, str],
                  notes: bool = False) -> list[Path]:
    """PNG per chapter and one PDF, in target; returns the files written (PDF last). stamp: the data
    version and the day the package is made; notes: the speaker's notes under each chapter in the PDF."""
    version, made = stamp
    chapters = sorted((r for r in dataset.stories if r["story"] == story), key=lambda r: r["chapter"])
    if not chapters:
        known = sorted({r["story"] for r in dataset.stories})
        raise HandoutError(f"no story '{story}' in stories.csv (stories: {', '.join(known) or 'none'})")
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as work:
        package = Path(work) / "package"
        export_site(dataset, package, version, made)
        profile = Path(work) / "profile"
        for number, chapter in enumerate(chapters, start=1):
            image = target / f"{story}-{number:02d}-{lang}.png"
            url = (package / "index.html").as_uri() + f"?story={story}&chapter={number}&lang={lang}&still=1"
            run_chromium([f"--window-size={SIZE[0]},{SIZE[1]}", "--virtual-time-budget=15000",
                          f"--screenshot={image}", url], profile)
            if not image.is_file():
                raise HandoutError(f"{chapter_name(chapter)}: Chromium wrote no image")
            written.append(image)
        sheet = target / f"{story}-{lang}.html"
        sheet.write_text(handout_page(chapters, written, lang, notes), encoding="utf-8")
        pdf = target / f"{story}-{lang}.pdf"
        run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", sheet.as_uri()], profile)
        sheet.unlink()
    if not pdf.is_file():
        raise HandoutError("Chromium wrote no PDF")
    return [*written, pdf]


def handout_page(chapters: list[dict], images: list[Path], lang: str, notes: bool = False) -> str:
    """One landscape page per chapter: its title, the picture, its text, and with notes the speaker's."""
    def said(chapter: dict) -> str:
        given = texts(chapter, "notes")
        return f'<p class="notes">{escape(text_in(given, lang))}</p>' if notes and given else ""

    pages = "".join(
        f'<section><h1>{escape(text_in(texts(c, "title"), lang))}</h1>'
        f'<img src="{escape(image.name)}" alt="">'
        f'<p>{escape(text_in(texts(c, "text"), lang))}</p>{said(c)}</section>'
        for c, image in zip(chapters, images, strict=True)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>'
        "@page { size: A4 landscape; margin: 10mm; }"
        "body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #000; }"
        "section { break-after: page; height: 188mm; display: flex; flex-direction: column; gap: 3mm; }"
        "section:last-child { break-after: auto; }"
        "h1 { margin: 0; font-size: 20pt; } p { margin: 0; font-size: 12pt; line-height: 1.4; }"
        "img { width: 100%; max-height: 150mm; object-fit: contain; object-position: left top; }"
        ".notes { font-style: italic; border-left: 1mm solid #000; padding-left: 3mm; }"
        f"</style></head><body>{pages}</body></html>"
    )


def make_preview(dataset: Dataset, image: Path, lang: str, version: str, made: str) -> Path:
    """The map as it opens, embedded and without controls, as a PNG: the picture-and-link fallback for
    sites that allow no iframe (assets/previews/, linked from the share dialog)."""
    image = Path(image)
    image.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        package = Path(work) / "package"
        export_site(dataset, package, version, made)
        url = (package / "index.html").as_uri() + f"?lang={lang}&embed=1&controls=none&still=1"
        run_chromium(["--window-size=1200,900", "--virtual-time-budget=15000", f"--screenshot={image}", url],
                     Path(work) / "profile")
    if not image.is_file():
        raise HandoutError("Chromium wrote no image")
    return image
