"""Who publishes the site, the home page and the plain content pages."""

from institute_site.demo.text import BulletList, CallToAction, Heading, KeyFigures, Paragraph, tr

SETTINGS = {
    "name": tr("Institut du Cerveau et de la Moelle épinière (ICM)", "The Brain & Spine Institute (ICM)"),
    "tagline": tr(
        "De la recherche fondamentale à l'investigation clinique sur les maladies du cerveau et de la moelle épinière",
        "From fundamental research to clinical investigation on brain and spinal cord disorders",
    ),
    "address": tr("Hôpital de la Pitié-Salpêtrière, Paris", "Pitié-Salpêtrière hospital, Paris"),
}

HOME = {
    "title": tr("Accueil", "Home"),
    "slug": tr("accueil", "home"),
    "summary": tr(
        "Le portefeuille de recherche de l'ICM et de ses partenaires : instituts, thématiques, plateformes, "
        "partenaires et collaborations industrielles.",
        "The research portfolio of ICM and its partners: institutes, themes, platforms, partners and industrial "
        "collaborations.",
    ),
    "hero_intro": tr(
        "L'ICM s'attaque aux maladies du cerveau et de la moelle épinière en accélérant le développement de "
        "nouvelles solutions de santé, de la recherche fondamentale à l'investigation clinique, avec un réseau de "
        "partenaires académiques et industriels dans le monde entier.",
        "ICM addresses brain and spinal cord disorders by accelerating the development of new health solutions, "
        "from fundamental research to clinical investigation, with a network of academic and industrial partners "
        "worldwide.",
    ),
    "featured_institute": "icm",
    "featured_themes": ["parkinson", "alzheimer", "multiple-sclerosis", "motivation", "epilepsy"],
    "highlighted_partners": [
        "ucsf-sandler",
        "montreal-neurological-institute",
        "florey-institute",
        "ucl-institute-of-neurology",
        "dzne",
        "sorbonne-universite",
    ],
    "body": [
        Heading("Des collaborations dans le monde entier", "Collaborations worldwide"),
        Paragraph(
            "Pour vraiment faire la différence, les collaborations de recherche avec les meilleurs esprits du monde "
            "entier nous sont essentielles. Cela vaut pour notre réseau académique international, dont témoigne la "
            "diversité des nationalités de nos étudiants et de nos chercheurs, comme pour nos échanges avec des "
            "chercheurs du secteur privé, du diagnostic moléculaire à la santé numérique.",
            "To really make a difference, research collaborations with bright minds worldwide are essential to us. "
            "This holds true for our international academic network, reflected in the variety of nationalities "
            "amongst our students and researchers, and for our vivid interactions with private researchers in "
            "fields from molecular diagnostics to digital health.",
        ),
        CallToAction(
            tr(
                "Plusieurs partenariats industriels sont en cours : découvrez-les dans notre portefeuille.",
                "Several partnerships with industry are ongoing: see them in our portfolio.",
            ),
            tr("Voir le portefeuille", "See the portfolio"),
            "portfolio",
        ),
    ],
}

