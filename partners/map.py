"""The partner world map: an SVG the site draws itself, from Natural Earth country shapes.

The shapes are projected once, when ``manage.py build_world_map`` writes ``partners/data/world-110m.json``
from the npm package world-atlas (Natural Earth, public domain). At run time nothing is
downloaded: the data file is read once per process (``world_shapes`` is cached) and each
request only picks colours for the countries that have partners.

Projection: Equal Earth (Šavrič, Patterson and Jenny, 2018), an equal-area projection, so that
large countries do not look more important than they are.
"""

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from django_countries import countries

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

DATA_FILE = Path(__file__).resolve().parent / "data" / "world-110m.json"

# Equal Earth's polynomial coefficients.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
# Half the projected width of the world, at longitude 180 on the equator.
EQUAL_EARTH_HALF_WIDTH = 2 * math.sqrt(3) * math.pi / (3 * _A1)


def equal_earth(longitude, latitude):
    """Project degrees to Equal Earth coordinates (x east, y north; about ±2.71 by ±1.32)."""
    lam = math.radians(longitude)
    theta = math.asin(_M * math.sin(math.radians(latitude)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(theta) / (3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6 + 3 * _A2 * t2 + _A1))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def svg_point(longitude, latitude, width):
    """Equal Earth scaled so the world is ``width`` units wide, with SVG's y axis (down)."""
    x, y = equal_earth(longitude, latitude)
    scale = width / (2 * EQUAL_EARTH_HALF_WIDTH)
    return x * scale + width / 2, -y * scale


# The colour scale: classes of partner counts, each a fill with at least 3:1 contrast against
# the land (WCAG 2.2, 1.4.11), darker for more partners.
LAND_FILL = "#dfe4ea"
BORDER = "#ffffff"
CLASSES = [
    (1, 1, "#3f83b8"),
    (2, 4, "#2b6ca8"),
    (5, 19, "#0b4a86"),
    (20, None, "#08306b"),
]
MARKER_RADIUS = 5


@dataclass(frozen=True)
class WorldShapes:
    view_box: str
    paths: dict  # ISO 3166-1 alpha-2 code -> SVG path data
    markers: dict  # code -> (x, y): countries too small for the 1:110m shapes
    background: str  # every country's path joined, drawn once as the land
    source: str


@functools.cache
def world_shapes():
    """The projected shapes, read once per process."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    paths = data["countries"]
    return WorldShapes(
        view_box=" ".join(str(n) for n in data["view_box"]),
        paths=paths,
        markers={code: tuple(point) for code, point in data["markers"].items()},
        background="".join(paths.values()),
        source=data["source"],
    )


def class_for(count):
    """Index of the colour class for a number of partners."""
    for index, (low, high, _fill) in enumerate(CLASSES):
        if count >= low and (high is None or count <= high):
            return index
    return 0


def class_label(low, high):
    if high is None:
        return _("%(low)s or more") % {"low": low}
    if low == high:
        return str(low)
    return f"{low}–{high}"


def _normalise(country_counts):
    """{alpha-2 code: count} from (code, count) pairs or a dict; unknown codes and counts < 1 dropped."""
    items = country_counts.items() if hasattr(country_counts, "items") else country_counts or ()
    counts = {}
    for code, count in items:
        code = str(getattr(code, "code", code) or "").strip().upper()
        try:
            count = int(count)
        except (TypeError, ValueError):
            continue
        if count < 1 or code not in countries:
            continue
        counts[code] = counts.get(code, 0) + count
    return counts


def partner_label(country_name, count):
    return ngettext(
        "%(country)s: %(count)s partner",
        "%(country)s: %(count)s partners",
        count,
    ) % {"country": country_name, "count": count}


def build_map(country_counts):
    """What the map template needs: the land, the partner countries coloured, the legend and the table."""
    shapes = world_shapes()
    counts = _normalise(country_counts)
    rows = sorted(
        ({"code": code, "name": str(countries.name(code)), "count": count} for code, count in counts.items()),
        key=lambda row: (-row["count"], row["name"]),
    )
    highlighted = []
    markers = []
    for row in rows:
        index = class_for(row["count"])
        item = {
            **row,
            "class_index": index + 1,
            "fill": CLASSES[index][2],
            "title": partner_label(row["name"], row["count"]),
        }
        if row["code"] in shapes.paths:
            highlighted.append({**item, "path": shapes.paths[row["code"]]})
        elif row["code"] in shapes.markers:
            x, y = shapes.markers[row["code"]]
            markers.append({**item, "x": x, "y": y})
    legend = [
        {"label": class_label(low, high), "fill": fill, "class_index": index + 1}
        for index, (low, high, fill) in enumerate(CLASSES)
    ]
    return {
        "view_box": shapes.view_box,
        "background": shapes.background,
        "land_fill": LAND_FILL,
        "border": BORDER,
        "countries": highlighted,
        "markers": markers,
        "marker_radius": MARKER_RADIUS,
        "legend": legend,
        "rows": rows,
        "country_total": len(rows),
        "partner_total": sum(counts.values()),
    }
