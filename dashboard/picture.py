"""A picture of the map as it opens, as inline SVG in the first HTML: the basemap, the consulate countries'
shades, the arcs and the places' marks of the opening view, drawn from the same templates as the live map
(dashboard/figures.py) so that the live map replaces it in place: its data part (class picture-data) when
the data layer is drawn, its basemap when plotly.js's is (assets/src/picture.mjs).

The projection follows plotly.js's geo subplot for the view's frame (d3's natural earth and azimuthal
equidistant, turned by the view's rotation, the frame fitted to the box and its centre in the middle):
the picture's viewBox is the frame, shown whole (`meet`) and overflowing into the rest of the box, which
is what the live map shows once its frame is widened to the box (assets/src/mapview.mjs, fitFrame).
"""

from __future__ import annotations

import itertools
import math
from functools import cache
from html import escape

import numpy as np
import shapely
from markupsafe import Markup

from .config import TOPOJSON_DIR
from .geo import world

ARC_LIMIT = 150  # beyond as many arc places the live map draws no arc (assets/src/map.mjs, ARC_LIMIT)
PLACE_LIMIT = 400  # beyond as many places it draws one mark per country (map.mjs, PLACE_LIMIT)
WIDTH = 900  # the picture's width in its own units: about a desktop map's pixels, for marks and lines
CLIP_PAD = 0.001  # plotly.js's own pad inside the frame's ranges
BASEMAP = "world_110m.json"  # the live map's basemap (assets/src/plots.mjs, TOPOLOGY)


