"""ICM's five platforms of excellence, the core facilities under them, and their categories.

The presentation document names the platforms and, as examples, five core facilities (virtual
reality, MRI, cellular imaging, electrophysiology, preclinical functional exploration); each core
facility sits under the platform whose field it belongs to. Services and equipment are listed only
where the document names them; no model or capacity is made up.
"""

from institute_site.demo.text import Paragraph, tr

CATEGORIES = [
    ("imaging-neurophysiology", tr("Imagerie et neurophysiologie", "Imaging and neurophysiology")),
    ("data-biostatistics", tr("Données et biostatistique", "Data and biostatistics")),
    ("preclinical", tr("Recherche préclinique", "Preclinical research")),
    ("cell-biology", tr("Biologie cellulaire et criblage", "Cell biology and screening")),
    ("clinical-research", tr("Recherche clinique", "Clinical research")),
]

INDEX = {
    "key": "platforms",
    "title": tr("Plateformes", "Platforms"),
    "summary": tr(
        "Cinq plateformes d'excellence et leurs équipements communs, sur 7 000 m², au service des équipes de "
        "l'Institut et ouvertes à de nouveaux projets.",
        "Five platforms of excellence and their core facilities, on 7,000 m², supporting the Institute's teams "
        "and open to new projects.",
    ),
    "intro": tr(
        "Les plateformes soutiennent les programmes de recherche internes et s'ouvrent à de nouveaux projets. "
        "L'ICM partage ses expertises et ses plateformes technologiques au sein du consortium GLOBAL CARE.",
        "The platforms support in-house work packages and are open to new projects. ICM shares its expertise and "
        "its technological platforms through the GLOBAL CARE consortium.",
    ),
}

SHARED_WITH_GLOBAL_CARE = Paragraph(
    "L'ICM partage ses expertises et ses plateformes technologiques au sein du consortium GLOBAL CARE.",
    "ICM shares its expertise and its technological platforms through the GLOBAL CARE consortium.",
)

