"""Issue cases 1 and 14: no output of ours replaces a workshop file, and a write cannot
be redirected.

1. `export v.samla --pdf v.samla` (or `--json base.samla`) replaced the workshop file.
14. The atomic writer re-created its temporary name (a planted symlink redirected the
    write), an existing export's mode 600 became 644, and the folder was not flushed.
"""

from __future__ import annotations

import os
import stat

import pytest
from hostile_files import digest, leftovers, run

from workshop_app.core import atomic
from workshop_app.core.atomic import atomic_path, output
from workshop_app.core.store import WorkshopFile

FORMATS = ("--pdf", "--json", "--csv", "--markdown", "--html")


@pytest.fixture
def two_files(pristine_demo, tmp_path):
    v = tmp_path / "v.samla"
    base = tmp_path / "base.samla"
    v.write_bytes(pristine_demo.read_bytes())
    base.write_bytes(pristine_demo.read_bytes())
    return v, base


def _refused(code: int, out: str, err: str) -> str:
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1, err
    assert "unexpected" not in err
    return err


@pytest.mark.parametrize("flag", FORMATS)
def test_an_export_onto_its_own_workshop_file_is_refused(two_files, flag):
    v, _base = two_files
    before = digest(v)
    err = _refused(*run("export", v, flag, v))
    assert "is the file being exported" in err
    assert digest(v) == before
    with WorkshopFile.open(v, readonly=True) as wf:
        assert wf.note_count() == 145


@pytest.mark.parametrize("flag", FORMATS)
def test_an_export_onto_another_workshop_file_is_refused(two_files, flag):
    v, base = two_files
    before = digest(base)
    err = _refused(*run("export", v, flag, base))
    assert "base.samla is a workshop file" in err
    assert digest(base) == before


@pytest.mark.parametrize("link", ["hard link", "symlink"])
def test_an_export_onto_a_link_to_its_input_is_refused(two_files, tmp_path, link):
    v, _base = two_files
    target = tmp_path / "report.json"
    (os.link if link == "hard link" else os.symlink)(v, target)
    before = digest(v)
    _refused(*run("export", v, "--json", target))
    assert digest(v) == before
    kept = os.path.islink(target) if link == "symlink" else os.path.samefile(target, v)
    assert kept, "the link is left as it was"


def test_an_export_onto_another_programs_sqlite_file_is_refused(two_files, tmp_path):
    import sqlite3

    v, _base = two_files
    other = tmp_path / "contacts.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(other)
    _refused(*run("export", v, "--csv", other))
    assert digest(other) == before


def test_save_a_copy_never_replaces_a_workshop_file(two_files):
    from workshop_app.core.copy import save_copy

    v, base = two_files
    before = digest(base)
    with WorkshopFile.open(v) as wf, pytest.raises(atomic.UnsuitableTarget):
        save_copy(wf, base)
    assert digest(base) == before


# ------------------------------------------------------------------- case 14


def test_the_temporary_name_is_held_so_no_symlink_can_be_planted_there(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    target = tmp_path / "copy.samla"
    with atomic_path(target) as tmp:
        info = os.lstat(tmp)
        assert stat.S_ISREG(info.st_mode), "the name is held by our own file"
        assert stat.S_IMODE(info.st_mode) == 0o600, "private while it is written"
        with pytest.raises(FileExistsError):
            os.symlink(victim, tmp)
        tmp.write_bytes(b"the copy")
    assert victim.read_bytes() == b"precious"
    assert target.read_bytes() == b"the copy"
    assert leftovers(tmp_path) == []


def test_a_symlink_swapped_in_while_the_file_is_written_is_not_followed(tmp_path):
    """Someone who can write to the folder replaces the temporary file by a link."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    victim.chmod(0o600)
    target = tmp_path / "copy.samla"
    target.write_bytes(b"the earlier copy")
    with pytest.raises(atomic.UnsuitableTarget, match="replaced while it was written"):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"the copy")
            tmp.unlink()
            tmp.symlink_to(victim)
    assert victim.read_bytes() == b"precious"
    assert stat.S_IMODE(os.stat(victim).st_mode) == 0o600
    assert not target.is_symlink() and target.read_bytes() == b"the earlier copy"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("flag", ["--json", "--pdf", "--csv"])
def test_an_export_over_a_private_export_stays_private(two_files, tmp_path, flag):
    v, _base = two_files
    out = tmp_path / "private.out"
    out.write_bytes(b"earlier export")
    out.chmod(0o600)
    code, _out, err = run("export", v, flag, out)
    assert code == 0, err
    assert out.read_bytes() != b"earlier export"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_the_folder_is_flushed_after_the_file_takes_its_name(tmp_path, monkeypatch):
    events: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync

    def replace(src, dst):
        events.append(f"rename {os.path.basename(dst)}")
        return real_replace(src, dst)

    def fsync(fd):
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        events.append(f"fsync {kind}")
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "replace", replace)
    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with output(tmp_path / "report.md") as out:
        out.write(b"# Rapport\n")
    assert events == ["fsync file", "rename report.md", "fsync folder"]
