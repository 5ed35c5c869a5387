"""The privacy review: personal data in the room's words, found offline, and its redaction.

Participants write freely: they name their boss, write a phone number or an e-mail
address. `find_personal_data` finds, in one text, e-mail addresses, phone numbers
(Swedish and international forms), Swedish personal identity and coordination
numbers (personnummer, samordningsnummer: only with a valid date and check digit)
and person names (the shipped lists in resources/names/, with capitalisation rules:
a common word like "Per", "Bo" or "Hans" at the start of a sentence needs more
evidence). `review` runs it over every free-text field of a workshop file;
`redact` replaces what it found with a marker ("[namn]", "[e-post]" ... in the
series' language) through the ordinary write API. Pure and deterministic: no
model, no network.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from workshop_app.core.assets import asset
from workshop_app.core.changes import Changes

EMAIL, PHONE, PERSONAL_NUMBER, NAME = "email", "phone", "personal_number", "name"
KINDS = (EMAIL, PHONE, PERSONAL_NUMBER, NAME)

#: What a redacted finding becomes, by the series' language.
MARKERS = {
    "sv": {
        NAME: "[namn]",
        EMAIL: "[e-post]",
        PHONE: "[telefon]",
        PERSONAL_NUMBER: "[personnummer]",
    },
    "en": {NAME: "[name]", EMAIL: "[e-mail]", PHONE: "[phone]", PERSONAL_NUMBER: "[ID number]"},
}

#: Every free-text field the review reads, by table (lists: every item of a JSON list).
FIELDS: dict[str, tuple[str, ...]] = {
    "series": ("title", "subtitle", "organization", "goal", "intro", "published"),
    "perspectives": ("name", "plural"),
    "workshops": ("title", "place", "facilitator"),
    "questions": ("text",),
    "themes": ("title", "synthesis", "divided_note"),
    "notes": ("text",),
    "examples": ("title", "body", "link_text", "url"),
    "lessons": ("expert", "affiliation", "intro", "items"),
}

#: Fields that hold a person's name by design: a value with a capitalised word is a
#: name there even when the lists do not know it.
NAME_FIELDS = {("workshops", "facilitator"), ("lessons", "expert")}


@dataclass(frozen=True)
class Span:
    """One piece of personal data in a text: text[start:end] is of `kind`."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class Finding:
    """A span found in one field of one row (`item`: its index in a list field)."""

    table: str
    row_id: str
    field: str
    item: int | None
    start: int
    end: int
    kind: str
    text: str

    @property
    def where(self) -> str:
        field = self.field if self.item is None else f"{self.field}[{self.item}]"
        return f"{self.table}.{field}"


# ------------------------------------------------------------------ numbers and e-mail

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w"
    r"(?:@|\s?[(\[{](?:at|a|snabel-a)[)\]}]\s?)"
    r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}(?![\w@])"
)

#: Ten or twelve digits, a separator before the last four allowed (YYMMDD-NNNC,
#: YYYYMMDD-NNNC; "+" marks someone a hundred years old or more).
_PERSONAL_NUMBER = re.compile(r"(?<![\w+-])((?:18|19|20)?\d{6})[-–+ \u00a0]?(\d{4})(?![\w])")

#: A run of digits with the separators phone numbers are written with.
_PHONE = re.compile(r"(?<![\w+.,/-])(?:\+|00)?\(?\d[\d \u00a0\-–./()]{3,22}\d(?![\w])")
_DATE_OR_TIME = re.compile(
    r"\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
)
#: NNNNNN-NNNN that is not a personal number: an organisation number, not a phone.
_ORGANISATION_NUMBER = re.compile(r"\d{6}[-–]\d{4}")
_US_PHONE = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")
_PHONE_CUE = re.compile(
    r"(?:\b(?:tel|tfn|telefon|telefonnummer|mobil|mobilnummer|mob|nummer|numret|nr|ring|"
    r"ringa|sms|sms:a|smsa|phone|telephone|mobile|cell|call|ring|text|number|tel\.)"
    r"[\s.:]*(?:på|på nummer|on|at|me on|me at|nr)?[\s.:]*)$",
    re.IGNORECASE,
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits[:-1]):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return (10 - total % 10) % 10 == int(digits[-1])


