"""The report branding tab of the series set-up: a PNG or SVG logo, its text, an accent."""

from __future__ import annotations

import io

from PIL import Image

from workshop_app.core import branding
from workshop_app.core.demo import write_demo
from workshop_app.gui.branding_editor import BrandingEditor
from workshop_app.gui.session import Session

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
    b'<rect width="200" height="100" fill="#1f5f5b"/>'
    b'<image href="file:///etc/passwd" width="10" height="10"/>'
    b"</svg>"
)


def _editor(qtbot, tmp_path):
    wf = write_demo(tmp_path / "demo.samla")
    session = Session(wf)
    editor = BrandingEditor(session)
    qtbot.addWidget(editor)
    return editor, session


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), "#aa3300").save(out, format="PNG")
    return out.getvalue()


def test_a_png_logo_is_stored_shown_and_undoable(qtbot, tmp_path):
    editor, session = _editor(qtbot, tmp_path)
    (tmp_path / "logo.png").write_bytes(_png())
    assert editor.load_logo_file(tmp_path / "logo.png")
    assert branding.logo_png(session.wf.series()) == _png()
    assert not editor.preview.pixmap().isNull() and editor.remove_logo.isEnabled()
    session.undo_stack.undo()
    assert branding.logo_png(session.wf.series()) is None
    assert not editor.remove_logo.isEnabled()


def test_an_svg_logo_is_drawn_into_a_png_without_reading_the_files_it_names(qtbot, tmp_path):
    """Qt would read the local file the SVG's <image> names (and warn that it is no image,
    which fails the test: qt_log_level_fail); the editor drops every outside link first."""
    editor, session = _editor(qtbot, tmp_path)
    (tmp_path / "logo.svg").write_bytes(SVG)
    assert editor.load_logo_file(tmp_path / "logo.svg")
    data = branding.logo_png(session.wf.series())
    assert data is not None and branding.png_size(data) == (1200, 600)


def test_a_file_that_is_no_image_is_refused_with_a_reason(qtbot, tmp_path):
    editor, session = _editor(qtbot, tmp_path)
    errors = []
    session.failed.connect(errors.append)
    (tmp_path / "notes.txt").write_text("inte en bild", "utf-8")
    assert not editor.load_logo_file(tmp_path / "notes.txt")
    assert branding.logo_png(session.wf.series()) is None
    assert errors and "PNG" in str(errors[0])


def test_alt_text_and_accent_are_saved_as_typed(qtbot, tmp_path):
    editor, session = _editor(qtbot, tmp_path)
    editor.alt.setText("Landsbygdsnätverkets logotyp")
    editor.alt.editingFinished.emit()
    editor.accent.setText("#224466")
    editor.accent.editingFinished.emit()
    series = session.wf.series()
    assert series["logo_alt"] == "Landsbygdsnätverkets logotyp"
    assert branding.accent_colour(series) == "#224466"
    editor.accent.setText("röd")
    editor.accent.editingFinished.emit()
    assert branding.accent_colour(session.wf.series()) == "#224466"  # refused, kept
    assert editor.accent.text() == "#224466"
