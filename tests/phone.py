"""A resident's thumb on the atlas: taps counted, marks found where plotly.js draws them, what is in sight."""

from __future__ import annotations

import re

import requests

from dashboard.wire import unpack

PHONE = (375, 812)
TABLET = (768, 1024)

# Where a place's mark is drawn, in page coordinates: on the live map where plotly.js draws it (the first
# trace naming it; a group mark names its places too), else on the picture that came with the page.
MARK = """(key) => { const gd = document.querySelector('#map .map-data'); let exact = null; let group = null;
  if (gd && gd._fullLayout && gd._fullLayout.geo && gd.data) {
    const box = gd.getBoundingClientRect(); const project = gd._fullLayout.geo._subplot.projection;
    gd.data.forEach((t) => (t.customdata || []).forEach((c, i) => { if (!t.lat) return;
      const p = project([t.lon[i], t.lat[i]]); const at = { x: box.left + p[0], y: box.top + p[1] };
      if (String(c) === key && !exact) exact = at;
      else if (String(c).split(/[:,]/).includes(key) && !group) group = at; })); }
  if (exact || group) return exact || group;
  const mark = document.querySelector('.map-picture .picture-data [data-place="' + key + '"]');
  if (!mark) return null; const r = mark.getBoundingClientRect();
  return r.width ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; }"""

# Every control a finger may aim at, drawn in the window: its box.
TARGETS = """() => [...document.querySelectorAll(
    'a[href], button, input, select, summary, [role=option], .modebar-btn')]
  .filter((e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && r.bottom > 0 && r.top < innerHeight
      && r.right > 0 && r.left < innerWidth; })
  .map((e) => { const r = e.getBoundingClientRect();
    return { what: (e.id || e.className.baseVal || e.className || e.tagName) + ' ' + (e.getAttribute('aria-label')
      || e.getAttribute('data-title') || e.textContent).trim().slice(0, 30), width: r.width, height: r.height,
      x: r.x, y: r.y }; })"""


def place_keys(server) -> dict[str, str]:
    """The served payload's places by their French name ("Dakar": "g2253354")."""
    page = requests.get(server.url + "/?lang=fr", timeout=30).text
    address = re.search(r'data-payload="([^"]+)"', page).group(1)
    payload = unpack(requests.get(server.origin + address, timeout=30).json())
    return {place["name"].get("fr") or next(iter(place["name"].values())): key
            for key, place in payload["places"].items()}


class Thumb:
    """Taps on a touch screen, counted as a resident's cost of an answer."""

    def __init__(self, page):
        self.page = page
        self.taps = 0

    def tap(self, selector: str) -> None:
        self.page.locator(selector).first.tap()
        self.taps += 1

    def tap_mark(self, key: str) -> None:
        """A tap on a place's mark, on the live map or on the page's picture, wherever it is drawn now."""
        self.page.wait_for_function(f"({MARK})(arguments[0] || '{key}') !== null".replace("arguments[0] || ", ""))
        at = self.page.evaluate(MARK, key)
        assert at, f"no mark for {key}"
        self.page.touchscreen.tap(at["x"], at["y"])
        self.taps += 1


def in_sight(page, selector: str) -> bool:
    """Whether the element is drawn wholly inside the window (no scrolling needed to read it)."""
    return page.evaluate("(s) => { const e = document.querySelector(s); if (!e) return false;"
                         " const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0"
                         " && r.bottom <= innerHeight + 0.5 && r.left >= 0 && r.right <= innerWidth + 0.5; }", selector)


def sheet_open(page) -> str:
    """The name of the sheet open over the map ("" for none)."""
    return page.evaluate("() => { const s = document.querySelector('.sheet.open'); return s ? s.dataset.sheet : ''; }")
