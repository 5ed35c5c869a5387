"""Cluster suggestions computed off the GUI thread.

The worker gets plain data read on the GUI thread (the notes as dicts, the language,
the question's text): never the open file, whose SQLite connection stays on its own
thread. It hands the suggestions back by signal; the board only touches widgets on
the GUI thread. Grouping is quadratic in the number of notes, so thousands of notes
would otherwise freeze the window for seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal


class SuggestWorker(QObject):
    done = Signal(object)  # list[Suggestion]
    failed = Signal(object)  # the exception

    def __init__(self, notes: list[dict], language: str, ignore: str):
        super().__init__()
        self.notes = notes
        self.language = language
        self.ignore = ignore

    def run(self) -> None:
        try:
            from workshop_app.core import suggest  # loads the stemmers: on first use

            self.done.emit(suggest.suggest_groups(self.notes, self.language, ignore=self.ignore))
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.failed.emit(exc)


class SuggestJob(QObject):
    """One computation on its own thread. Running jobs are kept alive here until their
    thread has finished, even if the board that asked is gone meanwhile."""

    #: (job, suggestions) and (job, exception), on the GUI thread.
    ready = Signal(object, object)
    failed = Signal(object, object)
    #: The thread has finished (on the GUI thread).
    ended = Signal(object)

    running: set[SuggestJob] = set()
    _joins_at_quit = False

    def __init__(self, notes: list[dict], language: str, ignore: str):
        super().__init__()  # lives on the GUI thread: its slots run there
        self.thread = QThread()
        self.thread.setObjectName("suggest-groups")
        self.worker = SuggestWorker(notes, language, ignore)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Bound methods of this GUI-thread object: queued across, so they run on the GUI thread.
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.done.connect(self.thread.quit)
        self.worker.failed.connect(self.thread.quit)
        self.thread.finished.connect(self._finished)

    def start(self) -> None:
        SuggestJob.running.add(self)
        app = QCoreApplication.instance()
        if app is not None and not SuggestJob._joins_at_quit:
            app.aboutToQuit.connect(SuggestJob.join_all)
            SuggestJob._joins_at_quit = True
        self.thread.start()

    def _done(self, suggestions) -> None:
        self.ready.emit(self, suggestions)

    def _failed(self, exc) -> None:
        self.failed.emit(self, exc)

    def _finished(self) -> None:
        self.thread.wait()  # the thread's last moments, after it emitted `finished`
        SuggestJob.running.discard(self)
        self.ended.emit(self)

    def join(self) -> None:
        """Wait for the computation to end (it cannot be interrupted half-way)."""
        self.thread.quit()
        self.thread.wait()
        if self in SuggestJob.running:
            SuggestJob.running.discard(self)
            self.ended.emit(self)

    @classmethod
    def join_all(cls) -> None:
        for job in list(cls.running):
            job.join()