ABOUT = {
    "key": "about",
    "title": tr("À propos", "About"),
    "slug": tr("a-propos", "about"),
    "palette": "blue",
    "summary": tr(
        "L'ICM, ses chiffres clés et sa stratégie : médecine personnalisée, approches medtech et outils numériques.",
        "ICM, its key figures and its strategy: personalised medicine, medtech approaches and digital tools.",
    ),
    "body": [
        Paragraph(
            "L'ICM s'attaque aux maladies du cerveau et de la moelle épinière en accélérant le développement de "
            "nouvelles solutions de santé. Il étudie les maladies du système nerveux central, de la recherche "
            "fondamentale à l'investigation clinique, en particulier la maladie de Parkinson, la maladie "
            "d'Alzheimer et les maladies apparentées, la sclérose en plaques et l'épilepsie.",
            "ICM addresses brain and spinal cord disorders by accelerating the development of new health solutions. "
            "It studies central nervous system diseases from fundamental research to clinical investigation, in "
            "particular Parkinson's disease, Alzheimer's and related diseases, multiple sclerosis and epilepsy.",
        ),
        KeyFigures(
            tr("L'ICM en chiffres", "ICM in figures"),
            (
                (
                    "12\u00a0000",
                    ("m²", "m²"),
                    ("consacrés à la recherche", "dedicated to research"),
                    None,
                    ("Document de présentation, sans année", "Presentation document, no year given"),
                ),
                (
                    "500",
                    ("", ""),
                    ("chercheurs recrutés à l'international", "researchers recruited internationally"),
                    None,
                    ("Document de présentation, sans année", "Presentation document, no year given"),
                ),
                (
                    "7\u00a0000",
                    ("m²", "m²"),
                    ("consacrés aux plateformes technologiques", "dedicated to technological platforms"),
                    None,
                    ("Document de présentation, sans année", "Presentation document, no year given"),
                ),
            ),
        ),
        Heading("Un conseil scientifique international", "An international Scientific Advisory Board"),
        Paragraph(
            "Pour constituer et développer les meilleures équipes, l'ICM s'est doté d'un conseil scientifique "
            "international chargé d'identifier et de recruter les meilleurs talents. Son processus de sélection "
            "rigoureux est l'un des principaux garants de l'excellence scientifique de l'Institut.",
            "To build and grow the best research teams, ICM formed an international Scientific Advisory Board to "
            "identify and recruit top talent. Its rigorous selection process is one of the main factors ensuring "
            "the Institute's scientific excellence.",
        ),
        Heading("Les délégations régionales", "Regional delegations"),
        Paragraph(
            "Pour renforcer ses liens avec ses donateurs et accélérer la recherche, l'ICM a développé une stratégie "
            "régionale : trois délégations régionales ont été créées. Elles fonctionnent grâce à l'engagement de "
            "nombreux bénévoles, en lien avec le siège de l'ICM. Dans chaque région, un délégué régional pilote les "
            "actions de l'ICM et mène les campagnes de communication avec l'aide d'un ambassadeur local.",
            "To strengthen its relations with its donors and accelerate research, ICM has developed a regional "
            "strategy: three regional delegations have been created. They work thanks to the commitment of many "
            "volunteers, in association with ICM's head office. In each region, a Regional Representative pilots "
            "ICM's actions and conducts communication campaigns with the help of a local Ambassador.",
        ),
        CallToAction(
            tr("Les trois instituts et leurs chiffres clés.", "The three institutes and their key figures."),
            tr("Voir les instituts", "See the institutes"),
            "institutes",
        ),
    ],
}

CORE_FACILITIES = {
    "key": "core-facilities",
    "title": tr("Équipements communs", "Core facilities"),
    "slug": tr("equipements-communs", "core-facilities"),
    "palette": "teal",
    "summary": tr(
        "7 000 m² de plateformes technologiques : réalité virtuelle, IRM, imagerie cellulaire, électrophysiologie "
        "et exploration fonctionnelle préclinique.",
        "7,000 m² of technological core facilities: virtual reality, MRI, cellular imaging, electrophysiology and "
        "preclinical functional exploration.",
    ),
    "body": [
        Paragraph(
            "Les équipements communs de l'ICM, sur 7 000 m², servent à la fois d'outils de mesure et de moyens de "
            "moduler l'activité cérébrale. Quelques exemples :",
            "ICM's core facilities, on 7,000 m², are used both as measurement tools and as a means to modulate "
            "brain activity. Some examples:",
        ),
        BulletList(
            (
                ("Réalité virtuelle", "Virtual reality"),
                ("IRM", "MRI"),
                ("Imagerie cellulaire", "Cellular imaging"),
                ("Électrophysiologie", "Electrophysiology"),
                ("Exploration fonctionnelle préclinique", "Preclinical functional exploration"),
            )
        ),
        Paragraph(
            "L'ICM partage ses expertises et ses plateformes technologiques au sein du consortium GLOBAL CARE.",
            "ICM shares its expertise and its technological platforms through the GLOBAL CARE consortium.",
        ),
        CallToAction(
            tr(
                "Chaque équipement est présenté avec la plateforme dont il relève.",
                "Each facility is presented with its platform.",
            ),
            tr("Voir les plateformes", "See the platforms"),
            "platforms",
        ),
    ],
}

