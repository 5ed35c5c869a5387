"""The sticky-note board of the Cluster step (see docs/board.md)."""

from workshop_app.gui.board.widget import BoardWidget

__all__ = ["BoardWidget"]
