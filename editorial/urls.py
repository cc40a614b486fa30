from django.urls import path

from .views import PartnersCSVView, PortfolioCSVView, TranslationReportView

urlpatterns = [
    path("translations/", TranslationReportView.as_view(), name="translation_report"),
    path(
        "translations/results/",
        TranslationReportView.as_view(results_only=True),
        name="translation_report_results",
    ),
    path("exports/partners.csv", PartnersCSVView.as_view(), name="export_partners"),
    path("exports/portfolio.csv", PortfolioCSVView.as_view(), name="export_portfolio"),
]
