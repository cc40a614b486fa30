"""The three institutes and their key figures, as the source documents give them.

A key figure is (value, unit, label, year, source); unit, label and source are (French, English).
Where a document gives no year, the year is None and the source says so. Values keep a
non-breaking space between thousands, so that a figure never wraps.
"""

from institute_site.demo.text import BulletList, Heading, Paragraph, Quote, tr

ICM_SOURCE = ("Présentation de l'ICM, sans année", "ICM presentation, no year given")
INSERM_SOURCE = ("Inserm, paysage de la recherche française en santé", "Inserm on the French research landscape")
IMAGINE_SOURCE = ("Institut Imagine, communiqué des dix ans", "Institut Imagine, ten-year press release")
NO_UNIT = ("", "")

INDEX = {
    "key": "institutes",
    "title": tr("Instituts", "Institutes"),
    "summary": tr(
        "Trois instituts de recherche biomédicale : l'ICM pour le cerveau et la moelle épinière, l'Inserm, "
        "organisme public de recherche en santé, et l'Institut Imagine pour les maladies génétiques.",
        "Three biomedical research institutes: ICM for the brain and spinal cord, Inserm, the public health "
        "research body, and Institut Imagine for genetic diseases.",
    ),
    "intro": tr(
        "Chaque institut présente ici sa mission, ses chiffres clés tels que ses documents les donnent, avec "
        "l'année à laquelle ils se rapportent, ainsi que les thématiques qu'il porte et les plateformes qu'il "
        "héberge.",
        "Each institute presents its mission, its key figures as its documents give them, with the year they "
        "refer to, and the themes it leads and the platforms it hosts.",
    ),
}

