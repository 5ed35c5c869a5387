"""The domain tables of a workshop file as the core API sees them: columns and their types.

Every table has a UUID text primary key `id`, `created_at`, `updated_at` and
`deleted_at` (soft delete: NULL while the row is alive). The domain columns are
declared once in `TABLES`; the core API validates values against these types.
The SQL that builds a file is frozen history in `migrations.py`, never derived
from these definitions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: `PRAGMA application_id` of a workshop file ("SAML"): tells our files from other SQLite files.
APPLICATION_ID = 0x53414D4C

#: Sticky-note colours of perspectives, in the order new perspectives take them; each keeps
#: dark text readable.
NOTE_COLOURS = ("#F9E27D", "#9ED2F0", "#B5E3A8", "#F6B8C8", "#F8C58C", "#CDBDF0")

#: Python type of each kind of column. "json" is a list of strings stored as JSON text.
JSON = "json"


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, object]
    foreign_keys: dict[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    defaults: dict[str, object] = field(default_factory=dict)
    #: Column whose value orders siblings (None for unordered tables).
    ordered_within: tuple[str, ...] | None = None


TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table(
            "series",
            {
                "title": str,
                "subtitle": str,
                "organization": str,
                "goal": str,
                "language": str,
                "intro": str,
                "published": str,
                # branding of the report (core/branding.py validates them)
                "accent": str,
                "logo": str,
                "logo_alt": str,
            },
            defaults={
                "title": "",
                "subtitle": "",
                "organization": "",
                "goal": "",
                "language": "sv",
                "intro": "",
                "published": "",
                "accent": "",
                "logo": "",
                "logo_alt": "",
            },
        ),
        Table(
            "perspectives",
            {"name": str, "plural": str, "colour": str, "position": int},
            required=("name",),
            defaults={"plural": "", "colour": "#F9E27D"},
            ordered_within=(),
        ),
        Table(
            "workshops",
            {
                "title": str,
                "date": str,
                "place": str,
                "facilitator": str,
                "participants": int,
                "position": int,
            },
            required=("title",),
            defaults={"date": "", "place": "", "facilitator": "", "participants": 0},
            ordered_within=(),
        ),
        Table(
            "questions",
            {
                "perspective_id": str,
                "kind": str,
                "text": str,
                "position": int,
                #: False while a template question's text follows the series' goal and its
                #: perspective's names (core/templates.py); True once edited by hand.
                "text_edited": bool,
            },
            foreign_keys={"perspective_id": "perspectives"},
            required=("text",),
            defaults={"kind": "custom", "perspective_id": None, "text_edited": True},
            ordered_within=(),
        ),
        Table(
            "themes",
            {
                "question_id": str,
                "title": str,
                "synthesis": str,
                "divided": bool,
                "divided_note": str,
                "position": int,
                "x": float,
                "y": float,
            },
            foreign_keys={"question_id": "questions"},
            required=("question_id",),
            defaults={
                "title": "",
                "synthesis": "",
                "divided": False,
                "divided_note": "",
                "x": 0.0,
                "y": 0.0,
            },
            ordered_within=("question_id",),
        ),
        Table(
            "notes",
            {
                "question_id": str,
                "workshop_id": str,
                "perspective_id": str,
                "theme_id": str,
                "text": str,
                "is_quote": bool,
                "x": float,
                "y": float,
                #: When the text was erased for good (None while it is there): a tombstone.
                "erased_at": str,
            },
            foreign_keys={
                "question_id": "questions",
                "workshop_id": "workshops",
                "perspective_id": "perspectives",
                "theme_id": "themes",
            },
            required=("question_id", "workshop_id", "text"),
            defaults={
                "perspective_id": None,
                "theme_id": None,
                "is_quote": False,
                "x": 0.0,
                "y": 0.0,
                "erased_at": None,
            },
        ),
        Table(
            "vote_rounds",
            {
                "question_id": str,
                "workshop_id": str,
                "dots": int,
                "max_per_theme": int,
                "revealed": bool,
            },
            foreign_keys={"question_id": "questions", "workshop_id": "workshops"},
            required=("question_id", "workshop_id"),
            defaults={"dots": 3, "max_per_theme": 3, "revealed": False},
        ),
        Table(
            "votes",
            {
                "theme_id": str,
                "workshop_id": str,
                "round_id": str,
                "ballot": str,
                "count": int,
            },
            foreign_keys={
                "theme_id": "themes",
                "workshop_id": "workshops",
                "round_id": "vote_rounds",
            },
            required=("theme_id", "workshop_id", "count"),
            defaults={"round_id": None, "ballot": None},
        ),
        Table(
            "examples",
            {"title": str, "body": str, "url": str, "link_text": str, "position": int},
            required=("title",),
            defaults={"body": "", "url": "", "link_text": ""},
            ordered_within=(),
        ),
        Table(
            "lessons",
            {
                "expert": str,
                "affiliation": str,
                "intro": str,
                "items": JSON,
                "position": int,
            },
            required=("expert",),
            defaults={"affiliation": "", "intro": "", "items": []},
            ordered_within=(),
        ),
        Table("settings", {"key": str, "value": str}, required=("key",)),
    ]
}

#: Tables that record merges (history, not content): not in `TABLES`, never exported,
#: and not taken back by an undo.
BOOKKEEPING = ("merges", "origins", "id_map", "conflicts")
