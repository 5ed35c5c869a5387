"""Known problems in plain words, with what to do; bugs go to the log file.

The core raises `WorkshopFileError` subclasses; here each kind gets a short,
translated explanation and advice. The core's own message (which names the
file) is shown underneath as the detail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.core import errors
from workshop_app.core.logs import log_exception, log_file


def friendly(exc: BaseException) -> tuple[str, str]:
    """(headline, what to do) for a known problem."""
    if isinstance(exc, errors.DiskFull):
        return (
            QCoreApplication.translate("Errors", "The disk is full."),
            QCoreApplication.translate(
                "Errors",
                "Your last change was not saved, and nothing else was changed. "
                "Free some space on the disk, then try again.",
            ),
        )
    if isinstance(exc, errors.FileLocked):
        return (
            QCoreApplication.translate("Errors", "The file is in use by another program."),
            QCoreApplication.translate(
                "Errors",
                "Close the file in the other program (or on the other computer), "
                "then try again. Nothing was changed.",
            ),
        )
    if isinstance(exc, errors.ReadOnlyFile):
        return (
            QCoreApplication.translate("Errors", "The file cannot be changed (it is read-only)."),
            QCoreApplication.translate(
                "Errors",
                "Nothing was changed. Use File → Save a copy as… to save a copy "
                "in a folder you can write to, and work on the copy.",
            ),
        )
    if isinstance(exc, errors.CorruptFile):
        return (
            QCoreApplication.translate("Errors", "The file is damaged."),
            QCoreApplication.translate(
                "Errors",
                "Samla did not change it. Open a backup of the file, or ask the "
                "person who sent it for a new copy.",
            ),
        )
    if isinstance(exc, errors.NewerSchema):
        return (
            QCoreApplication.translate("Errors", "The file was made by a newer version of Samla."),
            QCoreApplication.translate(
                "Errors", "Update Samla to open it. The file was not changed."
            ),
        )
    if isinstance(exc, errors.NotAWorkshopFile):
        return (
            QCoreApplication.translate("Errors", "This is not a Samla workshop file."),
            QCoreApplication.translate("Errors", "Choose a file that was made with Samla."),
        )
    if isinstance(exc, errors.FileMissing):
        return (
            QCoreApplication.translate("Errors", "The file cannot be found."),
            QCoreApplication.translate(
                "Errors", "It may have been moved, renamed or be on a disk that is not connected."
            ),
        )
    if isinstance(exc, errors.AlreadyExists):
        return (
            QCoreApplication.translate("Errors", "A file with that name already exists."),
            QCoreApplication.translate("Errors", "Choose another name."),
        )
    if isinstance(exc, errors.InvalidValue | errors.InvalidDocument):
        return (
            QCoreApplication.translate("Errors", "That value cannot be used."),
            QCoreApplication.translate("Errors", "Check it and try again."),
        )
    return (
        QCoreApplication.translate("Errors", "Something went wrong."),
        QCoreApplication.translate("Errors", "Please try again."),
    )


def show_error(parent: QWidget | None, exc: BaseException, attempted: str = "") -> QMessageBox:
    """Show a known problem (non-blocking) and return the message box.

    `attempted` names an undo or redo that was not done ("Undo Add note"): the box
    says so, and that the undo history still matches the file."""
    headline, advice = friendly(exc)
    if attempted:
        advice = (
            QCoreApplication.translate(
                "Errors",
                "“%1” was not done: the file and Edit → Undo are as they were.",
            ).replace("%1", attempted)
            + "\n\n"
            + advice
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Samla"),
        headline,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("error_message")
    box.setInformativeText(advice)
    box.setDetailedText(str(exc))
    box.open()
    return box


def show_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Log an unexpected error and tell the user where the details are."""
    where = log_exception(exc)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Samla"),
        QCoreApplication.translate("Errors", "Something unexpected went wrong."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("bug_message")
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "Your work is saved up to the last change. The details were written to "
            "the log file:\n%1",
        ).replace("%1", str(where or log_file()))
    )
    box.open()
    return box
