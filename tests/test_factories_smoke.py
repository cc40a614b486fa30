from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory


def test_pages_get_a_path_in_each_language(home_page):
    themes = ResearchThemeIndexPageFactory(parent=home_page)
    theme = ResearchThemePageFactory(parent=themes, title_fr="Épilepsie", title_en="Epilepsy")
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=home_page))
    partner.themes.add(theme)
    partner.save()
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    assert theme.url_path_fr == "/accueil/thematiques-de-recherche/epilepsie/"
    assert theme.url_path_en == "/home/research-themes/epilepsy/"
    assert list(theme.partners.all()) == [partner]
    assert news.live
