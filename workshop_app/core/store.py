"""The workshop file: one SQLite file per workshop series, and the one API that changes it.

Every mutation runs in one transaction, is durable when it returns (WAL with
`synchronous=FULL`), and returns a `Changes` describing every row it touched.
Nothing outside `core/` writes SQL; within it, every write goes through `WorkshopFile`.

A file is inspected (core/inspection.py: header, id, version, exact schema, bounded
`quick_check`) before it is used; values are checked by the one validator
(core/validation.py) before they are written.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workshop_app.core import connection, errors, inspection, migrations, templates, validation
from workshop_app.core.changes import Changes, RowChange
from workshop_app.core.connection import friendly_errors
from workshop_app.core.migrations import SCHEMA_VERSION
from workshop_app.core.schema import APPLICATION_ID, BOOKKEEPING, JSON, TABLES

BASE_COLUMNS = ("id", "created_at", "updated_at", "deleted_at")


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def _encode(table: str, values: dict) -> dict:
    spec = TABLES[table].columns
    out = {}
    for name, value in values.items():
        kind = spec.get(name)
        if kind is JSON and value is not None:
            value = json.dumps(value, ensure_ascii=False)
        elif kind is bool and value is not None:
            value = int(value)
        out[name] = value
    return out


#: What SQLite must hand back for each kind of column (a file written elsewhere may hold
#: anything: SQLite's columns take any type).
_STORED = {str: (str,), JSON: (str,), bool: (int,), int: (int,), float: (float, int)}
_STAMPS = ("created_at", "updated_at")


def _decode(table: str, row: dict) -> dict:
    """A row as Python values; a value of the wrong type (the file was changed outside
    Samla) is refused in plain words instead of failing somewhere later."""
    for name, kind in TABLES[table].columns.items():
        value = row.get(name)
        if value is None:
            continue
        if type(value) not in _STORED[kind]:
            _refuse_value(table, row, name, value)
        if kind is JSON:
            try:
                row[name] = json.loads(value)
            except ValueError:
                _refuse_value(table, row, name, value)
            if validation.value_problem(table, name, row[name]):  # a list of texts
                _refuse_value(table, row, name, row[name])
        elif kind is bool:
            row[name] = bool(value)
        elif kind is float:
            row[name] = float(value)
    for name in _STAMPS:
        if type(row.get(name, "")) is not str:
            _refuse_value(table, row, name, row[name])
    return row


def _refuse_value(table: str, row: dict, column: str, value: object) -> None:
    problem = (
        validation.value_problem(table, column, value) if column in TABLES[table].columns else None
    )
    raise errors.CorruptFile(
        f"{table} row {str(row.get('id'))[:40]!r} {problem or f'has an invalid {column}'}: the "
        "file was changed outside Samla. `workshop-app check` lists every problem."
    )


def _dicts(cursor: sqlite3.Cursor) -> Iterator[dict]:
    """The cursor's rows as dicts of column name to value."""
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _brings_text_back(values: dict) -> bool:
    """Whether writing `values` to an erased note would give it text or undo the erasure."""
    return bool(values.get("text")) or ("erased_at" in values and not values["erased_at"])


def _undoable(row: RowChange) -> bool:
    """Whether undo and redo may touch this row change (not history, not an erasure)."""
    if row.table in BOOKKEEPING:
        return False
    erased_now = row.after.get("erased_at") and not (row.before or {}).get("erased_at")
    return not erased_now


