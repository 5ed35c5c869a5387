"""The atomic writer: whole files or none, never over a device, a pipe or a workshop file.

Device nodes are made with os.mknod in the test's own folder (root only: skipped
otherwise); nothing here ever opens the real /dev/null.
"""

from __future__ import annotations

import os
import socket
import stat
import threading

import pytest
from devices import make_block_device, make_char_device

from workshop_app.core import atomic, errors
from workshop_app.core.atomic import atomic_path, output

DATA = b"samla\n" * 1000


def test_a_character_device_is_written_to_and_stays_a_device(tmp_path):
    node = tmp_path / "null"
    before = make_char_device(node)
    with output(node) as out:
        out.write(DATA)
    after = os.stat(node)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"], "no temporary file"


def test_a_named_pipe_gets_the_whole_stream_and_stays_a_pipe(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    with output(pipe) as out:
        out.write(DATA)
    reader.join(timeout=30)
    assert received == [DATA]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


@pytest.mark.parametrize("kind", ["folder", "socket", "block device"])
def test_other_targets_that_are_not_files_are_refused_and_left_alone(tmp_path, kind):
    target = tmp_path / "target"
    if kind == "folder":
        target.mkdir()
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    else:
        make_block_device(target)
    mode = os.lstat(target).st_mode
    with pytest.raises(atomic.UnsuitableTarget, match=kind.split()[0]):
        with output(target) as out:
            out.write(DATA)
    assert os.lstat(target).st_mode == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target"]


def test_writers_that_need_a_file_refuse_a_device_or_pipe(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(atomic.UnsuitableTarget, match="can only be written to a file"):
        with atomic_path(pipe):
            pass
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path):
    target = tmp_path / "report.md"
    target.write_bytes(b"old")
    target.chmod(0o600)
    with output(target) as out:
        out.write(DATA)
    assert target.read_bytes() == DATA
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_a_new_file_gets_the_usual_mode(tmp_path):
    mask = os.umask(0o022)
    try:
        with output(tmp_path / "new.md") as out:
            out.write(DATA)
    finally:
        os.umask(mask)
    assert stat.S_IMODE(os.stat(tmp_path / "new.md").st_mode) == 0o644


def test_a_failure_keeps_the_old_file_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "report.md"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with output(target) as out:
            out.write(DATA)
            raise RuntimeError("the disk went away")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_a_symlink_planted_at_the_target_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    link = tmp_path / "report.md"
    link.symlink_to(victim)
    with output(link) as out:
        out.write(DATA)
    assert victim.read_bytes() == b"precious"
    assert not link.is_symlink() and link.read_bytes() == DATA


def test_an_export_never_replaces_its_input_or_any_workshop_file(tmp_path, pristine_demo):
    other = tmp_path / "other.samla"
    other.write_bytes(pristine_demo.read_bytes())
    link = tmp_path / "link.json"
    os.link(other, link)
    for target in (other, link):
        with pytest.raises(atomic.UnsuitableTarget):
            with output(target, protect=[other]) as out:
                out.write(DATA)
    assert other.read_bytes() == pristine_demo.read_bytes()


def test_an_exclusive_write_never_takes_a_name_taken_meanwhile(tmp_path):
    target = tmp_path / "new.samla"
    with pytest.raises(errors.AlreadyExists):
        with atomic_path(target, exclusive=True) as tmp:
            tmp.write_bytes(DATA)
            target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.samla"]


def test_temporary_files_of_a_killed_writer_are_swept(tmp_path):
    dead = tmp_path / f".report.md.abc123.{atomic._HOST}-999999999.part"
    dead.write_bytes(b"half")
    other_host = tmp_path / ".report.md.abc123.ffffff-999999999.part"
    other_host.write_bytes(b"someone else's, in progress")
    live = tmp_path / f".report.md.def456.{atomic._HOST}-{os.getpid()}.part"
    live.write_bytes(b"in progress")
    with output(tmp_path / "report.md") as out:
        out.write(DATA)
    assert not dead.exists()
    assert other_host.exists() and live.exists()
