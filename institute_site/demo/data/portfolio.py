"""The industrial-partnership portfolio: one project per collaboration the documents name.

ICM's presentation lists the companies with which partnerships are ongoing and the GLOBAL CARE
consortium, without describing any result: every project is "ongoing", with no start year and no
outcome; the text says only what the documents say.
"""

from institute_site.demo.text import CallToAction, Paragraph, tr

INDEX = {
    "key": "portfolio",
    "title": tr("Portefeuille", "Portfolio"),
    "summary": tr(
        "Les partenariats industriels de l'ICM : une recherche appliquée menée avec des entreprises pour "
        "développer de nouveaux produits et services au bénéfice des patients.",
        "ICM's industrial partnerships: applied research conducted with companies to develop new products and "
        "services that benefit patients.",
    ),
    "intro": tr(
        "Ces programmes s'appuient sur l'expertise clinique et non clinique de l'ICM pour monter des recherches "
        "collaboratives avec ses partenaires, de la recherche fondamentale à la recherche clinique, "
        "translationnelle et appliquée, dans des domaines variés.",
        "These programmes leverage both ICM's clinical and non-clinical expertise to set up collaborative research "
        "with its partners, ranging from fundamental to clinical, translational and applied research in various "
        "domains.",
    ),
}

COLLABORATIVE = "collaborative"
CONSORTIUM = "consortium"
ONGOING = "ongoing"


def _company_project(key, name):
    return {
        "key": f"partnership-{key}",
        "title": tr(f"Partenariat ICM – {name}", f"ICM – {name} partnership"),
        "kind": COLLABORATIVE,
        "status": ONGOING,
        "partners": [key],
        "platforms": [],
        "summary": tr(
            f"Partenariat de recherche en cours entre l'ICM et {name}, cité parmi les collaborations industrielles "
            "de l'Institut.",
            f"An ongoing research partnership between ICM and {name}, listed among the Institute's industrial "
            "collaborations.",
        ),
        "body": [
            Paragraph(
                "En parallèle de sa recherche fondamentale, l'ICM mène une recherche appliquée avec des partenaires "
                "industriels : savoir-faire et compétences sont partagés pour développer de nouveaux produits et "
                "services utiles aux patients.",
                "In parallel to its fundamental research activity, ICM conducts applied research together with "
                "industrial partners: know-how and skills are shared to develop new products and services that "
                "benefit patients.",
            ),
            Paragraph(
                f"Le partenariat avec {name} est en cours. Son objet et ses résultats n'ont pas été rendus publics "
                "dans les documents dont ce portefeuille est tiré ; ils seront présentés ici lorsqu'ils le seront.",
                f"The partnership with {name} is ongoing. Its subject and results have not been made public in the "
                "documents this portfolio is drawn from; they will be presented here once they are.",
            ),
            CallToAction(
                tr(f"Découvrir {name} parmi les partenaires de l'ICM.", f"See {name} among ICM's partners."),
                tr("Voir le partenaire", "See the partner"),
                key,
            ),
        ],
    }


PROJECTS = [
    _company_project("roche", "Roche"),
    _company_project("genosplice", "GenoSplice"),
    _company_project("pfizer", "Pfizer"),
    _company_project("servier", "Servier"),
    _company_project("glaxosmithkline", "GlaxoSmithKline"),
    _company_project("sanofi", "Sanofi"),
    _company_project("air-liquide", "Air Liquide"),
    _company_project("ucb", "UCB"),
    _company_project("mensia-technologies", "Mensia Technologies"),
    _company_project("ipsen", "Ipsen"),
    _company_project("lilly", "Lilly"),
    {
        "key": "global-care-initiative",
        "title": tr("Consortium GLOBAL CARE Initiative", "GLOBAL CARE Initiative consortium"),
        "kind": CONSORTIUM,
        "status": ONGOING,
        "partners": ["global-care"],
        "platforms": [
            "neuroimaging-neurophysiology",
            "data-bioinformatics-biostatistics",
            "animal-models",
            "cell-culture-screening",
            "clinical-trials",
        ],
        "summary": tr(
            "L'ICM partage ses expertises et ses plateformes technologiques au sein du consortium GLOBAL CARE, qui "
            "réunit cinq expertises françaises.",
            "ICM shares its expertise and its technological platforms through the GLOBAL CARE consortium, which "
            "brings together five French areas of expertise.",
        ),
        "body": [
            Paragraph(
                "GLOBAL CARE est un consortium remarquable de cinq expertises françaises. L'ICM y partage ses "
                "expertises et ses plateformes technologiques.",
                "GLOBAL CARE is an outstanding consortium of five French areas of expertise. ICM shares its "
                "expertise and its technological platforms through it.",
            ),
            CallToAction(
                tr(
                    "Les plateformes que l'ICM partage au sein du consortium.",
                    "The platforms ICM shares through the consortium.",
                ),
                tr("Voir les plateformes", "See the platforms"),
                "platforms",
            ),
        ],
    },
]
