"""Put the demo content in the database: the code `load_demo_content` runs.

Idempotent: a page is looked up under its parent by its French or English slug and created only when
missing, so running the loader again creates nothing and leaves editors' changes alone; snippets are
updated in place by slug; images are found again by title in the demo collection. `reset()` deletes
the pages and the demo images first, to rebuild everything from the data.

Every page is created as a draft and then published through a revision, as an editor would.
"""

import time
from collections import Counter, defaultdict
from contextlib import contextmanager

from django.db.models import Q
from django.db.models.signals import post_save
from django.utils import translation
from django.utils.text import slugify

from wagtail.models import Collection, Page, ReferenceIndex, Site
from wagtail.search import index as search_index
from wagtail.search import signal_handlers as search_signal_handlers
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import ContentPage, HomeFeaturedTheme, HomePage
from institute_site.models import InstituteSettings, SiteImage
from institutes.models import InstituteIndexPage, InstituteKeyFigure, InstitutePage
from news.models import NewsIndexPage, NewsPage
from partners.models import AgreementKind, PartnerIndexPage, PartnerPage
from platforms.models import PlatformCategory, PlatformIndexPage, PlatformPage
from portfolio.models import PortfolioIndexPage, PortfolioProjectPage, ResearchThemeIndexPage, ResearchThemePage

from . import images
from .data import institutes, news, partners, platforms, portfolio, site, themes
from .text import stream_data

COLLECTION_NAME = "Demo content"
LANGUAGES = ("fr", "en")
SITE_NAME = "Institute Portfolio"


