"""One catalogue of every visible string, in French (first) and English, and t(key, lang)."""

from __future__ import annotations

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

CATALOGUE: dict[str, dict[str, str]] = {
    "fr": {
        "app.title": "Marseille à l'international",
        "app.subtitle": "Les relations internationales de la Ville de Marseille",
        "app.placeholder": "La carte arrive bientôt. Voici ce que contient le jeu de données.",
        "app.language": "Language: English",
        "summary.heading": "Le jeu de données",
        "summary.category": "Catégorie",
        "summary.count": "Relations",
        "summary.mapped": "Sur la carte",
        "figures.heading": "Chiffres officiels et données de la carte",
        "figures.official": "Chiffre officiel",
        "figures.in_data": "Dans les données",
        "figures.none": "—",
        "category.twin_city": "Ville jumelle",
        "category.cooperation": "Accord de coopération",
        "category.consulate": "Consulat",
        "category.aid": "Aide et solidarité",
        "category.event": "Grand événement",
        "category.visit": "Visite et délégation",
        "category.network": "Réseau de villes",
        "category.climate": "Action pour le climat",
        "category.commemoration": "Commémoration",
        "category.statement": "Prise de position",
        "category.recognition": "Reconnaissance internationale",
        "status.confirmed": "Confirmé par une source",
        "status.city_page": "Indiqué par la Ville uniquement",
        "consular_rank.general": "Consulat général",
        "consular_rank.consulate": "Consulat",
        "consular_rank.honorary": "Consulat honoraire",
        "flag.single_secondary_source": "Année donnée par une seule source secondaire",
        "flag.date_derived": "Date déduite d'une source (non écrite telle quelle)",
        "flag.date_approximate": "Date approximative",
        "flag.sources_disagree": "Les sources divergent sur la date",
        "flag.current_status_unknown": "Situation actuelle inconnue",
        "flag.date_is_announcement": "Date de l'annonce",
        "flag.announced_not_confirmed": "Annoncé, sans confirmation que cela a eu lieu",
        "flag.role_stated_by_city": "Le rôle de Marseille est affirmé par la Ville",
        "milestone_kind.council_vote": "Vote du conseil municipal",
        "milestone_kind.signature": "Signature",
        "milestone_kind.renewal": "Renouvellement",
        "milestone_kind.announcement": "Annonce",
        "milestone_kind.inauguration": "Inauguration",
        "milestone_kind.suspension": "Suspension",
        "milestone_kind.payment": "Versement",
        "milestone_kind.closure": "Fermeture",
        "milestone_kind.reopening": "Réouverture",
        "milestone_kind.move": "Déménagement",
        "milestone_kind.label": "Label",
        "milestone_kind.entry_into_force": "Entrée en vigueur",
        "milestone_kind.other_source_date": "Date donnée par une autre source",
        "measure.places": "lieux partenaires",
        "measure.relations": "relations",
        "measure.in_force": "en cours",
    },
    "en": {
        "app.title": "Marseille and the world",
        "app.subtitle": "The City of Marseille's international relations",
        "app.placeholder": "The map is coming soon. Here is what the dataset holds.",
        "app.language": "Langue : français",
        "summary.heading": "The dataset",
        "summary.category": "Category",
        "summary.count": "Relations",
        "summary.mapped": "On the map",
        "figures.heading": "Official figures and what the map holds",
        "figures.official": "Official figure",
        "figures.in_data": "In the data",
        "figures.none": "—",
        "category.twin_city": "Twin city",
        "category.cooperation": "Cooperation agreement",
        "category.consulate": "Consulate",
        "category.aid": "Aid and solidarity",
        "category.event": "Major event",
        "category.visit": "Visit and delegation",
        "category.network": "City network",
        "category.climate": "Climate action",
        "category.commemoration": "Commemoration",
        "category.statement": "Public stance",
        "category.recognition": "International recognition",
        "status.confirmed": "Confirmed by a source",
        "status.city_page": "Stated by the City only",
        "consular_rank.general": "Consulate general",
        "consular_rank.consulate": "Consulate",
        "consular_rank.honorary": "Honorary consulate",
        "flag.single_secondary_source": "Year given by a single secondary source",
        "flag.date_derived": "Date worked out from a source (not stated as such)",
        "flag.date_approximate": "Approximate date",
        "flag.sources_disagree": "Sources disagree on the date",
        "flag.current_status_unknown": "Current status unknown",
        "flag.date_is_announcement": "Date of the announcement",
        "flag.announced_not_confirmed": "Announced, not confirmed as held",
        "flag.role_stated_by_city": "Marseille's role is stated by the City",
        "milestone_kind.council_vote": "Council vote",
        "milestone_kind.signature": "Signature",
        "milestone_kind.renewal": "Renewal",
        "milestone_kind.announcement": "Announcement",
        "milestone_kind.inauguration": "Inauguration",
        "milestone_kind.suspension": "Suspension",
        "milestone_kind.payment": "Payment",
        "milestone_kind.closure": "Closure",
        "milestone_kind.reopening": "Reopening",
        "milestone_kind.move": "Move",
        "milestone_kind.label": "Label",
        "milestone_kind.entry_into_force": "Entry into force",
        "milestone_kind.other_source_date": "Date given by another source",
        "measure.places": "partner places",
        "measure.relations": "relations",
        "measure.in_force": "still running",
    },
}


def normalise_language(lang: str | None) -> str:
    """A supported language code; anything else falls back to French."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text for key in lang; a missing key is a bug that the catalogue test catches."""
    return CATALOGUE[normalise_language(lang)][key]


def format_number(value: int | float, lang: str = DEFAULT_LANGUAGE) -> str:
    """Group thousands the local way: 150 000 in French (narrow no-break space), 150,000 in English."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if normalise_language(lang) == "fr" else text
