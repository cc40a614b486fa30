"""Every partner the source documents name, at each level, with the kinds of agreement they mention.

Cities and countries are those the documents give; for the companies, where the documents name only
the company, the country of its head office. `since` is set only where a document gives the year.
"""

from institute_site.demo.text import Paragraph, tr

AGREEMENT_KINDS = [
    ("mou", tr("Protocole d'accord (MoU)", "Memorandum of understanding (MoU)")),
    ("partnership-agreement", tr("Accord de partenariat", "Partnership agreement")),
    ("research-collaboration", tr("Collaboration de recherche", "Research collaboration")),
    ("network", tr("Réseau", "Network")),
    ("consortium", tr("Consortium", "Consortium")),
    ("funding", tr("Financement", "Funding")),
    ("industrial-partnership", tr("Partenariat industriel", "Industrial partnership")),
    ("incubation", tr("Incubation", "Incubation")),
]

INDEX = {
    "key": "partners",
    "title": tr("Partenaires", "Partners"),
    "summary": tr(
        "Un réseau national, européen et international qui réunit les grands centres de recherche, des "
        "financeurs et des entreprises.",
        "A national, European and international network bringing together major research centres, funders and "
        "companies.",
    ),
    "intro": tr(
        "L'ICM fait partie d'un réseau national, européen et international qui réunit les grands centres de "
        "recherche pour mener à bien ses missions scientifiques. Ses collaborations dépassent largement la France "
        "pour relever des défis mondiaux et rester compétitif dans des domaines de recherche très dynamiques.",
        "ICM is part of a national, European and international network bringing together the major research "
        "centres to carry out its scientific missions. Its collaborations extend well beyond France to meet "
        "global challenges and to stay competitive in highly dynamic areas of research.",
    ),
}

INTERNATIONAL = "international"
EUROPEAN = "european"
NATIONAL = "national"
REGIONAL = "regional"
INDUSTRIAL = "industrial"

NO_CITY = tr("", "")


def _main_international_partner(fr_name, en_name):
    return Paragraph(
        f"{fr_name} compte parmi les principaux partenaires internationaux de l'ICM.",
        f"{en_name} is one of ICM's main international partners.",
    )


def _parkinson_study_funder(fr_name, en_name):
    return Paragraph(
        f"{fr_name} fait partie des institutions publiques et privées dont la coopération et la mise en commun "
        "des ressources ont rendu possible l'étude internationale, commencée en 2010, qui a mis au jour six "
        "facteurs de risque génétiques de la maladie de Parkinson (Nature Genetics, 27 juillet 2014).",
        f"{en_name} is one of the public and private institutions whose cooperation and pooled resources made "
        "possible the international study, begun in 2010, that discovered six genetic risk factors for "
        "Parkinson's disease (Nature Genetics, 27 July 2014).",
    )


def _parisian_centre(fr_name, en_name):
    return Paragraph(
        f"Au sein du Neuropôle et de l'École des Neurosciences de Paris, l'ICM travaille en réseau avec "
        f"{fr_name}, l'un des grands centres de recherche parisiens.",
        f"Through the Neuropôle and the Paris School of Neuroscience, ICM works in a network with {en_name}, one "
        "of the major Parisian research centres.",
    )


def _french_centre(city_fr, city_en, fields_fr, fields_en):
    return {
        "summary": tr(
            f"Les centres de neurosciences de {city_fr}, partenaires de l'ICM en {fields_fr}.",
            f"The neuroscience centres of {city_en}, ICM's partners in {fields_en}.",
        ),
        "body": [
            Paragraph(
                f"La recherche de l'ICM se développe en coopération avec les grands centres français de "
                f"neurosciences. À {city_fr}, les principaux domaines de partenariat sont : {fields_fr}.",
                f"ICM's research is developed in cooperation with the major French neuroscience centres. In "
                f"{city_en}, the main fields of partnership are: {fields_en}.",
            )
        ],
    }


def _industrial(fr_name, en_name):
    return {
        "summary": tr(
            f"{fr_name} fait partie des entreprises avec lesquelles l'ICM mène des partenariats de recherche en cours.",
            f"{en_name} is one of the companies with which ICM has ongoing research partnerships.",
        ),
        "body": [
            Paragraph(
                "En parallèle de sa recherche fondamentale, l'ICM mène une recherche appliquée avec des partenaires "
                "industriels, en partageant savoir-faire et compétences pour développer de nouveaux produits et "
                f"services utiles aux patients. {fr_name} figure parmi les entreprises avec lesquelles des "
                "partenariats sont en cours ; les documents sources n'en détaillent pas le contenu.",
                "In parallel to its fundamental research, ICM conducts applied research with industrial partners, "
                "sharing know-how and skills to develop new products and services that benefit patients. "
                f"{en_name} is one of the companies with which partnerships are ongoing; the source documents do "
                "not detail their content.",
            )
        ],
    }


