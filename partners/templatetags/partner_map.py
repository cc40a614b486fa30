"""``{% world_map country_counts %}``: where the partners are, as an accessible inline SVG map.

``country_counts`` is a list of ``(ISO 3166-1 alpha-2 code, number of partners)`` pairs (a dict
works too), for example from the partner index::

    {% load partner_map %}
    {% world_map country_counts %}
    {% world_map country_counts id_prefix="home-map" %}  {# when a page shows two maps #}

The map comes with a legend and a table of the counts, so nothing is told by colour alone.
"""

from django import template

from partners.map import build_map

register = template.Library()


@register.inclusion_tag("partners/components/world_map.html")
def world_map(country_counts, id_prefix="world-map"):
    return {"map": build_map(country_counts), "id_prefix": id_prefix}
