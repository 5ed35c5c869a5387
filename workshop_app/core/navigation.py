"""Where the facilitator is in a series: one `Place`, owned by one `Navigation`.

A place is a workshop, a question and one of the question's five steps, or one of
the series' own pages (introduction, good examples, expert lessons) shown instead
of the step. The agenda, the workspace's header and page, the board and the room's
screens all follow the one `Navigation` of the open file; none keeps a copy.

Qt-free, so the rules (which moves are allowed, what happens when the current
question is removed, what a remembered place may contain) are tested without a
display. The GUI's adapter (gui/session.py) turns "moved" into one Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

#: The five guided steps of a question, in order.
STEPS = ("introduce", "write", "cluster", "vote", "synthesize")
#: Pages about the whole series, shown above the workshops in the agenda.
SERIES_PAGES = ("intro", "examples", "lessons", "privacy")

_KEEP = object()  # "this field does not change" in Navigation.go


@dataclass(frozen=True)
class Place:
    """A workshop, a question and a step; `page` is a series page shown instead, or None."""

    workshop_id: str | None = None
    question_id: str | None = None
    step: str = STEPS[0]
    page: str | None = None

    def __post_init__(self) -> None:
        if self.step not in STEPS:
            raise ValueError(f"not a step: {self.step!r}")
        if self.page is not None and self.page not in SERIES_PAGES:
            raise ValueError(f"not a series page: {self.page!r}")

    @property
    def shown(self) -> str:
        """What the workspace shows: the series page, else the step."""
        return self.page or self.step

    def to_dict(self) -> dict[str, str | None]:
        return {
            "workshop_id": self.workshop_id,
            "question_id": self.question_id,
            "step": self.step,
            "page": self.page,
        }

    @classmethod
    def from_dict(cls, data: object) -> Place:
        """A remembered place, read without trusting it: anything unknown is left out."""
        if not isinstance(data, Mapping):
            return cls()

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) and 0 < len(value) <= 200 else None

        step = data.get("step")
        page = data.get("page")
        return cls(
            workshop_id=text("workshop_id"),
            question_id=text("question_id"),
            step=step if step in STEPS else STEPS[0],
            page=page if page in SERIES_PAGES else None,
        )


def next_question(question_id: str | None, question_ids: Sequence[str]) -> str | None:
    """The question after `question_id` in `question_ids`, or None after the last."""
    ids = list(question_ids)
    if question_id not in ids:
        return None
    index = ids.index(question_id) + 1
    return ids[index] if index < len(ids) else None


class Navigation:
    """The current place of one open file, and who is told when it moves.

    Every move goes through `go` (or `step_by`, `settle`); a move that changes
    nothing tells no one, and one that changes several fields tells each listener
    once.
    """

    def __init__(self, place: Place | None = None):
        self.place = place or Place()
        self._listeners: list[Callable[[Place], None]] = []

    def subscribe(self, listener: Callable[[Place], None]) -> None:
        """Call `listener(place)` after every move."""
        self._listeners.append(listener)

    def go(
        self,
        *,
        workshop_id: str | None | object = _KEEP,
        question_id: str | None | object = _KEEP,
        step: str | object = _KEEP,
        page: str | None | object = _KEEP,
    ) -> bool:
        """Move; returns whether the place changed.

        Choosing a workshop, question or step (and no page) shows that step: it
        leaves a series page. Fields not given stay as they are.
        """
        fields = {
            name: value
            for name, value in (
                ("workshop_id", workshop_id),
                ("question_id", question_id),
                ("step", step),
                ("page", page),
            )
            if value is not _KEEP
        }
        if fields and "page" not in fields:
            fields["page"] = None
        return self._move(replace(self.place, **fields))

    def step_by(self, delta: int) -> bool:
        """The next (+1) or previous (-1) step of the current question; no further than the ends."""
        index = STEPS.index(self.place.step) + delta
        if not 0 <= index < len(STEPS):
            return False
        return self.go(step=STEPS[index])

    def forward(self, question_ids: Sequence[str]) -> bool:
        """Next step; after a question's last step, the next question's first step (in
        the same workshop). False at the last step of the last question."""
        index = STEPS.index(self.place.step)
        if index < len(STEPS) - 1:
            return self.go(step=STEPS[index + 1])
        following = next_question(self.place.question_id, question_ids)
        if following is None:
            return False
        return self.go(question_id=following, step=STEPS[0])

    def settle(self, workshop_ids: Sequence[str], question_ids: Sequence[str]) -> bool:
        """Point at live rows: a removed (or never set) workshop or question gives way to the
        first one there is, or to none. Keeps the step and any series page."""
        place = self.place
        workshop_id = place.workshop_id if place.workshop_id in workshop_ids else None
        question_id = place.question_id if place.question_id in question_ids else None
        return self._move(
            replace(
                place,
                workshop_id=workshop_id or (workshop_ids[0] if workshop_ids else None),
                question_id=question_id or (question_ids[0] if question_ids else None),
            )
        )

    def _move(self, place: Place) -> bool:
        if place == self.place:
            return False
        self.place = place
        for listener in list(self._listeners):
            listener(place)
        return True
