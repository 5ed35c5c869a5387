"""The one validator of row values: every write, import, merge and `check` uses it.

A value is accepted when its type is the column's (`schema.TABLES`), it lies in the
column's range (integers, coordinates), its text fits (`MAX_TEXT` characters, no
unpaired surrogate) and, for ids and time stamps, its form is right. Time stamps are
parsed and normalised to UTC (`2021-01-19T09:30:00.000000+00:00`), so they compare
as instants. A time in the future (a laptop with a wrong clock) cannot be true: a
creation or removal time is set back to now, and an update time counts as the oldest
possible (`EARLIEST`), so that such a version never wins a merge by its clock (it is
kept as a conflict for the organizer instead) and compares the same in every merge.
"""

from __future__ import annotations

import functools
import math
import re
from datetime import UTC, datetime, timedelta

from workshop_app.core import errors
from workshop_app.core.schema import JSON, TABLES

#: Longest text of any field (characters): far above any real note, synthesis or intro.
MAX_TEXT = 100_000
#: Most items in a list field (a lesson's numbered items).
MAX_ITEMS = 1_000
#: Ids are short words of letters, digits and `_ . : -` (our own are UUIDs).
ID_PATTERN = re.compile(r"[A-Za-z0-9_.:\-]{1,64}")
#: Board coordinates stay within this distance of the origin.
MAX_COORDINATE = 10_000_000.0
#: Inclusive ranges of integer columns; every other integer is a position.
INT_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("workshops", "participants"): (0, 100_000),
    ("vote_rounds", "dots"): (0, 1_000),
    ("vote_rounds", "max_per_theme"): (0, 1_000),
    ("votes", "count"): (0, 1_000_000),
}
POSITION_RANGE = (-1_000_000_000, 1_000_000_000)
#: Text columns with a form of their own.
PATTERNS: dict[tuple[str, str], tuple[re.Pattern, str]] = {
    ("perspectives", "colour"): (re.compile(r"#[0-9A-Fa-f]{6}"), "a colour like #F9E27D"),
    ("series", "accent"): (re.compile(r"(#[0-9A-Fa-f]{6})?"), "empty or a colour like #1F5FA8"),
    ("series", "logo"): (re.compile(r"[A-Za-z0-9+/=]*"), "an image as base64 text"),
}
#: Text columns allowed to be longer than `MAX_TEXT` (a logo: a PNG as base64 text).
TEXT_LIMITS: dict[tuple[str, str], int] = {("series", "logo"): 2_800_000}
#: Text columns that take one of a few values.
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("questions", "kind"): ("how_can", "what_is_needed", "custom"),
    ("series", "language"): ("sv", "en"),
}
#: The forms of a time stamp that are read (ISO 8601 date and time; an offset or not).
TIME_PATTERN = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:?[0-9]{2})?"
)
#: Text columns that hold a time stamp.
TIME_COLUMNS = {("notes", "erased_at")}
#: A clock may be this far ahead before its times count as "in the future".
CLOCK_SKEW = timedelta(minutes=5)
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)


#: How a value found in the wrong place is named in a message.
_KIND_NAMES = {str: "text", bytes: "blob", int: "integer", float: "real", bool: "true/false"}
_EXPECTED = {
    str: "text",
    JSON: "a list of texts",
    bool: "true or false",
    int: "integer",
    float: "a number",
}


def _found(value: object) -> str:
    return _KIND_NAMES.get(type(value), type(value).__name__)


def _text_problem(column: str, value: str, limit: int = MAX_TEXT) -> str | None:
    if len(value) > limit:
        return f"has a {column} of {len(value)} characters (at most {limit})"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return (
            "contains a broken character (an unpaired UTF-16 surrogate) that cannot be "
            "saved; retype or paste the text again"
        )
    return None


def _shown(number: float) -> str:
    """A number for a message: in full, unless it has more digits than anyone reads."""
    text = str(number)
    return text if len(text) <= 24 else f"{text[:8]}… ({len(text)} digits)"


