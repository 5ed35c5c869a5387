"""Helpers for the report tests: read a PDF's text and links back."""

from __future__ import annotations

from pypdf import PdfReader


def flat(text: str) -> str:
    """Whitespace normalised (lines wrap differently in a PDF)."""
    return " ".join(text.split())


def pdf_text(path) -> str:
    """The PDF's text layer, page footers (page number, title) taken out."""
    reader = PdfReader(str(path))
    title = flat(reader.metadata.title or "")
    pages = []
    for number, page in enumerate(reader.pages, 1):
        text = flat(page.extract_text())
        text = text.removeprefix(f"{number} ")
        if number > 1 and title:
            text = text.removeprefix(title + " ")
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
