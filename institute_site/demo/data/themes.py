"""The five research themes of ICM, each with its objective as the presentation document states it."""

from institute_site.demo.text import Paragraph, tr

INDEX = {
    "key": "themes",
    "title": tr("Thématiques de recherche", "Research themes"),
    "summary": tr(
        "Cinq projets de pointe sur des pathologies neurologiques majeures, chacun avec ses objectifs propres.",
        "Five cutting-edge projects covering major neurological pathologies, each with its own objectives.",
    ),
    "intro": tr(
        "Il s'agit de combler les manques pour établir un continuum d'excellence en recherche translationnelle, "
        "en particulier au stade précompétitif, dans le soin et dans la formation, sur chacune des cinq "
        "thématiques.",
        "The aim is to fill the gaps needed to establish a complete continuum of excellence in translational "
        "research, in particular at precompetitive level, in care and in education, on all five themes.",
    ),
}

THEMES = [
    {
        "key": "parkinson",
        "title": tr("Maladie de Parkinson", "Parkinson's disease"),
        "palette": "blue",
        "objective": tr("Prévenir l'évolution de la maladie", "Prevent the evolution of the disease"),
        "summary": tr(
            "Comprendre les mécanismes de la dégénérescence pour trouver des traitements curatifs, avec un impact "
            "attendu sur l'ensemble des maladies neurodégénératives.",
            "Understand the mechanisms of degeneration to find curative treatments, with an expected impact on "
            "neurodegenerative diseases at large.",
        ),
        "body": [
            Paragraph(
                "Le projet vise à comprendre les mécanismes de la dégénérescence afin de trouver des traitements "
                "curatifs, avec un impact attendu sur l'ensemble des maladies neurodégénératives.",
                "The project aims at understanding the mechanisms of degeneration to find curative treatments, with "
                "an expected impact on neurodegenerative diseases at large.",
            ),
            Paragraph(
                "En 2014, une étude menée par un consortium international de chercheurs, dont l'équipe du Pr Alexis "
                "Brice à l'ICM, a mis au jour six nouveaux facteurs de risque génétiques de la maladie de Parkinson. "
                "Les résultats ont été publiés le 27 juillet 2014 dans la revue Nature Genetics.",
                "In 2014, a study by an international consortium of researchers, including Professor Alexis Brice's "
                "team at ICM, discovered six new genetic risk factors for Parkinson's disease. The results were "
                "published on 27 July 2014 in Nature Genetics.",
            ),
        ],
        "lead_institutes": ["icm"],
    },
    {
        "key": "alzheimer",
        "title": tr("Maladie d'Alzheimer et maladies apparentées", "Alzheimer's and related diseases"),
        "palette": "violet",
        "objective": tr(
            "Trouver de nouveaux biomarqueurs pour un diagnostic plus précoce et plus fiable",
            "Find new biomarkers for an earlier and better diagnosis",
        ),
        "summary": tr(
            "De nouveaux biomarqueurs pour un diagnostic plus précoce et plus fiable des troubles neurologiques.",
            "New biomarkers for an earlier and better diagnosis of neurological disorders.",
        ),
        "body": [
            Paragraph(
                "Le projet vise un diagnostic précoce des troubles neurologiques. Les biomarqueurs recherchés peuvent "
                "être des molécules circulantes, des signaux de neuro-imagerie, des tracés électroencéphalographiques "
                "ou des réponses à des tests cognitifs, identifiés à partir de vastes cohortes de patients.",
                "The project aims at an early diagnosis of neurological disorders. The biomarkers sought can be "
                "circulating molecules, neuroimaging signals, electroencephalographic traces or responses to "
                "cognitive tests, identified from extensive patient cohorts.",
            ),
            Paragraph(
                "Le centre Cyceron de Caen et l'ICM ont signé un accord de partenariat : leurs équipes qui travaillent "
                "sur les maladies neurodégénératives, comme la maladie d'Alzheimer, ont décidé de mener ensemble un "
                "premier projet de recherche sur les maladies frontotemporales.",
                "The Cyceron centre in Caen and ICM signed a partnership agreement: their teams working on "
                "neurodegenerative diseases such as Alzheimer's disease decided to work together on a first research "
                "project on frontotemporal diseases.",
            ),
        ],
        "lead_institutes": ["icm"],
    },
    {
        "key": "multiple-sclerosis",
        "title": tr("Sclérose en plaques", "Multiple sclerosis"),
        "palette": "teal",
        "objective": tr(
            "Réparer le système nerveux pour améliorer l'état clinique des patients",
            "Repair the nervous system for a clinical improvement of patients",
        ),
        "summary": tr(
            "Réparer le système nerveux altéré, avec un impact attendu sur les maladies dégénératives, mais aussi "
            "sur les traumatismes et les maladies cérébrovasculaires.",
            "Repair the altered nervous system, with an expected impact on degenerative disorders, but also on "
            "trauma and cerebrovascular diseases.",
        ),
        "body": [
            Paragraph(
                "Le projet vise à réparer le système nerveux altéré, avec un impact attendu sur les maladies "
                "dégénératives, mais aussi sur les traumatismes et les maladies cérébrovasculaires dans leur "
                "ensemble.",
                "The project aims at repairing the altered nervous system, with an expected impact on degenerative "
                "disorders but also on trauma and cerebrovascular diseases as a whole.",
            ),
            Paragraph(
                "Cohortes de patients, identification de biomarqueurs et validation de nouvelles cibles "
                "thérapeutiques doivent permettre aux patients atteints de sclérose en plaques de bénéficier d'un "
                "diagnostic personnalisé et d'une meilleure anticipation de leur réponse aux traitements.",
                "Patient cohorts, biomarker identification and the validation of new therapeutic targets are to give "
                "patients with multiple sclerosis a personalised diagnosis and foresight into how they will respond "
                "to treatments.",
            ),
        ],
        "lead_institutes": ["icm"],
    },
    {
        "key": "motivation",
        "title": tr("Motivation", "Motivation"),
        "palette": "amber",
        "objective": tr(
            "Comprendre et prendre en charge les troubles de la motivation",
            "Understand and manage disorders of motivation",
        ),
        "summary": tr(
            "Une approche nouvelle des sciences médicales du comportement : corriger les symptômes, en particulier "
            "les troubles du comportement, avant de s'étendre à d'autres troubles du système nerveux.",
            "A novel approach for behavioural medical sciences: correcting symptoms, with a special emphasis on "
            "behavioural disorders, and a further extension to other nervous disorders.",
        ),
        "body": [
            Paragraph(
                "Comprendre et prendre en charge les troubles de la motivation est une approche nouvelle des "
                "sciences médicales du comportement. Le projet vise à corriger les symptômes, en particulier les "
                "troubles du comportement, avant de s'étendre à d'autres troubles du système nerveux.",
                "Understanding and managing disorders of motivation is a novel approach for behavioural medical "
                "sciences. The project aims at correcting symptoms, with a special emphasis on behavioural "
                "disorders, and a further extension to other nervous disorders.",
            ),
            Paragraph(
                "Pour comprendre et prendre en charge ces troubles, un living lab unique permet d'expérimenter des "
                "solutions.",
                "To understand and manage these disorders, a unique living lab allows experimentation around "
                "potential solutions.",
            ),
        ],
        "lead_institutes": ["icm"],
    },
    {
        "key": "epilepsy",
        "title": tr("Épilepsie", "Epilepsy"),
        "palette": "red",
        "objective": tr(
            "Anticiper et comprendre le déclenchement des crises",
            "Anticipate and understand the development of the seizure",
        ),
        "summary": tr(
            "Identifier les symptômes le plus tôt possible afin d'empêcher le développement des crises.",
            "Identify the symptoms as early as possible to prevent seizures from developing.",
        ),
        "body": [
            Paragraph(
                "Le projet vise à identifier les symptômes le plus tôt possible pour empêcher leur développement.",
                "The project aims at identifying the symptoms as early as possible to prevent their development.",
            ),
            Paragraph(
                "Les tracés électroencéphalographiques font partie des marqueurs étudiés à l'ICM, qui s'appuie sur "
                "ses plateformes de neuro-imagerie et de neurophysiologie.",
                "Electroencephalographic traces are among the markers studied at ICM, which relies on its "
                "neuroimaging and neurophysiology platforms.",
            ),
        ],
        "lead_institutes": ["icm"],
    },
]
