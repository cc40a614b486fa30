from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class ServiceBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("service"), max_length=160)
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "cog"
        label = _("Service")
        template = "platforms/blocks/service_block.html"


class EquipmentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("equipment"), max_length=160)
    details = blocks.CharBlock(label=_("model or details"), required=False, max_length=255)

    class Meta:
        icon = "tasks"
        label = _("Equipment")
        template = "platforms/blocks/equipment_block.html"
