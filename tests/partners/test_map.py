"""The partner world map: the projection, the committed shapes, the build step and the tag."""

import json
import math
import re
import xml.etree.ElementTree as ET  # noqa: S405 - parses the site's own output

import pytest
from django_countries import countries

from django.template import Context, Template
from django.utils import translation

from partners import map as world
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners.management.commands import build_world_map

SVG = "{http://www.w3.org/2000/svg}"


def render(counts, **options):
    arguments = " ".join(f'{key}="{value}"' for key, value in options.items())
    return Template("{% load partner_map %}{% world_map counts " + arguments + " %}").render(
        Context({"counts": counts})
    )


def svg_of(html):
    return ET.fromstring(re.search(r"<svg class=\"world-map__svg\".*?</svg>", html, re.S).group(0))  # noqa: S314


def shoelace(points):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))) / 2


def projected_cell(lon0, lon1, lat0, lat1, steps=50):
    """A longitude/latitude cell's outline, projected, with its curved sides sampled."""
    south = [world.equal_earth(lon0 + (lon1 - lon0) * i / steps, lat0) for i in range(steps + 1)]
    east = [world.equal_earth(lon1, lat0 + (lat1 - lat0) * i / steps) for i in range(1, steps + 1)]
    north = [world.equal_earth(lon1 - (lon1 - lon0) * i / steps, lat1) for i in range(1, steps + 1)]
    west = [world.equal_earth(lon0, lat1 - (lat1 - lat0) * i / steps) for i in range(1, steps)]
    return south + east + north + west


# The projection


def test_equal_earth_reference_points():
    assert world.equal_earth(0, 0) == (0, 0)
    x, y = world.equal_earth(180, 0)
    assert x == pytest.approx(2.7066, abs=1e-4) and y == 0
    assert world.equal_earth(0, 90)[1] == pytest.approx(1.3173, abs=1e-4)
    assert world.equal_earth(-30, -45) == pytest.approx(tuple(-v for v in world.equal_earth(30, 45)))


def test_equal_earth_keeps_areas():
    """Cells of the globe keep their relative areas: a band's area is proportional to the change of sin(latitude)."""
    tropics = shoelace(projected_cell(0, 20, 0, 10))
    north = shoelace(projected_cell(0, 20, 50, 60))
    expected = (math.sin(math.radians(10)) - 0) / (math.sin(math.radians(60)) - math.sin(math.radians(50)))
    assert tropics / north == pytest.approx(expected, rel=1e-3)


# The committed shapes


def test_shapes_file_is_small_and_says_where_it_comes_from():
    assert world.DATA_FILE.stat().st_size < 150_000
    data = json.loads(world.DATA_FILE.read_text())
    assert "world-atlas 2.0.2" in data["source"] and "Natural Earth" in data["source"]


def test_shapes_cover_the_countries_by_iso_code():
    shapes = world.world_shapes()
    assert {"FR", "DE", "US", "BR", "CN", "AU", "ZA", "RU", "CA", "IN", "JP", "FJ"} <= set(shapes.paths)
    assert {"SG", "MT", "MC"} <= set(shapes.markers)  # too small at 1:110m: a dot
    assert "AQ" not in shapes.paths
    assert not set(shapes.paths) & set(shapes.markers)
    unknown = {code for code in [*shapes.paths, *shapes.markers] if code not in countries}
    assert unknown <= {"XK"}  # Kosovo has no ISO code yet; drawn as land only


