"""Dot voting: rounds, ballots, limits and totals.

A round (`vote_rounds` row) is one vote on a question's themes in one workshop:
each person gets `dots` dots and may put at most `max_per_theme` on one theme.
A ballot is one person's vote: rows in `votes` sharing a ballot id, one row per
theme that got dots, all committed in one transaction.

Results stay hidden until the facilitator reveals the round: `round_totals`
refuses while `revealed` is false, and only `facilitator_totals` (for the
facilitator's own screen and the report) reads them before that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workshop_app.core import errors
from workshop_app.core.changes import Changes
from workshop_app.core.store import WorkshopFile, new_id
from workshop_app.core.validation import INT_RANGES

MAX_DEFAULT_DOTS = 10
DEFAULT_MAX_PER_THEME = 3


class VotesHidden(errors.WorkshopFileError):
    """The round's results have not been revealed yet."""


class BallotRefused(errors.InvalidValue):
    """A ballot that breaks the round's limits."""


def default_dots(theme_count: int) -> int:
    """About a third of the themes, at least 1 and at most 10."""
    return min(MAX_DEFAULT_DOTS, max(1, round(theme_count / 3)))


def create_round(
    wf: WorkshopFile,
    question_id: str,
    workshop_id: str,
    *,
    dots: int | None = None,
    max_per_theme: int = DEFAULT_MAX_PER_THEME,
) -> Changes:
    """Start a round on the question's themes; the new round's id is `changes.rows[0].id`."""
    if wf.get("questions", question_id) is None:
        raise errors.InvalidValue("That question does not exist.")
    if wf.get("workshops", workshop_id) is None:
        raise errors.InvalidValue("That workshop does not exist.")
    themes = wf.themes(question_id)
    if not themes:
        raise errors.InvalidValue("The question has no themes to vote on yet.")
    dots = default_dots(len(themes)) if dots is None else dots
    for name, value in (("dots", dots), ("max_per_theme", max_per_theme)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise errors.InvalidValue(f"The number of {name.replace('_', ' ')} must be 1 or more.")
    return wf.add(
        "vote_rounds",
        question_id=question_id,
        workshop_id=workshop_id,
        dots=dots,
        max_per_theme=max_per_theme,
        revealed=False,
    )


def get_round(wf: WorkshopFile, round_id: str) -> dict:
    found = wf.get("vote_rounds", round_id)
    if found is None or found["deleted_at"] is not None:
        raise errors.InvalidValue("That voting round does not exist.")
    return found


def rounds(
    wf: WorkshopFile, question_id: str | None = None, workshop_id: str | None = None
) -> list[dict]:
    """Live rounds, oldest first, optionally for one question and/or workshop."""
    clauses, params = [], []
    if question_id is not None:
        clauses.append("question_id = ?")
        params.append(question_id)
    if workshop_id is not None:
        clauses.append("workshop_id = ?")
        params.append(workshop_id)
    return wf.rows("vote_rounds", " AND ".join(clauses) or None, params)


def round_themes(wf: WorkshopFile, round_id: str) -> list[dict]:
    """The themes one votes on in this round, in board order."""
    return wf.themes(get_round(wf, round_id)["question_id"])


def check_ballot(wf: WorkshopFile, round_id: str, dots: Mapping[str, int]) -> dict[str, int]:
    """The ballot without zero entries, or `BallotRefused` saying which limit it breaks."""
    rnd = get_round(wf, round_id)
    allowed = {t["id"] for t in round_themes(wf, round_id)}
    ballot: dict[str, int] = {}
    for theme_id, count in dots.items():
        if theme_id not in allowed:
            raise BallotRefused("A vote went to a theme that is not part of this round.")
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise BallotRefused("A theme's dots must be a whole number, 0 or more.")
        if count > rnd["max_per_theme"]:
            raise BallotRefused(f"At most {rnd['max_per_theme']} dots can go to one theme.")
        if count:
            ballot[theme_id] = count
    used = sum(ballot.values())
    if used == 0:
        raise BallotRefused("Place at least one dot before confirming.")
    if used > rnd["dots"]:
        raise BallotRefused(f"Each person has {rnd['dots']} dots; this ballot uses {used}.")
    return ballot


def cast_ballot(wf: WorkshopFile, round_id: str, dots: Mapping[str, int]) -> Changes:
    """Store one person's ballot (all its rows in one transaction, durable on return)."""
    ballot = check_ballot(wf, round_id, dots)
    rnd = get_round(wf, round_id)
    ballot_id = new_id()
    changes = Changes()
    with wf.transaction():
        for theme_id, count in ballot.items():
            changes += wf.add(
                "votes",
                theme_id=theme_id,
                workshop_id=rnd["workshop_id"],
                round_id=round_id,
                ballot=ballot_id,
                count=count,
            )
    return changes


def ballot_count(wf: WorkshopFile, round_id: str) -> int:
    """How many people have voted in the round (says nothing about the results)."""
    row = wf.conn.execute(
        "SELECT count(DISTINCT ballot) FROM votes WHERE round_id = ? AND deleted_at IS NULL",
        [round_id],
    ).fetchone()
    return row[0]


def set_revealed(wf: WorkshopFile, round_id: str, revealed: bool = True) -> Changes:
    """Show (or hide again) the round's results to the room."""
    get_round(wf, round_id)
    return wf.update("vote_rounds", round_id, revealed=revealed)


def _sum_by_theme(wf: WorkshopFile, where: str, params: list) -> dict[str, int]:
    # Each count is taken within the validator's range, so that no file (one from
    # elsewhere may hold counts of 2^62) makes the sum overflow SQLite's integers.
    low, high = INT_RANGES[("votes", "count")]
    rows = wf.conn.execute(
        f"SELECT v.theme_id, sum(CASE WHEN typeof(v.count) = 'integer' "
        f"THEN max({low}, min({high}, v.count)) ELSE 0 END) "
        "FROM votes v JOIN themes t ON t.id = v.theme_id "
        f"WHERE v.deleted_at IS NULL AND t.deleted_at IS NULL AND {where} "
        "GROUP BY v.theme_id",
        params,
    ).fetchall()
    return {theme_id: total for theme_id, total in rows}


def facilitator_totals(wf: WorkshopFile, round_id: str) -> dict[str, int]:
    """Dots per theme in the round, revealed or not: for the facilitator, never the room.

    Every theme of the round is present (0 when it got no dots).
    """
    totals = {t["id"]: 0 for t in round_themes(wf, round_id)}
    totals.update(_sum_by_theme(wf, "v.round_id = ?", [round_id]))
    return totals


def round_totals(wf: WorkshopFile, round_id: str) -> dict[str, int]:
    """Dots per theme in the round, for showing to the room: refused until revealed."""
    if not get_round(wf, round_id)["revealed"]:
        raise VotesHidden(
            "The results of this round are hidden until the facilitator reveals them."
        )
    return facilitator_totals(wf, round_id)


def latest_revealed_round(
    wf: WorkshopFile, question_id: str, workshop_id: str | None
) -> dict | None:
    """The newest revealed round for a question (and workshop), or None."""
    revealed = [r for r in rounds(wf, question_id, workshop_id) if r["revealed"]]
    return revealed[-1] if revealed else None


def theme_totals(
    wf: WorkshopFile,
    question_id: str | None = None,
    workshop_ids: Iterable[str] | None = None,
) -> dict[str, int]:
    """Dots per theme over all votes (every round and imported counts) of chosen workshops.

    This is what the report prints next to each theme: the sum of `votes.count`.
    Themes without votes are left out.
    """
    clauses, params = ["1"], []
    if question_id is not None:
        clauses.append("t.question_id = ?")
        params.append(question_id)
    if workshop_ids is not None:
        ids = list(workshop_ids)
        clauses.append(f"v.workshop_id IN ({', '.join('?' * len(ids)) or 'NULL'})")
        params.extend(ids)
    return _sum_by_theme(wf, " AND ".join(clauses), params)


# A hand count is dots counted in the room and typed in (no round, no ballot): one
# row per theme and workshop, beside any ballots cast in voting rounds.
_HAND_ROWS = "theme_id = ? AND workshop_id = ? AND round_id IS NULL AND ballot IS NULL"


def _hand_rows(wf: WorkshopFile, theme_id: str, workshop_id: str) -> list[dict]:
    return wf.rows("votes", _HAND_ROWS, [theme_id, workshop_id])


def hand_count(wf: WorkshopFile, theme_id: str, workshop_id: str) -> int:
    """Dots counted by hand for a theme in a workshop (ballots of voting rounds not included)."""
    return sum(row["count"] or 0 for row in _hand_rows(wf, theme_id, workshop_id))


def set_hand_count(wf: WorkshopFile, theme_id: str, workshop_id: str, count: int) -> Changes:
    """Set the dots counted by hand for a theme in a workshop; ballots are left alone.

    The count is kept in one row per theme and workshop; 0 removes that row (so a
    theme nobody voted for has no votes at all, as before anything was typed).
    """
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise errors.InvalidValue("The number of dots must be a whole number, 0 or more.")
    theme = wf.get("themes", theme_id)
    if theme is None or theme["deleted_at"] is not None:
        raise errors.InvalidValue("That theme does not exist.")
    if wf.get("workshops", workshop_id) is None:
        raise errors.InvalidValue("That workshop does not exist.")
    changes = Changes()
    with wf.transaction():
        rows = _hand_rows(wf, theme_id, workshop_id)
        keep, extra = (rows[:1], rows[1:]) if count else ([], rows)
        for row in extra:
            changes += wf.delete("votes", row["id"])
        if keep and keep[0]["count"] != count:
            changes += wf.update("votes", keep[0]["id"], count=count)
        elif count and not keep:
            changes += wf.add("votes", theme_id=theme_id, workshop_id=workshop_id, count=count)
    return changes
