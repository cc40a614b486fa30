"""The number of database queries does not grow with the number of results."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.factories import NewsPageFactory
from search.query import Search, autocomplete


def make_news(parent, word, count):
    for n in range(count):
        NewsPageFactory(parent=parent, title_fr=f"{word} {n}", title_en=f"{word} {n}")


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in context.captured_queries]


def test_a_results_page_costs_as_many_queries_for_3_as_for_30_results(client, news_index):
    make_news(news_index, "Vaccin", 3)
    make_news(news_index, "Cohorte", 30)
    client.get("/fr/search/?q=vaccins")  # fills what every page caches (the root paths of the sites, per language)
    three = queries_for(client, "/fr/search/?q=vaccin")
    thirty = queries_for(client, "/fr/search/?q=cohorte")
    assert len(three) == len(thirty), "\n".join(three + ["-----"] + thirty)
    assert len(queries_for(client, "/fr/search/?q=cohorte&page=3")) == len(thirty)


def test_a_search_is_two_queries_once_the_site_is_known(news_index, home_page, django_assert_num_queries):
    make_news(news_index, "Cohorte", 30)
    search = Search("cohortes", "fr", home_page)  # reads the view restrictions
    with django_assert_num_queries(2):  # counts per type, one page of results with their pages
        assert search.total == 30
        page = search.paginate(2, 10)
        assert [entry.page.url_path for entry in page]


def test_autocomplete_is_one_query_once_the_site_is_known(client, news_index, home_page, django_assert_num_queries):
    make_news(news_index, "Cohorte", 30)
    with django_assert_num_queries(2):  # view restrictions, the suggestions
        assert len([entry.page.url_path for entry in autocomplete("coh", "en", home_page)]) == 8