def _absolute_points(path):
    """Every vertex of relative path data written as 'Mx yl dx dy dx dy...z'."""
    for ring in re.findall(r"M(-?\d+) (-?\d+)l([-\d ]+)z", path):
        x, y = int(ring[0]), int(ring[1])
        yield x, y
        numbers = [int(n) for n in ring[2].split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            yield x, y


def test_shapes_stay_inside_the_view_box_and_no_border_jumps_across_the_map():
    shapes = world.world_shapes()
    left, top, width, height = (int(n) for n in shapes.view_box.split())
    for code, path in shapes.paths.items():
        assert re.fullmatch(r"(M-?\d+ -?\d+l[-\d ]+z)+", path), code
        for ring in re.findall(r"M-?\d+ -?\d+l([-\d ]+)z", path):
            steps = [abs(int(n)) for n in ring.split()[::2]]
            assert max(steps) < width / 3, code  # a ring cut badly at the antimeridian would cross the map
        for x, y in _absolute_points(path):
            assert left <= x <= left + width and top <= y <= top + height, code


def test_shapes_are_read_once_per_process():
    assert world.world_shapes() is world.world_shapes()


# The build step, on a tiny topology of its own


def delta_encoded(points):
    """An arc as TopoJSON stores it: the first position, then differences."""
    return [list(points[0])] + [[x1 - x0, y1 - y0] for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False)]


def tiny_topology():
    """Fiji astride the antimeridian as world-atlas has it, Tonga beside it, and Antarctica."""
    fiji = [(170, -10), (-180, -10), (-170, -10), (-170, -20), (180, -20), (170, -20), (170, -10)]
    tonga = [(-175, -20), (-170, -20), (-170, -25)], [(-170, -25), (-175, -25), (-175, -20)]
    return {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [delta_encoded(fiji), delta_encoded(tonga[0]), delta_encoded(tonga[1])],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0]], "id": "242", "properties": {"name": "Fiji"}},
                    {"type": "Polygon", "arcs": [[1, 2]], "id": "776", "properties": {"name": "Tonga"}},
                    {"type": "Polygon", "arcs": [[0]], "id": "010", "properties": {"name": "Antarctica"}},
                ],
            }
        },
    }


def test_build_cuts_rings_at_the_antimeridian_and_keeps_small_countries_as_dots():
    small = {
        "type": "Topology",
        "transform": {"scale": [0.01, 0.01], "translate": [103, 1]},
        "arcs": [[[60, 20], [20, 0], [0, 20], [-20, 0], [0, -20]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [{"type": "Polygon", "arcs": [[0]], "id": "702", "properties": {"name": "Singapore"}}],
            }
        },
    }
    data = build_world_map.build(tiny_topology(), small)
    assert set(data["countries"]) == {"FJ", "TO"}  # Antarctica left out
    fiji = data["countries"]["FJ"]
    assert fiji.count("M") == 2  # one piece each side of the antimeridian
    xs = [x for x, _y in _absolute_points(fiji)]
    assert min(xs) < 20 and max(xs) > 980  # the two map edges
    # Singapore is only in the larger-scale file: a dot at its centre (103.7°E, 1.3°N).
    expected = world.svg_point(103.7, 1.3, build_world_map.WIDTH)
    assert data["markers"]["SG"] == [round(expected[0]), round(expected[1])]


def test_build_simplifies_without_losing_the_shape():
    wiggly = [(x / 10, math.sin(x / 10) * 0.001) for x in range(100)]
    kept = build_world_map.simplify(wiggly, 0.5)
    assert kept[0] == 0 and kept[-1] == 99 and len(kept) == 2
    corner = [(0, 0), (5, 0.1), (10, 0), (10, 10)]
    assert build_world_map.simplify(corner, 0.5) == [0, 2, 3]


# The tag


COUNTS = [("FR", 12), ("DE", 1), ("US", 3), ("SG", 2), ("BR", 25)]


