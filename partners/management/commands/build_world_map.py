"""Regenerate partners/data/world-110m.json, the country shapes of the partner world map.

Source: the npm package world-atlas 2.0.2 (ISC licence), a TopoJSON redistribution of Natural
Earth 4.1.0's Admin 0 countries (public domain):
- ``countries-110m.json`` (1:110m) gives the shapes;
- ``countries-50m.json`` (1:50m) gives a position for the countries too small to appear at
  1:110m (Singapore, Luxembourg, Malta...), drawn as a dot when they have partners.

    manage.py build_world_map                       # runs `npm pack world-atlas@2.0.2` in a temporary folder
    manage.py build_world_map --package world-atlas-2.0.2.tgz   # or an unpacked package folder

Shapes are projected with Equal Earth to a world 1,000 units wide, simplified along the
topology's shared arcs (so neighbouring borders stay identical) with Douglas-Peucker at half a
unit, rounded to whole units and written as relative SVG path data. Antarctica is left out.
Only this command needs npm; the site reads the committed JSON file.
"""

import json
import math
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django_countries import countries

from django.core.management import BaseCommand, CommandError

from partners.map import DATA_FILE, svg_point

PACKAGE = "world-atlas"
VERSION = "2.0.2"
WIDTH = 1000
TOLERANCE = 0.5
MARGIN = 4
ANTARCTICA = "010"
# Natural Earth shapes with no ISO 3166 numeric code, and the country they are drawn with.
UNCODED = {"N. Cyprus": "CY", "Somaliland": "SO", "Kosovo": "XK"}


def decode_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude), undoing quantisation and delta encoding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arc_indexes, arcs):
    """A ring from its arcs (a negative index ~i is arc i reversed), shared end points once."""
    points = []
    for index in arc_indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def on_antimeridian(longitude):
    return abs(longitude) > 179.99


def side_of(points):
    """+1 or -1: the side of the antimeridian most of these points lie on."""
    longitudes = [lon for lon, _lat in points if not on_antimeridian(lon)]
    return 1 if not longitudes or sum(longitudes) >= 0 else -1


def unwrap(points):
    """Longitudes made continuous (a step of more than 180 degrees is a crossing of the antimeridian)."""
    result = [points[0]]
    for lon, lat in points[1:]:
        previous = result[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        result.append((lon, lat))
    return result


def clip(points, limit, keep_below):
    """Sutherland-Hodgman: the part of a closed ring west (``keep_below``) or east of a meridian."""

    def inside(point):
        return point[0] <= limit if keep_below else point[0] >= limit

    def crossing(a, b):
        t = (limit - a[0]) / (b[0] - a[0])
        return (limit, a[1] + t * (b[1] - a[1]))

    result = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                result.append(crossing(previous, current))
            result.append(current)
        elif inside(previous):
            result.append(crossing(previous, current))
    return result


def simplify(points, tolerance):
    """Douglas-Peucker: the indexes of the points farther than ``tolerance`` from the simplified line."""
    if len(points) < 3:
        return list(range(len(points)))
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = None, -1.0
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dx * (ay - py) - dy * (ax - px)) / length if length else math.hypot(px - ax, py - ay)
            if d > distance:
                farthest, distance = i, d
        if farthest is not None and distance > tolerance:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [i for i, kept in enumerate(keep) if kept]


def geometry_rings(geometry):
    if geometry["type"] == "Polygon":
        return list(geometry["arcs"])
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["arcs"] for ring in polygon]
    return []


def country_code(geometry):
    if "id" in geometry:
        code = countries.alpha2(geometry["id"])
        if code:
            return code
    return UNCODED.get(geometry.get("properties", {}).get("name"))


class Projector:
    """Simplifies each arc once, so the borders two countries share stay identical after simplification."""

    def __init__(self, arcs):
        self.arcs = arcs
        self.kept = {}

    def arc(self, index):
        """The arc's kept points in degrees, reversed for a negative index."""
        number = index if index >= 0 else ~index
        if number not in self.kept:
            points = self.arcs[number]
            if any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:], strict=False)):
                self.kept[number] = points  # crosses the antimeridian: kept whole
            else:
                side = side_of(points)
                projected = [
                    svg_point(180.0 * side if on_antimeridian(lon) else lon, lat, WIDTH) for lon, lat in points
                ]
                self.kept[number] = [points[i] for i in simplify(projected, TOLERANCE)]
        points = self.kept[number]
        return points if index >= 0 else points[::-1]

    def rings(self, arc_indexes):
        """The ring in whole SVG units: one ring, or one piece each side of the antimeridian it crosses."""
        points = []
        for index in arc_indexes:
            arc = self.arc(index)
            points.extend(arc if not points else arc[1:])
        continuous = unwrap(points)
        west = min(lon for lon, _lat in continuous)
        east = max(lon for lon, _lat in continuous)
        if west >= -180.01 and east <= 180.01:
            pieces = [[(max(-180.0, min(180.0, lon)), lat) for lon, lat in continuous]]
        else:
            pieces = []
            for shift in (-360, 0, 360):
                shifted = [(lon + shift, lat) for lon, lat in continuous[:-1]]
                piece = clip(clip(shifted, 180.0, keep_below=True), -180.0, keep_below=False)
                if len(piece) >= 3:
                    pieces.append([*piece, piece[0]])
        return [[tuple(round(v) for v in svg_point(lon, lat, WIDTH)) for lon, lat in piece] for piece in pieces]


