import datetime

import factory

from institute_site.factories import BilingualPageFactory

from .models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(BilingualPageFactory):
    title_fr = "Actualités"
    title_en = "News"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BilingualPageFactory):
    title_fr = factory.Sequence(lambda n: f"Actualité {n}")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(lambda n: datetime.date(2014, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = NewsPage
