"""Every file Samla writes goes through here: whole or not at all, and never over the wrong thing.

- A regular file or a missing name is written atomically: a private temporary file is
  made beside the target (`O_EXCL`, mode 600, a name nobody can guess), written through
  its own descriptor, flushed to disk, given the mode the target had (or the usual mode
  of a new file), renamed over the target, and the folder is flushed too. A failure
  leaves no partial file and keeps whatever was there before.
- A character device or a named pipe (`/dev/null`, `/dev/stdout`, a FIFO a script reads)
  is written to directly, streamed, and is never replaced; `-` is standard output.
  Only outputs that are a stream of bytes (exports) can go there; a workshop file,
  backup or copy needs a real file.
- Anything else that is not a regular file (a folder, a socket, a block device) is
  refused with one clear line.
- An output never replaces the file it was made from (same inode, through links too)
  or any existing SQLite file: an export typed over a workshop file is refused.

Temporary files are named `.<target>.<random>.<host>-<pid>.part`; one that a process of
this computer left behind and that no longer runs (killed mid-write) is removed the next
time something is written in that folder.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import socket
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from workshop_app.core import errors

#: The name that means standard output.
STDOUT = "-"
_PART = ".part"
#: Names this computer in temporary file names, so that a folder shared with another
#: computer never loses that computer's files in progress.
_HOST = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:6]


class UnsuitableTarget(errors.WorkshopFileError):
    """An output that cannot or must not be written there."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_stream(mode: int) -> bool:
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _starts_like_sqlite(path: Path) -> bool:
    from workshop_app.core.inspection import is_sqlite_file

    return is_sqlite_file(path)


def _refuse_protected(target: Path, info: os.stat_result, sources: Iterable[Path]) -> None:
    for source in sources:
        try:
            if _same_file(info, os.stat(source)):
                raise UnsuitableTarget(
                    f"{target} is the file being exported; choose another name for the output."
                )
        except FileNotFoundError:
            continue
    if _starts_like_sqlite(target):
        raise UnsuitableTarget(
            f"{target} is a workshop file (or another SQLite database); an export never "
            "replaces one. Choose another name."
        )


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but is not ours (EPERM), or the platform cannot tell
        return True
    return True


def sweep(folder: Path) -> list[Path]:
    """Remove temporary files left in `folder` by processes of this computer that are gone."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        base = entry.name
        for suffix in ("-wal", "-shm", "-journal"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
                break
        if not (base.startswith(".") and base.endswith(_PART)):
            continue
        owner = base[: -len(_PART)].rsplit(".", 1)[-1]
        host, _, pid = owner.partition("-")
        if host != _HOST or not pid.isdigit() or _pid_alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _check_folder(target: Path) -> None:
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(target.parent))


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return  # folders cannot be opened for flushing there; the rename is durable
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, target: Path, exclusive: bool) -> None:
    """Move the finished temporary file to `target` (never over an existing one if `exclusive`)."""
    if not exclusive:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # fails if the name was taken meanwhile
    except FileExistsError:
        raise errors.AlreadyExists(f"{target} already exists; choose another name.") from None
    except OSError:  # a file system without hard links (FAT on a memory stick)
        if target.exists() or target.is_symlink():
            raise errors.AlreadyExists(f"{target} already exists; choose another name.") from None
        os.replace(tmp, target)


def _open_own(tmp: Path) -> BinaryIO:
    """Our finished temporary file, opened for flushing; refused if it is no longer a
    regular file of ours (a symlink or something else swapped in by another user)."""
    swapped = UnsuitableTarget(
        f"The temporary file {tmp.name} was replaced while it was written; nothing was saved."
    )
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fh = os.fdopen(os.open(tmp, flags), "rb+")
    except OSError as exc:
        if os.path.islink(tmp):
            raise swapped from exc
        raise
    info = os.fstat(fh.fileno())
    if not stat.S_ISREG(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        fh.close()
        raise swapped
    return fh


@contextlib.contextmanager
def _replacing(
    target: Path, info: os.stat_result | None, exclusive: bool = False
) -> Iterator[tuple[int, Path]]:
    """A private temporary file beside `target`; on success it replaces `target`."""
    sweep(target.parent)
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".{_HOST}-{os.getpid()}{_PART}", dir=target.parent
    )
    tmp = Path(name)
    try:
        yield fd, tmp
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        # A path writer (SQLite) may have replaced the inode, so the file is opened again
        # by name, but never through a link someone swapped in meanwhile.
        with _open_own(tmp) as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)
            else:
                os.chmod(tmp, mode)
            os.fsync(fh.fileno())
        _place(tmp, target, exclusive)
        _fsync_folder(target.parent)
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _stat(target: Path) -> os.stat_result | None:
    try:
        return os.stat(target)
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def atomic_path(
    target: str | os.PathLike,
    *,
    protect: Iterable[str | os.PathLike] = (),
    exclusive: bool = False,
    replace: bool = False,
) -> Iterator[Path]:
    """A temporary path beside `target` for writers that need a path (SQLite, a copy).

    The file at the path exists (empty, private); on success it replaces `target`, or
    with `exclusive` takes the name only if it is still free. `target` must be a
    regular file or a missing name, and not a workshop file unless `replace` (only a
    restore over a damaged file, which it kept first, says so).
    """
    target = Path(target)
    _check_folder(target)
    info = _stat(target)
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise UnsuitableTarget(
                f"{target} is {_describe(info.st_mode)}; this can only be written to a file."
            )
        if not replace:
            _refuse_protected(target, info, [Path(p) for p in protect])
    with _replacing(target, info, exclusive) as (fd, tmp):
        os.close(fd)
        yield tmp


@contextlib.contextmanager
def output(
    target: str | os.PathLike, *, protect: Iterable[str | os.PathLike] = ()
) -> Iterator[BinaryIO]:
    """A binary file to write an export to; see the module docstring for what `target` may be.

    `protect` names the files the output is made from: it never replaces them.
    """
    if str(target) == STDOUT:
        out = sys.stdout.buffer
        yield out
        out.flush()
        return
    target = Path(target)
    _check_folder(target)
    info = _stat(target)
    if info is not None and _is_stream(info.st_mode):
        with open(target, "wb") as fh:  # a device or pipe: written to, never replaced
            yield fh
        return
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise UnsuitableTarget(f"{target} is {_describe(info.st_mode)}; choose a file name.")
        _refuse_protected(target, info, [Path(p) for p in protect])
    with _replacing(target, info) as (fd, _tmp):
        with os.fdopen(fd, "wb", closefd=False) as fh:
            yield fh
            fh.flush()
