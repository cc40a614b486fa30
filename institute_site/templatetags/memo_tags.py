"""``{% memo %}``: a fragment that many pages share, rendered once per process and site generation.

    {% load memo_tags %}
    {% memo "picture" image.pk sizes alt %}...{% endmemo %}

The fragment is kept under its name (unique in the project), the current language and the values
that follow it (``str()`` of each): everything it shows must be determined by those. It must not
set context variables that the rest of the template reads, since a kept fragment is not run.
Outside a request the page cache serves (editors, previews), the fragment is always rendered
(see institute_site/caching/memo.py).
"""

from django import template
from django.utils import translation

from institute_site.caching.memo import active_generation, memoized

register = template.Library()


class MemoNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        if active_generation() is None:
            return self.nodelist.render(context)
        key = ("fragment", self.name, translation.get_language(), *(str(v.resolve(context)) for v in self.vary_on))
        return memoized(key, lambda: self.nodelist.render(context))


@register.tag
def memo(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError("{% memo %} needs a quoted fragment name first")
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]])