@contextmanager
def indexing_deferred():
    """Within the block, saving does not update Wagtail's search and reference indexes.

    Creating and publishing a page saves it three times, and each save would reindex it; the
    loader indexes each new object once at the end instead (`DemoLoader._index_new_objects`).
    """
    models = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(search_signal_handlers.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(search_signal_handlers.post_save_signal_handler, sender=model)


def _translated(name, values):
    """{"fr": a, "en": b} -> {"name_fr": a, "name_en": b}."""
    return {f"{name}_{language}": values[language] for language in LANGUAGES}


class DemoLoader:
    def __init__(self, write=None):
        self.write = write or (lambda message: None)
        self.pages = {}
        self.created = Counter()
        self.kept = Counter()
        self.collection = None
        self.new_objects = []

    # Entry points

    def reset(self):
        """Delete every page below the root and the demo images."""
        root = Page.get_first_root_node()
        count = root.get_descendant_count()
        for page in root.get_children():
            page.delete()
        # Deleting an image also deletes its file and its renditions.
        _, deleted = SiteImage.objects.filter(collection__name=COLLECTION_NAME).delete()
        self.write(f"Reset: deleted {count} pages and {deleted.get(SiteImage._meta.label, 0)} demo images.")

    def load(self):
        started = time.monotonic()
        # Non-translated fields (title, slug) take the default language's value.
        with translation.override("fr"), indexing_deferred():
            self.collection = self._collection()
            home = self._home_page()
            self._snippets()
            self._institutes(home)
            self._themes(home)
            self._platforms(home)
            self._partners(home)
            self._portfolio(home)
            self._news(home)
            self._content_pages(home)
            self._fill_home(home)
            site_record = self._site(home)
            self._settings(site_record)
        self._index_new_objects()
        pages_created = sum(count for name, count in self.created.items() if name != "images")
        self.write(
            f"Done in {time.monotonic() - started:.1f} s: {pages_created} pages created, "
            f"{sum(self.kept.values())} already there, {self.created['images']} images drawn."
        )
        return home

    # Pages

    def _find(self, parent, model, slug):
        return (
            model.objects.child_of(parent)
            .filter(Q(slug_fr=slug["fr"]) | Q(slug_en=slug["en"]))
            .order_by("path")
            .first()
        )

    def _page(self, parent, model, spec, listing_image=None, relations=None, **fields):
        """The page `spec` describes under `parent`: found again, or created and published."""
        slug = spec.get("slug") or {language: slugify(spec["title"][language]) for language in LANGUAGES}
        page = self._find(parent, model, slug)
        if page is not None:
            self.kept[model._meta.verbose_name_plural] += 1
            self.pages[spec["key"]] = page
            return page
        page = model(
            title=spec["title"]["fr"],
            slug=slug["fr"],
            live=False,
            **_translated("title", spec["title"]),
            **_translated("slug", slug),
            **_translated("summary", spec["summary"]),
            **fields,
        )
        if "body" in spec:
            for language in LANGUAGES:
                setattr(page, f"body_{language}", stream_data(spec["body"], language, self.pages.__getitem__))
        page.listing_image = listing_image
        for name, value in (relations or {}).items():
            setattr(page, name, value)
        parent.add_child(instance=page)  # validates the page
        page.save_revision(clean=False).publish()
        self.new_objects.append(page)
        self.created[model._meta.verbose_name_plural] += 1
        self.pages[spec["key"]] = page
        return page

    def _index(self, home, model, spec):
        index = self._page(
            home,
            model,
            spec,
            listing_image=self._illustration(spec["key"], spec["title"], "slate"),
            **_translated("intro", spec["intro"]),
        )
        return index

    def _refs(self, keys):
        return [self.pages[key] for key in keys]

    def _report(self, section, *models):
        created = sum(self.created[model._meta.verbose_name_plural] for model in models)
        kept = sum(self.kept[model._meta.verbose_name_plural] for model in models)
        self.write(f"{section}: {created} created, {kept} already there.")

    def _home_page(self):
        home = HomePage.objects.first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        for page in root.get_children():
            page.delete()  # Wagtail's welcome page
        spec = site.HOME
        home = HomePage(
            title=spec["title"]["fr"],
            slug=spec["slug"]["fr"],
            live=False,
            **_translated("title", spec["title"]),
            **_translated("slug", spec["slug"]),
        )
        root.add_child(instance=home)
        self.write("Home page created.")
        return home

    def _fill_home(self, home):
        """Give the home page its demo content, unless an editor has already written its introduction."""
        if home.hero_intro_fr and home.live:
            self.write("Home page: already filled, left as it is.")
            return
        spec = site.HOME
        for name in ("summary", "hero_intro"):
            for language in LANGUAGES:
                setattr(home, f"{name}_{language}", spec[name][language])
        for language in LANGUAGES:
            setattr(home, f"body_{language}", stream_data(spec["body"], language, self.pages.__getitem__))
        home.hero_image = self._illustration(
            "home-hero",
            {"fr": "Le cerveau et la moelle épinière", "en": "The brain and spinal cord"},
            "blue",
            motif="network",
            size=(1200, 675),
        )
        home.featured_institute = self.pages[spec["featured_institute"]]
        home.featured_themes = [HomeFeaturedTheme(theme=self.pages[key]) for key in spec["featured_themes"]]
        home.highlighted_partners = self._refs(spec["highlighted_partners"])
        home.save_revision().publish()
        self.new_objects.append(home)
        self.write("Home page: filled and published.")

    def _institutes(self, home):
        index = self._index(home, InstituteIndexPage, institutes.INDEX)
        for spec in institutes.INSTITUTES:
            self._page(
                index,
                InstitutePage,
                spec,
                listing_image=self._illustration(spec["key"], spec["title"], spec["palette"]),
                relations={
                    "key_figures": [
                        InstituteKeyFigure(
                            value=value,
                            year=year,
                            sort_order=order,
                            **_translated("unit", dict(zip(LANGUAGES, unit, strict=True))),
                            **_translated("label", dict(zip(LANGUAGES, label, strict=True))),
                            **_translated("source", dict(zip(LANGUAGES, source, strict=True))),
                        )
                        for order, (value, unit, label, year, source) in enumerate(spec["key_figures"])
                    ]
                },
                acronym=spec["acronym"],
                logo=self._logo(spec["key"], spec["acronym"], spec["title"], spec["palette"]),
                **_translated("mission", spec["mission"]),
                **_translated("city", spec["city"]),
                **_translated("address", spec["address"]),
            )
        self._report("Institutes", InstituteIndexPage, InstitutePage)

    def _themes(self, home):
        index = self._index(home, ResearchThemeIndexPage, themes.INDEX)
        for spec in themes.THEMES:
            self._page(
                index,
                ResearchThemePage,
                spec,
                listing_image=self._illustration(spec["key"], spec["title"], spec["palette"]),
                relations={"lead_institutes": self._refs(spec["lead_institutes"])},
                **_translated("objective", spec["objective"]),
            )
        self._report("Research themes", ResearchThemeIndexPage, ResearchThemePage)

    def _platform(self, parent, spec, category):
        page = self._page(
            parent,
            PlatformPage,
            spec,
            listing_image=self._illustration(spec["key"], spec["title"], spec["palette"]),
            relations={"host_institutes": [self.pages["icm"]], "themes": self._refs(spec["themes"])},
            category=category,
            surface_m2=spec.get("surface_m2"),
            staff=spec.get("staff"),
            open_to_internal=True,
            open_to_academic=True,
            open_to_industrial=True,
            **{
                f"services_{language}": [
                    {"type": "service", "value": {"name": name[language], "description": description[language]}}
                    for name, description in spec["services"]
                ]
                for language in LANGUAGES
            },
            **{
                f"equipment_{language}": [
                    {"type": "equipment", "value": {"name": name[language], "details": details[language]}}
                    for name, details in spec["equipment"]
                ]
                for language in LANGUAGES
            },
        )
        for child in spec.get("children", []):
            self._platform(page, child, category)
        return page

    def _platforms(self, home):
        index = self._index(home, PlatformIndexPage, platforms.INDEX)
        categories = {category.slug: category for category in PlatformCategory.objects.all()}
        for spec in platforms.PLATFORMS:
            self._platform(index, spec, categories[spec["category"]])
        self._report("Platforms and core facilities", PlatformIndexPage, PlatformPage)

    def _partners(self, home):
        index = self._index(home, PartnerIndexPage, partners.INDEX)
        kinds = {kind.slug: kind for kind in AgreementKind.objects.all()}
        palettes = {
            "international": "blue",
            "european": "violet",
            "national": "teal",
            "regional": "green",
            "industrial": "amber",
        }
        for spec in partners.PARTNERS:
            self._page(
                index,
                PartnerPage,
                spec,
                relations={
                    "agreement_kinds": [kinds[slug] for slug in spec["agreements"]],
                    "themes": self._refs(spec.get("themes", [])),
                },
                level=spec["level"],
                country=spec["country"],
                since=spec.get("since"),
                logo=self._logo(spec["key"], spec["initials"], spec["title"], palettes[spec["level"]]),
                **_translated("city", spec["city"]),
            )
        self._report("Partners", PartnerIndexPage, PartnerPage)

    def _portfolio(self, home):
        index = self._index(home, PortfolioIndexPage, portfolio.INDEX)
        for spec in portfolio.PROJECTS:
            self._page(
                index,
                PortfolioProjectPage,
                spec,
                listing_image=self._illustration(spec["key"], spec["title"], "amber", motif="bands"),
                relations={"partners": self._refs(spec["partners"]), "platforms": self._refs(spec["platforms"])},
                kind=spec["kind"],
                status=spec["status"],
            )
        self._report("Portfolio projects", PortfolioIndexPage, PortfolioProjectPage)

    def _news(self, home):
        index = self._index(home, NewsIndexPage, news.INDEX)
        for spec in news.NEWS:
            picture = self._illustration(spec["key"], spec["title"], spec["palette"])
            self._page(
                index,
                NewsPage,
                spec,
                listing_image=picture,
                relations={
                    "themes": self._refs(spec["themes"]),
                    "institutes": self._refs(spec["institutes"]),
                    "partners": self._refs(spec["partners"]),
                },
                date=spec["date"],
                image=picture,
            )
        self._report("News", NewsIndexPage, NewsPage)

    def _content_pages(self, home):
        for spec in site.CONTENT_PAGES:
            self._page(
                home, ContentPage, spec, listing_image=self._illustration(spec["key"], spec["title"], spec["palette"])
            )
        self._report("Content pages", ContentPage)

    def _index_new_objects(self):
        """Index what this run created, once each, in the search and reference indexes."""
        page_ids = [obj.pk for obj in self.new_objects if isinstance(obj, Page)]
        # Read the pages back: the instances in memory predate their publication.
        objects = list(Page.objects.filter(pk__in=page_ids).specific())
        objects += [obj for obj in self.new_objects if not isinstance(obj, Page)]
        by_model = defaultdict(list)
        for obj in objects:
            if isinstance(obj, Page):  # the demo images refer to nothing worth listing
                ReferenceIndex.create_or_update_for_object(obj)
            by_model[type(obj)].append(obj)
        for backend in get_search_backends(with_auto_update=True):
            for model, objects in by_model.items():
                backend.add_bulk(model, objects)

    # Snippets, site and settings

    def _snippets(self):
        for order, (slug, name) in enumerate(platforms.CATEGORIES):
            PlatformCategory.objects.update_or_create(
                slug=slug, defaults={"name": name["fr"], "sort_order": order, **_translated("name", name)}
            )
        for slug, name in partners.AGREEMENT_KINDS:
            AgreementKind.objects.update_or_create(
                slug=slug, defaults={"name": name["fr"], **_translated("name", name)}
            )
        self.write(
            f"Snippets: {len(platforms.CATEGORIES)} platform categories, "
            f"{len(partners.AGREEMENT_KINDS)} kinds of agreement."
        )

    def _site(self, home):
        site_record = Site.objects.filter(is_default_site=True).first()
        if site_record is None:
            site_record = Site(is_default_site=True, hostname="localhost", port=80, site_name=SITE_NAME)
        site_record.root_page = home
        site_record.save()
        return site_record

    def _settings(self, site_record):
        settings = InstituteSettings.for_site(site_record)
        if settings.legal_page_id and settings.accessibility_page_id:
            self.write("Institute settings: already set, left as they are.")
            return
        for name in ("name", "tagline", "address"):
            for language in LANGUAGES:
                setattr(settings, f"{name}_{language}", site.SETTINGS[name][language])
        settings.legal_page = self.pages["legal"]
        settings.accessibility_page = self.pages["accessibility"]
        settings.save()
        self.write("Institute settings: set.")

    # Images

    def _collection(self):
        collection = Collection.objects.filter(name=COLLECTION_NAME).first()
        if collection is None:
            collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
        return collection

    def _image(self, title, draw):
        image = SiteImage.objects.filter(collection=self.collection, title=title).first()
        if image is None:
            drawn = draw()
            image = SiteImage(
                title=title,
                collection=self.collection,
                file=drawn.file,
                alt_text=drawn.alt_text_fr,
                alt_text_fr=drawn.alt_text_fr,
                alt_text_en=drawn.alt_text_en,
            )
            image.save()
            self.new_objects.append(image)
            self.created["images"] += 1
        return image

    def _illustration(self, key, subject, palette, motif=None, size=(800, 450)):
        return self._image(
            f"{subject['fr']} – illustration",
            lambda: images.abstract_image(key, subject["fr"], subject["en"], palette=palette, motif=motif, size=size),
        )

    def _logo(self, key, initials, name, palette):
        return self._image(
            f"{name['fr']} – logo",
            lambda: images.logo_image(key, initials, name["fr"], name["en"], palette=palette),
        )