def test_map_is_an_accessible_image_with_its_data_as_a_table():
    with translation.override("en"):
        html = render(COUNTS)
    svg = svg_of(html)
    assert svg.get("role") == "img"
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.find(f"{SVG}title").get("id") == title_id and svg.find(f"{SVG}title").text
    assert svg.find(f"{SVG}desc").get("id") == desc_id and "5 countries" in svg.find(f"{SVG}desc").text

    titles = {el.get("data-country"): el.find(f"{SVG}title").text for el in svg.iter() if el.get("data-country")}
    assert titles == {
        "BR": "Brazil: 25 partners",
        "FR": "France: 12 partners",
        "US": "United States of America: 3 partners",
        "SG": "Singapore: 2 partners",
        "DE": "Germany: 1 partner",
    }
    assert svg.find(f"{SVG}circle").get("data-country") == "SG"  # too small for a shape

    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td>(\d+)</td></tr>', html)
    assert rows == [
        ("Brazil", "25"),
        ("France", "12"),
        ("United States of America", "3"),
        ("Singapore", "2"),
        ("Germany", "1"),
    ]
    assert "43 partners by country" in html


def test_countries_are_filled_by_a_scale_darker_for_more_partners():
    svg = svg_of(render(COUNTS))
    fills = {el.get("data-country"): el.get("fill") for el in svg.iter() if el.get("data-country")}
    scale = [fill for _low, _high, fill in world.CLASSES]
    assert fills == {"DE": scale[0], "SG": scale[1], "US": scale[1], "FR": scale[2], "BR": scale[3]}
    land = svg.find(f"{SVG}path")
    assert land.get("class") == "world-map__land" and land.get("fill") == world.LAND_FILL


def _relative_luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_partner_colours_stand_out_from_the_land():
    land = _relative_luminance(world.LAND_FILL)
    for _low, _high, fill in world.CLASSES:
        assert (land + 0.05) / (_relative_luminance(fill) + 0.05) >= 3  # WCAG 2.2, non-text contrast


def test_map_names_countries_in_the_page_language():
    """Names come from django-countries at render time, in the active language (its French names need
    "django_countries" in INSTALLED_APPS, which loads its catalogue)."""
    for language in ("fr", "en"):
        with translation.override(language):
            html = render([("DE", 4)])
            name = str(countries.name("DE"))
            title = world.partner_label(name, 4)
        assert f'<th scope="row">{name}</th>' in html
        assert f"<title>{title}</title>" in html


def test_map_needs_no_inline_style_or_script():
    html = render(COUNTS)
    assert "style=" not in html
    assert "<script" not in html


def test_two_maps_on_one_page_get_their_own_ids():
    html = render([("FR", 1)], id_prefix="home-map")
    assert 'id="home-map-title"' in html and 'id="world-map-title"' not in html


@pytest.mark.parametrize(
    "counts",
    [
        [("ZZ", 3), ("", 2), ("FR", 0), ("DE", -1), ("IT", "many"), ("ES", None)],
        [],
        None,
    ],
)
def test_nothing_to_show_renders_nothing(counts):
    assert render(counts).strip() == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", [("France", "3"), ("Germany", "3")]), ("fr", [("Allemagne", "3"), ("France", "3")])],
)
def test_odd_input_is_cleaned_up_and_countries_are_named_in_the_language(language, expected):
    with translation.override(language):
        html = render({"fr": "2", "FR": 1, " de ": 3, "ZZ": 5})
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td>(\d+)</td></tr>', html)
    assert rows == expected


def test_rendering_is_light_and_needs_no_database():
    html = render(COUNTS)  # without the db fixture, pytest-django fails any query
    assert len(html.encode()) < 60_000


def test_partner_index_shows_where_its_live_partners_are(client, home_page):
    index = PartnerIndexPageFactory(parent=home_page)
    PartnerPageFactory.create_batch(3, parent=index, country="FR")
    PartnerPageFactory(parent=index, country="JP")
    PartnerPageFactory(parent=index, country="DE", live=False)
    with translation.override("en"):
        response = client.get(index.get_url())
    assert response.status_code == 200
    svg = svg_of(response.content.decode())
    titles = {el.get("data-country"): el.find(f"{SVG}title").text for el in svg.iter() if el.get("data-country")}
    assert titles == {"FR": "France: 3 partners", "JP": "Japan: 1 partner"}