PLATFORMS = [
    {
        "key": "neuroimaging-neurophysiology",
        "title": tr("Neuro-imagerie et neurophysiologie", "Neuroimaging and neurophysiology"),
        "category": "imaging-neurophysiology",
        "palette": "blue",
        "summary": tr(
            "Une plateforme de pointe en neuro-imagerie et en neurophysiologie pour améliorer radicalement le "
            "diagnostic et le suivi de l'évolution des maladies.",
            "A cutting-edge neuroimaging and neurophysiology platform to radically enhance diagnosis and the "
            "follow-up of disease course.",
        ),
        "body": [
            Paragraph(
                "Objectif : développer une plateforme de pointe en neuro-imagerie et en neurophysiologie pour "
                "améliorer radicalement le diagnostic et le suivi de l'évolution des maladies.",
                "Goal: develop a cutting-edge neuroimaging and neurophysiology platform to radically enhance "
                "diagnosis and the follow-up of disease course.",
            ),
            Paragraph(
                "Les technologies développées servent à la fois d'outils de mesure et de moyens de moduler "
                "l'activité cérébrale.",
                "The technologies developed are used both as measurement tools and as a means to modulate brain "
                "activity.",
            ),
            SHARED_WITH_GLOBAL_CARE,
        ],
        "services": [
            (
                tr("Diagnostic et suivi", "Diagnosis and follow-up"),
                tr(
                    "Signaux de neuro-imagerie et tracés électroencéphalographiques comme biomarqueurs.",
                    "Neuroimaging signals and electroencephalographic traces as biomarkers.",
                ),
            ),
            (
                tr("Modulation de l'activité cérébrale", "Modulating brain activity"),
                tr(
                    "Stimulation cérébrale profonde, ultrasons thérapeutiques, stimulation magnétique transcrânienne.",
                    "Deep brain stimulation, therapeutic ultrasound, transcranial magnetic stimulation.",
                ),
            ),
        ],
        "equipment": [],
        "themes": ["parkinson", "alzheimer", "multiple-sclerosis", "epilepsy"],
        "children": [
            {
                "key": "mri",
                "title": tr("IRM", "MRI"),
                "palette": "slate",
                "summary": tr(
                    "L'équipement commun d'imagerie par résonance magnétique de l'ICM.",
                    "ICM's magnetic resonance imaging core facility.",
                ),
                "body": [
                    Paragraph(
                        "L'IRM fait partie des équipements communs de l'ICM. Les signaux de neuro-imagerie comptent "
                        "parmi les biomarqueurs étudiés à l'Institut.",
                        "MRI is one of ICM's core facilities. Neuroimaging signals are among the biomarkers studied "
                        "at the Institute.",
                    )
                ],
                "services": [],
                "equipment": [(tr("IRM", "MRI"), tr("", ""))],
                "themes": ["alzheimer", "multiple-sclerosis"],
            },
            {
                "key": "electrophysiology",
                "title": tr("Électrophysiologie", "Electrophysiology"),
                "palette": "teal",
                "summary": tr(
                    "L'équipement commun d'électrophysiologie, pour l'enregistrement de l'activité électrique.",
                    "The electrophysiology core facility, for recording electrical activity.",
                ),
                "body": [
                    Paragraph(
                        "L'électrophysiologie fait partie des équipements communs de l'ICM. Les tracés "
                        "électroencéphalographiques comptent parmi les marqueurs étudiés.",
                        "Electrophysiology is one of ICM's core facilities. Electroencephalographic traces are "
                        "among the markers studied.",
                    )
                ],
                "services": [],
                "equipment": [],
                "themes": ["epilepsy"],
            },
            {
                "key": "virtual-reality",
                "title": tr("Réalité virtuelle", "Virtual reality"),
                "palette": "violet",
                "summary": tr(
                    "L'équipement commun de réalité virtuelle de l'ICM.",
                    "ICM's virtual reality core facility.",
                ),
                "body": [
                    Paragraph(
                        "La réalité virtuelle fait partie des équipements communs de l'ICM.",
                        "Virtual reality is one of ICM's core facilities.",
                    )
                ],
                "services": [],
                "equipment": [],
                "themes": [],
            },
        ],
    },
    {
        "key": "data-bioinformatics-biostatistics",
        "title": tr(
            "Gestion des données, bio-informatique et biostatistique",
            "Data management, bioinformatics and biostatistics",
        ),
        "category": "data-biostatistics",
        "palette": "green",
        "summary": tr(
            "Une plateforme pluridisciplinaire indispensable pour gérer l'énorme quantité de données produites.",
            "A multidisciplinary platform, critical to manage the enormous amount of data generated.",
        ),
        "body": [
            Paragraph(
                "Objectif : construire une plateforme pluridisciplinaire de gestion des données, de bio-informatique "
                "et de biostatistique, indispensable pour gérer l'énorme quantité de données produites.",
                "Goal: build a multidisciplinary data management, bioinformatics and biostatistics platform, "
                "critical to manage the enormous amount of data generated.",
            ),
            SHARED_WITH_GLOBAL_CARE,
        ],
        "services": [
            (tr("Gestion des données", "Data management"), tr("", "")),
            (tr("Bio-informatique", "Bioinformatics"), tr("", "")),
            (tr("Biostatistique", "Biostatistics"), tr("", "")),
        ],
        "equipment": [],
        "themes": [],
        "children": [],
    },
    {
        "key": "animal-models",
        "title": tr("Modèles animaux", "Animal models"),
        "category": "preclinical",
        "palette": "amber",
        "summary": tr(
            "De nouveaux modèles animaux pour une meilleure recherche translationnelle au stade précompétitif.",
            "New animal models for better translational research at precompetitive level.",
        ),
        "body": [
            Paragraph(
                "Objectif : mettre en place de nouveaux modèles animaux pour une meilleure recherche translationnelle "
                "au stade précompétitif, afin de tester et de confirmer les cibles thérapeutiques potentielles "
                "identifiées par la recherche.",
                "Goal: implement new animal models for better translational research at precompetitive level, to "
                "test and confirm potential therapeutic targets identified in research activities.",
            ),
            SHARED_WITH_GLOBAL_CARE,
        ],
        "services": [
            (tr("Transgenèse", "Transgenesis"), tr("", "")),
            (tr("Études précliniques", "Preclinical studies"), tr("", "")),
        ],
        "equipment": [],
        "themes": [],
        "children": [
            {
                "key": "preclinical-functional-exploration",
                "title": tr("Exploration fonctionnelle préclinique", "Preclinical functional exploration"),
                "palette": "red",
                "summary": tr(
                    "L'équipement commun d'exploration fonctionnelle préclinique.",
                    "The preclinical functional exploration core facility.",
                ),
                "body": [
                    Paragraph(
                        "L'exploration fonctionnelle préclinique fait partie des équipements communs de l'ICM.",
                        "Preclinical functional exploration is one of ICM's core facilities.",
                    )
                ],
                "services": [],
                "equipment": [],
                "themes": [],
            },
        ],
    },
    {
        "key": "cell-culture-screening",
        "title": tr("Culture cellulaire et criblage", "Cell culture and screening"),
        "category": "cell-biology",
        "palette": "teal",
        "summary": tr(
            "Un équipement commun de culture cellulaire pour le criblage à moyen débit, afin d'accélérer "
            "l'identification de pistes thérapeutiques.",
            "A cell culture core facility for medium-throughput screening, to accelerate the identification of "
            "therapeutic leads.",
        ),
        "body": [
            Paragraph(
                "Objectif : développer un équipement commun de culture cellulaire pour le criblage à moyen débit, "
                "afin d'accélérer l'identification de pistes thérapeutiques.",
                "Goal: develop a cell culture core facility for medium-throughput screening to accelerate the "
                "identification of therapeutic leads.",
            ),
            SHARED_WITH_GLOBAL_CARE,
        ],
        "services": [(tr("Criblage à moyen débit", "Medium-throughput screening"), tr("", ""))],
        "equipment": [],
        "themes": [],
        "children": [
            {
                "key": "cellular-imaging",
                "title": tr("Imagerie cellulaire", "Cellular imaging"),
                "palette": "green",
                "summary": tr(
                    "L'équipement commun d'imagerie cellulaire de l'ICM.",
                    "ICM's cellular imaging core facility.",
                ),
                "body": [
                    Paragraph(
                        "L'imagerie cellulaire fait partie des équipements communs de l'ICM.",
                        "Cellular imaging is one of ICM's core facilities.",
                    )
                ],
                "services": [],
                "equipment": [],
                "themes": [],
            },
        ],
    },
    {
        "key": "clinical-trials",
        "title": tr("Essais cliniques en neurosciences", "Clinical trials in neuroscience"),
        "category": "clinical-research",
        "palette": "slate",
        "summary": tr(
            "La plateforme d'essais cliniques consacrée aux neurosciences, étendue pour conduire davantage d'essais, "
            "en particulier avec des partenaires industriels.",
            "The clinical trials platform dedicated to neuroscience, extended to conduct more trials, in particular "
            "with industrial partners.",
        ),
        "body": [
            Paragraph(
                "Objectif : étendre la plateforme d'essais cliniques consacrée aux neurosciences pour renforcer "
                "nettement la capacité à conduire des essais cliniques, en particulier avec des partenaires "
                "industriels.",
                "Goal: extend the platform for clinical trials dedicated to neuroscience to significantly reinforce "
                "the capability to conduct clinical trials, in particular with industrial partners.",
            ),
            SHARED_WITH_GLOBAL_CARE,
        ],
        "services": [(tr("Essais cliniques", "Clinical trials"), tr("", ""))],
        "equipment": [],
        "themes": ["parkinson", "alzheimer", "multiple-sclerosis", "motivation", "epilepsy"],
        "children": [
            {
                "key": "clinical-investigation-centre",
                "title": tr("Centre d'investigation clinique", "Clinical investigation centre"),
                "palette": "blue",
                "summary": tr(
                    "Le centre d'investigation clinique de l'ICM : 1 200 m² et 15 cliniciens.",
                    "ICM's clinical investigation centre: 1,200 m² and 15 clinicians.",
                ),
                "body": [
                    Paragraph(
                        "L'ICM compte un centre d'investigation clinique de 1 200 m², avec 15 cliniciens (chiffres "
                        "du document de présentation de l'ICM, qui ne donne pas d'année).",
                        "ICM has one clinical investigation centre of 1,200 m², with 15 clinicians (figures from "
                        "ICM's presentation document, which gives no year).",
                    )
                ],
                "services": [],
                "equipment": [],
                "themes": [],
                "surface_m2": 1200,
                "staff": 15,
            },
        ],
    },
]