def _valid_personal_number(date_part: str, last: str) -> bool:
    """A real date (day + 60 for a samordningsnummer) and a right check digit."""
    century = date_part[:2] if len(date_part) == 8 else None
    short = date_part[-6:]
    year, month, day = int(short[:2]), int(short[2:4]), int(short[4:6])
    if day > 60:
        day -= 60
    if not 1 <= month <= 12 or day < 1:
        return False
    years = [int(century) * 100 + year] if century else [1900 + year, 2000 + year]
    if not any(day <= calendar.monthrange(y, month)[1] for y in years):
        return False
    return _luhn_ok(short + last)


def _personal_numbers(text: str) -> Iterable[Span]:
    for match in _PERSONAL_NUMBER.finditer(text):
        if _valid_personal_number(match.group(1), match.group(2)):
            yield Span(match.start(), match.end(), PERSONAL_NUMBER, match.group())


def _emails(text: str) -> Iterable[Span]:
    for match in _EMAIL.finditer(text):
        yield Span(match.start(), match.end(), EMAIL, match.group())


def _is_phone(candidate: str, before: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.count("(") != candidate.count(")"):
        return False
    if _DATE_OR_TIME.fullmatch(candidate) or _ORGANISATION_NUMBER.fullmatch(candidate):
        return False
    cue = bool(_PHONE_CUE.search(before[-24:]))
    if candidate.startswith("+"):
        return 8 <= len(digits) <= 15
    if candidate.startswith("00"):
        return 10 <= len(digits) <= 17
    if candidate.lstrip("(").startswith("0"):
        return 8 <= len(digits) <= 11 or (cue and 6 <= len(digits) <= 12)
    if _US_PHONE.fullmatch(candidate):
        return True
    return cue and 7 <= len(digits) <= 12 and len(digits) not in (3, 4)


def _phones(text: str, taken: list[Span]) -> Iterable[Span]:
    for match in _PHONE.finditer(text):
        start, candidate = match.start(), match.group()
        # A trailing separator or an unmatched parenthesis is not part of the number.
        while candidate and not candidate[-1].isdigit():
            candidate = candidate[:-1]
        if candidate.startswith("(") and ")" not in candidate:
            start, candidate = start + 1, candidate[1:]
        end = start + len(candidate)
        if any(s.start < end and start < s.end for s in taken):
            continue
        if _is_phone(candidate, text[:start]):
            yield Span(start, end, PHONE, candidate)


# ------------------------------------------------------------------------------ names


def _read_list(name: str) -> list[str]:
    text = asset("names", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """First names, surnames and names that are also common words; all lowercase."""
    first = {n.lower() for f in ("first_names_sv.txt", "first_names_en.txt") for n in _read_list(f)}
    last = {n.lower() for f in ("surnames_sv.txt", "surnames_en.txt") for n in _read_list(f)}
    common = {n.lower() for n in _read_list("common_words.txt")}
    return frozenset(first), frozenset(last), frozenset(common)


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: Words after which the next name-list word is a name, whatever its case.
_NAMING_CUES = {
    "heter", "hette", "kallas", "kallad", "namnet", "named", "called", "name", "är",
    "am", "is", "i'm",
}  # fmt: skip
#: People's roles and titles: the capitalised word after one is a person's name.
_ROLE_CUES = {
    # Swedish roles, definite and indefinite, and forms of address
    "chefen", "chef", "chefer", "enhetschefen", "rektorn", "rektor", "läraren", "lärare",
    "kollegan", "kollega", "grannen", "granne", "sambo", "sambon", "maken", "make", "frun",
    "fru", "herr", "fröken", "mamma", "pappa", "bror", "brorsan", "syster", "systern",
    "dotter", "son", "sonen", "dottern", "handläggaren", "handläggare", "ordföranden",
    "ordförande", "kommunalrådet", "politikern", "vd", "doktor", "dr", "sjuksköterskan",
    "kontaktperson", "projektledare", "projektledaren",
    # English roles and forms of address
    "boss", "manager", "colleague", "neighbour", "neighbor", "teacher", "headteacher",
    "mr", "mrs", "ms", "miss", "prof", "professor", "wife", "husband", "partner",
    "chair", "councillor", "lead",
}  # fmt: skip
#: Titles: kept outside the name's span ("Mr [name]"), and the word after one is a name.
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "fru", "herr", "fröken", "doktor"}
#: Capitalised words that never continue a name (weekdays, months, places of work).
_NOT_SURNAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "i", "and", "or", "the",
    "och", "eller",
}  # fmt: skip
#: Words that make the capitalised words before them a place, not a person ("Victoria Park").
_PLACE_WORDS = {
    "park", "street", "road", "lane", "square", "station", "school", "church", "hall",
    "centre", "center", "house", "gatan", "vägen", "torget", "skolan", "kyrka", "kyrkan",
    "parken", "gården", "huset", "hallen",
}  # fmt: skip
_MONTHS_EN = {"april", "may", "june", "august"}
_PARTICLES = {"af", "von", "van", "der", "den", "de", "la", "le", "di", "da", "du", "mac"}
_SURNAME_ENDINGS = (
    "sson", "son", "berg", "ström", "strom", "lund", "gren", "qvist", "kvist", "holm",
    "dahl", "blad", "stedt", "stam", "borg", "vall", "mark", "ling", "ius", "én", "ell",
    "sen", "ski", "ska", "ović", "vić", "ez", "ian", "er", "ton", "ley", "ford", "sköld",
    "skjöld", "stierna", "stjerna", "feldt", "felt", "hielm", "crona", "krona",
)  # fmt: skip
#: Endings of a surname after another capitalised word ("Eyvor Blomgren").
_STRICT_SURNAME_ENDINGS = (
    "sson", "son", "berg", "gren", "ström", "qvist", "kvist", "holm", "dahl", "blad",
    "stedt", "stam", "ius", "ell", "ski", "vić", "én",
)  # fmt: skip
#: Capitalised words that begin the name of a place or an organisation, not a person.
_ORGANISATION_WORDS = {
    "region", "regionen", "länsstyrelsen", "kommun", "kommunen", "landstinget", "stiftelsen",
    "föreningen", "svenska", "sveriges", "nya", "gamla", "stora", "lilla", "norra", "södra",
    "östra", "västra", "övre", "nedre", "county", "council", "lake", "mount", "saint", "st",
    "north", "south", "east", "west", "new", "old", "great", "little", "upper", "lower",
    "university", "universitet", "hotel", "hotell",
}  # fmt: skip
#: Endings that make a capitalised word a surname on their own (no word ends so).
_SURE_SURNAME_ENDINGS = ("sson", "qvist", "kvist", "ović", "ević", "vić")
_SENTENCE_END = set('.!?…:;\n•*–—-"“”«»(')


