"""The news the source documents report, dated as they date them.

Where a document gives only the year, the date is 1 January of that year; where it gives no date at
all (the incubator newcomer, the Caen agreement, the memoranda of understanding), the item is dated
1 January 2014, the year of the news it is reported with, and its text says the source gives no date.
"""

import datetime

from institute_site.demo.text import Paragraph, Quote, tr

UNDATED = Paragraph(
    "Le document source ne date pas cette annonce ; elle y figure parmi les actualités de 2014.",
    "The source document gives no date for this announcement; it appears there among the 2014 news.",
)

INDEX = {
    "key": "news",
    "title": tr("Actualités", "News"),
    "summary": tr(
        "Les découvertes, les financements et les partenariats des instituts et de leur réseau.",
        "Discoveries, grants and partnerships of the institutes and their network.",
    ),
    "intro": tr(
        "Les actualités des instituts et de leurs partenaires, de la recherche aux nouveaux partenariats.",
        "News from the institutes and their partners, from research to new partnerships.",
    ),
}

NEWS = [
    {
        "key": "parkinson-genetic-risk-factors",
        "date": datetime.date(2014, 7, 27),
        "title": tr(
            "Six facteurs de risque génétiques de la maladie de Parkinson découverts",
            "Six genetic risk factors for Parkinson's disease discovered",
        ),
        "palette": "blue",
        "summary": tr(
            "Un consortium international, dont l'équipe du Pr Alexis Brice à l'ICM, publie ses résultats le 27 "
            "juillet 2014 dans Nature Genetics.",
            "An international consortium, including Professor Alexis Brice's team at ICM, published its results on "
            "27 July 2014 in Nature Genetics.",
        ),
        "body": [
            Paragraph(
                "Six facteurs de risque génétiques de la maladie de Parkinson ont été découverts grâce à une étude "
                "menée par un consortium international de chercheurs, dont l'équipe du Pr Alexis Brice à l'Institut "
                "du Cerveau et de la Moelle épinière.",
                "Six genetic risk factors for Parkinson's disease have been discovered thanks to a study conducted by "
                "an international consortium of researchers, including Professor Alexis Brice's team at the Brain "
                "and Spine Institute.",
            ),
            Paragraph(
                "Cette découverte est le fruit d'une étude longue et complexe, commencée en 2010, qui a reposé sur "
                "la coopération et la mise en commun des ressources de plusieurs institutions publiques et privées "
                "internationales, dont les NIH (National Institutes of Health) américains, le Département de la "
                "Défense des États-Unis et la Fondation Michael J. Fox. Les résultats ont été publiés le 27 juillet "
                "2014 dans la prestigieuse revue Nature Genetics.",
                "The discovery of these new genetic risk factors is the result of a long and complex study that "
                "began in 2010 and relied on the cooperation and pooling of resources across several international "
                "public and private institutions, including the US National Institutes of Health (NIH), the US "
                "Department of Defense and the Michael J. Fox Foundation. The results were published on 27 July "
                "2014 in the prestigious journal Nature Genetics.",
            ),
        ],
        "themes": ["parkinson"],
        "institutes": ["icm"],
        "partners": ["nih", "us-department-of-defense", "michael-j-fox-foundation"],
    },
    {
        "key": "hfsp-grant-claire-wyart",
        "date": datetime.date(2014, 1, 1),
        "title": tr(
            "Le Dr Claire Wyart lauréate d'une subvention HFSP 2014",
            "Dr Claire Wyart awarded a 2014 HFSP grant",
        ),
        "palette": "teal",
        "summary": tr(
            "L'équipe qu'elle coordonne avec le CNRS à Marseille et l'Université de Syracuse reçoit l'une des 24 "
            "subventions du programme HFSP 2014.",
            "The team she coordinates with CNRS in Marseille and Syracuse University receives one of the 24 grants "
            "of the 2014 HFSP programme.",
        ),
        "body": [
            Paragraph(
                "Le Dr Claire Wyart dirige une équipe de recherche qui travaille sur les réseaux nerveux de la moelle "
                "épinière à l'Institut du Cerveau et de la Moelle épinière (ICM), à Paris.",
                "Dr Claire Wyart leads a research team working on the nerve networks of the spinal cord at the Brain "
                "and Spine Institute (ICM) in Paris.",
            ),
            Paragraph(
                "Avec le Dr Patrick Delmas, directeur de recherche au CNRS au centre de neurobiologie et "
                "neurophysiologie de Marseille, et Katharine Lewis, professeure associée de biologie au Collège "
                "des arts et des sciences de l'Université de Syracuse (New York), le Dr Wyart est lauréate et "
                "coordinatrice principale de l'une des 24 subventions du programme HFSP 2014, attribuées par "
                "l'organisation internationale HFSP (Human Frontier Science Program).",
                "With Dr Patrick Delmas, CNRS research director at the neurobiology and neurophysiology centre in "
                "Marseille, and Dr Katharine Lewis, associate professor of biology at the College of Arts and "
                "Sciences of Syracuse University (New York), Dr Wyart is the winner and principal coordinator of one "
                "of the 24 grants of the 2014 HFSP programme, awarded by the international HFSP organisation (Human "
                "Frontier Science Program).",
            ),
            Paragraph(
                "Le document source indique l'année du programme (2014) mais pas la date de l'annonce.",
                "The source document gives the year of the programme (2014) but not the date of the announcement.",
            ),
        ],
        "themes": [],
        "institutes": ["icm"],
        "partners": ["hfsp", "cnrs", "syracuse-university", "marseille"],
    },
    {
        "key": "incubator-newcomer-neoventures",
        "date": datetime.date(2014, 1, 1),
        "title": tr(
            "NeoVentures Biotechnology rejoint l'incubateur iPEPS-ICM",
            "NeoVentures Biotechnology joins the iPEPS-ICM incubator",
        ),
        "palette": "amber",
        "summary": tr(
            "Un nouvel arrivant canadien à l'incubateur de l'ICM, dans le cadre du programme Canadian Technology "
            "Accelerator.",
            "A Canadian newcomer at ICM's incubator, under the Canadian Technology Accelerator programme.",
        ),
        "body": [
            Paragraph(
                "Pour renforcer les échanges internationaux entre la France et le Canada, l'Institut du Cerveau et de "
                "la Moelle épinière (ICM) accueille un nouvel arrivant dans son incubateur iPEPS-ICM : l'entreprise "
                "NeoVentures Biotechnology Inc. (London, Ontario).",
                "As part of strengthening international exchanges between France and Canada, the Brain and Spine "
                "Institute (ICM) will host a newcomer in its iPEPS-ICM incubator: the company NeoVentures "
                "Biotechnology Inc. (London, Ontario).",
            ),
            Paragraph(
                "Cette collaboration s'inscrit dans le programme Canadian Technology Accelerator (CTA).",
                "This collaboration comes under the Canadian Technology Accelerator (CTA) programme.",
            ),
            UNDATED,
        ],
        "themes": [],
        "institutes": ["icm"],
        "partners": ["neoventures-biotechnology", "canadian-technology-accelerator"],
    },
    {
        "key": "caen-cyceron-partnership",
        "date": datetime.date(2014, 1, 1),
        "title": tr(
            "Accord de partenariat entre le centre Cyceron de Caen et l'ICM",
            "Partnership agreement between the Cyceron centre in Caen and ICM",
        ),
        "palette": "violet",
        "summary": tr(
            "Un premier projet de recherche commun sur les maladies frontotemporales.",
            "A first joint research project on frontotemporal diseases.",
        ),
        "body": [
            Paragraph(
                "Le centre Cyceron de Caen et l'ICM ont signé un accord de partenariat pour développer des "
                "collaborations scientifiques.",
                "The Cyceron centre in Caen and ICM signed a partnership agreement to develop scientific "
                "collaborations.",
            ),
            Paragraph(
                "Les équipes de chercheurs qui travaillent sur les maladies neurodégénératives, comme la maladie "
                "d'Alzheimer, ont décidé de mener ensemble un premier projet de recherche sur les maladies "
                "frontotemporales.",
                "Teams of researchers working on neurodegenerative diseases such as Alzheimer's disease have decided "
                "to work together on a first scientific research project on frontotemporal diseases.",
            ),
            UNDATED,
        ],
        "themes": ["alzheimer"],
        "institutes": ["icm"],
        "partners": ["cyceron-caen"],
    },
    {
        "key": "mou-dzne-institute-of-neurology",
        "date": datetime.date(2014, 1, 1),
        "title": tr(
            "Protocoles d'accord avec le DZNE et l'Institut de neurologie de Londres",
            "Memoranda of understanding with DZNE and the Institute of Neurology in London",
        ),
        "palette": "green",
        "summary": tr(
            "L'ICM signe des protocoles d'accord avec ses deux principaux partenaires européens.",
            "ICM signs memoranda of understanding with its two main European partners.",
        ),
        "body": [
            Paragraph(
                "Au niveau européen, les principaux partenaires de l'ICM sont l'Institut de neurologie (UCL, "
                "Londres) et le Centre allemand des maladies neurodégénératives, DZNE (Helmholtz, Bonn). L'ICM a "
                "signé un protocole d'accord (MoU) avec chacun d'eux.",
                "At the European level, ICM's main partners are the Institute of Neurology (UCL, London) and the "
                "German Center for Neurodegenerative Diseases, DZNE (Helmholtz, Bonn). ICM signed a memorandum of "
                "understanding (MoU) with each of them.",
            ),
            UNDATED,
        ],
        "themes": [],
        "institutes": ["icm"],
        "partners": ["dzne", "ucl-institute-of-neurology"],
    },
    {
        "key": "inserm-patent-portfolio-2015",
        "date": datetime.date(2015, 1, 1),
        "title": tr(
            "1 279 familles de brevets au portefeuille de l'Inserm au 1er janvier 2015",
            "1,279 patent families in Inserm's portfolio as at 1 January 2015",
        ),
        "palette": "slate",
        "summary": tr(
            "Inserm Transfert accompagne les chercheurs, de la preuve de concept au partenariat industriel.",
            "Inserm Transfert supports researchers from proof of concept to industrial partnership.",
        ),
        "body": [
            Paragraph(
                "Au 1er janvier 2015, le portefeuille de l'Inserm comptait 1 279 familles de brevets, et 140 dépôts "
                "de demandes de brevet. Inserm Transfert aide les chercheurs à établir la preuve de concept de leurs "
                "innovations et recherche des partenaires industriels : 239 contrats de R&D ont été signés en 2014, "
                "ainsi que 100 contrats de licence, dont 52 nouveaux en 2014.",
                "As at 1 January 2015, Inserm's portfolio held 1,279 patent families, and 140 submissions of patent "
                "applications. Inserm Transfert helps researchers establish the proof of concept of their "
                "innovations and looks for industrial partners: 239 R&D contracts were signed in 2014, and 100 "
                "licence contracts, 52 of them newly signed in 2014.",
            ),
        ],
        "themes": [],
        "institutes": ["inserm"],
        "partners": [],
    },
    {
        "key": "imagine-first-decade",
        "date": datetime.date(2024, 1, 1),
        "title": tr(
            "L'Institut Imagine fête ses dix ans et mise sur l'attractivité internationale",
            "Institut Imagine celebrates its first decade and bets on international attractiveness",
        ),
        "palette": "violet",
        "summary": tr(
            "Nouvelles chaires de professeurs juniors, partage des données et apprentissage fédéré : l'ambition de "
            "porter la recherche française au plus haut niveau international en dix ans.",
            "New junior professorships, data sharing and federated learning: the ambition of bringing French "
            "research to the highest international level within ten years.",
        ),
        "body": [
            Paragraph(
                "La recherche sur les maladies génétiques a progressé de façon exponentielle au cours des dix "
                "dernières années. Face à un nouveau tournant scientifique, l'Institut Imagine (Inserm, AP-HP, "
                "Université Paris Cité), qui célèbre ses dix ans en 2024, fait de l'attractivité internationale sa "
                "priorité.",
                "Research into genetic diseases has progressed exponentially over the last ten years. Facing a new "
                "scientific turning point, Institut Imagine (Inserm, AP-HP, Université Paris Cité), which celebrates "
                "its first decade in 2024, makes international attractiveness its top priority.",
            ),
            Paragraph(
                "Pour attirer de jeunes chercheurs et professeurs internationaux, l'Institut annonce l'ouverture de "
                "nouvelles chaires de professeurs juniors. Il entend aussi mieux partager les données de ses "
                "laboratoires, avec un site consacré à la connaissance et à la biologie des systèmes, ouvert aux "
                "partenariats d'apprentissage fédéré.",
                "To attract young international researchers and professors, the Institute is announcing new junior "
                "professorships. It also intends to share its laboratories' data better, with a website dedicated to "
                "knowledge and systems biology, open to federated learning partnerships.",
            ),
            Quote(
                "Adopter une approche de la recherche et de la médecine fondée sur la physiologie, qui prend en "
                "compte la personne dans son ensemble, et pas un organe à la fois.",
                "To adopt a physiologically-based approach to research and medicine, which takes into account the "
                "whole person, not just one organ at a time.",
                tr(
                    "Pr Bana Jabri, future directrice de l'Institut Imagine",
                    "Prof. Bana Jabri, future director of Institut Imagine",
                ),
            ),
            Paragraph(
                "Le communiqué donne l'année (2024) mais pas de date précise.",
                "The press release gives the year (2024) but no precise date.",
            ),
        ],
        "themes": [],
        "institutes": ["imagine"],
        "partners": ["ap-hp", "universite-paris-cite"],
    },
]
