"""The workshop file: one SQLite file per workshop series, and the one API that changes it.

Every mutation runs in one transaction, is durable when it returns (WAL with
`synchronous=FULL`), and returns a `Changes` describing every row it touched.
Nothing outside this module writes SQL.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from workshop_app.core import errors, migrations
from workshop_app.core.changes import Changes, RowChange
from workshop_app.core.migrations import SCHEMA_VERSION
from workshop_app.core.schema import APPLICATION_ID, JSON, TABLES

SQLITE_HEADER = b"SQLite format 3\x00"
BASE_COLUMNS = ("id", "created_at", "updated_at", "deleted_at")


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


@contextlib.contextmanager
def friendly_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's and the file system's errors into `WorkshopFileError`s in plain words."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        if "disk is full" in message or "database or disk is full" in message:
            raise errors.DiskFull(
                f"The disk is full: {path.name} could not be saved. "
                "Free some space; nothing was changed."
            ) from exc
        if "locked" in message or "busy" in message:
            raise errors.FileLocked(
                f"{path.name} is in use by another program. Close it there and try again."
            ) from exc
        if "readonly" in message or "read-only" in message:
            raise errors.ReadOnlyFile(
                f"{path.name} is read-only. Save a copy somewhere you can write to."
            ) from exc
        if "unable to open" in message:
            raise errors.FileMissing(f"{path} cannot be opened: {exc}") from exc
        raise
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.IntegrityError):
            raise
        raise errors.CorruptFile(
            f"{path.name} is damaged ({exc}). Restore it from a backup."
        ) from exc
    except OSError as exc:  # files written beside the database: backups, copies, exports
        where = exc.filename or path
        if exc.errno == errno.ENOSPC:
            raise errors.DiskFull(
                f"The disk is full: {where} could not be written. Free some space."
            ) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise errors.ReadOnlyFile(f"{where} cannot be written to ({exc.strerror}).") from exc
        raise errors.WorkshopFileError(f"{where}: {exc.strerror or exc}") from exc


def check_header(path: Path) -> None:
    """Refuse missing, non-SQLite and truncated files before SQLite touches them."""
    if not path.exists():
        raise errors.FileMissing(f"No such file: {path}")
    if path.is_dir():
        raise errors.NotAWorkshopFile(f"{path} is a folder, not a workshop file.")
    size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise errors.NotAWorkshopFile(f"{path.name} is not a workshop file.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    if page_size < 512 or size % page_size:
        raise errors.CorruptFile(f"{path.name} is truncated or damaged. Restore it from a backup.")
    if header_size_valid and size < page_count * page_size and not wal.exists():
        raise errors.CorruptFile(f"{path.name} is truncated. Restore it from a backup.")


def _encode(table: str, values: dict) -> dict:
    spec = TABLES[table].columns
    out = {}
    for name, value in values.items():
        if spec.get(name) is JSON and value is not None:
            value = json.dumps(value, ensure_ascii=False)
        elif spec.get(name) is bool and value is not None:
            value = int(value)
        out[name] = value
    return out


def _decode(table: str, row: dict) -> dict:
    spec = TABLES[table].columns
    for name, kind in spec.items():
        value = row.get(name)
        if value is None:
            continue
        if kind is JSON:
            row[name] = json.loads(value)
        elif kind is bool:
            row[name] = bool(value)
        elif kind is float:
            row[name] = float(value)
    return row


def _validate(table: str, values: dict) -> None:
    spec = TABLES[table].columns
    for name, value in values.items():
        if name not in spec:
            raise errors.InvalidValue(f"{table} has no field {name!r}")
        kind = spec[name]
        if value is None:
            if name in TABLES[table].required:
                raise errors.InvalidValue(f"{table}.{name} is required")
            continue
        if kind is JSON:
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        elif kind is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, kind)
        if not ok:
            raise errors.InvalidValue(f"{table}.{name} must be {getattr(kind, '__name__', kind)}")
        texts = value if kind is JSON else [value] if kind is str else []
        if any(not _storable(text) for text in texts):
            raise errors.InvalidValue(
                f"{table}.{name} contains a broken character (an unpaired UTF-16 surrogate) "
                "that cannot be saved; retype or paste the text again."
            )


def _uri(path: Path) -> str:
    """The SQLite URI for an existing file: mode=ro only where the file is not writable.

    A writable file is kept from writes by `PRAGMA query_only` instead: a mode=ro
    connection leaves empty -wal and -shm files beside the file when it closes.
    """
    mode = "?mode=ro" if not os.access(path, os.W_OK) else ""
    return f"file:{quote(str(path.resolve()))}{mode}"


def _storable(text: str) -> bool:
    """True when `text` can be written as UTF-8 (no unpaired surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class WorkshopFile:
    """An open workshop file. Create with `WorkshopFile.create` or `WorkshopFile.open`."""

    def __init__(
        self,
        path: Path,
        db: sqlite_utils.Database,
        *,
        readonly: bool,
        clock: Callable[[], datetime] = utc_now,
    ):
        self.path = path
        self.db = db
        self.conn = db.conn
        self.readonly = readonly
        self.clock = clock
        #: How long a write waits for another program holding the file (PRAGMA busy_timeout).
        self.busy_timeout_ms = 5000

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
        path = Path(path)
        if path.exists():
            raise errors.AlreadyExists(f"{path} already exists; choose another name.")
        try:
            with friendly_errors(path):
                db = sqlite_utils.Database(sqlite3.connect(str(path)), execute_plugins=False)
                wf = cls(path, db, readonly=False, clock=clock)
                wf._configure()
                wf._migrate(0)
                with db.atomic():
                    values = dict(TABLES["series"].defaults)
                    values.update(series)
                    wf._insert("series", values, row_id=series_id)
        except BaseException:
            with contextlib.suppress(Exception):
                db.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(path) + suffix).unlink()
            raise
        return wf

    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        *,
        readonly: bool = False,
        clock: Callable[[], datetime] = utc_now,
        busy_timeout_ms: int = 5000,
    ) -> WorkshopFile:
        """Open an existing workshop file, checking it before anything is written.

        The file is checked (header, `quick_check`, application id, schema
        version) through a read-only connection; only a file that passes is
        opened for writing and, when older, migrated.
        """
        path = Path(path)
        check_header(path)
        if not readonly and not os.access(path, os.W_OK):
            raise errors.ReadOnlyFile(
                f"{path.name} is read-only. Open it read-only or save a copy you can write to."
            )
        with friendly_errors(path):
            version = cls._inspect(path)
            conn = sqlite3.connect(_uri(path), uri=True)
            # No sqlite-utils plugins: none is needed, and looking them up costs start-up time.
            db = sqlite_utils.Database(conn, execute_plugins=False)
            wf = cls(path, db, readonly=readonly, clock=clock)
            wf.busy_timeout_ms = busy_timeout_ms
            try:
                if not readonly:
                    wf._configure()
                    wf._migrate(version)
                else:
                    db.execute("PRAGMA foreign_keys = ON")
                    db.execute("PRAGMA query_only = ON")
                    if version < SCHEMA_VERSION:
                        raise errors.ReadOnlyFile(
                            f"{path.name} needs updating to this version of Samla, "
                            "which a read-only file cannot be."
                        )
            except BaseException:
                db.close()
                raise
        return wf

    @staticmethod
    def _inspect(path: Path) -> int:
        """Check a file through a connection that cannot write; return its schema version."""
        conn = sqlite3.connect(_uri(path), uri=True)
        try:
            conn.execute("PRAGMA query_only = ON")
            result = conn.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                # quick_check reports span lines ("*** in database main ***\nPage 5: ..."):
                # the message stays on one line.
                problems = "; ".join(" ".join(str(r[0]).split()) for r in result[:3])
                raise errors.CorruptFile(
                    f"{path.name} is damaged ({problems}). Restore it from a backup."
                )
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        if app_id != APPLICATION_ID:
            raise errors.NotAWorkshopFile(
                f"{path.name} is an SQLite file, but not a workshop file."
            )
        if version > SCHEMA_VERSION:
            raise errors.NewerSchema(
                f"{path.name} was made by a newer version of Samla (file version {version}, "
                f"this version reads up to {SCHEMA_VERSION}). Update Samla to open it."
            )
        return version

    def _configure(self) -> None:
        self.db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise errors.FileLocked(f"{self.path.name} could not be opened for writing ({mode}).")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.execute("PRAGMA foreign_keys = ON")

    def _migrate(self, version: int) -> None:
        """Run each pending migration in one transaction; a failure leaves the file as it was."""
        for index in range(version, SCHEMA_VERSION):
            with self.db.atomic():
                migrations.apply(self.db.conn, index)
                self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.db.execute(f"PRAGMA user_version = {index + 1}")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- reading

    def now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

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
        sql = f"SELECT * FROM [{table}]"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        order = (
            "position, created_at, id" if "position" in TABLES[table].columns else "created_at, id"
        )
        sql += f" ORDER BY {order}"
        with friendly_errors(self.path):
            return [_decode(table, dict(row)) for row in self.db.query(sql, params)]

    def get(self, table: str, row_id: str) -> dict | None:
        with friendly_errors(self.path):
            found = list(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
        return _decode(table, dict(found[0])) if found else None

    def series(self) -> dict:
        return self.rows("series", include_deleted=True)[0]

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
        return self.db.execute("SELECT count(*) FROM notes WHERE deleted_at IS NULL").fetchone()[0]

    def search_notes(self, query: str, question_id: str | None = None) -> list[str]:
        """Ids of live notes whose text matches every word of `query` (prefix match)."""
        # NUL ends an FTS query early and unpaired surrogates cannot be encoded: drop both.
        query = query.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        sql = (
            "SELECT notes.id FROM notes JOIN notes_fts ON notes.rowid = notes_fts.rowid "
            "WHERE notes_fts MATCH ? AND notes.deleted_at IS NULL"
        )
        params: list = [match]
        if question_id is not None:
            sql += " AND notes.question_id = ?"
            params.append(question_id)
        with friendly_errors(self.path):
            return [row["id"] for row in self.db.query(sql, params)]

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
            if self.db.conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            # IMMEDIATE takes the write lock up front, so another program holding the file
            # makes this wait for the busy timeout; a deferred transaction that reads first
            # and then writes fails at once instead (SQLite cannot wait on that upgrade).
            self.db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.db.conn.rollback()
                raise
            try:
                self.db.conn.execute("COMMIT")
            except BaseException:
                self.db.conn.rollback()
                raise

    def _next_position(self, table: str, values: dict) -> int:
        within = TABLES[table].ordered_within or ()
        where = " AND ".join(f"[{col}] IS ?" for col in within) or "1"
        row = self.db.execute(
            f"SELECT max(position) FROM [{table}] WHERE {where}", [values.get(c) for c in within]
        ).fetchone()
        return 0 if row[0] is None else row[0] + 1

    def _insert(self, table: str, values: dict, *, row_id: str | None = None) -> RowChange:
        spec = TABLES[table]
        full = {**spec.defaults, **values}
        _validate(table, full)
        if spec.ordered_within is not None and full.get("position") is None:
            full["position"] = self._next_position(table, full)
        now = self.now()
        row = {
            "id": row_id or new_id(),
            **_encode(table, full),
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        # One plain INSERT: sqlite-utils' insert() re-reads the table layout on every call,
        # which doubled the cost of adding a note.
        names = ", ".join(f"[{name}]" for name in row)
        self.db.execute(
            f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return RowChange(table, row["id"], None, self.get(table, row["id"]))

    def _update(self, table: str, row_id: str, values: dict) -> RowChange:
        before = self.get(table, row_id)
        if before is None:
            raise errors.InvalidValue(f"No {table} row {row_id}")
        self.db[table].update(row_id, {**values, "updated_at": self.now()})
        return RowChange(table, row_id, before, self.get(table, row_id))

    def add(self, table: str, *, id: str | None = None, **values: object) -> Changes:
        """Add one row to `table`; returns the change (its id is `changes.rows[0].id`)."""
        with self.transaction():
            return Changes((self._insert(table, values, row_id=id),))

    def update(self, table: str, row_id: str, **values: object) -> Changes:
        """Change fields of one row."""
        _validate(table, values)
        with self.transaction():
            return Changes((self._update(table, row_id, _encode(table, values)),))

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
            pa, pb = a["position"], b["position"]
            if pa == pb:
                pb = pa + 1
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
                return Changes(
                    (
                        self._update(
                            "settings", found[0]["id"], {"value": value, "deleted_at": None}
                        ),
                    )
                )
            return Changes((self._insert("settings", {"key": key, "value": value}),))

    def put_rows(self, table: str, rows: Iterable[dict]) -> Changes:
        """Write whole rows verbatim, ids and timestamps kept (import and merge use this)."""
        columns = TABLES[table].columns
        with self.transaction():
            existing = {r[0] for r in self.db.execute(f"SELECT id FROM [{table}]")}
            records, changes = [], []
            for row in rows:
                values = {name: row.get(name) for name in columns}
                _validate(table, {k: v for k, v in values.items() if v is not None})
                record = {
                    "id": row["id"],
                    **_encode(table, values),
                    "created_at": row["created_at"],
                    "updated_at": row["updated_at"],
                    "deleted_at": row.get("deleted_at"),
                }
                before = self.get(table, row["id"]) if row["id"] in existing else None
                records.append(record)
                changes.append(RowChange(table, row["id"], before, _decode(table, dict(record))))
            if records:
                # One executemany: sqlite-utils' upsert_all costs ~3x more per row here.
                names = list(records[0])
                updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in names if n != "id")
                self.db.conn.executemany(
                    f"INSERT INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
                    f"VALUES ({', '.join('?' * len(names))}) "
                    f"ON CONFLICT (id) DO UPDATE SET {updates}",
                    [tuple(r[n] for n in names) for r in records],
                )
            return Changes(tuple(changes))

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
        return self._update(row.table, row.id, _encode(row.table, values))

    def revert(self, changes: Changes) -> Changes:
        """Undo `changes`: the columns they changed go back (a created row is soft-deleted)."""
        with self.transaction():
            return Changes(
                tuple(self._write_columns(row, row.before) for row in reversed(changes.rows))
            )

    def reapply(self, changes: Changes) -> Changes:
        """Redo `changes` after a `revert`."""
        with self.transaction():
            return Changes(tuple(self._write_columns(row, row.after) for row in changes.rows))

    # ------------------------------------------------------------------ checks

    def integrity_problems(self) -> list[str]:
        """Integrity, foreign-key and schema problems; an empty list means the file is sound."""
        problems = []
        with friendly_errors(self.path):
            result = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                problems += [f"integrity: {r}" for r in result]
            for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(
                    f"foreign key: {table} row {rowid} points to a missing {parent} row"
                )
            names = set(self.db.table_names())
            problems += [f"schema: table {t} is missing" for t in TABLES if t not in names]
            count = self.db.execute("SELECT count(*) FROM series").fetchone()[0]
            if count != 1:
                problems.append(f"schema: the file holds {count} series rows, expected 1")
        return problems

    # ----------------------------------------------------------- new, filled

    @classmethod
    def create_filled(
        cls,
        path: str | os.PathLike,
        fill: Callable[[WorkshopFile], object],
        *,
        clock: Callable[[], datetime] = utc_now,
        series_id: str | None = None,
        **series: object,
    ) -> WorkshopFile:
        """Create a workshop file and fill it in, all or nothing; returns it open.

        The file is built beside `path` under a temporary name, `fill(wf)` runs in
        one transaction, and only then is the file moved into place: if anything
        fails (a full disk, a bad row), nothing is left at `path` and a retry works.
        """
        from workshop_app.core.atomic import atomic_path

        path = Path(path)
        if path.exists():
            raise errors.AlreadyExists(f"{path} already exists; choose another name.")
        with atomic_path(path) as tmp:
            wf = cls.create(tmp, clock=clock, series_id=series_id, **series)
            try:
                with wf.transaction():
                    fill(wf)
            finally:
                wf.close()
        return cls.open(path, clock=clock)