def _is_title_case(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _base(word: str) -> str:
    """The word without an English or Swedish genitive: Emily's -> emily, Annas -> anna."""
    lower = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def _in(word: str, names: frozenset[str]) -> bool:
    return word in names or ("-" in word and all(p in names for p in word.split("-")))


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t'\"“”«»([")
    return not before or before[-1] in _SENTENCE_END


class _Tokens:
    def __init__(self, text: str):
        self.text = text
        self.items = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]

    def gap(self, i: int) -> str:
        """The text between token i - 1 and token i."""
        return self.text[self.items[i - 1][1] : self.items[i][0]]


def _names_in(text: str, taken: list[Span], language: str) -> Iterable[Span]:
    first, last, common = _names()
    tokens = _Tokens(text)
    items = tokens.items
    i = 0
    while i < len(items):
        start, end, word = items[i]
        if any(s.start < end and start < s.end for s in taken):
            i += 1
            continue
        lower = _base(word)
        genitive = lower == word.lower() and lower.endswith("s") and lower[:-1] in first
        is_first = _in(lower, first) or (genitive and lower[:-1] not in common)
        is_last = _in(lower, last)
        cased = _is_title_case(word)
        previous = (
            items[i - 1][2].lower().rstrip(".")
            if i and tokens.gap(i).strip() in ("", ",", ":")
            else ""
        )
        named = previous in _NAMING_CUES
        role = previous in _ROLE_CUES and cased
        title = previous in _TITLES
        run_end = _extend(tokens, i, first, last) if cased else i
        if run_end < 0:  # a place named after a person: "Victoria Park", "Karl Johans gata"
            i += 1
            continue
        following = items[i + 1][2] if run_end > i else ""
        surname_follows = run_end > i and (
            _surname_like(following, last, common)
            or (_in(_base(following), first) and _base(following) not in common)
        )
        opening = _is_sentence_start(text, start)
        ambiguous = lower in common or (language == "en" and lower in _MONTHS_EN)
        found = False
        whole_run = is_first and cased  # the span covers the following capitalised words
        if is_first and cased:
            found = (
                (not ambiguous and (lower not in _MONTHS_EN or not opening))
                or surname_follows
                or (not opening and lower not in _MONTHS_EN)
                or named
                or role
            )
            if ambiguous and run_end > i and not surname_follows and not named:
                found = found and not opening
        elif is_first and named:
            found = True
        elif is_last and cased:
            found = not ambiguous or title or role or (not opening and previous in _TITLES)
        elif cased and title and word.lower() not in _NOT_SURNAMES:
            found = True
        elif cased and len(lower) > 6 and lower.endswith(_SURE_SURNAME_ENDINGS):
            found = True  # "Kristersson", "Rydqvist": no Swedish word ends so
        elif cased and role and lower not in _NOT_SURNAMES | _TITLES:
            found = whole_run = True  # "min granne Eyvor Blomgren", "chefen Zebastian"
        elif (
            cased
            and run_end > i
            and not opening
            and lower not in _ORGANISATION_WORDS
            and _base(following).endswith(_STRICT_SURNAME_ENDINGS)
            and len(_base(following)) > 5
        ):
            found = whole_run = True  # two capitalised words, the second a surname's
        if not found and i + 1 < len(items) and tokens.gap(i + 1) == " ":
            # "ANNA LINDQVIST", "anna lindqvist": a listed first name and a listed surname,
            # neither a common word, written in one case.
            nxt = items[i + 1][2]
            same_case = (word.isupper() and nxt.isupper()) or (word.islower() and nxt.islower())
            if (
                same_case
                and len(word) > 1
                and lower in first
                and _base(nxt) in last
                and lower not in common
                and _base(nxt) not in common
            ):
                yield Span(start, items[i + 1][1], NAME, text[start : items[i + 1][1]])
                i += 2
                continue
        if found and not whole_run and i and tokens.gap(i) == " ":
            # An unlisted first name before a surname: "Zlatan Ibrahimović", "Eyvor Andersson".
            p_start, _, p_word = items[i - 1]
            if (
                _is_title_case(p_word)
                and p_word.lower() not in _TITLES | _NOT_SURNAMES | _ROLE_CUES
                and not _is_sentence_start(text, p_start)
                and not any(s.start < items[i - 1][1] and p_start < s.end for s in taken)
            ):
                start = p_start
        if found:
            span_end = items[run_end][1] if whole_run else end
            # An English genitive ends the name before its "'s".
            span_text = text[start:span_end]
            for suffix in ("'s", "’s"):
                if span_text.endswith(suffix):
                    span_end -= len(suffix)
            yield Span(start, span_end, NAME, text[start:span_end])
            i = (run_end if whole_run else i) + 1
            continue
        i += 1


