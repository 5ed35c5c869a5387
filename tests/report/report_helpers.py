"""Helpers for the report tests: read a PDF's text and links back."""

from __future__ import annotations

from pypdf import PdfReader


def flat(text: str) -> str:
    """Whitespace normalised (lines wrap differently in a PDF)."""
    return " ".join(text.split())


def pdf_text(path) -> str:
    """The PDF's text layer, page furniture (page number, running head) taken out."""
    from workshop_app.report.pdf import running_title

    reader = PdfReader(str(path))
    head = flat(running_title(reader.metadata.title or ""))
    pages = []
    for number, page in enumerate(reader.pages, 1):
        text = flat(page.extract_text())
        text = text.removeprefix(f"{number} ")
        if number > 1 and head:
            text = text.removeprefix(head + " ")
        pages.append(text)
    return " ".join(pages)


def link_uris(path) -> list[str]:
    uris = []
    for page in PdfReader(str(path)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    return uris


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    for item in expected:
        found = text.find(flat(item), position)
        assert found >= 0, f"{item[:60]!r} missing after position {position}"
        position = found + len(flat(item))


LONG = (
    "Participatory budgeting and the long-term stewardship of shared coastal fishing "
    "harbours across the outer archipelago municipalities"
)


def english_series(path, *, hostile: dict[str, str] | None = None, published: str = "2024-05-02"):
    """An English series on another topic, with long names, vote rounds, an expert, links,
    an empty question, and (when given) every hostile text as a note, a title and a quote.

    Returns the open WorkshopFile.
    """
    from workshop_app.core import voting
    from workshop_app.core.store import WorkshopFile

    hostile = hostile or {}
    wf = WorkshopFile.create(
        path,
        title=f"Harbours for everyone: {LONG}",
        subtitle="What three coastal workshops said about shared harbours, and what comes next",
        organization="Archipelago Regional Development Council & Partners <Coastal>",
        goal="shared harbours",
        language="en",
        published=published,
    )
    fisher = wf.add("perspectives", name="Fisher", plural="Fishers").rows[0].id
    council = wf.add("perspectives", name="Council", plural="Councils").rows[0].id
    workshops = [
        wf.add(
            "workshops",
            title=title,
            date=day,
            place=place,
            facilitator=who,
            participants=n,
        )
        .rows[0]
        .id
        for title, day, place, who, n in [
            (
                "Workshop at the Old Harbour Master's Office, Northern Island",
                "2024-03-04",
                "Northern Island community hall, upstairs meeting room",
                "Alexandra Featherstonehaugh-Montgomery",
                19,
            ),
            ("Second workshop", "2024-03-11", "Online", "Sam Lee", 8),
            ("Third workshop", "2024-03-18", "South Quay", "", 0),
        ]
    ]
    questions = [
        wf.add("questions", perspective_id=p, text=t).rows[0].id
        for p, t in [
            (fisher, f"How can fishers enable {LONG}?"),
            (council, "What do councils need to keep harbours open all year?"),
            (council, "What would you tell the next council?"),
        ]
    ]
    synthesis = (
        "Fishers describe the harbour as the place where the island's working day begins. "
        "They want berths that can be booked a season ahead, ice and fuel that do not run "
        "out in August, and a say in how harbour fees are spent. Several said that the "
        "harbour master's knowledge of tides and weather is part of what keeps them safe. "
    )
    texts = list(hostile.values())
    with wf.transaction():
        for qi, question in enumerate(questions[:2]):
            for ti in range(4):
                title = LONG if ti == 0 and qi == 0 else f"Theme {ti + 1}: berths, ice and fuel"
                if texts and ti == 3:
                    title = texts[qi % len(texts)][:300]
                theme = (
                    wf.add(
                        "themes",
                        question_id=question,
                        title=title,
                        # one synthesis runs longer than half a page: it must split, not jump
                        synthesis=(synthesis * (9 if (qi, ti) == (1, 1) else 1 + ti % 3)).strip()
                        + ("\n\n" + synthesis.strip() if ti == 1 else ""),
                        divided=ti == 2,
                        divided_note=(
                            "Some wanted the council to run the harbour; others wanted a "
                            "cooperative of the boat owners to run it."
                            if ti == 2
                            else ""
                        ),
                    )
                    .rows[0]
                    .id
                )
                for ni in range(6):
                    wf.add_note(
                        question,
                        workshops[ni % 3],
                        f"Note {ni + 1} on theme {ti + 1}: book berths a season ahead",
                        theme_id=theme,
                        perspective_id=fisher if ni % 2 else council,
                    )
                if ti in (0, 2):
                    wf.add_note(
                        question,
                        workshops[0],
                        "The harbour is where the island wakes up; without it we are "
                        "just a place with nice views.",
                        theme_id=theme,
                        is_quote=True,
                    )
        for i, text in enumerate(texts):
            wf.add_note(questions[1], workshops[i % 3], text, is_quote=False)
        wf.add(
            "examples",
            title="A harbour cooperative run by its boat owners",
            body="On a nearby island the boat owners formed a cooperative that runs the "
            "harbour, books the berths and keeps the ice machine going.",
            url="https://example.org/harbour-coop",
            link_text="Read about the harbour cooperative",
        )
        wf.add(
            "examples",
            title="A link that is not a web address",
            body="A file path is printed, never made clickable.",
            url="file:///etc/passwd",
            link_text="the file",
        )
        wf.add(
            "lessons",
            expert="Dr. Maria-Magdalena Oyelaran-Fitzgerald",
            affiliation="Senior Lecturer in Coastal Governance, University of the Isles",
            intro="She studies how small harbours are governed.",
            items=[
                "Clarity. Say who decides what, and write it down before the first season.",
                "Patience: trust between a council and its fishers takes years, not meetings.",
                "Keep the harbour master. Local knowledge of tides is a safety system in "
                "itself and cannot be replaced by a booking app.",
            ],
        )
    for qi, question in enumerate(questions[:2]):
        themes = [t["id"] for t in wf.themes(question)]
        for w in workshops[:2]:
            rnd = voting.create_round(wf, question, w, dots=3, max_per_theme=2).rows[0].id
            for b in range(3 + qi):
                voting.cast_ballot(wf, rnd, {themes[b % len(themes)]: 2, themes[-1]: 1})
            voting.set_revealed(wf, rnd)
    return wf