INSTITUTES = [
    {
        "key": "icm",
        "title": tr(
            "Institut du Cerveau et de la Moelle épinière (ICM)",
            "The Brain & Spine Institute (ICM)",
        ),
        "slug": tr("icm", "icm"),
        "acronym": "ICM",
        "city": tr("Paris", "Paris"),
        "address": tr("Hôpital de la Pitié-Salpêtrière, Paris", "Pitié-Salpêtrière hospital, Paris"),
        "palette": "blue",
        "summary": tr(
            "Plus de 500 chercheurs recrutés à l'international, au cœur du plus grand service de neurologie de "
            "France, pour étudier les maladies du système nerveux central, de la recherche fondamentale à "
            "l'investigation clinique.",
            "More than 500 researchers recruited internationally, at the heart of the largest neurology practice "
            "in France, studying central nervous system diseases from fundamental research to clinical "
            "investigation.",
        ),
        "mission": tr(
            "Développer des solutions innovantes pour les patients atteints de maladies du cerveau et de la moelle "
            "épinière, en accélérant la mise au point de nouvelles solutions de santé.",
            "Develop innovative solutions for patients with brain and spinal cord disorders, by accelerating the "
            "development of new health solutions.",
        ),
        "body": [
            Paragraph(
                "Développer des solutions innovantes pour les patients est au cœur de notre mission. L'ICM réunit "
                "plus de 500 chercheurs recrutés à l'international pour mener une recherche de pointe en "
                "neurosciences, ancrée dans le plus grand service de neurologie de France. Près de 100 000 patients "
                "atteints de maladies neurologiques viennent chaque année en consultation externe à l'hôpital de la "
                "Pitié-Salpêtrière : l'Institut se trouve au centre même du lieu où les maladies sont observées et "
                "prises en charge.",
                "Developing innovative solutions for patients is key to our mission. ICM has assembled more than "
                "500 researchers recruited internationally to conduct strong neuroscience research rooted in the "
                "largest neurology practice in France. With nearly 100,000 neurological patients coming to the "
                "Pitié-Salpêtrière hospital each year for out-patient consultations, the Institute stands right in "
                "the centre of where diseases are seen and managed.",
            ),
            Paragraph(
                "Pour comprendre la maladie en profondeur, les cliniciens qui suivent les patients en pratique "
                "courante participent aussi à la recherche préclinique et clinique au sein de l'ICM, afin de "
                "comprendre les états normaux et pathologiques du cerveau.",
                "To understand the disease in depth, the same clinicians who see patients in regular clinical "
                "practice are also involved in preclinical and clinical research within ICM, working to understand "
                "normal and pathological brain states.",
            ),
            Heading("Médecine personnalisée", "Personalised medicine"),
            Paragraph(
                "L'ICM a structuré sa stratégie de recherche en axes thématiques et transversaux, selon les besoins "
                "non couverts de la recherche translationnelle en neurosciences. Cohortes de patients, "
                "identification de biomarqueurs et validation de nouvelles cibles thérapeutiques permettent aux "
                "patients atteints de la maladie de Parkinson, de la maladie d'Alzheimer, de sclérose en plaques ou "
                "de tumeurs neuro-oncologiques de bénéficier d'un diagnostic personnalisé et d'une meilleure "
                "anticipation de leur réponse aux traitements.",
                "ICM has structured its research strategy into thematic and transversal axes according to the unmet "
                "needs of translational research in neuroscience. Patient cohorts, biomarker identification and the "
                "validation of new therapeutic targets allow patients with Parkinson's disease, Alzheimer's disease, "
                "multiple sclerosis or neuro-oncological tumours to benefit from personalised diagnosis and foresight "
                "into how they will respond to treatments.",
            ),
            Heading("Approches medtech", "Medtech approaches"),
            Paragraph(
                "Les biomarqueurs identifiés peuvent être des molécules circulantes, des signaux de neuro-imagerie, "
                "des tracés électroencéphalographiques, des réponses à des tests cognitifs ou d'autres marqueurs. "
                "L'Institut Carnot ICM développe, grâce à 7 000 m² de plateformes technologiques, des technologies "
                "qui servent à la fois d'outils de mesure et de moyens de moduler l'activité cérébrale : stimulation "
                "cérébrale profonde, ultrasons thérapeutiques, stimulation magnétique transcrânienne.",
                "Identified biomarkers can be circulating molecules, neuroimaging signals, electroencephalographic "
                "traces, responses to cognitive tests or other markers. Thanks to 7,000 m² of technological core "
                "facilities, the ICM Carnot Institute develops technologies used both as measurement tools and as a "
                "means to modulate brain activity: deep brain stimulation, therapeutic ultrasound, transcranial "
                "magnetic stimulation.",
            ),
            Heading("Outils numériques", "Digital tools"),
            Paragraph(
                "Dans la perspective d'un « hôpital du futur », qui favorise les soins à domicile et prévient les "
                "comorbidités liées à l'âge, l'Institut Carnot ICM développe, avec ses laboratoires communs "
                "académiques et industriels et les jeunes entreprises de son incubateur iPEPS-ICM, des outils de "
                "diagnostic très précoce et des outils numériques pour préserver l'autonomie des patients : "
                "applications pour smartphone, objets connectés, dispositifs médicaux, jeux sérieux. Un living lab "
                "unique permet d'expérimenter des solutions aux troubles de la motivation.",
                "With a view to building a “hospital of the future”, promoting home-based care and preventing "
                "age-related comorbidities, the ICM Carnot Institute develops, with its joint academia/industry "
                "laboratories and the innovative companies of its iPEPS-ICM incubator, ultra-early diagnostic tools "
                "and digital tools for maintaining patients' autonomy: smartphone applications, connected devices, "
                "medical devices, serious games. A unique living lab allows experimentation around solutions to "
                "motivation-related disorders.",
            ),
            Heading("Savoir-faire", "Know-how"),
            BulletList(
                (
                    ("Génétique", "Genetics"),
                    ("Transgenèse", "Transgenesis"),
                    ("Études précliniques", "Preclinical studies"),
                    ("Essais cliniques", "Clinical trials"),
                    ("Neuro-imagerie", "Neuroimaging"),
                    ("Biostatistique", "Biostatistics"),
                    ("Recherche de biomarqueurs", "Biomarker research"),
                )
            ),
        ],
        "key_figures": [
            ("12\u00a0000", ("m²", "m²"), ("consacrés à la recherche", "dedicated to research"), None, ICM_SOURCE),
            (
                "500",
                NO_UNIT,
                ("chercheurs recrutés à l'international", "researchers recruited internationally"),
                None,
                ICM_SOURCE,
            ),
            (
                "100\u00a0000",
                NO_UNIT,
                ("patients atteints de maladies neurologiques par an", "neurological patients a year"),
                None,
                ICM_SOURCE,
            ),
            (
                "1",
                NO_UNIT,
                (
                    "centre d'investigation clinique (1 200 m², 15 cliniciens)",
                    "clinical investigation centre (1,200 m², 15 clinicians)",
                ),
                None,
                ICM_SOURCE,
            ),
            (
                "7\u00a0000",
                ("m²", "m²"),
                ("consacrés aux plateformes technologiques", "dedicated to technological platforms"),
                None,
                ICM_SOURCE,
            ),
            (
                "5",
                NO_UNIT,
                (
                    "plateformes d'excellence consacrées à la neurologie",
                    "platforms of excellence dedicated to neurology",
                ),
                None,
                ICM_SOURCE,
            ),
        ],
    },
    {
        "key": "inserm",
        "title": tr(
            "Inserm – Institut national de la santé et de la recherche médicale",
            "Inserm – French National Institute of Health and Medical Research",
        ),
        "slug": tr("inserm", "inserm"),
        "acronym": "Inserm",
        "city": tr("", ""),
        "address": tr("", ""),
        "palette": "teal",
        "summary": tr(
            "Le seul organisme public entièrement consacré à la recherche biologique, médicale et en santé des "
            "populations, avec quelque 300 centres ou unités de recherche.",
            "The only public body dedicated to biological, medical and population health research, with some 300 "
            "research centres or units.",
        ),
        "mission": tr(
            "Faire progresser la connaissance des maladies humaines, même les plus rares, en assurant un dialogue "
            "constant entre le laboratoire et le lit du patient.",
            "Further the research of human illnesses, even the rarest, by ensuring constant two-way communication "
            "between the laboratory and the patient's bed.",
        ),
        "body": [
            Paragraph(
                "Grâce à l'excellence et à la pluridisciplinarité de ses quelque 300 centres ou unités de recherche, "
                "l'Inserm fait progresser la recherche sur les maladies humaines, même les plus rares. Il entretient "
                "à ce titre des relations étroites avec les associations de patients, notamment au sein d'un groupe "
                "de réflexion qui les associe. Avec le CNRS, il soutient l'émergence de jeunes chercheurs talentueux "
                "grâce aux contrats ATIP-Avenir.",
                "Through the excellence and multidisciplinarity of its some 300 research centres or units, Inserm is "
                "furthering research into human illnesses, even the rarest. It cultivates close relations with "
                "patient associations, notably through a focus group which involves them. In cooperation with CNRS, "
                "it supports the emergence of talented researchers through ATIP/Avenir contracts.",
            ),
            Heading("Recherche clinique", "Clinical research"),
            Paragraph(
                "Les résultats de la recherche fondamentale qui ouvrent de nouvelles pistes de prévention, de "
                "diagnostic ou de soin font l'objet d'essais cliniques. En 2014, 163 projets ont été évalués : 38 "
                "demandes de promotion, 57 demandes de qualification et 68 demandes de modification. Au total, le "
                "pôle de recherche clinique de l'Inserm compte 374 projets actifs.",
                "Basic research results proposing new avenues of prevention, diagnosis or care are the subject of "
                "clinical trials. In 2014, 163 projects were evaluated: 38 applications to promote, 57 applications "
                "for qualification and 68 requests for amendment. In total, the Inserm Clinical Research Centre has "
                "374 active projects.",
            ),
            Heading("Valorisation", "Technology transfer"),
            Paragraph(
                "Inserm Transfert aide les chercheurs à établir la preuve de concept de leurs innovations, participe "
                "au dépôt des brevets (1 279 familles de brevets au portefeuille de l'Inserm au 1er janvier 2015 et "
                "140 dépôts de demandes de brevet) et recherche des partenaires industriels (239 contrats de R&D "
                "signés en 2014 et 100 contrats de licence, dont 52 nouveaux en 2014).",
                "Inserm Transfert helps researchers establish the proof of concept of their innovations, takes part "
                "in registering patents (1,279 patent families in the Inserm portfolio as at 1 January 2015 and 140 "
                "submissions of patent applications) and looks for industrial partners (239 R&D contracts signed in "
                "2014, and 100 licence contracts, 52 of them newly signed in 2014).",
            ),
            Heading("Un acteur européen et international", "A European and international player"),
            Paragraph(
                "L'Inserm joue un rôle essentiel dans la structuration de l'Espace européen de la recherche. En 2015, "
                "il disposait de 22 laboratoires internationaux associés, de 9 unités mixtes internationales "
                "implantées à l'étranger et d'une trentaine d'accords de coopération internationale.",
                "Inserm plays a crucial role in structuring the European Research Area. In 2015 it had 22 associated "
                "international laboratories, 9 mixed international units set up abroad and around thirty "
                "international cooperation agreements.",
            ),
            Paragraph(
                "Engagé dans plus de 400 projets européens financés par la Commission européenne au titre du 7e "
                "programme-cadre de recherche et développement (7e PCRD), l'Inserm a participé à 186 projets "
                "collaboratifs et en a coordonné 37 : il est ainsi la première institution européenne pour la "
                "coordination et la participation aux projets collaboratifs en sciences de la vie et en santé de ce "
                "programme. Il compte une centaine de lauréats de l'ERC (69 jeunes chercheurs, 40 chercheurs "
                "confirmés) et a géré 108 financements des actions Marie Skłodowska-Curie (88 bourses individuelles "
                "et 20 réseaux). Présent dans six infrastructures de recherche européennes, il en a coordonné deux : "
                "ECRIN pour la recherche clinique et ERINHA pour les laboratoires de haute sécurité P4.",
                "With involvement in more than 400 European projects funded by the European Commission under the 7th "
                "Research and Development Framework Programme (FP7), Inserm took part in 186 collaborative projects "
                "and coordinated 37, making it the foremost European institution for coordination of and "
                "participation in collaborative projects in life sciences and health in that programme. It holds "
                "around one hundred ERC awards (69 young researchers, 40 established researchers) and managed 108 "
                "Marie Skłodowska-Curie fundings (88 individual grants and 20 networks). Present in six European "
                "research infrastructures, it coordinated two: ECRIN for clinical research and ERINHA for high "
                "security P4 laboratories.",
            ),
        ],
        "key_figures": [
            (
                "300",
                NO_UNIT,
                ("centres ou unités de recherche (environ)", "research centres or units (some)"),
                None,
                (
                    "Inserm, sans année",
                    "Inserm, no year given",
                ),
            ),
            ("9\u00a0235", NO_UNIT, ("articles publiés", "articles published"), 2014, INSERM_SOURCE),
            (
                "463",
                NO_UNIT,
                ("articles dans les revues les plus prestigieuses", "articles in the most prominent journals"),
                2014,
                INSERM_SOURCE,
            ),
            (
                "374",
                NO_UNIT,
                ("projets actifs au pôle de recherche clinique", "active projects at the Clinical Research Centre"),
                2014,
                INSERM_SOURCE,
            ),
            (
                "1\u00a0279",
                NO_UNIT,
                ("familles de brevets au 1er janvier 2015", "patent families as at 1 January 2015"),
                2015,
                INSERM_SOURCE,
            ),
            ("239", NO_UNIT, ("contrats de R&D signés", "R&D contracts signed"), 2014, INSERM_SOURCE),
            (
                "22",
                NO_UNIT,
                ("laboratoires internationaux associés", "associated international laboratories"),
                2015,
                INSERM_SOURCE,
            ),
            (
                "400",
                NO_UNIT,
                ("projets européens du 7e PCRD (plus de)", "European projects of FP7 (more than)"),
                None,
                (
                    "Inserm, 7e PCRD, sans année",
                    "Inserm, FP7, no year given",
                ),
            ),
        ],
    },
    {
        "key": "imagine",
        "title": tr("Institut Imagine", "Imagine Institute"),
        "slug": tr("institut-imagine", "imagine-institute"),
        "acronym": "Imagine",
        "city": tr("Paris", "Paris"),
        "address": tr(
            "À proximité de l'hôpital Necker-Enfants malades AP-HP, Paris",
            "Next to the Necker-Enfants malades hospital (AP-HP), Paris",
        ),
        "palette": "violet",
        "summary": tr(
            "Institut hospitalo-universitaire consacré aux maladies génétiques (Inserm, AP-HP, Université Paris "
            "Cité), qui célèbre en 2024 ses dix ans et fait de l'attractivité internationale sa priorité.",
            "The university hospital institute for genetic diseases (Inserm, AP-HP, Université Paris Cité), which "
            "celebrates its first decade in 2024 and makes international attractiveness its top priority.",
        ),
        "mission": tr(
            "Porter la recherche française sur les maladies génétiques au plus haut niveau international en dix "
            "ans, en intégrant recherche, soins, enseignement et valorisation.",
            "Bring French research on genetic diseases to the highest international level within ten years, "
            "integrating research, care, education and development.",
        ),
        "body": [
            Paragraph(
                "La recherche sur les maladies génétiques a progressé de façon exponentielle au cours des dix "
                "dernières années. La science arrive à un nouveau tournant, pour les diagnostics, les mécanismes "
                "comme les traitements : l'Institut Imagine, qui célèbre ses dix ans en 2024, fait donc de "
                "l'attractivité internationale sa priorité.",
                "Scientific research into genetic diseases has progressed exponentially over the last ten years. "
                "Science is at a major new turning point, in diagnoses, mechanisms and treatments, which has "
                "prompted Institut Imagine, which celebrates its first decade in 2024, to make international "
                "attractiveness its top priority.",
            ),
            Paragraph(
                "L'Institut annonce l'ouverture de nouvelles chaires de professeurs juniors et veut mieux partager "
                "les données produites par ses laboratoires, avec un site consacré à la connaissance et à la "
                "biologie des systèmes, ouvert aux partenariats d'apprentissage fédéré. Sur le plan scientifique, il "
                "entend développer la « chimie biologique », de la découverte de molécules à la preuve de concept "
                "thérapeutique, et pousser plus loin la science des données en intégrant données cliniques, "
                "multi-omiques et expérimentales.",
                "The Institute is announcing new junior professorships and wants to share the data produced by its "
                "laboratories better, with a website dedicated to knowledge and systems biology, open to federated "
                "learning partnerships. Scientifically, it intends to develop “biological chemistry”, from molecule "
                "discovery to therapeutic proof of concept, and to take data science further by integrating "
                "clinical, multi-omics and experimental data.",
            ),
            Heading("Le modèle de l'IHU", "The IHU model"),
            Paragraph(
                "Imaginé par le Pr Claude Griscelli, l'Institut Imagine est un modèle unique, interdisciplinaire, qui "
                "intègre recherche, médecine, enseignement et valorisation au plus haut niveau, ainsi que "
                "l'innovation philanthropique. En dix ans, l'IHU Imagine est devenu un centre de recherche, de soins "
                "et d'enseignement reconnu internationalement pour les maladies génétiques. Sa proximité avec "
                "l'hôpital Necker-Enfants malades AP-HP réunit médecins, chercheurs et soignants en un même lieu, "
                "dans une architecture conçue par Jean Nouvel et Bernard Valero.",
                "Imagined by Prof. Claude Griscelli, Institut Imagine is a unique interdisciplinary model integrating "
                "research, medicine, education and development at the highest level, as well as philanthropic "
                "innovation. In ten years, IHU Imagine has become an internationally recognised centre for research, "
                "care and teaching in genetic diseases. Its proximity to the Necker-Enfants malades hospital (AP-HP) "
                "brings doctors, researchers and healthcare staff together in a single place, in an architecture "
                "designed by Jean Nouvel and Bernard Valero.",
            ),
            Quote(
                "L'Institut est un modèle unique, au croisement de la recherche et du soin, qui a favorisé la "
                "proximité, la réactivité et la souplesse pour changer la vie des chercheurs, mais surtout celle de "
                "nos patients.",
                "The Institute is a unique model at the crossroads of Research and Care, which has fostered "
                "proximity, responsiveness and flexibility to change the lives of researchers, but above all of our "
                "patients.",
                tr(
                    "Pr Stanislas Lyonnet, directeur de l'Institut Imagine depuis 2016",
                    "Prof. Stanislas Lyonnet, Director of Institut Imagine since 2016",
                ),
            ),
        ],
        "key_figures": [
            (
                "10",
                ("ans", "years"),
                ("d'existence, célébrés en 2024", "of the institute, celebrated in 2024"),
                2024,
                (IMAGINE_SOURCE),
            ),
            (
                "3",
                NO_UNIT,
                (
                    "institutions : Inserm, AP-HP, Université Paris Cité",
                    "institutions: Inserm, AP-HP, Université Paris Cité",
                ),
                2024,
                IMAGINE_SOURCE,
            ),
        ],
    },
]