def _columns_sql(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


class WorkshopFile:
    """An open workshop file. Create with `WorkshopFile.create` or `WorkshopFile.open`."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        readonly: bool,
        clock: Callable[[], datetime] = utc_now,
    ):
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self.clock = clock
        #: How long a write waits for another program holding the file (PRAGMA busy_timeout).
        self.busy_timeout_ms = 5000
        self._db = None

    @property
    def db(self):
        """The same connection seen through sqlite-utils (bulk work, tests, the shell)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(
        cls,
        path: str | os.PathLike,
        *,
        clock: Callable[[], datetime] = utc_now,
        series_id: str | None = None,
        **series: object,
    ) -> WorkshopFile:
        """Create a new, empty workshop file holding one series. Refuses to overwrite."""
        return cls.create_filled(path, None, clock=clock, series_id=series_id, **series)

    @classmethod
    def create_filled(
        cls,
        path: str | os.PathLike,
        fill: Callable[[WorkshopFile], object] | None,
        *,
        clock: Callable[[], datetime] = utc_now,
        series_id: str | None = None,
        compact: bool = False,
        bulk: bool = False,
        **series: object,
    ) -> WorkshopFile:
        """Create a workshop file and fill it in, all or nothing; returns it open.

        The file is built beside `path` under a private temporary name, with a
        rollback journal (so no write-ahead log can be left behind), in one
        transaction: schema, series row and `fill(wf)`. Only a complete file is moved
        into place; on any failure (a full disk, a bad row) nothing is left at `path`
        and a retry works. With `compact`, the file is compacted before it is moved
        (a copy to publish: no free pages, one index segment), stays a closed file
        with a rollback journal, and is returned open read-only. With `bulk` (many
        rows at once: an import, a public copy), references are checked once for the
        whole file before it is committed instead of row by row.
        """
        from workshop_app.core.atomic import atomic_path

        path = Path(path)
        if path.exists() or path.is_symlink():
            raise errors.AlreadyExists(f"{path} already exists; choose another name.")
        with friendly_errors(path):
            with atomic_path(path, exclusive=True) as tmp:
                conn = connection.connect(tmp, create=True)
                try:
                    wf = cls(tmp, conn, readonly=False, clock=clock)
                    wf._build(series_id, series, fill, bulk=bulk)
                    if compact:
                        wf.compact()
                except errors.WorkshopFileError as exc:  # named after the file being made
                    if tmp.name not in str(exc):
                        raise
                    raise type(exc)(str(exc).replace(tmp.name, path.name)) from exc
                finally:
                    conn.close()
        return cls.open(path, clock=clock, readonly=compact)

    def _build(self, series_id: str | None, series: dict, fill, *, bulk: bool = False) -> None:
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute(f"PRAGMA foreign_keys = {'OFF' if bulk else 'ON'}")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for index in range(SCHEMA_VERSION):
                migrations.apply(self.conn, index)
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._insert("series", {**TABLES["series"].defaults, **series}, row_id=series_id)
            if fill is not None:
                fill(self)
            if bulk:
                broken = self.conn.execute("PRAGMA foreign_key_check").fetchone()
                if broken is not None:
                    raise errors.InvalidValue(
                        f"A {broken[0]} row points to a {broken[2]} row that does not exist."
                    )
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        *,
        readonly: bool = False,
        clock: Callable[[], datetime] = utc_now,
        busy_timeout_ms: int = 5000,
    ) -> WorkshopFile:
        """Open an existing workshop file, inspecting it before anything is written.

        Only a file that passes the inspection is opened for writing and, when older,
        migrated (each migration in one transaction). An older file opened read-only
        is read through an up-to-date copy in memory; the file itself is not touched.
        """
        path = Path(path)
        if not readonly and path.exists() and not os.access(path, os.W_OK):
            raise errors.ReadOnlyFile(
                f"{path.name} is read-only. Open it read-only or save a copy you can write to."
            )
        found = inspection.inspect(path)
        with friendly_errors(path):
            # Read-only without a log beside it: immutable, so nothing is made beside the file.
            immutable = readonly and not Path(f"{path}-wal").exists()
            conn = connection.connect(path, readonly=readonly, immutable=immutable)
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
                # The file was inspected through another connection: make sure this one
                # sees the same schema (it could have been swapped in between).
                if inspection.schema_differences(conn, found.version):
                    raise inspection.UnexpectedSchema(f"{path.name} changed while it was opened.")
                if readonly and found.version < SCHEMA_VERSION:
                    conn = migrations.migrated_copy(conn, found.version)
                wf = cls(path, conn, readonly=readonly, clock=clock)
                wf.busy_timeout_ms = busy_timeout_ms
                if readonly:
                    conn.execute("PRAGMA foreign_keys = ON")
                    conn.execute("PRAGMA query_only = ON")
                else:
                    wf._configure()
                    wf._migrate(found.version)
            except BaseException:
                conn.close()
                raise
        return wf

    def _configure(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise errors.FileLocked(f"{self.path.name} could not be opened for writing ({mode}).")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        # Deleted and overwritten text is zeroed on disk, not left in free space.
        self.conn.execute("PRAGMA secure_delete = ON")

    def _migrate(self, version: int) -> None:
        """Run each pending migration in one transaction; a failure leaves the file as it was."""
        for index in range(version, SCHEMA_VERSION):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                migrations.apply(self.conn, index)
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.conn.execute(f"PRAGMA user_version = {index + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the file; its write-ahead log is folded in when the disk allows.

        When that checkpoint cannot run (a full disk, another reader), the log stays
        beside the file and SQLite replays it on the next open: nothing is lost.
        """
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- reading

    def now(self) -> str:
        return validation.format_time(self.clock())

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def query(self, sql: str, params: Iterable | dict = ()) -> list[tuple]:
        """Read with SQL of the core's own (voting totals, reports); never for writing."""
        with friendly_errors(self.path):
            return self.conn.execute(sql, params).fetchall()

    def rows(
        self,
        table: str,
        where: str | None = None,
        params: Iterable | dict = (),
        *,
        include_deleted: bool = False,
    ) -> list[dict]:
        """Rows of a table, alive ones only unless asked, in their natural order."""
        clauses = [] if include_deleted else ["deleted_at IS NULL"]
        if where:
            clauses.append(f"({where})")
        sql = f'SELECT * FROM "{table}"'
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        order = (
            "position, created_at, id" if "position" in TABLES[table].columns else "created_at, id"
        )
        sql += f" ORDER BY {order}"
        with friendly_errors(self.path):
            return [_decode(table, row) for row in _dicts(self.conn.execute(sql, params))]

    def iter_rows(self, table: str, *, include_deleted: bool = True) -> Iterator[dict]:
        """Every row of a table one at a time, in natural order (streaming exports)."""
        where = "" if include_deleted else " WHERE deleted_at IS NULL"
        order = (
            "position, created_at, id" if "position" in TABLES[table].columns else "created_at, id"
        )
        with friendly_errors(self.path):
            cursor = self.conn.execute(f'SELECT * FROM "{table}"{where} ORDER BY {order}')
            for row in _dicts(cursor):
                yield _decode(table, row)

    def get(self, table: str, row_id: str) -> dict | None:
        with friendly_errors(self.path):
            cursor = self.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
            found = next(_dicts(cursor), None)
        return _decode(table, found) if found is not None else None

    def series(self) -> dict:
        found = self.rows("series", include_deleted=True)
        if not found:
            raise errors.CorruptFile(
                f"{self.path.name} holds no series: it was changed outside Samla. "
                "Restore it from a backup."
            )
        return found[0]

    def perspectives(self) -> list[dict]:
        return self.rows("perspectives")

    def workshops(self) -> list[dict]:
        return self.rows("workshops")

    def questions(self) -> list[dict]:
        return self.rows("questions")

    def themes(self, question_id: str | None = None) -> list[dict]:
        if question_id is None:
            return self.rows("themes")
        return self.rows("themes", "question_id = ?", [question_id])

    def notes(
        self,
        question_id: str | None = None,
        workshop_ids: Iterable[str] | None = None,
        *,
        include_deleted: bool = False,
    ) -> list[dict]:
        clauses, params = [], []
        if question_id is not None:
            clauses.append("question_id = ?")
            params.append(question_id)
        if workshop_ids is not None:
            ids = list(workshop_ids)
            clauses.append(f"workshop_id IN ({', '.join('?' * len(ids)) or 'NULL'})")
            params.extend(ids)
        return self.rows(
            "notes", " AND ".join(clauses) or None, params, include_deleted=include_deleted
        )

    def votes(self) -> list[dict]:
        return self.rows("votes")

    def examples(self) -> list[dict]:
        return self.rows("examples")

    def lessons(self) -> list[dict]:
        return self.rows("lessons")

    def note_count(self) -> int:
        return self.query("SELECT count(*) FROM notes WHERE deleted_at IS NULL")[0][0]

    def search_notes(self, query: str, question_id: str | None = None) -> list[str]:
        """Ids of live notes whose text matches every word of `query` (prefix match).

        The full-text index is asked first and the question filter applied to its
        answer: asking per note of the question ran the match once per note.
        """
        # NUL ends an FTS query early and unpaired surrogates cannot be encoded: drop both.
        query = query.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        sql = (
            "SELECT id FROM notes WHERE rowid IN "
            "(SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?) AND deleted_at IS NULL"
        )
        params: list = [match]
        if question_id is not None:
            sql += " AND question_id = ?"
            params.append(question_id)
        return [row[0] for row in self.query(sql, params)]

    def integrity_problems(self) -> list[str]:
        """Every problem `check` finds in the file (an empty list: the file is sound)."""
        from workshop_app.core.check import check_file

        return check_file(self.path).problems

    def setting(self, key: str, default: str | None = None) -> str | None:
        found = self.rows("settings", "key = ?", [key])
        return found[0]["value"] if found else default

    # --------------------------------------------------------------- mutating

    @contextlib.contextmanager
    def transaction(self) -> Iterator[WorkshopFile]:
        """One transaction around several API calls (nested calls become savepoints)."""
        if self.readonly:
            raise errors.ReadOnlyFile(f"{self.path.name} is open read-only.")
        with friendly_errors(self.path):
            conn = self.conn
            if conn.in_transaction:
                conn.execute("SAVEPOINT nested")
                try:
                    yield self
                except BaseException:
                    # A failed statement may have ended the whole transaction already.
                    if conn.in_transaction:
                        conn.execute("ROLLBACK TO nested")
                        conn.execute("RELEASE nested")
                    raise
                conn.execute("RELEASE nested")
                return
            # IMMEDIATE takes the write lock up front, so another program holding the file
            # makes this wait for the busy timeout; a deferred transaction that reads first
            # and then writes fails at once instead (SQLite cannot wait on that upgrade).
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _check_theme(self, question_id: str, theme_id: str | None) -> None:
        """A note can only be in a theme of its own question."""
        if theme_id is None:
            return
        found = self.conn.execute(
            "SELECT question_id FROM themes WHERE id = ?", [theme_id]
        ).fetchone()
        if found is not None and found[0] != question_id:
            raise errors.InvalidValue("A note can only be put in a theme of its own question.")

    def _next_position(self, table: str, values: dict) -> int:
        """After the last row, within the validator's range: a file from elsewhere may hold
        positions at SQLite's limit (2^63 - 1) or of another type, and adding must still work."""
        within = TABLES[table].ordered_within or ()
        where = " AND ".join(f'"{col}" IS ?' for col in within) or "1"
        row = self.conn.execute(
            f"SELECT max(position) FROM \"{table}\" WHERE typeof(position) = 'integer' AND {where}",
            [values.get(c) for c in within],
        ).fetchone()
        low, high = validation.POSITION_RANGE
        return 0 if row[0] is None else max(low, min(high, row[0] + 1))

    def _insert(self, table: str, values: dict, *, row_id: str | None = None) -> RowChange:
        spec = TABLES[table]
        full = validation.check_values(table, {**spec.defaults, **values})
        if spec.ordered_within is not None and full.get("position") is None:
            full["position"] = self._next_position(table, full)
        now = self.now()
        row_id = validation.check_id(row_id) if row_id is not None else new_id()
        if table == "notes":
            self._check_theme(full["question_id"], full.get("theme_id"))
        row = {"id": row_id, **full, "created_at": now, "updated_at": now, "deleted_at": None}
        stored = _encode(table, row)
        marks = ", ".join("?" * len(stored))
        cursor = self.conn.execute(
            f'INSERT INTO "{table}" ({_columns_sql(stored)}) VALUES ({marks})',
            list(stored.values()),
        )
        if table == "notes":
            self.conn.execute(
                "INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", [cursor.lastrowid, row["text"]]
            )
        after = {name: row.get(name) for name in (*BASE_COLUMNS[:1], *spec.columns)}
        after.update(created_at=now, updated_at=now, deleted_at=None)
        return RowChange(table, row_id, None, after)

    def _update(self, table: str, row_id: str, values: dict) -> RowChange:
        """Write `values` (already checked, Python types) to one row; returns before and after."""
        before = self.get(table, row_id)
        if before is None:
            raise errors.InvalidValue(f"No {table} row {row_id}")
        if table == "notes" and before["erased_at"] and _brings_text_back(values):
            raise errors.InvalidValue("This note was erased for good; its text cannot come back.")
        if table == "notes" and ("theme_id" in values or "question_id" in values):
            merged = {**before, **values}
            self._check_theme(merged["question_id"], merged["theme_id"])
        now = self.now()
        stored = {**_encode(table, values), "updated_at": now}
        assignments = ", ".join(f'"{name}" = ?' for name in stored)
        self.conn.execute(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*stored.values(), row_id]
        )
        if table == "notes" and "text" in values and values["text"] != before["text"]:
            self._reindex([(row_id, before["text"])])
        return RowChange(table, row_id, before, {**before, **values, "updated_at": now})

    def add(self, table: str, *, id: str | None = None, **values: object) -> Changes:
        """Add one row to `table`; returns the change (its id is `changes.rows[0].id`)."""
        with self.transaction():
            if table == "questions":
                values = templates.question_values(self, None, values)
            return Changes((self._insert(table, values, row_id=id),))

    def update(self, table: str, row_id: str, **values: object) -> Changes:
        """Change fields of one row; questions that follow a template it rewords follow it."""
        checked = validation.check_values(table, values)
        with self.transaction():
            if table == "questions":
                checked = templates.question_values(self, self.get(table, row_id), checked)
            rows = [self._update(table, row_id, checked)]
            for question_id, text in templates.followers(self, table, row_id, checked).items():
                rows.append(self._update("questions", question_id, {"text": text}))
            return Changes(tuple(rows))

    def delete(self, table: str, row_id: str) -> Changes:
        """Soft-delete one row (it stays in the file, and can be restored or undone)."""
        with self.transaction():
            changes = [self._update(table, row_id, {"deleted_at": self.now()})]
            if table == "themes":
                changes += self._unfile_notes(row_id)
            return Changes(tuple(changes))

    def restore(self, table: str, row_id: str) -> Changes:
        with self.transaction():
            return Changes((self._update(table, row_id, {"deleted_at": None}),))

    def update_series(self, **values: object) -> Changes:
        return self.update("series", self.series()["id"], **values)

    def add_note(
        self,
        question_id: str,
        workshop_id: str,
        text: str,
        *,
        perspective_id: str | None = None,
        theme_id: str | None = None,
        **values: object,
    ) -> Changes:
        """Add a participant's note. Committed to disk before this returns."""
        if not isinstance(text, str) or not text.strip():
            raise errors.InvalidValue("A note needs some text.")
        return self.add(
            "notes",
            question_id=question_id,
            workshop_id=workshop_id,
            text=text,
            perspective_id=perspective_id,
            theme_id=theme_id,
            **values,
        )

    def file_notes(self, note_ids: Iterable[str], theme_id: str | None) -> Changes:
        """Put notes into a theme (or back among the unclustered with None)."""
        with self.transaction():
            return Changes(
                tuple(self._update("notes", nid, {"theme_id": theme_id}) for nid in note_ids)
            )

    def _unfile_notes(self, theme_id: str) -> list[RowChange]:
        members = self.rows("notes", "theme_id = ?", [theme_id], include_deleted=True)
        return [self._update("notes", n["id"], {"theme_id": None}) for n in members]

    def dissolve_theme(self, theme_id: str) -> Changes:
        """Remove a theme; its notes go back among the unclustered."""
        return self.delete("themes", theme_id)

    def swap_positions(self, table: str, first: str, second: str) -> Changes:
        """Exchange the places of two rows of an ordered table (move up / move down)."""
        with self.transaction():
            a, b = self.get(table, first), self.get(table, second)
            # Taken into the validator's range first: a file from elsewhere may hold
            # positions at SQLite's limit, or of another type.
            low, high = validation.POSITION_RANGE
            pa, pb = (
                max(low, min(high, p)) if type(p) is int else 0
                for p in (a["position"], b["position"])
            )
            if pa == pb:
                pb = pa - 1 if pa == high else pa + 1
            return self.update(table, first, position=pb) + self.update(table, second, position=pa)

    def merge_themes(self, target_id: str, source_ids: Iterable[str]) -> Changes:
        """Move every note of the source themes into the target, then remove the sources."""
        with self.transaction():
            rows: list[RowChange] = []
            for source in source_ids:
                members = self.rows("notes", "theme_id = ?", [source], include_deleted=True)
                rows += [self._update("notes", n["id"], {"theme_id": target_id}) for n in members]
                rows.append(self._update("themes", source, {"deleted_at": self.now()}))
            return Changes(tuple(rows))

    def set_setting(self, key: str, value: str) -> Changes:
        with self.transaction():
            found = self.rows("settings", "key = ?", [key], include_deleted=True)
            if found:
                values = validation.check_values("settings", {"value": value})
                return Changes(
                    (self._update("settings", found[0]["id"], {**values, "deleted_at": None}),)
                )
            return Changes((self._insert("settings", {"key": key, "value": value}),))

    def put_rows(self, table: str, rows: Iterable[dict]) -> Changes:
        """Write whole rows verbatim, ids and timestamps kept (import and merge use this).

        Each row is checked by the validator first (time stamps normalised to UTC), unless
        it is one the validator returned unchanged (a `validation.Checked` row).
        """
        now = self.clock()
        with self.transaction():
            checked = [
                row if type(row) is validation.Checked else validation.check_row(table, row, now)
                for row in rows
            ]
            if not checked:
                return Changes()
            existing = self._rows_by_id(table, [row["id"] for row in checked])
            if table == "notes":
                for row in checked:
                    ours = existing.get(row["id"])
                    if ours and ours["erased_at"] and _brings_text_back(row):
                        raise errors.InvalidValue(
                            f"Note {row['id']} was erased for good; its text cannot come back."
                        )
            changes = [RowChange(table, row["id"], existing.get(row["id"]), row) for row in checked]
            names = list(checked[0])
            updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
            # One executemany: sqlite-utils' upsert_all costs ~3x more per row here.
            self.conn.executemany(
                f'INSERT INTO "{table}" ({_columns_sql(names)}) '
                f"VALUES ({', '.join('?' * len(names))}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                [tuple(_encode(table, row).values()) for row in checked],
            )
            if table == "notes":
                self._reindex(
                    (row["id"], existing[row["id"]]["text"] if row["id"] in existing else None)
                    for row in checked
                    if row["id"] not in existing or existing[row["id"]]["text"] != row["text"]
                )
            return Changes(tuple(changes))

    def _reindex(self, notes: Iterable[tuple[str, str | None]]) -> None:
        """Bring the search index up to date for notes whose text changed.

        `notes` holds (id, the text the index has for it, or None for a new note); the
        note's row already holds its new text.
        """
        notes = list(notes)
        self.conn.executemany(
            "INSERT INTO notes_fts (notes_fts, rowid, text) "
            "SELECT 'delete', rowid, ? FROM notes WHERE id = ?",
            [(old, note_id) for note_id, old in notes if old is not None],
        )
        ids = [note_id for note_id, _old in notes]
        for start in range(0, len(ids), 500):  # one statement per chunk: FTS5 is faster so
            chunk = ids[start : start + 500]
            self.conn.execute(
                "INSERT INTO notes_fts (rowid, text) SELECT rowid, text FROM notes "
                f"WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )

    def _rows_by_id(self, table: str, ids: list[str]) -> dict[str, dict]:
        found: dict[str, dict] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = f'SELECT * FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})'
            for row in _dicts(self.conn.execute(sql, chunk)):
                found[row["id"]] = _decode(table, row)
        return found

    def _write_columns(self, row: RowChange, source: dict | None) -> RowChange:
        """Write back only the columns `row` changed, as they are in `source`.

        A created row (no `before`) is soft-deleted when `source` is None and brought
        back when it is `after`. Columns the action did not touch are left alone, so an
        undo never overwrites what was changed since by something else (a merge, a
        participant's edit of their own note).
        """
        if row.before is None:
            values = {"deleted_at": self.now() if source is None else None}
        else:
            values = {
                name: source.get(name)
                for name in row.after
                if name not in ("id", "created_at", "updated_at")
                and row.before.get(name) != row.after.get(name)
            }
        return self._update(row.table, row.id, values)

    def revert(self, changes: Changes) -> Changes:
        """Undo `changes`: the columns they changed go back (a created row is soft-deleted).

        Bookkeeping rows (a merge's record) are history, not content: they stay; an
        erasure is never taken back.
        """
        with self.transaction():
            return Changes(
                tuple(
                    self._write_columns(row, row.before)
                    for row in reversed(changes.rows)
                    if _undoable(row)
                )
            )

    def reapply(self, changes: Changes) -> Changes:
        """Redo `changes` after a `revert`."""
        with self.transaction():
            return Changes(
                tuple(self._write_columns(row, row.after) for row in changes.rows if _undoable(row))
            )

    # ------------------------------------------------------------------ erasing

    def erase_notes(self, note_ids: Iterable[str]) -> Changes:
        """Erase notes' text for good (a withdrawal, an erasure request); not undoable.

        The text goes from the table, the full-text index, the merge bookkeeping (a
        version set aside by a merge) and, as far as SQLite can see, the file's free
        space and write-ahead log (`secure_delete` zeroes freed space; the index is
        rebuilt and the log folded in afterwards). The note stays as a tombstone
        (empty text, `erased_at` set, removed) so that no merge brings the text back
        from another laptop. Backups made before keep their copy (docs/privacy.md).
        The returned `Changes` hold no text; announce them without an undo entry.
        """
        ids = list(dict.fromkeys(note_ids))
        rows: list[RowChange] = []
        with self.transaction():
            now = self.now()
            for note_id in ids:
                before = self.get("notes", note_id)
                if before is None:
                    raise errors.InvalidValue(f"No notes row {note_id}")
                if before["erased_at"]:
                    continue
                values = {
                    "text": "",
                    "theme_id": None,
                    "is_quote": False,
                    "erased_at": now,
                    "deleted_at": before["deleted_at"] or now,
                }
                change = self._update("notes", note_id, values)
                rows.append(
                    RowChange("notes", note_id, {**change.before, "text": ""}, change.after)
                )
            self.forget_erased(ids)
        self.purge_free_text()
        return Changes(tuple(rows))

    def compact(self) -> None:
        """Rewrite the file without free pages, its search index in one segment."""
        with self.transaction():
            self.conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")
        with friendly_errors(self.path):
            self.conn.execute("VACUUM")

    def forget_erased(self, note_ids: Iterable[str]) -> None:
        """Drop every version of these notes that a merge set aside (they hold the text)."""
        ids = list(note_ids)
        with self.transaction():
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                self.conn.execute(
                    "DELETE FROM conflicts WHERE table_name = 'notes' "
                    f"AND row_id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )

    def purge_free_text(self) -> None:
        """Rebuild the note index and fold the log into the file after text was erased."""
        with self.transaction():
            self.conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")
        with friendly_errors(self.path):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -------------------------------------------------------- merge bookkeeping

    def merge_bookkeeping(self) -> MergeBookkeeping:
        """What earlier merges left: id mappings, versions brought in, conflicts seen."""
        q = self.query
        return MergeBookkeeping(
            id_map={
                (t, s): d for t, s, d in q("SELECT table_name, source_id, target_id FROM id_map")
            },
            origins={
                (t, r): h for t, r, h in q("SELECT table_name, row_id, version_hash FROM origins")
            },
            conflicts={
                (t, r, h) for t, r, h in q("SELECT table_name, row_id, version_hash FROM conflicts")
            },
        )

    def merge_conflicts(self, *, include_resolved: bool = False) -> list[dict]:
        """Conflicts as stored, with the name of the merge's source, oldest first."""
        sql = (
            "SELECT c.*, m.source_file FROM conflicts c LEFT JOIN merges m ON m.id = c.merge_id"
            + ("" if include_resolved else " WHERE c.resolved_at IS NULL")
            + " ORDER BY c.detected_at, c.id"
        )
        with friendly_errors(self.path):
            return list(_dicts(self.conn.execute(sql)))

    def _insert_conflict(
        self, c: dict, merge_id: str | None, now: str, resolution=None
    ) -> RowChange:
        row = {
            "id": c.get("id") or new_id(),
            "table_name": c["table"],
            "row_id": c["row_id"],
            "version": json.dumps(c["version"], ensure_ascii=False),
            "version_hash": c["version_hash"],
            "version_from": c["version_from"],
            "merge_id": merge_id,
            "detected_at": now,
            "resolved_at": now if resolution else None,
            "resolution": resolution,
        }
        self.conn.execute(
            f"INSERT INTO conflicts ({_columns_sql(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        c["id"] = row["id"]
        return RowChange("conflicts", row["id"], None, row)

    def record_merge(
        self,
        merge: dict,
        origins: list[tuple[str, str, str]],
        id_map: list[tuple[str, str, str]],
        conflicts: list[dict],
    ) -> Changes:
        """Write a merge's record: the merge, where rows came from, mapped ids, conflicts."""
        with self.transaction():
            now = self.now()
            row = {**merge, "merged_at": now}
            self.conn.execute(
                f"INSERT INTO merges ({_columns_sql(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            changes = [RowChange("merges", merge["id"], None, row)]
            self.conn.executemany(
                "INSERT INTO origins (table_name, row_id, merge_id, version_hash) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET "
                "merge_id = excluded.merge_id, version_hash = excluded.version_hash",
                [(t, r, merge["id"], h) for t, r, h in origins],
            )
            changes += [
                RowChange("origins", f"{t}/{r}", None, {"merge_id": merge["id"], "version_hash": h})
                for t, r, h in origins
            ]
            self.conn.executemany(
                "INSERT INTO id_map (table_name, source_id, target_id) VALUES (?, ?, ?) "
                "ON CONFLICT (table_name, source_id) DO UPDATE SET target_id = excluded.target_id",
                id_map,
            )
            changes += [
                RowChange("id_map", f"{t}/{s}", None, {"target_id": d}) for t, s, d in id_map
            ]
            changes += [self._insert_conflict(c, merge["id"], now) for c in conflicts]
            return Changes(tuple(changes))

    def settle_conflict(
        self, conflict_id: str, resolution: str, replaced: dict | None = None
    ) -> Changes:
        """Mark a conflict settled; `replaced` is the version a "theirs" choice put aside."""
        with self.transaction():
            now = self.now()
            changes = []
            if replaced is not None:
                changes.append(
                    self._insert_conflict(replaced, replaced.get("merge_id"), now, "replaced")
                )
            self.conn.execute(
                "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                [now, resolution, conflict_id],
            )
            changes.append(
                RowChange(
                    "conflicts", conflict_id, None, {"resolved_at": now, "resolution": resolution}
                )
            )
            return Changes(tuple(changes))


@dataclass(frozen=True)
class MergeBookkeeping:
    id_map: dict[tuple[str, str], str]
    origins: dict[tuple[str, str], str]
    conflicts: set[tuple[str, str, str]]
