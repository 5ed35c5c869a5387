"""A series with personal data planted in every free-text field (privacy review, publish)."""

from __future__ import annotations

from pathlib import Path

from workshop_app.core import pin
from workshop_app.core.merge import merge_into
from workshop_app.core.store import WorkshopFile

PIN = "4711"
#: Text of a note that was deleted: never in a public copy.
DELETED_TEXT = "Raderad anteckning om Zebulonvägen"

#: (table, field, text with personal data, the planted items in it)
PLANTED = [
    ("series", "intro", "Kontakt: Margareta Holmgren, margareta@byalaget.se.",
     ["Margareta Holmgren", "margareta@byalaget.se"]),
    ("series", "subtitle", "Samtal ledda av Lena Ek", ["Lena Ek"]),
    ("workshops", "facilitator", "Johan Karlsson", ["Johan Karlsson"]),
    ("notes", "text", "Ring Anna Lindqvist på 070-123 45 67 om hyrbilen.",
     ["Anna Lindqvist", "070-123 45 67"]),
    ("notes", "text", "Mejla erik.johansson@kommun.se så tar han det vidare.",
     ["erik.johansson@kommun.se"]),
    ("notes", "text", "Mitt personnummer 811218-9876 satt på anslagstavlan!", ["811218-9876"]),
    ("notes", "text", "Jag fick samordningsnummer 670763-3464 först efter ett halvår.",
     ["670763-3464"]),
    ("notes", "text", "Chefen Per vägrar lyssna, ring +44 20 7946 0958 i stället.",
     ["Per", "+44 20 7946 0958"]),
    ("themes", "title", "Idéer från Fatima Hassan", ["Fatima Hassan"]),
    ("themes", "synthesis", "Enligt Karin Olofsson saknas bussar.", ["Karin Olofsson"]),
    ("themes", "divided_note", "Göran Persson tyckte annorlunda.", ["Göran Persson"]),
    ("examples", "title", "Bertil Sandbergs cykelverkstad", ["Bertil Sandbergs"]),
    ("examples", "body", "Ring verkstaden på 0920-12 34 56.", ["0920-12 34 56"]),
    ("examples", "link_text", "Bloggen av Ingrid Nilsson", ["Ingrid Nilsson"]),
    ("lessons", "expert", "Kerstin Åberg", ["Kerstin Åberg"]),
    ("lessons", "intro", "Kerstin nås på kerstin.aberg@leader.example.", ["Kerstin",
     "kerstin.aberg@leader.example"]),
    ("lessons", "items", "Fråga Olle Sjöberg om marken.", ["Olle Sjöberg"]),
]  # fmt: skip

#: A note marked as a quote, and the name in it.
QUOTE = ("”Vi ger inte upp”, sa Stina Lund.", ["Stina Lund"])
#: A note with nothing personal: kept as it is.
CLEAN_NOTE = "Vi behöver fler mötesplatser för unga i byn."


def planted_items() -> list[str]:
    return [item for *_, items in PLANTED for item in items] + QUOTE[1]


def make_planted_series(path: Path, *, merge_from: Path | None = None) -> dict:
    """Build the series at `path`; returns ids. With `merge_from` (a folder), a second
    laptop's file is made there and merged in, so the file names a local path."""
    wf = WorkshopFile.create(path, title="Byarna pratar", language="sv")
    texts = {(t, f): [] for t, f, _, _ in PLANTED}
    for t, f, text, _ in PLANTED:
        texts[(t, f)].append(text)
    wf.update_series(intro=texts[("series", "intro")][0], subtitle=texts[("series", "subtitle")][0])
    ids = {}
    facilitator = texts[("workshops", "facilitator")][0]
    ids["workshop"] = (
        wf.add("workshops", title="Träff 1", place="Byn", facilitator=facilitator).rows[0].id
    )
    ids["question"] = wf.add("questions", text="Vad behöver byn?").rows[0].id
    ids["theme"] = (
        wf.add(
            "themes",
            question_id=ids["question"],
            title=texts[("themes", "title")][0],
            synthesis=texts[("themes", "synthesis")][0],
            divided=True,
            divided_note=texts[("themes", "divided_note")][0],
        )
        .rows[0]
        .id
    )
    ids["notes"] = [
        wf.add_note(ids["question"], ids["workshop"], text, theme_id=ids["theme"]).rows[0].id
        for text in texts[("notes", "text")]
    ]
    ids["clean_note"] = wf.add_note(ids["question"], ids["workshop"], CLEAN_NOTE).rows[0].id
    ids["quote"] = wf.add_note(ids["question"], ids["workshop"], QUOTE[0], is_quote=True).rows[0].id
    deleted = wf.add_note(ids["question"], ids["workshop"], DELETED_TEXT).rows[0].id
    wf.delete("notes", deleted)
    ids["deleted_note"] = deleted
    wf.add(
        "examples",
        title=texts[("examples", "title")][0],
        body=texts[("examples", "body")][0],
        url="https://example.org/verkstad",
        link_text=texts[("examples", "link_text")][0],
    )
    wf.add(
        "lessons",
        expert=texts[("lessons", "expert")][0],
        affiliation="Leader Mittland",
        intro=texts[("lessons", "intro")][0],
        items=["Börja i tid.", texts[("lessons", "items")][0]],
    )
    # A PIN hash in the file, as 0.1.0 kept it (now it lives outside every file): a
    # published copy must not carry one from an old file either.
    wf.set_setting(pin.SETTING, pin.hash_pin(PIN))
    if merge_from is not None:
        merge_from.mkdir(parents=True, exist_ok=True)
        other_path = merge_from / "annas-laptop.workshop"
        other = WorkshopFile.create(other_path, title="Byarna pratar, träff 2")
        w2 = other.add("workshops", title="Träff 2", place="Grannbyn").rows[0].id
        q2 = other.add("questions", text="Vad saknas?").rows[0].id
        ids["merged_note"] = other.add_note(q2, w2, "Bättre busstider på kvällen.").rows[0].id
        other.close()
        merge_into(wf, other_path)
        ids["merged_from"] = str(other_path.resolve())
    ids["pin_hash"] = wf.setting(pin.SETTING)
    wf.close()
    return ids


def present(items: list[str], text: str) -> list[str]:
    """The items that occur in `text` as whole words ("Per" is not in "Perspektiv")."""
    import re

    return [i for i in items if re.search(rf"(?<!\w){re.escape(i)}(?!\w)", text)]
