import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils.functional import cached_property

from editorial.roles import ADMINISTRATORS, COMMUNICATIONS, PARTNERSHIPS, sync_roles
from home.factories import ContentPageFactory
from institutes.factories import InstituteIndexPageFactory, InstitutePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from platforms.factories import PlatformIndexPageFactory, PlatformPageFactory
from portfolio.factories import (
    PortfolioIndexPageFactory,
    PortfolioProjectPageFactory,
    ResearchThemeIndexPageFactory,
    ResearchThemePageFactory,
)


class SiteTree:
    """The home page and the index pages the roles hang on; every other page is built on first use,
    so that each test pays only for the pages it touches."""

    def __init__(self, home):
        self.home = home
        self.partners = PartnerIndexPageFactory(parent=home)
        self.portfolio = PortfolioIndexPageFactory(parent=home)
        self.news_index = NewsIndexPageFactory(parent=home)

    @cached_property
    def content(self):
        return ContentPageFactory(parent=self.home)

    @cached_property
    def institutes(self):
        return InstituteIndexPageFactory(parent=self.home)

    @cached_property
    def institute(self):
        return InstitutePageFactory(parent=self.institutes)

    @cached_property
    def themes(self):
        return ResearchThemeIndexPageFactory(parent=self.home)

    @cached_property
    def theme(self):
        return ResearchThemePageFactory(parent=self.themes)

    @cached_property
    def platforms(self):
        return PlatformIndexPageFactory(parent=self.home)

    @cached_property
    def platform(self):
        return PlatformPageFactory(parent=self.platforms)

    @cached_property
    def partner(self):
        return PartnerPageFactory(parent=self.partners)

    @cached_property
    def project(self):
        return PortfolioProjectPageFactory(parent=self.portfolio)

    @cached_property
    def news(self):
        return NewsPageFactory(parent=self.news_index)


@pytest.fixture
def site_tree(home_page):
    """A published site with the roles in sync (see `SiteTree`)."""
    tree = SiteTree(home_page)
    sync_roles()
    return tree


def make_user(username, group_name=None, **extra):
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org", **extra
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def communications_user(site_tree):
    return make_user("camille", COMMUNICATIONS, first_name="Camille", last_name="Com")


@pytest.fixture
def partnerships_user(site_tree):
    return make_user("paul", PARTNERSHIPS, first_name="Paul", last_name="Part")


@pytest.fixture
def administrators_user(site_tree):
    return make_user("alex", ADMINISTRATORS, first_name="Alex", last_name="Admin")


@pytest.fixture
def plain_admin_user(site_tree):
    """Someone who may log into the admin and has no role."""
    user = make_user("nadia")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def role_user(request, communications_user, partnerships_user, administrators_user):
    return {
        COMMUNICATIONS: communications_user,
        PARTNERSHIPS: partnerships_user,
        ADMINISTRATORS: administrators_user,
    }
