"""The board's view: zoom, pan, fit, keyboard commands and inline editing.

Zoom: the wheel (with or without Ctrl), a pinch on a touchpad or screen, and
+ / - / 0. Pan: drag empty space with the middle button, or hold Space and drag;
the scroll bars; Shift+wheel. Keys act on the selection (see `KEYS`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QTransform
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QLineEdit,
    QPinchGesture,
    QPlainTextEdit,
    QWidget,
)

from workshop_app.gui.board.items import NoteItem, ThemeItem
from workshop_app.gui.board.scene import BoardScene

MIN_ZOOM, MAX_ZOOM = 0.03, 4.0
ZOOM_STEP = 1.2
#: The smallest zoom at which a note's text is comfortably read (13 px text at 100%).
READABLE_ZOOM = 0.8


class _NoteEditor(QPlainTextEdit):
    """Edits a note's text in place: Enter saves, Shift+Enter is a new line, Esc cancels."""

    done = Signal(bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.done.emit(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.done.emit(True)


class _TitleEditor(QLineEdit):
    done = Signal(bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.done.emit(True)


class BoardView(QGraphicsView):
    #: The zoom factor changed (1.0 = 100%).
    zoom_changed = Signal(float)
    #: L: "Show similar" for the selected note (the board widget runs it).
    similar_requested = Signal()

    def __init__(self, scene: BoardScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.board = scene
        # Cards are axis-aligned: antialiasing would only slow their fills (frames ask for it).
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
            | QGraphicsView.OptimizationFlag.DontSavePainterState
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._pan_from: QPointF | None = None
        self._space = False
        self._editor: QWidget | None = None
        self._editing: NoteItem | ThemeItem | None = None
        scene.edit_requested.connect(self.start_editing)

    # ------------------------------------------------------------------ zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setTransform(QTransform.fromScale(factor, factor))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(factor)

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def _fit(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self.set_zoom(1.5)
            self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def fit_all(self) -> None:
        self._fit(self.board.board_rect())

    def fit_readable(self) -> None:
        """The whole board if its notes can be read that way; else its width, or its top-left
        corner (where the unclustered notes are), at a zoom where they can.

        The board opens like this; F ("Fit all") still shows everything.
        """
        rect = self.board.board_rect()
        if rect.isEmpty():
            return
        rect = rect.adjusted(-40, -40, 40, 40)
        viewport = self.viewport().rect()
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        if whole >= READABLE_ZOOM:
            self.set_zoom(min(whole, 1.0))
            self.centerOn(rect.center())
            return
        zoom = max(READABLE_ZOOM, min(viewport.width() / rect.width(), 1.0))
        self.set_zoom(zoom)
        # The top-left corner of the board in the top-left corner of the view.
        self.centerOn(
            rect.left() + viewport.width() / (2 * zoom),
            rect.top() + viewport.height() / (2 * zoom),
        )

    def fit_selection(self) -> None:
        box = QRectF()
        for item in self.board.selectedItems():
            box = box.united(item.sceneBoundingRect())
        self._fit(box if not box.isEmpty() else self.board.board_rect())

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls
            return
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            return
        factor = ZOOM_STEP ** (delta / 120)
        old = self.mapToScene(event.position().toPoint())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        new = self.mapToScene(event.position().toPoint())
        shift = new - old
        self.translate(shift.x(), shift.y())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(zoom)
        event.accept()

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.set_zoom(self.zoom() * pinch.scaleFactor(), anchor=pinch.centerPoint())
                event.accept()
                return True
        if event.type() == QEvent.Type.NativeGesture:
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.set_zoom(self.zoom() * (1 + event.value()), anchor=event.position())
                return True
        return super().viewportEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        self.board.set_far_for(self.zoom())
        super().paintEvent(event)

    # ------------------------------------------------------------------- pan

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(
                self.horizontalScrollBar().value() - round(delta.x())
            )
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            return
        super().keyReleaseEvent(event)

    # ------------------------------------------------------------- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        board = self.board
        notes, themes = board.selected_notes(), board.selected_themes()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setInteractive(False)  # the drag pans, even when it starts on a note
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        elif key == Qt.Key.Key_Space:
            pass
        elif ctrl and key == Qt.Key.Key_A:
            board.finish_loading()
            for note in board.notes.values():
                if note.isVisible():
                    note.setSelected(True)
        elif ctrl:
            super().keyPressEvent(event)
            return
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.zoom_reset()
        elif key == Qt.Key.Key_F:
            self.fit_selection() if shift else self.fit_all()
        elif key == Qt.Key.Key_N:
            theme = board.new_theme(notes)
            if theme is not None:
                self.start_editing(theme)
        elif key == Qt.Key.Key_S:
            theme = board.split(notes)
            if theme is not None:
                self.start_editing(theme)
        elif key == Qt.Key.Key_M:
            board.merge(themes)
        elif key == Qt.Key.Key_D:
            board.dissolve(themes)
        elif key == Qt.Key.Key_U:
            board.unfile(notes)
        elif key == Qt.Key.Key_T and len(themes) == 1:
            board.file_selection_into(themes[0], notes)
        elif key == Qt.Key.Key_Q:
            board.toggle_quote(notes)
        elif key == Qt.Key.Key_L:
            self.similar_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            board.delete(notes, themes)
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            target = (notes or themes or [None])[0]
            if target is not None and len(notes) + len(themes) == 1:
                self.start_editing(target)
        elif key == Qt.Key.Key_Escape:
            board.clearSelection()
            board.clear_similar()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_focus(key, extend=shift)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_focus(self, key: Qt.Key, extend: bool = False) -> None:
        """Select the nearest visible item in the direction of an arrow key."""
        board = self.board
        candidates = [
            i for i in list(board.notes.values()) + board.ordered_themes() if i.isVisible()
        ]
        if not candidates:
            return
        current = board.focusItem() if board.focusItem() in candidates else None
        if current is None:
            selected = [i for i in board.selectedItems() if i in candidates]
            current = selected[-1] if selected else None
        if current is None:
            centre = self.mapToScene(self.viewport().rect().center())
            chosen = min(
                candidates, key=lambda i: _distance(i.sceneBoundingRect().center(), centre)
            )
        else:
            origin = _anchor(current)
            dx, dy = {
                Qt.Key.Key_Left: (-1, 0),
                Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, -1),
                Qt.Key.Key_Down: (0, 1),
            }[key]
            best, best_score = None, None
            for item in candidates:
                if item is current:
                    continue
                d = _anchor(item) - origin
                along = d.x() * dx + d.y() * dy
                if along <= 1:
                    continue
                across = abs(d.x() * dy) + abs(d.y() * dx)
                score = along + 2 * across
                if best_score is None or score < best_score:
                    best, best_score = item, score
            if best is None:
                return
            chosen = best
        if not extend:
            board.clearSelection()
        chosen.setSelected(True)
        chosen.setFlag(chosen.GraphicsItemFlag.ItemIsFocusable, True)
        board.setFocusItem(chosen)
        self.ensureVisible(chosen.sceneBoundingRect(), 40, 40)

    # --------------------------------------------------------- inline edit

    def start_editing(self, item: NoteItem | ThemeItem) -> None:
        """Open an editor over a theme's title or a note's text."""
        self.finish_editing(False)
        zoom = self.zoom()
        if isinstance(item, ThemeItem):
            rect = item.title_rect()
            editor = _TitleEditor(self.viewport())
            editor.setText(item.title())
            editor.selectAll()
        else:
            rect = item.sceneBoundingRect()
            editor = _NoteEditor(self.viewport())
            editor.setPlainText(item.row["text"])
            editor.selectAll()
        self.ensureVisible(rect, 20, 20)
        font = QFont()
        font.setPixelSize(max(11, round((17 if isinstance(item, ThemeItem) else 13) * zoom)))
        editor.setFont(font)
        view_rect = self.mapFromScene(rect).boundingRect()
        editor.setGeometry(view_rect.adjusted(2, 2, -2, -2))
        editor.done.connect(self.finish_editing)
        self._editor, self._editing = editor, item
        editor.show()
        editor.setFocus()

    def editor(self) -> QWidget | None:
        return self._editor

    def finish_editing(self, save: bool = True) -> None:
        editor, item = self._editor, self._editing
        if editor is None:
            return
        self._editor = self._editing = None
        if save and item is not None:
            if isinstance(editor, _TitleEditor):
                self.board.rename_theme(item.theme_id, editor.text())
            else:
                self.board.edit_note(item.note_id, editor.toPlainText())
        editor.hide()
        editor.deleteLater()
        self.setFocus()


def _anchor(item) -> QPointF:
    if isinstance(item, ThemeItem):
        return item.title_rect().center()
    return item.sceneBoundingRect().center()


def _distance(a: QPointF, b: QPointF) -> float:
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
