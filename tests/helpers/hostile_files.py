"""Hostile workshop files and the checks the trust tests share (tests/reliability/).

Files are tampered with through plain `sqlite3`, as an attacker with a copy of the
file would: nothing here goes through Samla's own write path.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import sqlite3
from pathlib import Path

from workshop_app.cli import main

#: Any escape sequence or control character a terminal could act on: C0 controls but
#: newline, DEL, C1 controls (also as UTF-8), and ESC itself.
TERMINAL_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def tamper(path: Path, *statements: str, writable_schema: bool = False) -> None:
    """Run `statements` on the file with plain sqlite3 (the attacker's own tool)."""
    conn = sqlite3.connect(path)
    try:
        if writable_schema:
            conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def table_sql(path: Path, name: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
    finally:
        conn.close()


def set_table_sql(path: Path, name: str, sql: str) -> None:
    """Change a table's definition in place, as `PRAGMA writable_schema` allows."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [sql, name])
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.commit()
    finally:
        conn.close()


def digest(path: Path) -> str | None:
    """The bytes of a file (None when it is absent)."""
    path = Path(path)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def state(path: Path) -> tuple:
    """A file with whatever lies beside it (-wal, -shm, -journal), byte for byte."""
    path = Path(path)
    return tuple(digest(Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-shm", "-journal"))


def integrity(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    """Temporary files left in `folder` (the atomic writer's `.part` files)."""
    return sorted(p.name for p in Path(folder).iterdir() if ".part" in p.name)


def run(*args: object) -> tuple[int, str, str]:
    """`workshop-app ARGS` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()
