"""The privacy review page: lists what identifies a person, redacts what is ticked, undoably."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from privacy_helpers import CLEAN_NOTE, make_planted_series, planted_items
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from workshop_app.core.store import WorkshopFile
from workshop_app.gui.agenda import series_page_title
from workshop_app.gui.privacy_page import PrivacyPage

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "privacy_sv.ts"


def open_page(window, qtbot, path) -> PrivacyPage:
    assert window.open_file(path)
    page = window.workspace.pages["privacy"]
    with qtbot.waitSignal(page.reviewed, timeout=10000):
        window.session.set_current(page="privacy")
    return page


def items_by_text(page: PrivacyPage) -> dict[str, object]:
    return {
        page.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).text: page.list.topLevelItem(i)
        for i in range(page.list.topLevelItemCount())
    }


def test_the_page_lists_every_planted_item_with_where_it_is(window, qtbot, tmp_path):
    path = tmp_path / "s.workshop"
    make_planted_series(path)
    page = open_page(window, qtbot, path)
    items = items_by_text(page)
    assert set(planted_items()) <= set(items)
    quote = items["Stina Lund"]
    assert quote.text(1) == "Name" and quote.text(2) == "Quote"
    assert "»Stina Lund«" in quote.text(3)
    assert items["0920-12 34 56"].text(2) == "Example text"
    assert items["Olle Sjöberg"].text(2) == "Lesson, point 2"
    assert "Names: " in page.status.text()


def test_redact_ticked_keeps_what_was_unticked_and_undo_brings_the_words_back(
    window, qtbot, tmp_path
):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    page = open_page(window, qtbot, path)
    items_by_text(page)["Johan Karlsson"].setCheckState(0, Qt.CheckState.Unchecked)
    assert page.redact_button.text() == f"Redact ticked ({len(page.findings) - 1})"
    wf = window.session.wf
    before = wf.get("notes", ids["notes"][0])["text"]
    with qtbot.waitSignal(page.reviewed, timeout=10000):
        qtbot.mouseClick(page.redact_button, Qt.MouseButton.LeftButton)
    assert wf.get("notes", ids["notes"][0])["text"] == "Ring [namn] på [telefon] om hyrbilen."
    assert wf.get("notes", ids["clean_note"])["text"] == CLEAN_NOTE
    assert wf.workshops()[0]["facilitator"] == "Johan Karlsson"
    # the list now holds only what was kept, still unticked
    assert list(items_by_text(page)) == ["Johan Karlsson"]
    assert page.ticked() == []
    with qtbot.waitSignal(page.reviewed, timeout=10000):
        window.session.undo_stack.undo()
    assert wf.get("notes", ids["notes"][0])["text"] == before
    assert set(planted_items()) <= set(items_by_text(page))
    window.session.undo_stack.redo()
    assert wf.get("notes", ids["notes"][0])["text"].startswith("Ring [namn]")


def test_the_export_dialog_offers_the_review_only_when_something_is_found(window, qtbot, tmp_path):
    clean = tmp_path / "clean.workshop"
    with WorkshopFile.create(clean, title="Serie") as wf:
        w = wf.add("workshops", title="Träff").rows[0].id
        q = wf.add("questions", text="Vad behöver byn?").rows[0].id
        wf.add_note(q, w, CLEAN_NOTE)
    window.open_file(clean)
    dialog = window.show_export()
    with qtbot.waitSignal(dialog.privacy_notice.reviewed, timeout=10000):
        pass
    assert not dialog.privacy_notice.isVisible()
    dialog.reject()
    window.close_file()

    path = tmp_path / "s.workshop"
    make_planted_series(path)
    window.open_file(path)
    dialog = window.show_export()
    with qtbot.waitSignal(dialog.privacy_notice.reviewed, timeout=10000):
        pass
    assert dialog.privacy_notice.isVisible()
    assert "personal data" in dialog.privacy_notice.label.text()
    qtbot.mouseClick(dialog.privacy_notice.button, Qt.MouseButton.LeftButton)
    assert window.session.place.shown == "privacy"
    assert window.workspace.stack.currentWidget() is window.workspace.pages["privacy"]


def test_the_swedish_page_is_translated(window_in, qtbot, tmp_path):
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert messages and all(m.find("translation").get("type") != "unfinished" for m in messages)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / "privacy_sv.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes()  # the .qm is built from it
    sources = {
        m.find("source").text
        for m in messages
        if m.find("source").text != m.find("translation").text
    }
    path = tmp_path / "s.workshop"
    make_planted_series(path)
    window = window_in("sv")
    page = open_page(window, qtbot, path)
    shown = []
    for w in [page, *page.findChildren(QWidget)]:
        shown += [getattr(w, "text", lambda: "")(), w.accessibleName(), w.toolTip()]
    header = page.list.headerItem()
    shown += [header.text(i) for i in range(header.columnCount())]
    shown += [page.list.topLevelItem(i).text(c) for i in range(3) for c in (1, 2)]
    dialog = page.show_erase()
    for w in [dialog, *dialog.findChildren(QWidget)]:
        shown += [getattr(w, "text", lambda: "")(), w.accessibleName(), w.toolTip()]
        shown += [getattr(w, "placeholderText", lambda: "")(), w.windowTitle()]
    header = dialog.list.headerItem()
    shown += [header.text(i) for i in range(header.columnCount())]
    assert [t for t in shown if t in sources] == []
    assert series_page_title("privacy") == "Integritetsgranskning"
    assert page.redact_button.text().startswith("Maskera markerade")


def test_erase_notes_for_good_from_the_page_clears_undo_and_offers_the_backups(
    window, qtbot, tmp_path
):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    page = open_page(window, qtbot, path)
    qtbot.mouseClick(page.redact_button, Qt.MouseButton.LeftButton)  # something to undo
    assert window.session.undo_stack.count() == 1
    dialog = page.show_erase()
    asked = []
    dialog.confirm_erase = lambda count: asked.append(count) or True
    dialog.confirm_delete = lambda count: True
    dialog.search.setText("zebulonvägen")  # a removed note is found too
    dialog.refresh()
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(2) == "Removed"
    dialog.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    dialog.refresh()  # the search runs again as the facilitator types: the tick stays
    assert dialog.ticked() == [ids["deleted_note"]]
    report = dialog.erase_ticked()
    assert asked == [1] and report is not None
    wf = window.session.wf
    assert wf.get("notes", ids["deleted_note"])["text"] == ""
    assert window.session.undo_stack.count() == 0  # its steps held the text
    # the backup made just before, and the one the app made when it opened the file
    assert sorted(b.reason for b in report.holding) == ["before-erase", "open"]
    holding = [b.path for b in report.holding]
    assert dialog.backups_button.isVisible()
    qtbot.mouseClick(dialog.backups_button, Qt.MouseButton.LeftButton)
    assert [p for p in holding if p.exists()] == []
    assert "Backups deleted: 2." in dialog.status.text()
    assert dialog.list.topLevelItemCount() == 0  # erased notes are not offered again


def test_erase_asks_first_and_a_no_changes_nothing(window, qtbot, tmp_path, sha256):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    page = open_page(window, qtbot, path)
    dialog = page.show_erase()
    dialog.confirm_erase = lambda count: False
    dialog.search.setText("hyrbilen")
    dialog.refresh()
    dialog.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert dialog.erase_ticked() is None
    assert window.session.wf.get("notes", ids["notes"][0])["text"].startswith("Ring Anna")
