"""Image renditions made ahead of the first visitor, so that no page view pays for resizing.

The specs are read from the templates themselves (every `{% image %}`, `{% srcset_image %}` and
`{% picture %}` tag of the project's templates, brace expansions included) plus the specs
Python code asks for (`PYTHON_SPECS`): a template that starts using a new size is pre-generated
without anyone keeping a second list, and `tests/test_renditions.py` fails if a page still
creates a rendition while rendering.

Every image gets every spec: images are few next to page views, and knowing which image a
template will show at which size would mean guessing. Renditions are made when an image is
saved (uploaded, or its focal point changed) and when a page using it is published, in a
background task (`django_tasks`: run at once by the default immediate backend, by a worker
when one is configured), after the transaction commits. `generate_all()` makes the missing ones
for every image, after a deployment that changes the templates:
`manage.py shell -c "from institute_site.renditions import generate_all; generate_all()"`.
"""

import functools
import logging
from pathlib import Path

from django_tasks import task

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.template import TemplateSyntaxError, engines

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode
from wagtail.signals import page_published

logger = logging.getLogger(__name__)

# Specs requested from Python rather than templates: (module, attribute).
PYTHON_SPECS = [("institute_site.metadata", "SHARE_IMAGE_FILTER")]


def project_template_dirs():
    """The templates folders of the project: the shared one and each of its apps' (not the libraries')."""
    base = Path(settings.BASE_DIR).resolve()
    dirs = [Path(d) for template in settings.TEMPLATES for d in template.get("DIRS", [])]
    for app in apps.get_app_configs():
        path = Path(app.path).resolve()
        if path.is_relative_to(base) and ".venv" not in path.parts:
            dirs.append(path / "templates")
    return [d for d in dirs if d.is_dir()]


def specs_in_template(source):
    """The rendition specs the image tags of one template ask for, brace expansions expanded."""
    template = engines["django"].engine.from_string(source)
    specs = []
    for node in template.nodelist.get_nodes_by_type(ImageNode):
        filters = node.get_filters() if isinstance(node, SrcsetImageNode) else [node.get_filter()]
        specs.extend(f.spec for f in filters)
    return specs


@functools.cache
def rendition_specs():
    """Every spec the site's templates and code use, in a stable order."""
    specs = []
    for directory in project_template_dirs():
        for path in sorted(directory.rglob("*.html")):
            try:
                specs.extend(specs_in_template(path.read_text()))
            except TemplateSyntaxError:
                # The page using it fails too, and its own tests say so; the other templates still count.
                logger.warning("Template %s does not compile: its renditions are not made ahead", path)
    for module_name, attribute in PYTHON_SPECS:
        module = __import__(module_name, fromlist=[attribute])
        specs.append(getattr(module, attribute))
    return tuple(dict.fromkeys(specs))


def generate_renditions(image):
    """Make the renditions of one image that do not exist yet (one query when none is missing)."""
    image.get_renditions(*rendition_specs())


def generate_all():
    for image in get_image_model().objects.order_by("pk").iterator():
        generate_renditions(image)


@task()
def generate_renditions_task(image_ids):
    for image in get_image_model().objects.filter(pk__in=image_ids):
        try:
            generate_renditions(image)
        except Exception:
            # A broken file must not stop the others; the page shows it as Wagtail does.
            logger.exception("Could not make the renditions of image %s", image.pk)


def generate_after_commit(image_ids):
    image_ids = sorted({pk for pk in image_ids if pk})
    if image_ids:
        transaction.on_commit(lambda: generate_renditions_task.enqueue(image_ids))


def images_of_page(page):
    """The ids of the images a page shows: its image fields and the images in its StreamFields."""
    from wagtail.fields import StreamField

    image_ids = []
    for field in page._meta.get_fields():
        if getattr(field, "many_to_one", False) and issubclass(field.related_model or object, AbstractImage):
            image_ids.append(getattr(page, field.attname))
        elif isinstance(field, StreamField):
            value = getattr(page, field.attname)
            for model, object_id, _path, _content_path in field.stream_block.extract_references(value):
                if issubclass(model, AbstractImage):
                    image_ids.append(int(object_id))
    return image_ids


def image_saved(sender, instance, raw=False, **kwargs):
    if not raw and settings.RENDITIONS_AHEAD:
        generate_after_commit([instance.pk])


def page_published_handler(sender, instance, **kwargs):
    if settings.RENDITIONS_AHEAD:
        generate_after_commit(images_of_page(instance.specific))


def connect_signals():
    post_save.connect(image_saved, sender=get_image_model(), dispatch_uid="renditions_image_saved")
    page_published.connect(page_published_handler, dispatch_uid="renditions_page_published")