PARTNERS = [
    # International
    {
        "key": "ucsf-sandler",
        "title": tr("Sandler Neuroscience Center (UCSF)", "Sandler Neuroscience Center (UCSF)"),
        "initials": "UCSF",
        "level": INTERNATIONAL,
        "country": "US",
        "city": tr("San Francisco", "San Francisco"),
        "agreements": ["research-collaboration"],
        "summary": tr(
            "Le centre de neurosciences de l'Université de Californie à San Francisco, l'un des principaux "
            "partenaires internationaux de l'ICM.",
            "The neuroscience centre of the University of California, San Francisco, one of ICM's main "
            "international partners.",
        ),
        "body": [
            _main_international_partner(
                "Le Sandler Neuroscience Center (UCSF)", "The Sandler Neuroscience Center (UCSF)"
            )
        ],
    },
    {
        "key": "montreal-neurological-institute",
        "title": tr(
            "Institut et hôpital neurologiques de Montréal (Université McGill)",
            "Montreal Neurological Institute and Hospital (McGill University)",
        ),
        "initials": "MNI",
        "level": INTERNATIONAL,
        "country": "CA",
        "city": tr("Montréal", "Montreal"),
        "agreements": ["research-collaboration"],
        "summary": tr(
            "L'institut et hôpital neurologiques de l'Université McGill, l'un des principaux partenaires "
            "internationaux de l'ICM.",
            "McGill University's neurological institute and hospital, one of ICM's main international partners.",
        ),
        "body": [
            _main_international_partner(
                "L'Institut et hôpital neurologiques de Montréal",
                "The Montreal Neurological Institute and Hospital",
            )
        ],
    },
    {
        "key": "florey-institute",
        "title": tr("Florey Institute", "Florey Institute"),
        "initials": "FI",
        "level": INTERNATIONAL,
        "country": "AU",
        "city": tr("Melbourne", "Melbourne"),
        "agreements": ["research-collaboration"],
        "summary": tr(
            "L'institut de neurosciences de Melbourne, l'un des principaux partenaires internationaux de l'ICM.",
            "The Melbourne neuroscience institute, one of ICM's main international partners.",
        ),
        "body": [_main_international_partner("Le Florey Institute", "The Florey Institute")],
    },
    {
        "key": "nih",
        "title": tr("Instituts nationaux de la santé des États-Unis (NIH)", "US National Institutes of Health (NIH)"),
        "initials": "NIH",
        "level": INTERNATIONAL,
        "country": "US",
        "city": NO_CITY,
        "agreements": ["funding"],
        "themes": ["parkinson"],
        "summary": tr(
            "Financeur public américain de la recherche biomédicale, partie prenante de l'étude internationale sur "
            "les facteurs de risque génétiques de la maladie de Parkinson.",
            "The US public funder of biomedical research, part of the international study of genetic risk factors "
            "for Parkinson's disease.",
        ),
        "body": [
            _parkinson_study_funder("Les NIH (National Institutes of Health)", "The US National Institutes of Health")
        ],
    },
    {
        "key": "us-department-of-defense",
        "title": tr("Département de la Défense des États-Unis", "US Department of Defense"),
        "initials": "DoD",
        "level": INTERNATIONAL,
        "country": "US",
        "city": NO_CITY,
        "agreements": ["funding"],
        "themes": ["parkinson"],
        "summary": tr(
            "Institution publique américaine partie prenante de l'étude internationale sur les facteurs de risque "
            "génétiques de la maladie de Parkinson.",
            "A US public institution that took part in the international study of genetic risk factors for "
            "Parkinson's disease.",
        ),
        "body": [
            _parkinson_study_funder("Le Département de la Défense des États-Unis", "The US Department of Defense")
        ],
    },
    {
        "key": "michael-j-fox-foundation",
        "title": tr("Fondation Michael J. Fox", "Michael J. Fox Foundation"),
        "initials": "MJFF",
        "level": INTERNATIONAL,
        "country": "US",
        "city": NO_CITY,
        "agreements": ["funding"],
        "themes": ["parkinson"],
        "summary": tr(
            "Fondation privée consacrée à la maladie de Parkinson, partie prenante de l'étude internationale sur "
            "ses facteurs de risque génétiques.",
            "A private foundation devoted to Parkinson's disease, part of the international study of its genetic "
            "risk factors.",
        ),
        "body": [_parkinson_study_funder("La Fondation Michael J. Fox", "The Michael J. Fox Foundation")],
    },
    {
        "key": "hfsp",
        "title": tr("Human Frontier Science Program (HFSP)", "Human Frontier Science Program (HFSP)"),
        "initials": "HFSP",
        "level": INTERNATIONAL,
        "country": "",
        "city": NO_CITY,
        "agreements": ["funding"],
        "since": 2014,
        "summary": tr(
            "L'organisation internationale qui a attribué au Dr Claire Wyart l'une des 24 subventions de son "
            "programme 2014.",
            "The international organisation that awarded Dr Claire Wyart one of the 24 grants of its 2014 programme.",
        ),
        "body": [
            Paragraph(
                "L'organisation internationale HFSP (Human Frontier Science Program) a attribué l'une des 24 "
                "subventions de son programme 2014 à l'équipe coordonnée par le Dr Claire Wyart (ICM), avec le Dr "
                "Patrick Delmas (CNRS, Marseille) et le Dr Katharine Lewis (Université de Syracuse).",
                "The international HFSP organisation (Human Frontier Science Program) awarded one of the 24 grants "
                "of its 2014 programme to the team coordinated by Dr Claire Wyart (ICM), with Dr Patrick Delmas "
                "(CNRS, Marseille) and Dr Katharine Lewis (Syracuse University).",
            )
        ],
    },
    {
        "key": "syracuse-university",
        "title": tr("Université de Syracuse", "Syracuse University"),
        "initials": "SYR",
        "level": INTERNATIONAL,
        "country": "US",
        "city": tr("Syracuse (New York)", "Syracuse, New York"),
        "agreements": ["research-collaboration"],
        "since": 2014,
        "summary": tr(
            "Le Dr Katharine Lewis, du Collège des arts et des sciences, fait équipe avec le Dr Claire Wyart pour "
            "une subvention HFSP 2014.",
            "Dr Katharine Lewis, of the College of Arts and Sciences, teams up with Dr Claire Wyart on a 2014 HFSP "
            "grant.",
        ),
        "body": [
            Paragraph(
                "Katharine Lewis, professeure associée de biologie au Collège des arts et des sciences de "
                "l'Université de Syracuse, fait partie de l'équipe lauréate d'une subvention du programme HFSP 2014 "
                "coordonnée par le Dr Claire Wyart, qui étudie les réseaux nerveux de la moelle épinière à l'ICM.",
                "Dr Katharine Lewis, associate professor of biology at the College of Arts and Sciences of Syracuse "
                "University, is part of the team awarded a 2014 HFSP grant coordinated by Dr Claire Wyart, who "
                "studies the nerve networks of the spinal cord at ICM.",
            )
        ],
    },
    {
        "key": "canadian-technology-accelerator",
        "title": tr("Canadian Technology Accelerator (CTA)", "Canadian Technology Accelerator (CTA)"),
        "initials": "CTA",
        "level": INTERNATIONAL,
        "country": "CA",
        "city": NO_CITY,
        "agreements": ["incubation"],
        "summary": tr(
            "Le programme canadien d'accélération technologique, cadre de l'accueil de NeoVentures Biotechnology "
            "à l'incubateur iPEPS-ICM.",
            "The Canadian technology acceleration programme under which NeoVentures Biotechnology joins the "
            "iPEPS-ICM incubator.",
        ),
        "body": [
            Paragraph(
                "Dans le cadre du renforcement des échanges entre la France et le Canada, l'accueil de l'entreprise "
                "NeoVentures Biotechnology Inc. à l'incubateur iPEPS-ICM s'inscrit dans le programme Canadian "
                "Technology Accelerator (CTA).",
                "As part of strengthening exchanges between France and Canada, NeoVentures Biotechnology Inc. joins "
                "the iPEPS-ICM incubator under the Canadian Technology Accelerator (CTA) programme.",
            )
        ],
    },
    # European
    {
        "key": "ucl-institute-of-neurology",
        "title": tr("Institut de neurologie (UCL)", "Institute of Neurology (UCL)"),
        "initials": "IoN",
        "level": EUROPEAN,
        "country": "GB",
        "city": tr("Londres", "London"),
        "agreements": ["mou"],
        "summary": tr(
            "L'Institut de neurologie de l'University College London, l'un des principaux partenaires européens "
            "de l'ICM, avec lequel un protocole d'accord a été signé.",
            "University College London's Institute of Neurology, one of ICM's main European partners, with which "
            "a memorandum of understanding was signed.",
        ),
        "body": [
            Paragraph(
                "Au niveau européen, l'Institut de neurologie (UCL, Londres) est l'un des principaux partenaires de "
                "l'ICM. Un protocole d'accord (MoU) a été signé avec lui, ainsi qu'avec le DZNE.",
                "At the European level, the Institute of Neurology (UCL, London) is one of ICM's main partners. A "
                "memorandum of understanding (MoU) was signed with it, and with DZNE.",
            )
        ],
    },
    {
        "key": "dzne",
        "title": tr(
            "Centre allemand des maladies neurodégénératives (DZNE)",
            "German Center for Neurodegenerative Diseases (DZNE)",
        ),
        "initials": "DZNE",
        "level": EUROPEAN,
        "country": "DE",
        "city": tr("Bonn", "Bonn"),
        "agreements": ["mou"],
        "themes": ["parkinson", "alzheimer"],
        "summary": tr(
            "Le Deutsches Zentrum für Neurodegenerative Erkrankungen, membre de l'association Helmholtz, l'un des "
            "principaux partenaires européens de l'ICM.",
            "The Deutsches Zentrum für Neurodegenerative Erkrankungen, a member of the Helmholtz association, one "
            "of ICM's main European partners.",
        ),
        "body": [
            Paragraph(
                "Au niveau européen, le DZNE (Helmholtz, Bonn) est l'un des principaux partenaires de l'ICM, qui a "
                "signé avec lui un protocole d'accord (MoU).",
                "At the European level, DZNE (Helmholtz, Bonn) is one of ICM's main partners; ICM signed a "
                "memorandum of understanding (MoU) with it.",
            )
        ],
    },
    {
        "key": "european-commission",
        "title": tr("Commission européenne", "European Commission"),
        "initials": "EC",
        "level": EUROPEAN,
        "country": "",
        "city": NO_CITY,
        "agreements": ["funding"],
        "summary": tr(
            "Le financeur des plus de 400 projets européens du 7e programme-cadre auxquels l'Inserm a participé.",
            "The funder of the more than 400 European projects of the 7th Framework Programme in which Inserm took "
            "part.",
        ),
        "body": [
            Paragraph(
                "L'Inserm a participé à plus de 400 projets européens financés par la Commission européenne au titre "
                "du 7e programme-cadre de recherche et développement : 186 projets collaboratifs, dont 37 qu'il a "
                "coordonnés.",
                "Inserm took part in more than 400 European projects funded by the European Commission under the "
                "7th Research and Development Framework Programme: 186 collaborative projects, 37 of which it "
                "coordinated.",
            )
        ],
    },
    {
        "key": "erc",
        "title": tr("Conseil européen de la recherche (ERC)", "European Research Council (ERC)"),
        "initials": "ERC",
        "level": EUROPEAN,
        "country": "",
        "city": NO_CITY,
        "agreements": ["funding"],
        "summary": tr(
            "Les structures de recherche de l'Inserm comptent une centaine de lauréats de l'ERC.",
            "Inserm's research structures hold around one hundred ERC awards.",
        ),
        "body": [
            Paragraph(
                "Avec une centaine de lauréats de l'ERC (69 jeunes chercheurs, 40 chercheurs confirmés), l'Inserm est "
                "la deuxième institution de recherche européenne pour le nombre de projets ERC dans son secteur.",
                "With around one hundred ERC awards (69 young researchers, 40 established researchers), Inserm is "
                "the second European research institution in terms of ERC projects in its sector.",
            )
        ],
    },
    {
        "key": "imi",
        "title": tr("Initiative en matière de médicaments innovants (IMI)", "Innovative Medicines Initiative (IMI)"),
        "initials": "IMI",
        "level": EUROPEAN,
        "country": "",
        "city": NO_CITY,
        "agreements": ["funding"],
        "summary": tr(
            "Le programme européen de partenariats public-privé dont l'Inserm est l'un des premiers bénéficiaires.",
            "The European programme of public/private partnerships in which Inserm is one of the foremost "
            "participants.",
        ),
        "body": [
            Paragraph(
                "L'Inserm compte parmi les premières institutions de recherche européennes pour les financements de "
                "l'IMI (Innovative Medicines Initiative) destinés aux partenariats de recherche public-privé.",
                "Inserm has been one of the foremost European research institutions in terms of IMI (Innovative "
                "Medicines Initiative) funding of public/private research partnerships.",
            )
        ],
    },
    {
        "key": "ecrin",
        "title": tr(
            "ECRIN – Réseau européen d'infrastructures de recherche clinique",
            "ECRIN – European Clinical Research Infrastructure Network",
        ),
        "initials": "ECRIN",
        "level": EUROPEAN,
        "country": "",
        "city": NO_CITY,
        "agreements": ["network"],
        "summary": tr(
            "L'infrastructure européenne de recherche clinique dont l'Inserm a assuré la coordination.",
            "The European clinical research infrastructure that Inserm coordinated.",
        ),
        "body": [
            Paragraph(
                "Présent dans six infrastructures de recherche européennes, l'Inserm en a coordonné deux, dont "
                "ECRIN dans le domaine de la recherche clinique.",
                "Present in six European research infrastructures, Inserm coordinated two of them, including ECRIN "
                "in clinical research.",
            )
        ],
    },
    {
        "key": "erinha",
        "title": tr(
            "ERINHA – Infrastructure européenne de laboratoires de haute sécurité",
            "ERINHA – European high-security laboratory infrastructure",
        ),
        "initials": "ERINHA",
        "level": EUROPEAN,
        "country": "",
        "city": NO_CITY,
        "agreements": ["network"],
        "summary": tr(
            "L'infrastructure européenne des laboratoires de haute sécurité P4 dont l'Inserm a assuré la coordination.",
            "The European infrastructure of high-security P4 laboratories that Inserm coordinated.",
        ),
        "body": [
            Paragraph(
                "Présent dans six infrastructures de recherche européennes, l'Inserm en a coordonné deux, dont "
                "ERINHA dans le domaine des laboratoires de haute sécurité P4.",
                "Present in six European research infrastructures, Inserm coordinated two of them, including ERINHA "
                "in high-security P4 laboratories.",
            )
        ],
    },
    # National
    {
        "key": "sorbonne-universite",
        "title": tr("Sorbonne Université", "Sorbonne University"),
        "initials": "SU",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["research-collaboration"],
        "summary": tr(
            "L'ICM travaille en relation étroite avec Sorbonne Université au sein de l'IHU-A-ICM.",
            "ICM works closely with Sorbonne University through the IHU-A-ICM.",
        ),
        "body": [
            Paragraph(
                "Au niveau national, l'ICM travaille en relation étroite avec Sorbonne Université au sein de "
                "l'IHU-A-ICM.",
                "At the national level, ICM works in close relationship with Sorbonne University through the "
                "IHU-A-ICM.",
            )
        ],
    },
    {
        "key": "neuropole",
        "title": tr("Neuropôle", "Neuropôle"),
        "initials": "NP",
        "level": NATIONAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["network"],
        "summary": tr(
            "Le réseau dont l'ICM fait partie, avec les autres grands centres de recherche parisiens.",
            "The network ICM belongs to, with the other major Parisian research centres.",
        ),
        "body": [
            Paragraph(
                "L'ICM fait partie du Neuropôle et de l'École des Neurosciences de Paris, en réseau avec les autres "
                "grands centres de recherche parisiens.",
                "ICM is part of the Neuropôle and the Paris School of Neuroscience, in a network with the other "
                "major Parisian research centres.",
            )
        ],
    },
    {
        "key": "ecole-des-neurosciences-de-paris",
        "title": tr("École des Neurosciences de Paris (ENP)", "Paris School of Neuroscience (ENP)"),
        "initials": "ENP",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["network"],
        "summary": tr(
            "Le réseau parisien de neurosciences dont l'ICM fait partie.",
            "The Parisian neuroscience network ICM belongs to.",
        ),
        "body": [
            Paragraph(
                "L'ICM fait partie de l'École des Neurosciences de Paris (ENP), en réseau avec l'École normale "
                "supérieure, l'Institut de la Vision, MIRCen, NeuroSpin et l'Institut Pasteur.",
                "ICM is part of the Paris School of Neuroscience (ENP), in a network with the École normale "
                "supérieure, the Institute of Vision, MIRCen, NeuroSpin and the Pasteur Institute.",
            )
        ],
    },
    {
        "key": "ecole-normale-superieure",
        "title": tr("École normale supérieure", "École normale supérieure"),
        "initials": "ENS",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["network"],
        "summary": tr(
            "L'un des grands centres de recherche parisiens du réseau de l'École des Neurosciences de Paris.",
            "One of the major Parisian research centres of the Paris School of Neuroscience network.",
        ),
        "body": [_parisian_centre("l'École normale supérieure", "the École normale supérieure")],
    },
    {
        "key": "institut-de-la-vision",
        "title": tr("Institut de la Vision", "Institute of Vision"),
        "initials": "IV",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["network"],
        "summary": tr(
            "L'un des grands centres de recherche parisiens du réseau de l'École des Neurosciences de Paris.",
            "One of the major Parisian research centres of the Paris School of Neuroscience network.",
        ),
        "body": [_parisian_centre("l'Institut de la Vision", "the Institute of Vision")],
    },
    {
        "key": "mircen",
        "title": tr("MIRCen", "MIRCen"),
        "initials": "MIRCen",
        "level": NATIONAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["network"],
        "summary": tr(
            "L'un des grands centres de recherche du réseau de l'École des Neurosciences de Paris.",
            "One of the major research centres of the Paris School of Neuroscience network.",
        ),
        "body": [_parisian_centre("MIRCen", "MIRCen")],
    },
    {
        "key": "neurospin",
        "title": tr("NeuroSpin", "NeuroSpin"),
        "initials": "NS",
        "level": NATIONAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["network"],
        "summary": tr(
            "L'un des grands centres de recherche du réseau de l'École des Neurosciences de Paris.",
            "One of the major research centres of the Paris School of Neuroscience network.",
        ),
        "body": [_parisian_centre("NeuroSpin", "NeuroSpin")],
    },
    {
        "key": "institut-pasteur",
        "title": tr("Institut Pasteur", "Pasteur Institute"),
        "initials": "IP",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["network"],
        "summary": tr(
            "L'un des grands centres de recherche parisiens du réseau de l'École des Neurosciences de Paris.",
            "One of the major Parisian research centres of the Paris School of Neuroscience network.",
        ),
        "body": [_parisian_centre("l'Institut Pasteur", "the Pasteur Institute")],
    },
    {
        "key": "cnrs",
        "title": tr(
            "CNRS – Centre national de la recherche scientifique",
            "CNRS – French National Centre for Scientific Research",
        ),
        "initials": "CNRS",
        "level": NATIONAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["research-collaboration"],
        "summary": tr(
            "Partenaire de l'Inserm pour les contrats ATIP-Avenir et de l'ICM à travers ses chercheurs, dont le Dr "
            "Patrick Delmas à Marseille.",
            "Inserm's partner for ATIP/Avenir contracts, and ICM's through its researchers, among them Dr Patrick "
            "Delmas in Marseille.",
        ),
        "body": [
            Paragraph(
                "Avec le CNRS, l'Inserm soutient l'émergence de jeunes chercheurs talentueux grâce aux contrats "
                "ATIP-Avenir. Le Dr Patrick Delmas, directeur de recherche au CNRS au centre de neurobiologie et "
                "neurophysiologie de Marseille, fait partie de l'équipe lauréate d'une subvention HFSP 2014 "
                "coordonnée par le Dr Claire Wyart (ICM).",
                "In cooperation with CNRS, Inserm supports the emergence of talented researchers through "
                "ATIP/Avenir contracts. Dr Patrick Delmas, CNRS research director at the neurobiology and "
                "neurophysiology centre in Marseille, is part of the team awarded a 2014 HFSP grant coordinated by "
                "Dr Claire Wyart (ICM).",
            )
        ],
    },
    {
        "key": "ap-hp",
        "title": tr("AP-HP – Assistance publique-Hôpitaux de Paris", "AP-HP – Paris public hospitals"),
        "initials": "AP-HP",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["research-collaboration"],
        "summary": tr(
            "L'une des trois institutions de l'Institut Imagine, voisin de l'hôpital Necker-Enfants malades AP-HP.",
            "One of the three institutions behind Institut Imagine, next to the Necker-Enfants malades hospital "
            "(AP-HP).",
        ),
        "body": [
            Paragraph(
                "L'Institut Imagine réunit l'Inserm, l'AP-HP et Université Paris Cité. Sa proximité avec l'hôpital "
                "Necker-Enfants malades AP-HP rassemble médecins, chercheurs et soignants en un même lieu.",
                "Institut Imagine brings together Inserm, AP-HP and Université Paris Cité. Its proximity to the "
                "Necker-Enfants malades hospital (AP-HP) brings doctors, researchers and healthcare staff together "
                "in a single place.",
            )
        ],
    },
    {
        "key": "universite-paris-cite",
        "title": tr("Université Paris Cité", "Université Paris Cité"),
        "initials": "UPC",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["research-collaboration"],
        "summary": tr(
            "L'une des trois institutions de l'Institut Imagine, avec l'Inserm et l'AP-HP.",
            "One of the three institutions behind Institut Imagine, with Inserm and AP-HP.",
        ),
        "body": [
            Paragraph(
                "L'Institut Imagine, institut hospitalo-universitaire consacré aux maladies génétiques, réunit "
                "l'Inserm, l'AP-HP et Université Paris Cité.",
                "Institut Imagine, the university hospital institute for genetic diseases, brings together Inserm, "
                "AP-HP and Université Paris Cité.",
            )
        ],
    },
    {
        "key": "hopital-pitie-salpetriere",
        "title": tr("Hôpital de la Pitié-Salpêtrière", "Pitié-Salpêtrière hospital"),
        "initials": "PS",
        "level": NATIONAL,
        "country": "FR",
        "city": tr("Paris", "Paris"),
        "agreements": ["research-collaboration"],
        "summary": tr(
            "Le plus grand service de neurologie de France, où près de 100 000 patients viennent chaque année en "
            "consultation externe.",
            "The largest neurology practice in France, where nearly 100,000 neurological patients come each year "
            "for out-patient consultations.",
        ),
        "body": [
            Paragraph(
                "Avec près de 100 000 patients atteints de maladies neurologiques qui viennent chaque année en "
                "consultation externe à l'hôpital de la Pitié-Salpêtrière, l'ICM se trouve au centre même du lieu où "
                "les maladies sont observées et prises en charge.",
                "With nearly 100,000 neurological patients coming to the Pitié-Salpêtrière hospital each year for "
                "out-patient consultations, ICM stands right in the centre of where diseases are seen and managed.",
            )
        ],
    },
    {
        "key": "global-care",
        "title": tr("Consortium GLOBAL CARE", "GLOBAL CARE consortium"),
        "initials": "GC",
        "level": NATIONAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["consortium"],
        "summary": tr(
            "Un consortium de cinq expertises françaises, par lequel l'ICM partage ses expertises et ses "
            "plateformes technologiques.",
            "A consortium of five French areas of expertise, through which ICM shares its expertise and its "
            "technological platforms.",
        ),
        "body": [
            Paragraph(
                "L'ICM partage ses expertises et ses plateformes technologiques au sein du consortium GLOBAL CARE "
                "Initiative, qui réunit cinq expertises françaises.",
                "ICM shares its expertise and its technological platforms through the GLOBAL CARE Initiative "
                "consortium, which brings together five French areas of expertise.",
            )
        ],
    },
    # Regional: the major French neuroscience centres
    {
        "key": "cyceron-caen",
        "title": tr("Centre Cyceron (Caen)", "Cyceron centre (Caen)"),
        "initials": "CY",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Caen", "Caen"),
        "agreements": ["partnership-agreement"],
        "themes": ["alzheimer"],
        "summary": tr(
            "Le centre caennais de neuro-imagerie, lié à l'ICM par un accord de partenariat et un premier projet "
            "commun sur les maladies frontotemporales.",
            "The Caen neuroimaging centre, bound to ICM by a partnership agreement and a first joint project on "
            "frontotemporal diseases.",
        ),
        "body": [
            Paragraph(
                "Le centre Cyceron de Caen et l'ICM ont signé un accord de partenariat pour développer des "
                "collaborations scientifiques. Leurs équipes qui travaillent sur les maladies neurodégénératives, "
                "comme la maladie d'Alzheimer, ont décidé de mener ensemble un premier projet de recherche sur les "
                "maladies frontotemporales. À Caen, le domaine de partenariat est la neuro-imagerie.",
                "The Cyceron centre in Caen and ICM signed a partnership agreement to develop scientific "
                "collaborations. Their teams working on neurodegenerative diseases such as Alzheimer's disease "
                "decided to work together on a first research project on frontotemporal diseases. In Caen, the field "
                "of partnership is neuroimaging.",
            )
        ],
    },
    {
        "key": "bordeaux",
        "title": tr("Centres de neurosciences de Bordeaux", "Bordeaux neuroscience centres"),
        "initials": "BX",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Bordeaux", "Bordeaux"),
        "agreements": ["research-collaboration"],
        **_french_centre("Bordeaux", "Bordeaux", "neurophysiologie", "neurophysiology"),
    },
    {
        "key": "grenoble",
        "title": tr("Centres de neurosciences de Grenoble", "Grenoble neuroscience centres"),
        "initials": "GR",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Grenoble", "Grenoble"),
        "agreements": ["research-collaboration"],
        **_french_centre(
            "Grenoble", "Grenoble", "sciences de l'ingénieur et neurobiologie", "engineering sciences and neurobiology"
        ),
    },
    {
        "key": "lille",
        "title": tr("Centres de neurosciences de Lille", "Lille neuroscience centres"),
        "initials": "LI",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Lille", "Lille"),
        "agreements": ["research-collaboration"],
        **_french_centre("Lille", "Lille", "neuropathologie", "neuropathology"),
    },
    {
        "key": "lyon",
        "title": tr("Centres de neurosciences de Lyon", "Lyon neuroscience centres"),
        "initials": "LY",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Lyon", "Lyon"),
        "agreements": ["research-collaboration"],
        **_french_centre("Lyon", "Lyon", "neurophysiologie et neuro-imagerie", "neurophysiology and neuroimaging"),
    },
    {
        "key": "marseille",
        "title": tr("Centres de neurosciences de Marseille", "Marseille neuroscience centres"),
        "initials": "MA",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Marseille", "Marseille"),
        "agreements": ["research-collaboration"],
        **_french_centre(
            "Marseille", "Marseille", "neurophysiologie et neuro-imagerie", "neurophysiology and neuroimaging"
        ),
    },
    {
        "key": "montpellier",
        "title": tr("Centres de neurosciences de Montpellier", "Montpellier neuroscience centres"),
        "initials": "MO",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Montpellier", "Montpellier"),
        "agreements": ["research-collaboration"],
        **_french_centre(
            "Montpellier", "Montpellier", "neurogénétique et neurobiologie", "neurogenetics and neurobiology"
        ),
    },
    {
        "key": "strasbourg",
        "title": tr("Centres de neurosciences de Strasbourg", "Strasbourg neuroscience centres"),
        "initials": "ST",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Strasbourg", "Strasbourg"),
        "agreements": ["research-collaboration"],
        **_french_centre(
            "Strasbourg", "Strasbourg", "neurobiologie et neurogénétique", "neurobiology and neurogenetics"
        ),
    },
    {
        "key": "toulouse",
        "title": tr("Centres de neurosciences de Toulouse", "Toulouse neuroscience centres"),
        "initials": "TO",
        "level": REGIONAL,
        "country": "FR",
        "city": tr("Toulouse", "Toulouse"),
        "agreements": ["research-collaboration"],
        **_french_centre("Toulouse", "Toulouse", "génétique et neuro-imagerie", "genetics and neuroimaging"),
    },
    # Industrial
    {
        "key": "roche",
        "title": tr("Roche", "Roche"),
        "initials": "R",
        "level": INDUSTRIAL,
        "country": "CH",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Roche", "Roche"),
    },
    {
        "key": "genosplice",
        "title": tr("GenoSplice", "GenoSplice"),
        "initials": "GS",
        "level": INDUSTRIAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("GenoSplice", "GenoSplice"),
    },
    {
        "key": "pfizer",
        "title": tr("Pfizer", "Pfizer"),
        "initials": "P",
        "level": INDUSTRIAL,
        "country": "US",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Pfizer", "Pfizer"),
    },
    {
        "key": "servier",
        "title": tr("Servier", "Servier"),
        "initials": "S",
        "level": INDUSTRIAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Servier", "Servier"),
    },
    {
        "key": "glaxosmithkline",
        "title": tr("GlaxoSmithKline", "GlaxoSmithKline"),
        "initials": "GSK",
        "level": INDUSTRIAL,
        "country": "GB",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("GlaxoSmithKline", "GlaxoSmithKline"),
    },
    {
        "key": "sanofi",
        "title": tr("Sanofi", "Sanofi"),
        "initials": "S",
        "level": INDUSTRIAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Sanofi", "Sanofi"),
    },
    {
        "key": "air-liquide",
        "title": tr("Air Liquide", "Air Liquide"),
        "initials": "AL",
        "level": INDUSTRIAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Air Liquide", "Air Liquide"),
    },
    {
        "key": "ucb",
        "title": tr("UCB", "UCB"),
        "initials": "UCB",
        "level": INDUSTRIAL,
        "country": "BE",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("UCB", "UCB"),
    },
    {
        "key": "mensia-technologies",
        "title": tr("Mensia Technologies", "Mensia Technologies"),
        "initials": "MT",
        "level": INDUSTRIAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Mensia Technologies", "Mensia Technologies"),
    },
    {
        "key": "ipsen",
        "title": tr("Ipsen", "Ipsen"),
        "initials": "I",
        "level": INDUSTRIAL,
        "country": "FR",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Ipsen", "Ipsen"),
    },
    {
        "key": "lilly",
        "title": tr("Lilly", "Lilly"),
        "initials": "L",
        "level": INDUSTRIAL,
        "country": "US",
        "city": NO_CITY,
        "agreements": ["industrial-partnership"],
        **_industrial("Lilly", "Lilly"),
    },
    {
        "key": "neoventures-biotechnology",
        "title": tr("NeoVentures Biotechnology Inc.", "NeoVentures Biotechnology Inc."),
        "initials": "NV",
        "level": INDUSTRIAL,
        "country": "CA",
        "city": tr("London (Ontario)", "London, Ontario"),
        "agreements": ["incubation"],
        "summary": tr(
            "Entreprise canadienne accueillie par l'incubateur iPEPS-ICM dans le cadre du programme Canadian "
            "Technology Accelerator.",
            "A Canadian company hosted by the iPEPS-ICM incubator under the Canadian Technology Accelerator programme.",
        ),
        "body": [
            Paragraph(
                "Pour renforcer les échanges internationaux entre la France et le Canada, l'ICM accueille dans son "
                "incubateur iPEPS-ICM l'entreprise NeoVentures Biotechnology Inc., basée à London (Ontario), dans le "
                "cadre du programme Canadian Technology Accelerator (CTA).",
                "As part of strengthening international exchanges between France and Canada, ICM hosts the company "
                "NeoVentures Biotechnology Inc. (London, Ontario) in its iPEPS-ICM incubator, under the Canadian "
                "Technology Accelerator (CTA) programme.",
            )
        ],
    },
]
