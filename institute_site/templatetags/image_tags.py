"""``{% picture %}`` as Wagtail's, with its filters built once per template rather than per image.

Wagtail's tag builds a ``Filter`` for each spec each time it renders, and each ``Filter`` parses
its operations again (with ``inspect``) to compute the focal-point key of every rendition: on a
listing of twenty-four logos in two formats and three widths, that was about a sixth of the page's
time when rendered cold.
The filters hold no state about an image, so one set per tag serves every image and request.
"""

from functools import cached_property

from django import template

from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

register = template.Library()


class SharedFiltersPictureNode(PictureNode):
    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters


@register.tag
def picture(parser, token):
    node = image(parser, token)
    return SharedFiltersPictureNode(
        node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name
    )
