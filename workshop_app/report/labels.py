"""The report's own words, in the series' language (not the app's UI language).

A report is read by people who never saw the app, so its labels follow the
series (`series.language`): Swedish or English; anything else falls back to English.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "quote": "Citat från en deltagare",
        "divided": "Här råder delade meningar",
        "not_clustered": "Inte sorterade",
        "published": "Publicerad",
        "examples": "Goda exempel",
        "lessons": "Lärdomar",
        "appendix": "Bilaga: alla lappar",
        "vote_one": "1 röst",
        "vote_many": "{n} röster",
        "votes_chart": "Röster per tema",
        "untitled_theme": "Tema utan rubrik",
        "page": "Sida {n}",
        "read_more": "Läs mer",
        "contents": "Innehåll",
        "introduction": "Inledning",
        "workshops": "Workshops",
        "participants_one": "1 deltagare",
        "participants_many": "{n} deltagare",
        "no_notes": "Inga lappar.",
    },
    "en": {
        "quote": "Quote from a participant",
        "divided": "Opinions were divided",
        "not_clustered": "Not clustered",
        "published": "Published",
        "examples": "Good examples",
        "lessons": "Lessons",
        "appendix": "Appendix: all notes",
        "vote_one": "1 vote",
        "vote_many": "{n} votes",
        "votes_chart": "Votes per theme",
        "untitled_theme": "Untitled theme",
        "page": "Page {n}",
        "read_more": "Read more",
        "contents": "Contents",
        "introduction": "Introduction",
        "workshops": "Workshops",
        "participants_one": "1 participant",
        "participants_many": "{n} participants",
        "no_notes": "No notes.",
    },
}

MONTHS = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

NUMBERS = {
    "sv": [
        "noll",
        "en",
        "två",
        "tre",
        "fyra",
        "fem",
        "sex",
        "sju",
        "åtta",
        "nio",
        "tio",
        "elva",
        "tolv",
    ],
    "en": [
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ],
}


def report_language(language: str | None) -> str:
    """'sv' or 'en' from a series language such as 'sv', 'sv-SE' or 'en_GB'."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LABELS else "en"


def labels(language: str | None) -> dict[str, str]:
    return LABELS[report_language(language)]


def votes_label(count: int, language: str) -> str:
    table = labels(language)
    return table["vote_one"] if count == 1 else table["vote_many"].format(n=count)


def number_word(n: int, language: str) -> str:
    words = NUMBERS[report_language(language)]
    return words[n] if 0 <= n < len(words) else str(n)
