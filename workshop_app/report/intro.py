"""The series introduction generated from facts: workshops, dates, perspectives, participants.

The facilitator starts from this text ("Generate from facts") and edits it; the
report uses whatever the series' intro holds. Written in the series' language.
"""

from __future__ import annotations

from datetime import date

from workshop_app.core.store import WorkshopFile

_MONTHS = {
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
_NUMBERS = {
    "sv": ["", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"],
    "en": ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
}


def _number(n: int, language: str) -> str:
    words = _NUMBERS[language]
    return words[n] if 0 < n < len(words) else str(n)


def _join(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = "och" if language == "sv" else "and"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _dates(days: list[date], language: str) -> str:
    """'i januari 2021' / 'in January 2021', or a span across months."""
    months = _MONTHS[language]
    first, last = min(days), max(days)
    prefix = "i" if language == "sv" else "in"
    if (first.year, first.month) == (last.year, last.month):
        return f"{prefix} {months[first.month - 1]} {first.year}"
    if first.year == last.year:
        if language == "sv":
            return f"mellan {months[first.month - 1]} och {months[last.month - 1]} {last.year}"
        return f"between {months[first.month - 1]} and {months[last.month - 1]} {last.year}"
    if language == "sv":
        return (
            f"mellan {months[first.month - 1]} {first.year} "
            f"och {months[last.month - 1]} {last.year}"
        )
    return (
        f"between {months[first.month - 1]} {first.year} and {months[last.month - 1]} {last.year}"
    )


def _genitive(name: str) -> str:
    """Swedish genitive: 'Landsbygdsnätverkets', but 'Region Västernorrlands' and 'Hans'."""
    return name if name[-1:].lower() in ("s", "x", "z") else name + "s"


def _parse(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def generated_intro(wf: WorkshopFile, language: str | None = None) -> str:
    """An introduction paragraph built from the series' facts, in `language` (sv or en)."""
    series = wf.series()
    language = language or series["language"]
    language = language if language in _MONTHS else "en"
    workshops = wf.workshops()
    perspectives = [p["plural"] or p["name"] for p in wf.perspectives()]
    days = [d for d in (_parse(w["date"] or "") for w in workshops) if d]
    participants = sum(w["participants"] or 0 for w in workshops)
    organization = series["organization"].strip()
    goal = series["goal"].strip()
    n = len(workshops)
    sv = language == "sv"

    sentences = []
    if goal:
        if sv:
            who = _join(perspectives, "sv") if perspectives else "olika aktörer"
            sentences.append(
                f"Här samlas tips och goda exempel på hur {who} kan möjliggöra {goal}."
            )
        else:
            who = _join(perspectives, "en") if perspectives else "different actors"
            sentences.append(
                f"This report gathers ideas and good examples of how {who} can enable {goal}."
            )
    if n:
        if sv:
            kind = "workshop" if n == 1 else "workshops"
            opening = "Materialet är en sammanställning av vad som framkom under"
            text = f"{opening} {_number(n, 'sv')} {kind}"
            if organization:
                text = (
                    f"Materialet är en sammanställning av vad som framkom under "
                    f"{_genitive(organization)} {_number(n, 'sv')} {kind}"
                )
        else:
            kind = "workshop" if n == 1 else "workshops"
            text = f"It brings together what came up in {_number(n, 'en')} {kind}"
            if organization:
                text += f" held by {organization}"
        if days:
            text += f" {_dates(days, language)}"
        sentences.append(text + ".")
    if participants:
        if sv:
            text = f"Totalt deltog {participants} personer"
            if perspectives:
                text += f" med perspektiv från {_join(perspectives, 'sv')}"
        else:
            text = f"In total, {participants} people took part"
            if perspectives:
                text += f", bringing the perspectives of {_join(perspectives, 'en')}"
        sentences.append(text + ".")
    questions = len(wf.questions())
    if questions:
        if sv:
            sentences.append(
                f"Deltagarnas idéer har sorterats i teman under {_number(questions, 'sv')} "
                f"{'fråga' if questions == 1 else 'frågor'}."
            )
        else:
            sentences.append(
                f"The participants' ideas have been grouped into themes under "
                f"{_number(questions, 'en')} question{'s' if questions != 1 else ''}."
            )
    return " ".join(sentences)
