"""Every command that writes a file, pointed at things that are not plain files.

Exports stream into a device or a pipe and to standard output with `-`; commands that
write a workshop file, a backup or a copy refuse anything but a file; nothing is ever
replaced. Device nodes live in the test's folder (root only), never the real /dev/null.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading

import pytest
from devices import make_char_device

from workshop_app.core.copy import save_copy
from workshop_app.core.store import WorkshopFile


def node_state(path):
    info = os.lstat(path)
    return stat.S_IFMT(info.st_mode), info.st_ino, info.st_rdev


@pytest.mark.parametrize("flag", ["--json", "--pdf", "--markdown", "--html", "--csv"])
def test_an_export_to_a_character_device_leaves_it_a_device(cli, pristine_demo, tmp_path, flag):
    node = tmp_path / "null"
    make_char_device(node)
    before = node_state(node)
    result = cli("export", pristine_demo, flag, node)
    assert result.returncode == 0, result.stderr
    assert node_state(node) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_an_export_to_a_named_pipe_reaches_its_reader(cli, pristine_demo, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = cli("export", pristine_demo, "--json", pipe)
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    document = json.loads(received[0])
    assert document["format"] == "samla.series" and len(document["notes"]) == 145
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.parametrize("flag", ["--json", "--markdown", "--html", "--csv"])
def test_a_dash_writes_the_document_to_standard_output(cli, pristine_demo, tmp_path, flag):
    result = cli("export", pristine_demo, flag, "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Landsbygd" in result.stdout or "landsbygd" in result.stdout
    assert "Wrote" not in result.stdout, "messages stay out of the document"
    assert list(tmp_path.iterdir()) == [], "no file named '-'"
    if flag == "--json":
        with WorkshopFile.open(pristine_demo, readonly=True) as wf:
            assert len(json.loads(result.stdout)["notes"]) == wf.note_count()


def test_json_to_standard_output_is_byte_identical_to_the_file(cli, pristine_demo, tmp_path):
    out = tmp_path / "a.json"
    assert cli("export", pristine_demo, "--json", out).returncode == 0
    streamed = subprocess.run(
        [sys.executable, "-m", "workshop_app", "export", str(pristine_demo), "--json", "-"],
        capture_output=True,
        timeout=120,
    )
    assert streamed.stdout == out.read_bytes()


@pytest.mark.parametrize("command", ["new", "demo"])
def test_a_new_workshop_file_is_never_made_on_a_device(cli, tmp_path, command):
    node = tmp_path / "null"
    make_char_device(node)
    before = node_state(node)
    result = cli(command, node)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert node_state(node) == before


def test_an_import_is_never_made_on_a_pipe(cli, pristine_demo, tmp_path):
    source = tmp_path / "s.json"
    assert cli("export", pristine_demo, "--json", source).returncode == 0
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = cli("import", source, pipe)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_save_a_copy_refuses_a_device_and_the_open_file(demo_copy, tmp_path):
    from workshop_app.core import errors

    node = tmp_path / "null"
    make_char_device(node)
    before = node_state(node)
    with WorkshopFile.open(demo_copy) as wf:
        with pytest.raises(errors.WorkshopFileError):
            save_copy(wf, node)
        with pytest.raises(errors.WorkshopFileError):
            save_copy(wf, demo_copy)
    assert node_state(node) == before
    with WorkshopFile.open(demo_copy, readonly=True) as wf:
        assert wf.note_count() == 145


@pytest.mark.parametrize("flag", ["--json", "--pdf", "--csv"])
def test_an_export_typed_over_a_workshop_file_is_refused(cli, demo_copy, tmp_path, flag, sha256):
    other = tmp_path / "base.samla"
    other.write_bytes(demo_copy.read_bytes())
    before = sha256(demo_copy), sha256(other)
    for target in (demo_copy, other):
        result = cli("export", demo_copy, flag, target)
        assert result.returncode == 2, result.stdout
        assert len(result.stderr.strip().splitlines()) == 1
    assert (sha256(demo_copy), sha256(other)) == before