def _surname_like(word: str, last: frozenset[str], common: frozenset[str]) -> bool:
    lower = _base(word)
    if _in(lower, last):
        return True
    return lower not in common and lower.endswith(_SURNAME_ENDINGS) and len(lower) > 4


def _extend(tokens: _Tokens, i: int, first: frozenset[str], last: frozenset[str]) -> int:
    """The index of the last token of the name starting at token i (first names, particles,
    surnames: capitalised words joined by single spaces, four at most)."""
    items = tokens.items
    j = i
    while j + 1 < len(items) and j - i < 4:
        word = items[j + 1][2]
        gap = tokens.gap(j + 1)
        initial = len(items[j][2]) == 1 and items[j][2].isupper() and j > i
        if gap != " " and not (initial and gap in (".", ". ")):
            break
        if len(word) == 1 and word.isupper():  # an initial: "Leif G.W. Persson", "Anna S."
            if tokens.text[items[j + 1][1] : items[j + 1][1] + 1] != ".":
                break
            j += 1
            continue
        if word.lower() in _PARTICLES and j + 2 < len(items) and tokens.gap(j + 2) == " ":
            if _is_title_case(items[j + 2][2]):
                j += 2
                continue
            break
        if not _is_title_case(word) or word.lower() in _NOT_SURNAMES:
            break
        if word.lower() in _PLACE_WORDS:
            return -1
        j += 1
    return j