def path_data(ring):
    """Relative SVG path data for a closed ring of whole-unit points; None when it shrank to nothing."""
    steps = []
    previous = ring[0]
    for point in ring[1:-1]:  # the last point is the first again: "z" draws that side
        if point != previous:
            steps.append((point[0] - previous[0], point[1] - previous[1]))
            previous = point
    if len(steps) < 2:
        return None
    return f"M{ring[0][0]} {ring[0][1]}l" + " ".join(f"{dx} {dy}" for dx, dy in steps) + "z"


def polygon_area_centroid(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not area:
        xs, ys = zip(*points, strict=True)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def build(countries_110m, countries_50m):
    arcs = decode_arcs(countries_110m)
    projector = Projector(arcs)
    paths = {}
    xs, ys = [], []
    for geometry in countries_110m["objects"]["countries"]["geometries"]:
        if geometry.get("id") == ANTARCTICA:
            continue
        code = country_code(geometry)
        if not code:
            continue
        for arc_indexes in geometry_rings(geometry):
            for ring in projector.rings(arc_indexes):
                data = path_data(ring)
                if data:
                    paths[code] = paths.get(code, "") + data
                    xs += [x for x, _y in ring]
                    ys += [y for _x, y in ring]

    # Countries too small for 1:110m: the centre of their largest 1:50m piece.
    arcs_50m = decode_arcs(countries_50m)
    markers = {}
    for geometry in countries_50m["objects"]["countries"]["geometries"]:
        code = country_code(geometry)
        if not code or code in paths or geometry.get("id") == ANTARCTICA:
            continue
        pieces = [polygon_area_centroid(unwrap(ring_points(ring, arcs_50m))) for ring in geometry_rings(geometry)]
        if pieces:
            _area, (lon, lat) = max(pieces)
            lon = (lon + 180) % 360 - 180
            markers[code] = [round(v) for v in svg_point(lon, lat, WIDTH)]

    top, bottom = min(ys) - MARGIN, max(ys) + MARGIN
    return {
        "source": (
            f"npm {PACKAGE} {VERSION}: Natural Earth 4.1.0 Admin 0 countries (public domain), "
            "1:110m shapes, 1:50m positions for smaller countries; Equal Earth projection"
        ),
        "view_box": [min(xs) - MARGIN, top, max(xs) - min(xs) + 2 * MARGIN, bottom - top],
        "countries": dict(sorted(paths.items())),
        "markers": dict(sorted(markers.items())),
    }


def read_package(source, workdir):
    """The two TopoJSON files from a package tarball or folder (fetched with `npm pack` when none is given)."""
    if source is None:
        try:
            subprocess.run(  # noqa: S603 - fixed arguments, no shell
                ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"],  # noqa: S607
                cwd=workdir,
                check=True,
                capture_output=True,
            )
        except (OSError, subprocess.CalledProcessError) as error:
            raise CommandError(f"npm pack {PACKAGE}@{VERSION} failed: {error}") from error
        source = Path(workdir) / f"{PACKAGE}-{VERSION}.tgz"
    source = Path(source)
    names = ("countries-110m.json", "countries-50m.json")
    if source.is_dir():
        return [json.loads((source / name).read_text(encoding="utf-8")) for name in names]
    with tarfile.open(source) as archive:
        return [json.load(archive.extractfile(f"package/{name}")) for name in names]


class Command(BaseCommand):
    help = "Regenerate the partner world map's country shapes from the npm package world-atlas (Natural Earth)."

    def add_arguments(self, parser):
        parser.add_argument("--package", help="world-atlas tarball or unpacked folder (default: npm pack)")
        parser.add_argument("--output", default=str(DATA_FILE), help="where to write the JSON file")

    def handle(self, *args, **options):
        with tempfile.TemporaryDirectory() as workdir:
            countries_110m, countries_50m = read_package(options["package"], workdir)
        data = build(countries_110m, countries_50m)
        output = Path(options["output"])
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        self.stdout.write(
            f"{output}: {len(data['countries'])} countries, {len(data['markers'])} markers, "
            f"{output.stat().st_size // 1024} KB"
        )
