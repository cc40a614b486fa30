import pytest

from wagtail.rich_text import RichText

from news.factories import NewsIndexPageFactory, NewsPageFactory
from platforms.factories import PlatformIndexPageFactory, PlatformPageFactory
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory


def paragraph(html):
    return [("paragraph", RichText(html))]


@pytest.fixture
def theme_index(home_page):
    return ResearchThemeIndexPageFactory(parent=home_page, slug_fr="thematiques", slug_en="themes")


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page, slug_fr="actualites", slug_en="news")


@pytest.fixture
def platform_index(home_page):
    return PlatformIndexPageFactory(parent=home_page, slug_fr="plateformes", slug_en="platforms")


@pytest.fixture
def epilepsy_theme(theme_index):
    return ResearchThemePageFactory(
        parent=theme_index,
        title_fr="Épilepsie",
        title_en="Epilepsy",
        slug_fr="epilepsie",
        slug_en="epilepsy",
        summary_fr="Comprendre la maladie et prévenir les crises chez l'enfant.",
        summary_en="Understanding the disease and preventing seizures in children.",
        objective_fr="Prévenir les crises",
        objective_en="Prevent seizures",
    )


@pytest.fixture
def rare_diseases_news(news_index):
    return NewsPageFactory(
        parent=news_index,
        title_fr="Journée des maladies rares",
        title_en="Rare Disease Day",
        slug_fr="journee-maladies-rares",
        slug_en="rare-disease-day",
        body_fr=paragraph("<p>Les équipes présentent leurs études sur les maladies rares.</p>"),
        body_en=paragraph("<p>The teams present their studies of rare diseases.</p>"),
    )


@pytest.fixture
def imaging_platform(platform_index):
    return PlatformPageFactory(
        parent=platform_index,
        title_fr="Imagerie cérébrale",
        title_en="Brain imaging",
        slug_fr="imagerie-cerebrale",
        slug_en="brain-imaging",
        services_fr=[("service", {"name": "IRM fonctionnelle", "description": "Cartographie de l'épilepsie."})],
        services_en=[("service", {"name": "Functional MRI", "description": "Mapping epilepsy."})],
    )


@pytest.fixture
def site_content(epilepsy_theme, rare_diseases_news, imaging_platform):
    return {"theme": epilepsy_theme, "news": rare_diseases_news, "platform": imaging_platform}
