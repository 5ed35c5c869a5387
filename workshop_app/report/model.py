"""The report as one tree of plain data, built once from a workshop file.

Every format (PDF, Markdown, HTML, CSV) renders this same tree, so they say the
same thing. Text here is the user's text exactly as stored (control characters
aside); each renderer escapes it for its own format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from workshop_app.core import branding, errors, voting
from workshop_app.core.links import safe_url
from workshop_app.core.store import WorkshopFile
from workshop_app.report.labels import (
    NUMBERS,
    counted,
    labels,
    number_word,
    report_language,
    votes_label,
)
from workshop_app.report.text import (
    clean,
    format_date,
    join_words,
    parse_date,
    readable,
    snippet,
)


@dataclass
class Note:
    text: str
    workshop: str
    date: str
    perspective: str
    is_quote: bool = False

    @property
    def meta(self) -> str:
        """'Workshop 1, Kommun': where the note came from, for the appendix."""
        return ", ".join(p for p in (self.workshop, self.perspective) if p)


@dataclass
class Theme:
    title: str
    synthesis: str = ""
    divided: bool = False
    divided_note: str = ""
    notes: list[Note] = field(default_factory=list)
    #: Votes for this theme in the chosen workshops; None when votes are not shown.
    votes: int | None = None

    @property
    def quotes(self) -> list[Note]:
        return [n for n in self.notes if n.is_quote]


@dataclass
class Question:
    text: str
    perspective: str
    themes: list[Theme] = field(default_factory=list)
    unclustered: list[Note] = field(default_factory=list)

    @property
    def has_votes(self) -> bool:
        return any(t.votes for t in self.themes)

    @property
    def note_count(self) -> int:
        return len(self.unclustered) + sum(len(t.notes) for t in self.themes)

    @property
    def is_empty(self) -> bool:
        """No themes and no notes: the report says so in one sentence."""
        return not self.themes and not self.unclustered

    def top_themes(self, n: int = 3) -> list[Theme]:
        """The themes with most votes (ties keep board order), for the summary."""
        voted = [t for t in self.themes if t.votes]
        return sorted(voted, key=lambda t: -(t.votes or 0))[:n]

    def appendix_groups(self, not_clustered: str) -> list[tuple[str, list[Note]]]:
        """(heading, notes) for the appendix: each theme, then the notes of no theme."""
        groups = [(t.title, t.notes) for t in self.themes]
        if self.unclustered:
            groups.append((not_clustered, self.unclustered))
        return groups


@dataclass
class Example:
    title: str
    body: str = ""
    url: str = ""
    link_text: str = ""

    @property
    def link(self) -> str | None:
        """The URL when it may be a clickable link (http, https, mailto), else None."""
        return safe_url(self.url)


@dataclass
class Expert:
    name: str
    affiliation: str = ""
    intro: str = ""
    lessons: list[str] = field(default_factory=list)

    @property
    def affiliation_in_heading(self) -> bool:
        """The heading adds the affiliation only when the introduction does not say it."""
        return bool(self.affiliation) and self.affiliation.casefold() not in self.intro.casefold()


@dataclass
class Workshop:
    id: str
    title: str
    date: str = ""
    place: str = ""
    facilitator: str = ""
    participants: int = 0


@dataclass
class Report:
    language: str
    labels: dict[str, str]
    organization: str
    title: str
    subtitle: str
    intro: str
    #: Publication date as printed ("15 mars 2021"); today's date for a draft.
    published: str
    goal: str = ""
    #: No publication date set: the report is a draft and says so.
    draft: bool = False
    #: How notes were collected and votes counted, in one or two sentences.
    method: str = ""
    #: The series' accent colour ('#RRGGBB', dark enough for text on white), or None.
    accent: str | None = None
    #: The organization's logo (PNG bytes) and what it says, or None.
    logo: bytes | None = None
    logo_alt: str = ""
    workshops: list[Workshop] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    experts: list[Expert] = field(default_factory=list)
    show_votes: bool = True

    def votes_text(self, count: int) -> str:
        return votes_label(count, self.language)

    @property
    def dated(self) -> str:
        """'Publicerad 15 mars 2021', or 'Utkast 1 december 2026' when not yet published."""
        if self.draft:
            return self.labels["draft_date"].format(date=self.published)
        return f"{self.labels['published']} {self.published}"

    @property
    def participants(self) -> int:
        return sum(w.participants for w in self.workshops)

    def totals_text(self) -> str:
        """'3 workshops, 43 deltagare, 145 lappar' for the facts block."""
        parts = [counted("workshop_count", len(self.workshops), self.language)]
        if self.participants:
            parts.append(counted("participants", self.participants, self.language))
        parts.append(counted("note_count", self.note_count, self.language))
        return ", ".join(parts)

    def all_notes(self) -> Iterable[tuple[Question, Theme | None, Note]]:
        for question in self.questions:
            for theme in question.themes:
                for note in theme.notes:
                    yield question, theme, note
            for note in question.unclustered:
                yield question, None, note

    @property
    def note_count(self) -> int:
        return sum(q.note_count for q in self.questions)


def chosen_workshops(wf: WorkshopFile, workshop_ids: Iterable[str] | None) -> list[dict]:
    """The workshops a report covers, in series order; unknown ids are an error."""
    everything = wf.workshops()
    if workshop_ids is None:
        return everything
    wanted = list(dict.fromkeys(workshop_ids))
    known = {w["id"] for w in everything}
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise errors.InvalidValue(f"No workshop with id {', '.join(unknown)} in this series.")
    if not wanted:
        raise errors.InvalidValue("Choose at least one workshop for the report.")
    return [w for w in everything if w["id"] in set(wanted)]


def _perspective_label(p: dict | None) -> str:
    if not p:
        return ""
    return clean(p.get("plural") or p.get("name") or "")


def generated_intro(
    wf: WorkshopFile, language: str | None = None, workshop_ids: Iterable[str] | None = None
) -> str:
    """An introduction written from the facts: how many workshops, when, who, which perspectives."""
    series = wf.series()
    lang = report_language(language or series.get("language"))
    workshops = chosen_workshops(wf, workshop_ids)
    ids = [w["id"] for w in workshops]
    questions = wf.questions()
    used = {n["question_id"] for n in wf.notes(workshop_ids=ids)} if workshop_ids else None
    if used is not None:
        questions = [q for q in questions if q["id"] in used]
    perspectives = {p["id"]: p for p in wf.perspectives()}
    names = list(
        dict.fromkeys(
            _perspective_label(perspectives.get(q["perspective_id"]))
            for q in questions
            if q.get("perspective_id") in perspectives
        )
    )
    theme_count = sum(len(wf.themes(q["id"])) for q in questions)
    participants = sum(w.get("participants") or 0 for w in workshops)
    when = _when([parse_date(w.get("date")) for w in workshops], lang)
    goal = clean(series.get("goal"))
    n = len(workshops)
    if n == 0:
        return ""
    sentences = []
    count_q = len(questions)
    if lang == "sv":
        what = "en workshop" if n == 1 else f"{number_word(n, lang)} workshoppar"
        about = f" om {goal}" if goal else ""
        sentences.append(
            f"Den här rapporten sammanfattar vad som kom fram under {what}{about}{when}."
        )
        if participants == 1:
            sentences.append("En person deltog.")
        elif participants:
            sentences.append(
                f"{'Sammanlagt deltog' if n > 1 else 'Där deltog'} {participants} personer."
            )
        if questions:
            q = "en fråga" if count_q == 1 else f"{number_word(count_q, lang)} frågor"
            view = ""
            if names:
                noun = "perspektiven" if len(names) > 1 else "perspektivet"
                view = f" ur {noun} {join_words(names, lang)}"
            sorted_into = ""
            if theme_count:
                word = number_word(theme_count, lang)
                themes = "ett tema" if theme_count == 1 else f"{word} teman"
                sorted_into = f" och sorterats i {themes}"
            sentences.append(f"Deltagarnas idéer har samlats kring {q}{view}{sorted_into}.")
    else:
        what = "one workshop" if n == 1 else f"{number_word(n, lang)} workshops"
        about = f" on {goal}" if goal else ""
        sentences.append(f"This report summarises what came up in {what}{about}{when}.")
        if participants == 1:
            sentences.append("One person took part.")
        elif participants:
            sentences.append(f"{participants} people took part{' in all' if n > 1 else ''}.")
        if questions:
            q = "one question" if count_q == 1 else f"{number_word(count_q, lang)} questions"
            view = ""
            if names:
                noun = "perspectives" if len(names) > 1 else "perspective"
                view = f" from the {noun} of {join_words(names, lang)}"
            sorted_into = ""
            if theme_count:
                word = number_word(theme_count, lang)
                themes = "one theme" if theme_count == 1 else f"{word} themes"
                sorted_into = f" and sorted into {themes}"
            sentences.append(f"Participants' ideas were gathered around {q}{view}{sorted_into}.")
    return " ".join(sentences)


def _when(days: list[date | None], lang: str) -> str:
    days = sorted(d for d in days if d is not None)
    if not days:
        return ""
    first, last = days[0], days[-1]
    months = format_date(first, lang).split(" ", 1)[1]  # "januari 2021"
    if first == last:
        return (" den " if lang == "sv" else " on ") + format_date(first, lang)
    if (first.year, first.month) == (last.year, last.month):
        return (" i " if lang == "sv" else " in ") + months
    start = format_date(first, lang)
    if first.year == last.year:
        start = start.rsplit(" ", 1)[0]
    word = (" mellan ", " och ") if lang == "sv" else (" between ", " and ")
    return f"{word[0]}{start}{word[1]}{format_date(last, lang)}"


def build_report(
    wf: WorkshopFile, workshop_ids: Iterable[str] | None = None, votes: bool = True
) -> Report:
    """The report of a series, for all workshops or the chosen ones.

    With a subset, only notes and votes of the chosen workshops count, and a theme
    whose notes all come from other workshops is left out (a theme with no notes at
    all, written by the facilitator, stays).
    """
    series = wf.series()
    lang = report_language(series.get("language"))
    table = labels(lang)
    workshops = chosen_workshops(wf, workshop_ids)
    ids = {w["id"] for w in workshops}
    subset = workshop_ids is not None
    by_workshop = {w["id"]: w for w in wf.workshops()}
    perspectives = {p["id"]: p for p in wf.perspectives()}

    vote_sum = voting.theme_totals(wf, workshop_ids=ids)

    all_notes = wf.notes()
    notes_by_question: dict[str, list[dict]] = {}
    for row in all_notes:
        notes_by_question.setdefault(row["question_id"], []).append(row)
    themes_by_question: dict[str, list[dict]] = {}
    for row in wf.themes():
        themes_by_question.setdefault(row["question_id"], []).append(row)

    def note(row: dict, question_perspective: str) -> Note:
        w = by_workshop.get(row["workshop_id"], {})
        p = perspectives.get(row.get("perspective_id"))
        return Note(
            text=clean(row["text"]),
            workshop=clean(w.get("title")),
            date=clean(w.get("date")),
            perspective=clean(p["name"]) if p else question_perspective,
            is_quote=bool(row.get("is_quote")),
        )

    questions = []
    for q in wf.questions():
        q_persp = perspectives.get(q.get("perspective_id"))
        q_label = clean(q_persp["name"]) if q_persp else ""
        rows = notes_by_question.get(q["id"], [])
        theme_rows = themes_by_question.get(q["id"], [])
        has_theme_votes = any(t["id"] in vote_sum for t in theme_rows)
        alive_themes = {t["id"] for t in theme_rows}
        members: dict[str, list[dict]] = {t["id"]: [] for t in theme_rows}
        unclustered: list[dict] = []
        for row in rows:
            if row["theme_id"] in alive_themes:
                members[row["theme_id"]].append(row)
            elif row["workshop_id"] in ids:
                unclustered.append(row)
        themes = []
        for t in theme_rows:
            mine = [r for r in members[t["id"]] if r["workshop_id"] in ids]
            if subset and members[t["id"]] and not mine and t["id"] not in vote_sum:
                continue
            themes.append(
                Theme(
                    title=clean(t["title"]) or table["untitled_theme"],
                    synthesis=clean(t["synthesis"]),
                    divided=bool(t["divided"]),
                    divided_note=clean(t["divided_note"]),
                    notes=[note(r, q_label) for r in mine],
                    votes=vote_sum.get(t["id"], 0) if votes and has_theme_votes else None,
                )
            )
        if subset and not themes and not unclustered:
            continue
        questions.append(
            Question(
                text=clean(q["text"]),
                perspective=q_label,
                themes=themes,
                unclustered=[note(r, q_label) for r in unclustered],
            )
        )

    intro = clean(series.get("intro")) or generated_intro(wf, lang, workshop_ids)
    draft = not clean(series.get("published")).strip()
    published = format_date(series.get("published") or date.today().isoformat(), lang)
    return Report(
        language=lang,
        labels=table,
        organization=clean(series.get("organization")),
        title=clean(series.get("title")),
        subtitle=clean(series.get("subtitle")),
        intro=intro,
        published=published,
        draft=draft,
        method=method_text(wf, ids, lang, has_votes=votes and bool(vote_sum)),
        accent=readable(accent) if (accent := branding.accent_colour(series)) else None,
        logo=branding.logo_png(series),
        logo_alt=clean(series.get("logo_alt")).strip() or clean(series.get("organization")),
        goal=clean(series.get("goal")),
        workshops=[
            Workshop(
                id=w["id"],
                title=clean(w["title"]),
                date=clean(w.get("date")),
                place=clean(w.get("place")),
                facilitator=clean(w.get("facilitator")),
                participants=w.get("participants") or 0,
            )
            for w in workshops
        ],
        questions=questions,
        examples=[
            Example(
                title=clean(e["title"]),
                body=clean(e.get("body")),
                url=clean(e.get("url")).strip(),
                link_text=clean(e.get("link_text")),
            )
            for e in wf.examples()
        ],
        experts=[
            Expert(
                name=clean(x["expert"]),
                affiliation=clean(x.get("affiliation")),
                intro=clean(x.get("intro")),
                lessons=[clean(i) for i in (x.get("items") or []) if clean(i).strip()],
            )
            for x in wf.lessons()
        ],
        show_votes=votes,
    )


def method_text(wf: WorkshopFile, workshop_ids: set[str], language: str, has_votes: bool) -> str:
    """How the notes were collected and the votes counted, from what the file records."""
    table = labels(language)
    sentences = [table["method_notes"]]
    if has_votes:
        rules = {
            (r["dots"], r["max_per_theme"])
            for r in voting.rounds(wf)
            if r["workshop_id"] in workshop_ids
        }
        if len(rules) == 1:
            dots, most = next(iter(rules))
            sentences.append(
                table["method_rounds"].format(
                    dots=counted("dots", dots, language), most=number_word(most, language)
                )
            )
        elif not rules:
            sentences.append(table["method_hand"])
        sentences.append(table["method_sum_one" if len(workshop_ids) == 1 else "method_sum"])
    return " ".join(sentences)


_COUNT_WORDS = {
    word: n for lang in NUMBERS.values() for n, word in enumerate(lang) if n > 0 and word != "en"
}
_COUNTED = re.compile(r"\b(\d+|[a-zåäö]+)\s+(?:digitala\s+|online\s+)?workshop", re.IGNORECASE)


def content_warnings(
    report: Report, wf: WorkshopFile, workshop_ids: Iterable[str] | None
) -> list[str]:
    """What an organizer should check before publishing: empty questions, and a written
    introduction that speaks of more workshops than a subset report holds."""
    warnings = []
    for q in report.questions:
        if q.is_empty:
            warnings.append(
                f'The question "{snippet(q.text)}" has no notes yet: the report says '
                f'"{report.labels["no_notes_yet"]}" under it.'
            )
    written = clean(wf.series().get("intro"))
    if workshop_ids is not None and written.strip():
        held = {w.id for w in report.workshops}
        others = [
            clean(w["title"])
            for w in wf.workshops()
            if w["id"] not in held and len(clean(w["title"]).strip()) > 2
        ]
        named = [t for t in others if t.casefold() in written.casefold()]
        counts = set()
        for m in _COUNTED.finditer(written):
            word = m.group(1).lower()
            n = int(word) if word.isdigit() else _COUNT_WORDS.get(word)
            if n is not None:
                counts.add(n)
        bigger = sorted(n for n in counts if n > len(held))
        if named or bigger:
            what = ", ".join(f'"{snippet(t)}"' for t in named[:3])
            if bigger:
                what = (what + " and " if what else "") + f"{bigger[-1]} workshops"
            warnings.append(
                f"The written introduction names {what}, but this report holds only "
                f"{len(held)} workshop{'s' if len(held) != 1 else ''}: check the introduction "
                "or leave it empty to have one written from the facts."
            )
    return warnings