# ------------------------------------------------------------------------------ public


def find_personal_data(text: str, language: str = "sv") -> list[Span]:
    """Every piece of personal data in `text`, in order, none overlapping another."""
    if not text:
        return []
    spans: list[Span] = list(_personal_numbers(text))
    spans += [s for s in _emails(text) if not _overlaps(s, spans)]
    spans += list(_phones(text, spans))
    spans += list(_names_in(text, spans, language))
    return sorted(spans, key=lambda s: s.start)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(s.start < span.end and span.start < s.end for s in spans)


def marker(kind: str, language: str) -> str:
    return MARKERS.get(language, MARKERS["sv"])[kind]


def redact_text(text: str, spans: Iterable[Span | Finding], language: str) -> str:
    """`text` with every span replaced by its marker."""
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        text = text[: span.start] + marker(span.kind, language) + text[span.end :]
    return text


def _field_values(row: dict, field: str) -> Iterable[tuple[int | None, str]]:
    value = row.get(field)
    if isinstance(value, list):
        yield from ((index, item) for index, item in enumerate(value) if isinstance(item, str))
    elif isinstance(value, str):
        yield None, value


def find_in_row(table: str, row: dict, language: str, keep: Iterable[str] = ()) -> list[Finding]:
    """The findings in one row's free-text fields; texts in `keep` are left out."""
    kept = {k.casefold() for k in keep}
    found = []
    for field in FIELDS.get(table, ()):
        for item, value in _field_values(row, field):
            spans = find_personal_data(value, language)
            if (table, field) in NAME_FIELDS and not any(s.kind == NAME for s in spans):
                spans += _whole_name(value, spans)
            found += [
                Finding(table, row["id"], field, item, s.start, s.end, s.kind, s.text)
                for s in spans
                if s.text.casefold() not in kept
            ]
    return found


def _whole_name(value: str, spans: list[Span]) -> list[Span]:
    """In a field meant for a person's name: the value up to its first comma or bracket."""
    head = re.split(r"[,(;/\n]| - | – ", value, maxsplit=1)[0].strip()
    if not head or not any(_is_title_case(w) for w in _WORD.findall(head)):
        return []
    start = value.index(head)
    span = Span(start, start + len(head), NAME, head)
    return [] if _overlaps(span, spans) else [span]