LEGAL = {
    "key": "legal",
    "title": tr("Mentions légales", "Legal notice"),
    "slug": tr("mentions-legales", "legal-notice"),
    "palette": "slate",
    "summary": tr(
        "Éditeur du site, hébergement et droits sur les contenus de ce site de démonstration.",
        "Publisher, hosting and rights to the content of this demonstration site.",
    ),
    "body": [
        Paragraph(
            "Ce site est une démonstration. Ses textes sont rédigés à partir de documents publics de l'ICM, de "
            "l'Inserm et de l'Institut Imagine ; ses images sont des illustrations abstraites et des logos de "
            "démonstration générés pour l'occasion, sans lien avec les identités visuelles réelles.",
            "This site is a demonstration. Its texts are written from public documents of ICM, Inserm and Institut "
            "Imagine; its images are abstract illustrations and demonstration logos generated for it, unrelated to "
            "the real visual identities.",
        ),
        Heading("Éditeur", "Publisher"),
        Paragraph(
            "Institut du Cerveau et de la Moelle épinière (ICM), hôpital de la Pitié-Salpêtrière, Paris. "
            "Les coordonnées complètes de l'éditeur et du directeur de la publication sont à compléter "
            "avant toute mise en ligne.",
            "The Brain & Spine Institute (ICM), Pitié-Salpêtrière hospital, Paris. The publisher's full details and "
            "the publication director are to be completed before the site goes live.",
        ),
        Heading("Hébergement", "Hosting"),
        Paragraph(
            "L'hébergeur est à indiquer avant toute mise en ligne.",
            "The hosting provider is to be stated before the site goes live.",
        ),
    ],
}

ACCESSIBILITY = {
    "key": "accessibility",
    "title": tr("Déclaration d'accessibilité", "Accessibility statement"),
    "slug": tr("declaration-d-accessibilite", "accessibility-statement"),
    "palette": "green",
    "summary": tr(
        "Notre engagement pour un site accessible à tous, ses objectifs et la façon de nous signaler un problème.",
        "Our commitment to a site accessible to everyone, its targets and how to report a problem.",
    ),
    "body": [
        Paragraph(
            "Ce site vise la conformité aux règles pour l'accessibilité des contenus web (WCAG) 2.2, niveau AA : "
            "navigation au clavier, textes alternatifs pour les images, contrastes suffisants, pages lisibles sur "
            "mobile et dans les deux langues du site.",
            "This site aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.2, level AA: keyboard "
            "navigation, alternative text for images, sufficient contrast, and pages readable on mobile and in "
            "both of the site's languages.",
        ),
        Heading("État de conformité", "Compliance status"),
        Paragraph(
            "Aucun audit de conformité n'a encore été réalisé : le site n'est donc pas encore déclaré conforme.",
            "No compliance audit has been carried out yet, so the site is not yet declared compliant.",
        ),
        Heading("Signaler un problème", "Reporting a problem"),
        Paragraph(
            "Si vous ne parvenez pas à accéder à un contenu ou à un service, signalez-le à l'éditeur du site : une "
            "solution vous sera proposée.",
            "If you cannot access a piece of content or a service, please tell the site's publisher: we will offer "
            "you an alternative.",
        ),
    ],
}

CONTENT_PAGES = [ABOUT, CORE_FACILITIES, LEGAL, ACCESSIBILITY]