def value_problem(table: str, column: str, value: object) -> str | None:
    """What is wrong with `value` for `table.column`, as words that follow the row's name
    ("has blob in text, where text is expected"); None when it is fine.

    None values are the caller's business (required columns are checked by `check_values`).
    """
    kind = TABLES[table].columns[column]

    def wrong_kind() -> str:
        return f"has {_found(value)} in {column}, where {_EXPECTED[kind]} is expected"

    if kind is str:
        if not isinstance(value, str):
            return wrong_kind()
        if (table, column) in TIME_COLUMNS:
            try:
                parse_time(value)
            except errors.InvalidValue as exc:
                return f"has an invalid {column}: {exc}"
            return None
        choices = ENUMS.get((table, column))
        if choices is not None and value not in choices:
            return f"has {column} {value[:40]!r}, which is not one of {', '.join(choices)}"
        limit = TEXT_LIMITS.get((table, column), MAX_TEXT)
        if len(value) > limit:
            return _text_problem(column, value, limit)
        pattern = PATTERNS.get((table, column))
        if pattern is not None and not pattern[0].fullmatch(value):
            return f"has a {column} that is not {pattern[1]}"
        return _text_problem(column, value, limit)
    if kind is JSON:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return wrong_kind()
        if len(value) > MAX_ITEMS:
            return f"has {len(value)} {column} (at most {MAX_ITEMS})"
        return _text_problem(column, "".join(value))
    if kind is bool:
        return None if isinstance(value, bool) else wrong_kind()
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return wrong_kind()
        low, high = INT_RANGES.get((table, column), POSITION_RANGE)
        if not low <= value <= high:
            return f"has {column} = {_shown(value)}, outside {low}..{high}"
        return None
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return wrong_kind()
        if not math.isfinite(value):
            return f"has a {column} that is not a number"
        if abs(value) > MAX_COORDINATE:
            return f"has {column} = {_shown(value)}, outside ±{MAX_COORDINATE:.0f}"
        return None
    raise AssertionError(kind)


def nullable(table: str, column: str) -> bool:
    """Whether the column may be empty (None): a reference that may point nowhere, a mark
    that may be unset. Every other column always has a value (its default if none given)."""
    defaults = TABLES[table].defaults
    return column in defaults and defaults[column] is None


def check_values(table: str, values: dict) -> dict:
    """Check the domain values of one write (some or all columns); return them normalised.

    Raises `InvalidValue` naming the table, column and problem.
    """
    spec = TABLES[table]
    out = {}
    for column, value in values.items():
        if column not in spec.columns:
            raise errors.InvalidValue(f"{table} has no field {column!r}")
        if value is None:
            if not (nullable(table, column) or column == "position"):  # the store finds a place
                raise errors.InvalidValue(f"{table} has no {column}, which is required")
        else:
            if spec.columns[column] is float and type(value) is int:
                value = float(value)
            problem = value_problem(table, column, value)
            if problem is not None:
                raise errors.InvalidValue(f"{table} {problem}")
        out[column] = value
    return out


def check_id(value: object) -> str:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        shown = repr(value)[:40]
        raise errors.InvalidValue(f"{shown} is not an id (1 to 64 letters, digits or _ . : -)")
    return value


def parse_time(value: object) -> datetime:
    """A time stamp as an aware UTC datetime; refuses anything that is not an ISO 8601 time."""
    if not isinstance(value, str) or not TIME_PATTERN.fullmatch(value):
        raise errors.InvalidValue(f"{str(value)[:40]!r} is not a time")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise errors.InvalidValue(f"{value!r} is not a time") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # no offset written: taken as UTC
    when = when.astimezone(UTC)
    if when < EARLIEST:
        raise errors.InvalidValue(f"{value!r} is before 1970")
    return when