def series_language(wf) -> str:
    language = wf.series().get("language") or "sv"
    return language if language in MARKERS else "sv"


def _rows(wf, table: str) -> list[dict]:
    return [wf.series()] if table == "series" else wf.rows(table)


def review(
    wf, keep: Iterable[str] = (), rows: Iterable[tuple[str, str]] | None = None
) -> list[Finding]:
    """Every finding in the live rows of `wf`, table by table in `FIELDS` order.

    `rows` ((table, row id) pairs) limits the review to those rows.
    """
    return review_rows(reviewed_rows(wf, rows), series_language(wf), keep)


def reviewed_rows(wf, rows: Iterable[tuple[str, str]] | None = None) -> dict[str, list[dict]]:
    """The rows the review reads, by table: plain data, to review on another thread."""
    wanted = None if rows is None else set(rows)
    out = {}
    for table in FIELDS:
        if wanted is None:
            out[table] = _rows(wf, table)
        else:
            ids = [row_id for t, row_id in wanted if t == table]
            out[table] = [r for r in (_row(wf, table, i) for i in ids) if r is not None]
    return out


def review_rows(
    rows: dict[str, list[dict]], language: str, keep: Iterable[str] = ()
) -> list[Finding]:
    """The findings in `rows` (by table, as `reviewed_rows` gives them). Pure."""
    keep = list(keep)
    found: list[Finding] = []
    for table in FIELDS:
        for row in rows.get(table, ()):
            found += find_in_row(table, row, language, keep)
    return found


def _row(wf, table: str, row_id: str) -> dict | None:
    row = wf.series() if table == "series" else wf.get(table, row_id)
    if row is None or (table != "series" and row.get("deleted_at")):
        return None
    return row


def field_text(row: dict, finding: Finding) -> str:
    """The text of the field (or list item) `finding` was made in."""
    value = row[finding.field]
    return value[finding.item] if finding.item is not None else value


def excerpt(text: str, finding: Finding | Span, context: int = 30) -> tuple[str, str, str]:
    """(before, the finding, after): the finding with up to `context` characters each side."""
    start = max(0, finding.start - context)
    end = min(len(text), finding.end + context)
    before = ("…" if start else "") + text[start : finding.start]
    after = text[finding.end : end] + ("…" if end < len(text) else "")
    return before, text[finding.start : finding.end], after


def redacted_values(
    rows: dict[tuple[str, str], dict], findings: Iterable[Finding], language: str
) -> dict[tuple[str, str], dict]:
    """New field values with the findings redacted, by (table, row id).

    `rows` are the rows the findings were made in, by (table, row id); a list
    field comes back whole with its items redacted.
    """
    by_field: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        by_field.setdefault((f.table, f.row_id, f.field), []).append(f)
    out: dict[tuple[str, str], dict] = {}
    for (table, row_id, field), found in by_field.items():
        value = rows[(table, row_id)][field]
        if isinstance(value, list):
            items = list(value)
            for index in {f.item for f in found}:
                items[index] = redact_text(
                    items[index], [f for f in found if f.item == index], language
                )
            new = items
        else:
            new = redact_text(value, found, language)
        out.setdefault((table, row_id), {})[field] = new
    return out


def redact(wf, findings: Iterable[Finding]) -> Changes:
    """Replace the findings with their markers in `wf`, in one transaction.

    Findings must come from the file as it is now (a fresh `review`): their
    spans are positions in the current text.
    """
    findings = list(findings)
    language = series_language(wf)
    wanted = {(f.table, f.row_id) for f in findings}
    rows = {key: (wf.series() if key[0] == "series" else wf.get(*key)) for key in wanted}
    changes = Changes(())
    with wf.transaction():
        for (table, row_id), values in redacted_values(rows, findings, language).items():
            changes = changes + wf.update(table, row_id, **values)
    return changes
