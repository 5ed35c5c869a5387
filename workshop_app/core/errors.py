"""Errors the user can understand and act on.

Known environment problems (missing, locked, read-only, full disk, damaged or
foreign files) are raised as `WorkshopFileError` subclasses with a message in
plain words. Anything else is a bug and propagates as itself.
"""


class WorkshopFileError(Exception):
    """A problem with a workshop file that the user can do something about."""


class FileMissing(WorkshopFileError):
    pass


class NotAWorkshopFile(WorkshopFileError):
    pass


class CorruptFile(WorkshopFileError):
    pass


class NewerSchema(WorkshopFileError):
    pass


class FileLocked(WorkshopFileError):
    pass


class ReadOnlyFile(WorkshopFileError):
    pass


class DiskFull(WorkshopFileError):
    pass


class AlreadyExists(WorkshopFileError):
    pass


class InvalidValue(WorkshopFileError):
    """A value handed to the core API has the wrong type or refers to nothing."""


class InvalidDocument(WorkshopFileError):
    """An interchange document (JSON) failed validation."""
