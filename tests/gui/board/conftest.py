"""Fixtures for the board tests: the demo file on a board, and real mouse gestures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from workshop_app.core.demo import write_demo
from workshop_app.gui.board import BoardWidget
from workshop_app.gui.session import Session


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.workshop"
    write_demo(path).close()
    return path


def _open_board(qtbot, path):
    from workshop_app.core.store import WorkshopFile

    wf = WorkshopFile.open(path)
    session = Session(wf)
    widget = BoardWidget(session)
    qtbot.addWidget(widget)
    widget.workshop_filter.setCurrentIndex(0)  # these tests look at every workshop's notes
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.fit_all()
    return wf, session, widget


@pytest.fixture
def board(qtbot, demo_path):
    wf, session, widget = _open_board(qtbot, demo_path)
    yield wf, session, widget
    widget.close()
    wf.close()


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def _drag(view, start: QPointF, end: QPointF, modifier=Qt.KeyboardModifier.NoModifier, steps=8):
    """Press at `start`, move there in several steps, release at `end` (scene points)."""
    viewport = view.viewport()
    a, b = view_point(view, start), view_point(view, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


def _click(view, at: QPointF, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view_point(view, at))


@pytest.fixture
def open_board():
    """open_board(qtbot, path) -> (workshop file, session, board widget), shown."""
    return _open_board


@pytest.fixture
def drag():
    """drag(view, start, end[, modifier]): a real mouse drag between two board points."""
    return _drag


@pytest.fixture
def click():
    """click(view, at[, modifier]): a real mouse click on a board point."""
    return _click