def natural_earth(lam: np.ndarray, phi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """d3.geoNaturalEarth1's raw projection (radians in, y up)."""
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
    y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
    return x, y


def azimuthal_equidistant(lam: np.ndarray, phi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """d3.geoAzimuthalEquidistant's raw projection (the point turned to the centre is at 0, 0)."""
    cos_c = np.clip(np.cos(phi) * np.cos(lam), -1, 1)
    c = np.arccos(cos_c)
    k = np.where(c > 1e-9, c / np.maximum(np.sin(c), 1e-12), 1.0)
    return k * np.cos(phi) * np.sin(lam), k * np.sin(phi)


RAW = {"natural earth": natural_earth, "azimuthal equidistant": azimuthal_equidistant}


class Projection:
    """Longitude and latitude (degrees) to the picture's units for a view's geo layout."""

    def __init__(self, geo: dict):
        projection = geo.get("projection") or {}
        self.raw = RAW.get(projection.get("type"), natural_earth)
        rotation = projection.get("rotation") or {}
        self.rot_lon, self.rot_lat = float(rotation.get("lon") or 0), float(rotation.get("lat") or 0)
        lon_range = (geo.get("lonaxis") or {}).get("range") or [self.rot_lon - 180, self.rot_lon + 180]
        lat_range = (geo.get("lataxis") or {}).get("range") or [-90, 90]
        bx, by = self.turned(*range_box(lon_range, lat_range))
        keep = np.isfinite(bx) & np.isfinite(by)
        width, height = np.ptp(bx[keep]), np.ptp(by[keep])
        if self.raw is azimuthal_equidistant and not (geo.get("lonaxis") or {}).get("range"):
            width = height = 2 * math.pi  # the whole disc
        centre = geo.get("center") or {}
        cx, cy = self.turned(np.array([float(centre.get("lon", self.rot_lon))]),
                             np.array([float(centre.get("lat", 0))]))
        scale = float(projection.get("scale") or 1)
        self.k = WIDTH / width * scale
        self.cx, self.cy = float(cx[0]), float(cy[0])
        self.width, self.height = WIDTH, WIDTH * height / width

    def turned(self, lon: np.ndarray, lat: np.ndarray):
        """Raw projected coordinates after the view's rotation (d3's rotate([-lon, -lat]))."""
        lam, phi = np.radians(lon - self.rot_lon), np.radians(lat)
        if self.rot_lat:
            x, y, z = np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)
            d = np.radians(self.rot_lat)
            x, z = x * np.cos(d) + z * np.sin(d), z * np.cos(d) - x * np.sin(d)
            lam, phi = np.arctan2(y, x), np.arcsin(np.clip(z, -1, 1))
        # back into [-180°, 180°], leaving the edges where they are (a country cut at the seam keeps its side)
        lam = np.where(lam > math.pi, lam - 2 * math.pi, np.where(lam < -math.pi, lam + 2 * math.pi, lam))
        return self.raw(lam, phi)

    def __call__(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.turned(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        return self.width / 2 + self.k * (x - self.cx), self.height / 2 - self.k * (y - self.cy)

    def seam(self) -> float:
        """The longitude the view's rotation puts at the picture's left and right edges."""
        return self.rot_lon - 180


def range_box(lon_range, lat_range, steps: int = 24) -> tuple[np.ndarray, np.ndarray]:
    """plotly.js's frame polygon (makeRangeBox), its edges followed as great circles as d3 does."""
    lon0, lon1 = lon_range[0] + CLIP_PAD, lon_range[1] - CLIP_PAD
    lat0, lat1 = lat_range[0] + CLIP_PAD, lat_range[1] - CLIP_PAD
    q = (lon1 - lon0) / 4
    corners = [(lon0, lat0), (lon0, lat1), (lon0 + q, lat1), (lon0 + 2 * q, lat1), (lon0 + 3 * q, lat1),
               (lon1, lat1), (lon1, lat0), (lon1 - q, lat0), (lon1 - 2 * q, lat0), (lon1 - 3 * q, lat0), (lon0, lat0)]
    lons, lats = [], []
    for a, b in itertools.pairwise(corners):
        lo, la = great_circle(a, b, steps)
        lons.append(lo)
        lats.append(la)
    return np.concatenate(lons), np.concatenate(lats)


def great_circle(a, b, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Points along the great circle from a to b (lon, lat in degrees), ends included."""
    def vector(p):
        lon, lat = np.radians(p[0]), np.radians(p[1])
        return np.array([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    u, v = vector(a), vector(b)
    omega = math.acos(float(np.clip(u @ v, -1, 1)))
    t = np.linspace(0, 1, steps)[:, None]
    if omega < 1e-9:
        points = np.repeat(u[None, :], steps, axis=0)
    else:
        points = (np.sin((1 - t) * omega) * u + np.sin(t * omega) * v) / math.sin(omega)
    lon = np.degrees(np.arctan2(points[:, 1], points[:, 0]))
    lat = np.degrees(np.arcsin(np.clip(points[:, 2], -1, 1)))
    return unwrap(lon), lat


def unwrap(lon: np.ndarray) -> np.ndarray:
    """Longitudes without jumps of 360° along a line (a path across the antimeridian stays whole)."""
    return np.degrees(np.unwrap(np.radians(lon)))


@cache
def countries():
    """The basemap's countries (ISO 3166-1 alpha-3 index) as the live map draws them, made valid: a ring
    around a pole (Antarctica) would otherwise clip to the whole band it spans."""
    shapes = world(TOPOJSON_DIR / BASEMAP)[0].geometry
    return shapes.where(shapes.is_valid, shapes.make_valid())


def path_of(geometry) -> str:
    """An SVG path for a projected polygon or multipolygon, to the pixel (its borders are 0.6 px lines),
    in relative steps and without repeated points: a third of the bytes."""
    parts = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        for ring in [polygon.exterior, *polygon.interiors]:
            xy = np.round(np.asarray(ring.coords)).astype(int)[:-1]
            steps = np.diff(xy, axis=0)
            steps = steps[(steps != 0).any(axis=1)]
            if len(steps) < 2:
                continue
            parts.append(f"M{xy[0][0]},{xy[0][1]}l" + " ".join(f"{dx},{dy}" for dx, dy in steps) + "z")
    return "".join(parts)


def projected(geometry, project: Projection, window):
    """A country in the picture's units: cut at the view's seam (a polygon across it would streak
    over the whole map), projected, clipped to the window around the frame and simplified."""
    seam = project.seam()
    pieces = []
    for shift in (-360, 0, 360):
        part = shapely.clip_by_rect(geometry, seam - shift, -90, seam + 360 - shift, 90)
        if part.is_empty:
            continue
        part = shapely.transform(part, lambda xy, s=shift: np.column_stack(project(xy[:, 0] + s, xy[:, 1])))
        part = shapely.clip_by_rect(part.buffer(0), *window)
        if not part.is_empty:
            pieces.append(part)
    if not pieces:
        return None
    return shapely.union_all(pieces).simplify(0.7)


SYMBOLS = {  # plotly.js's marker symbols (src/components/drawing/symbol_defs.js), r = size / 2
    "circle": lambda r: f"M{r:.2f},0A{r:.2f},{r:.2f} 0 1,1 0,-{r:.2f}A{r:.2f},{r:.2f} 0 0,1 {r:.2f},0Z",
    "square": lambda r: f"M{r:.2f},{r:.2f}H-{r:.2f}V-{r:.2f}H{r:.2f}Z",
    "diamond": lambda r: f"M{1.3 * r:.2f},0L0,{1.3 * r:.2f}L-{1.3 * r:.2f},0L0,-{1.3 * r:.2f}Z",
    "triangle-up": lambda r: f"M-{2 * r / 3 ** .5:.2f},{r / 2:.2f}H{2 * r / 3 ** .5:.2f}L0,-{r:.2f}Z",
    "triangle-down": lambda r: f"M-{2 * r / 3 ** .5:.2f},-{r / 2:.2f}H{2 * r / 3 ** .5:.2f}L0,{r:.2f}Z",
    "triangle-right": lambda r: f"M-{r / 2:.2f},-{2 * r / 3 ** .5:.2f}V{2 * r / 3 ** .5:.2f}L{r:.2f},0Z",
    "hexagon": lambda r: (f"M{r * 3 ** .5 / 2:.2f},-{r / 2:.2f}V{r / 2:.2f}L0,{r:.2f}L-{r * 3 ** .5 / 2:.2f},"
                          f"{r / 2:.2f}V-{r / 2:.2f}L0,-{r:.2f}Z"),
    "pentagon": lambda r: (f"M{.951 * r:.2f},{-.309 * r:.2f}L{.588 * r:.2f},{.809 * r:.2f}H-{.588 * r:.2f}"
                           f"L-{.951 * r:.2f},{-.309 * r:.2f}L0,-{r:.2f}Z"),
    "cross": lambda r: (f"M{1.2 * r:.2f},{.4 * r:.2f}H{.4 * r:.2f}V{1.2 * r:.2f}H-{.4 * r:.2f}V{.4 * r:.2f}"
                        f"H-{1.2 * r:.2f}V-{.4 * r:.2f}H-{.4 * r:.2f}V-{1.2 * r:.2f}H{.4 * r:.2f}"
                        f"V-{.4 * r:.2f}H{1.2 * r:.2f}Z"),
    "x": lambda r: x_path(r * 0.8 / 2 ** .5),
    "star": lambda r: star_path(r * 1.4),
    "star-square": lambda r: (f"M-{1.1 * r:.2f},-{1.1 * r:.2f}A{2 * r:.2f},{2 * r:.2f} 0 0 1 -{1.1 * r:.2f},"
                              f"{1.1 * r:.2f}A{2 * r:.2f},{2 * r:.2f} 0 0 1 {1.1 * r:.2f},{1.1 * r:.2f}"
                              f"A{2 * r:.2f},{2 * r:.2f} 0 0 1 {1.1 * r:.2f},-{1.1 * r:.2f}"
                              f"A{2 * r:.2f},{2 * r:.2f} 0 0 1 -{1.1 * r:.2f},-{1.1 * r:.2f}Z"),
}


def x_path(d: float) -> str:
    steps = [(1, 1), (1, -1), (-1, -1), (1, -1), (-1, -1), (-1, 1), (-1, -1), (-1, 1), (1, 1), (-1, 1), (1, 1)]
    return f"M0,{d:.2f}" + "".join(f"l{a * d:.2f},{b * d:.2f}" for a, b in steps) + "Z"


def star_path(s: float) -> str:
    x1, x2, x3, x4 = .225 * s, .951 * s, .363 * s, .588 * s
    y1, y2, y3, y4, y5 = -s, -.309 * s, .118 * s, .809 * s, .382 * s
    return (f"M{x1:.2f},{y2:.2f}H{x2:.2f}L{x3:.2f},{y3:.2f}L{x4:.2f},{y4:.2f}L0,{y5:.2f}L-{x4:.2f},{y4:.2f}"
            f"L-{x3:.2f},{y3:.2f}L-{x2:.2f},{y2:.2f}H-{x1:.2f}L0,{y1:.2f}Z")


def grown(rule: dict, count: int) -> float:
    """A mark's size by how many relations it holds (assets/src/look.mjs, grown)."""
    return rule["base"] + min(rule["most"], rule["growth"] * math.sqrt(max(0, count - rule["beyond"])))


class Marks:
    """The picture's marks: each drawn shape (symbol, size, paint) once in the svg's defs, and each mark a
    <use> of it at its place's point: a mark costs a third of the bytes, which counts at 50,000 relations."""

    def __init__(self, window):
        self.window = window
        self.shapes: dict[tuple, str] = {}
        self.uses: list[str] = []

    def add(self, symbol: str, at: tuple[float, float, float], size: float, paint: tuple, place: str = "") -> None:
        """A marker symbol at its place's point (x, y) moved dx px aside (a place's categories side by side),
        size px across; paint: its fill, outline, outline width (and opacity); place: what a tap on it chooses, as the
        live map's customdata. The browser scales each mark to its px whatever the picture's scale
        (picture.mjs). A mark beyond the window around the frame is never seen: left out."""
        x, y, dx = at
        left, top, right, bottom = self.window
        if not (left <= x <= right and top <= y <= bottom):
            return
        shape = self.shapes.setdefault((symbol, round(size, 2), paint), f"pm{len(self.shapes)}")
        chosen = f' data-place="{escape(place)}"' if place else ""
        aside = f" translate({dx:.1f},0)" if dx else ""
        self.uses.append(f'<use href="#{shape}" transform="translate({x:.1f},{y:.1f}){aside}"{chosen}/>')

    def defs(self) -> str:
        paths = []
        for (symbol, size, (fill, line, width, *opacity)), name in self.shapes.items():
            shape = SYMBOLS.get(symbol, SYMBOLS["circle"])(size / 2)
            faded = f' opacity="{opacity[0]:g}"' if opacity else ""
            paths.append(f'<path id="{name}" d="{shape}" fill="{escape(fill)}" stroke="{escape(line)}" '
                         f'stroke-width="{width:g}"{faded}/>')
        return f"<defs>{''.join(paths)}</defs>" if paths else ""


def line_path(xs: np.ndarray, ys: np.ndarray, limit: float, window) -> str:
    """A projected line to the unit, in relative steps, its straight stretches as one step, broken where it
    jumps across the picture (the view's seam) and cut to the window around the frame: a tenth of the
    bytes of every point written out."""
    xy = np.column_stack([xs, ys])
    cuts = np.flatnonzero(np.abs(np.diff(xs)) > limit) + 1
    out = []
    for part in np.split(xy, cuts):
        if len(part) < 2:
            continue
        inside = shapely.clip_by_rect(shapely.LineString(part), *window)
        for piece in getattr(inside, "geoms", [inside]):
            if piece.is_empty or piece.geom_type != "LineString":
                continue
            points = np.round(np.asarray(shapely.simplify(piece, 0.4).coords)).astype(int)
            steps = np.diff(points, axis=0)
            steps = steps[(steps != 0).any(axis=1)]
            if len(steps):
                out.append(f"M{points[0][0]},{points[0][1]}l" + " ".join(f"{dx},{dy}" for dx, dy in steps))
    return "".join(out)


def country_shades(payload: dict, rows: list[dict]) -> dict[str, str]:
    """Each consulate country's fill by the highest rank shown there (assets/src/map.mjs, countryShades)."""
    shades = payload["plotly"]["normal"]["map"]["rankShades"]
    ranks = [shade["consular_rank"] for shade in shades]
    layers = {c for c, info in payload["categoryInfo"].items() if info["layer"] == "country"}
    best: dict[str, int] = {}
    for rel in rows:
        place = payload["places"].get(rel.get("place") or "")
        if rel["category"] in layers and place and place.get("iso3"):
            level = ranks.index(rel["consular_rank"]) if rel.get("consular_rank") in ranks else 0
            best[place["iso3"]] = max(level, best.get(place["iso3"], 0))
    return {iso3: shades[level]["colour"] for iso3, level in best.items()}


def country_paths(payload: dict, rows: list[dict], project: Projection, window) -> tuple[str, str]:
    """The basemap's countries in the frame's surroundings, and over them the consulate countries shaded
    by rank: the shades are the data layer's (they change with the year), the rest the basemap's. A shade
    is a <use> of its country's outline, not the outline again."""
    look = payload["plotly"]["normal"]["map"]
    base, border = look["base"]["geo"], look["traces"]["countryLayer"]["marker"]["line"]
    shades = country_shades(payload, rows)
    land, shaded = [], []
    for iso3, geometry in countries().items():
        drawn = projected(geometry, project, window)
        if drawn is None:
            continue
        if iso3 in shades:
            land.append(f'<path id="pc-{escape(iso3)}" d="{path_of(drawn)}"/>')
            shaded.append(f'<use href="#pc-{escape(iso3)}" fill="{shades[iso3]}"/>')
        else:
            land.append(f'<path d="{path_of(drawn)}"/>')
    return (f'<g fill="{base["landcolor"]}" stroke="{base["countrycolor"]}" stroke-width="{base["countrywidth"]:g}" '
            f'stroke-linejoin="round">{"".join(land)}</g>',
            f'<g stroke="{border["color"]}" stroke-width="{border["width"]:g}" stroke-linejoin="round">'
            f'{"".join(shaded)}</g>')


def arc_paths(payload: dict, rows: list[dict], project: Projection, window) -> str:
    """Great circles from home to each place of an arc category; the opening view chooses nothing, so
    they are all faint (assets/src/map.mjs, arcTraces)."""
    info, home = payload["categoryInfo"], payload["home"]
    line = payload["plotly"]["normal"]["map"]["traces"]["arcRest"]
    ends_of = {cat: dict.fromkeys(rel["place"] for rel in rows if rel["category"] == cat and rel.get("place"))
               for cat in payload["categories"] if info[cat]["arcs"]}
    if sum(len(ends) for ends in ends_of.values()) > ARC_LIMIT:
        return ""  # a hairball: the live map draws none until one is chosen
    groups = []
    for cat, ends in ends_of.items():
        paths = []
        for key in ends:
            place = payload["places"][key]
            xs, ys = project(*great_circle((home["lon"], home["lat"]), (place["lon"], place["lat"]), 48))
            paths.append(line_path(xs, ys, project.width / 2, window))
        if paths:  # one path for them all: the group's opacity is the whole's, overlaps do not darken
            groups.append(f'<path d="{"".join(paths)}" fill="none" stroke="{info[cat]["colour"]}" '
                          f'stroke-width="{line["line"]["width"]:g}" opacity="{line["opacity"]:g}"/>')
    return "".join(groups)


def mark_paths(payload: dict, rows: list[dict], project: Projection, marks: Marks) -> None:
    """One mark per category and place, a place's categories side by side, and the home city's mark over
    them, or beyond PLACE_LIMIT places one mark per country (assets/src/map.mjs and groups.mjs; no group
    marks: they depend on the reader's zoom)."""
    look, info = payload["plotly"]["normal"]["map"], payload["categoryInfo"]
    counts: dict[tuple[str, str], int] = {}
    at_home = 0
    for rel in rows:
        place = payload["places"].get(rel.get("place") or "")
        if not place or info[rel["category"]]["layer"] == "country":
            continue
        if place.get("home"):
            at_home += 1
        else:
            counts[(rel["category"], rel["place"])] = counts.get((rel["category"], rel["place"]), 0) + 1
    if len({key for _, key in counts}) > PLACE_LIMIT:
        country_marks(payload, counts, project, marks)
    else:
        place_marks(payload, counts, project, marks)
    home, style = payload["home"], look["traces"]["home"]["marker"]
    hx, hy = project(home["lon"], home["lat"])
    marks.add(style["symbol"], (float(hx), float(hy), 0), grown(look["sizes"]["home"], at_home),
              (style["color"], style["line"]["color"], style["line"]["width"]), "@home" if at_home else "")


def country_marks(payload: dict, counts: dict[tuple[str, str], int], project: Projection, marks: Marks) -> None:
    """Beyond PLACE_LIMIT places, one mark per country at the middle of its places, sized by its relations
    (assets/src/map.mjs, countryMarks); a tap on it chooses its first place, as the live map's."""
    look = payload["plotly"]["normal"]["map"]
    style = look["traces"]["countries"]["marker"]
    by_country: dict[str, dict] = {}
    for (_, key), count in counts.items():
        place = payload["places"][key]
        entry = by_country.setdefault(place["country"], {"first": key, "places": {}, "count": 0})
        entry["places"][key] = (place["lon"], place["lat"])
        entry["count"] += count
    for entry in by_country.values():
        lon = sum(p[0] for p in entry["places"].values()) / len(entry["places"])
        lat = sum(p[1] for p in entry["places"].values()) / len(entry["places"])
        x, y = project(lon, lat)
        marks.add(style["symbol"], (float(x), float(y), 0), grown(look["sizes"]["country"], entry["count"]),
                  (style["color"], style["line"]["color"], style["line"]["width"], style.get("opacity", 1)),
                  entry["first"])


def place_marks(payload: dict, counts: dict[tuple[str, str], int], project: Projection, marks: Marks) -> None:
    """One mark per category and place, a place's categories side by side."""
    look, info = payload["plotly"]["normal"]["map"], payload["categoryInfo"]
    outline = look["traces"]["places"]["marker"]["line"]
    here: dict[str, list] = {}
    for cat in payload["categories"]:
        for (mine, key), count in counts.items():
            if mine == cat:
                here.setdefault(key, []).append((cat, grown(look["sizes"]["place"], count)))
    for key, drawn_here in here.items():
        x, y = project(payload["places"][key]["lon"], payload["places"][key]["lat"])
        left = float(x) - sum(size + 2 for _, size in drawn_here) / 2
        for cat, size in drawn_here:
            at = left + size / 2 + 1 if len(drawn_here) > 1 else float(x)
            left += size + 2
            marks.add(info[cat]["symbol"], (float(x), float(y), at - float(x)), size,
                      (info[cat]["colour"], outline["color"], outline["width"]), key)


def map_picture(payload: dict, rows: list[dict], words) -> Markup:
    """The opening view as an inline SVG (an image to assistive technology, named by the summary), in a
    box the live map fills in place."""
    look = payload["plotly"]["normal"]["map"]
    geo = payload["views"][0]["geo"] if payload.get("views") else look["base"]["geo"]
    project = Projection(geo)
    # what a box of another shape than the frame shows around it: up to twice as wide (a wide embed), a
    # third taller (a phone)
    pad_x, pad_y = project.width * 0.6, project.height * 0.4
    window = (-pad_x, -pad_y, project.width + pad_x, project.height + pad_y)
    label = escape(words.t("explorer.map"))
    land, shades = country_paths(payload, rows, project, window)
    marks = Marks(window)
    mark_paths(payload, rows, project, marks)
    return Markup(  # the box clips what the frame's surroundings draw beyond it
        f'<div class="map-picture"><svg viewBox="0 0 {project.width:.0f} {project.height:.0f}" '
        f'preserveAspectRatio="xMidYMid meet" role="img" aria-label="{label}" focusable="false">{marks.defs()}'
        f'<rect x="{window[0]:.0f}" y="{window[1]:.0f}" width="{window[2] - window[0]:.0f}" '
        f'height="{window[3] - window[1]:.0f}" fill="{look["base"]["geo"]["oceancolor"]}"/>'
        f'{land}<g class="picture-data">{shades}{arc_paths(payload, rows, project, window)}'
        f'{"".join(marks.uses)}</g></svg></div>'
    )
