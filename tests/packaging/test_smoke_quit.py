"""The start-and-quit check that the frozen app's smoke test relies on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from workshop_app.smoke import ENV, quit_after_if_requested


def _run_event_loop(qapp: QApplication) -> int:
    # The check ends the loop itself; exec() returns its exit code.
    return qapp.exec()


def test_reports_the_shown_main_window_and_quits(qtbot, qapp, monkeypatch, capsys):
    monkeypatch.setenv(ENV, "50")
    window = QMainWindow()
    window.setWindowTitle("Samla – demo.workshop")
    qtbot.addWidget(window)
    window.show()

    assert quit_after_if_requested(qapp)
    assert _run_event_loop(qapp) == 0
    assert "main window shown: Samla – demo.workshop" in capsys.readouterr().out


def test_fails_when_no_main_window_is_visible(qtbot, qapp, monkeypatch, capsys):
    monkeypatch.setenv(ENV, "10")
    window = QMainWindow()
    qtbot.addWidget(window)  # built but never shown

    assert quit_after_if_requested(qapp)
    assert _run_event_loop(qapp) == 1
    assert "main window not shown" in capsys.readouterr().err


def test_does_nothing_without_the_variable(qapp, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert not quit_after_if_requested(qapp)


def test_accepts_a_first_start_dialog_then_reports_the_window(qtbot, qapp, monkeypatch, capsys):
    monkeypatch.setenv(ENV, "50")
    assert quit_after_if_requested(qapp)  # armed as soon as the application exists

    dialog = QDialog()
    dialog.setWindowTitle("Language")
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Accepted  # the check pressed OK
    window = QMainWindow()
    window.setWindowTitle("Demo — d.workshop — Samla")
    qtbot.addWidget(window)
    window.show()

    assert _run_event_loop(qapp) == 0
    out = capsys.readouterr().out
    assert "dialog shown: Language" in out
    assert "main window shown: Demo — d.workshop — Samla" in out
