"""The report's own words, in the series' language (not the app's UI language).

A report is read by people who never saw the app, so its labels follow the
series (`series.language`): Swedish or English; anything else falls back to English.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "quote": "Citat från en deltagare",
        "quote_open": "\u201d",
        "quote_close": "\u201d",
        "divided": "Här råder delade meningar",
        "not_clustered": "Övriga inspel",
        "published": "Publicerad",
        "draft": "Utkast",
        "draft_date": "Utkast {date}",
        "examples": "Goda exempel",
        "lessons": "Lärdomar",
        "appendix": "Bilaga: alla lappar",
        "vote_one": "1 röst",
        "vote_many": "{n} röster",
        "votes_chart": "Röster per tema",
        "chart_alt": "Stapeldiagram över röster per tema för frågan {question}: {values}.",
        "untitled_theme": "Tema utan rubrik",
        "page": "Sida {n}",
        "read_more": "Läs mer",
        "contents": "Innehåll",
        "introduction": "Inledning",
        "workshops": "Workshoppar",
        "workshop": "Workshop",
        "theme": "Tema",
        "votes": "Röster",
        "date": "Datum",
        "place": "Plats",
        "facilitator": "Processledare",
        "participants": "Deltagare",
        "total": "Totalt",
        "workshop_count_one": "1 workshop",
        "workshop_count_many": "{n} workshoppar",
        "participants_one": "1 deltagare",
        "participants_many": "{n} deltagare",
        "note_count_one": "1 lapp",
        "note_count_many": "{n} lappar",
        "method": "Metod",
        "method_notes": (
            "Deltagarna skrev först sina idéer var för sig, en idé per lapp. "
            "Lapparna sorterades sedan i teman, och varje tema sammanfattades i en text."
        ),
        "method_rounds": (
            "Deltagarna röstade med prickar: var och en fick {dots} att fördela, "
            "högst {most} på samma tema."
        ),
        "method_hand": "Deltagarna röstade med prickar, som räknades i rummet.",
        "method_sum": "Siffrorna är summan av rösterna i alla workshoppar som rapporten omfattar.",
        "method_sum_one": "Siffrorna är rösterna i workshopen.",
        "dots_one": "1 prick",
        "dots_many": "{n} prickar",
        "summary": "Sammanfattning",
        "summary_top": "Flest röster",
        "no_notes": "Inga lappar.",
        "no_notes_yet": "Inga lappar ännu.",
        "continued": "{title} (forts.)",
        "link_contents": "{text} (länk till {url})",
        "bullet": "\u2022",
        "logo": "Logotyp",
    },
    "en": {
        "quote": "Quote from a participant",
        "quote_open": "\u201c",
        "quote_close": "\u201d",
        "divided": "Opinions were divided",
        "not_clustered": "Other input",
        "published": "Published",
        "draft": "Draft",
        "draft_date": "Draft {date}",
        "examples": "Good examples",
        "lessons": "Lessons",
        "appendix": "Appendix: all notes",
        "vote_one": "1 vote",
        "vote_many": "{n} votes",
        "votes_chart": "Votes per theme",
        "chart_alt": "Bar chart of the votes per theme for the question {question}: {values}.",
        "untitled_theme": "Untitled theme",
        "page": "Page {n}",
        "read_more": "Read more",
        "contents": "Contents",
        "introduction": "Introduction",
        "workshops": "Workshops",
        "workshop": "Workshop",
        "theme": "Theme",
        "votes": "Votes",
        "date": "Date",
        "place": "Place",
        "facilitator": "Facilitator",
        "participants": "Participants",
        "total": "Total",
        "workshop_count_one": "1 workshop",
        "workshop_count_many": "{n} workshops",
        "participants_one": "1 participant",
        "participants_many": "{n} participants",
        "note_count_one": "1 note",
        "note_count_many": "{n} notes",
        "method": "Method",
        "method_notes": (
            "Participants first wrote their ideas on their own, one idea per note. "
            "The notes were then sorted into themes, and each theme was summed up in a text."
        ),
        "method_rounds": (
            "Participants voted with dots: each had {dots} to spend, "
            "at most {most} on any one theme."
        ),
        "method_hand": "Participants voted with dots, counted in the room.",
        "method_sum": "The numbers are the sum of the votes in all workshops this report covers.",
        "method_sum_one": "The numbers are the votes in the workshop.",
        "dots_one": "1 dot",
        "dots_many": "{n} dots",
        "summary": "Summary",
        "summary_top": "Most votes",
        "no_notes": "No notes.",
        "no_notes_yet": "No notes yet.",
        "continued": "{title} (continued)",
        "link_contents": "{text} (link to {url})",
        "bullet": "\u2022",
        "logo": "Logo",
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


def counted(key: str, count: int, language: str) -> str:
    """'1 deltagare' / '12 deltagare' from the `KEY_one` / `KEY_many` labels."""
    table = labels(language)
    return table[f"{key}_one"] if count == 1 else table[f"{key}_many"].format(n=count)


def quoted(text: str, language: str) -> str:
    """Text in the language's quotation marks: ”…” in Swedish, “…” in English."""
    table = labels(language)
    return f"{table['quote_open']}{text}{table['quote_close']}"