def format_time(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def is_future(when: datetime, now: datetime) -> bool:
    """Whether a time lies beyond what a sound clock could have written by `now`."""
    return when > now + CLOCK_SKEW


#: The file's own form of a time stamp (what `format_time` writes).
_NORMAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")


@functools.lru_cache(maxsize=8)
def _latest(now: datetime) -> str:
    """The latest time stamp accepted as it is when the clock says `now`."""
    return format_time(now + CLOCK_SKEW)


def normal_time(value: object, now: datetime, future: datetime | None = None) -> str:
    """A time stamp in the file's one form, in UTC; a time in the future becomes
    `future` (by default `now`)."""
    if isinstance(value, str) and _NORMAL.fullmatch(value) and "1970" <= value:
        # Already in the one form: such strings sort as the instants they name.
        try:
            datetime.fromisoformat(value)  # a real date (no 13th month)
        except ValueError:
            pass  # parse_time names the problem
        else:
            if value <= _latest(now):
                return value
    when = parse_time(value)
    if is_future(when, now):
        when = now if future is None else future
    return format_time(when)


_SURROGATE = re.compile("[\ud800-\udfff]")


@functools.cache
def _plain_columns(table: str) -> frozenset[str]:
    """Columns checked by type and size alone (no range, form or time of their own)."""
    special = set(TIME_COLUMNS) | set(PATTERNS) | set(INT_RANGES) | set(ENUMS) | set(TEXT_LIMITS)
    return frozenset(
        c
        for c, kind in TABLES[table].columns.items()
        if (table, c) not in special and kind in (str, bool, float)
    )


def _plainly_fine(kind: object, value: object) -> bool:
    """A quick yes for the values nearly every row has; a no is looked at closely."""
    if kind is str:
        return type(value) is str and len(value) <= MAX_TEXT and not _SURROGATE.search(value)
    if kind is bool:
        return type(value) is bool
    return type(value) is float and math.isfinite(value) and abs(value) <= MAX_COORDINATE


class Checked(dict):
    """A row `check_row` returned: the write path need not check it again."""


@functools.cache
def _row_rules(table: str) -> tuple[tuple[str, object, bool, bool], ...]:
    """Per column of `table`: (name, kind, may be empty, checked by type and size alone)."""
    plain = _plain_columns(table)
    return tuple(
        (column, kind, nullable(table, column), column in plain)
        for column, kind in TABLES[table].columns.items()
    )


def check_row(table: str, row: dict, now: datetime) -> dict:
    """Check a whole row (id, every domain column, time stamps); return it normalised.

    Missing domain columns are None (they must not be required); `created_at` and
    `updated_at` are required, `deleted_at` may be None. Raises `InvalidValue`
    naming the row.
    """
    row_id = row.get("id")

    def refuse(problem: str) -> errors.InvalidValue:
        where = f"{table} row {row_id!r}" if isinstance(row_id, str) else f"a {table} row"
        return errors.InvalidValue(f"{where} {problem}")

    try:
        check_id(row_id)
    except errors.InvalidValue as exc:
        raise errors.InvalidValue(f"a {table} row has an invalid id: {exc}") from None
    out = {"id": row_id}
    for column, kind, may_be_empty, plain in _row_rules(table):
        value = row.get(column)
        if value is None:
            if not may_be_empty:
                raise refuse(f"has no {column}, which is required")
        elif not (plain and _plainly_fine(kind, value)):  # the common case builds nothing
            if kind is float and type(value) is int:
                value = float(value)
            problem = value_problem(table, column, value)
            if problem is not None:
                raise refuse(problem)
        out[column] = value
    for stamp in ("created_at", "updated_at", "deleted_at"):
        value = row.get(stamp)
        if value is None:
            if stamp != "deleted_at":
                raise refuse(f"has no {stamp}, which is required")
            out[stamp] = None
            continue
        try:
            out[stamp] = normal_time(value, now, EARLIEST if stamp == "updated_at" else None)
        except errors.InvalidValue as exc:
            raise refuse(f"has an invalid {stamp}: {exc}") from None
    return Checked(out)
