"""QUALITY.md 3 and 6: damaged, foreign and newer files are refused untouched with a message
that says what to do; exports are atomic (a failure leaves any earlier export intact)."""

from __future__ import annotations

import pytest

from workshop_app.core import errors
from workshop_app.core.errors import DiskFull
from workshop_app.core.interchange import export_json, import_json
from workshop_app.core.store import WorkshopFile


def test_a_damaged_file_is_refused_untouched_and_the_message_says_what_to_do(damaged_file, sha256):
    before = sha256(damaged_file)
    kind = damaged_file.stem
    with pytest.raises(errors.WorkshopFileError) as caught:
        WorkshopFile.open(damaged_file)
    message = str(caught.value)
    assert "\n" not in message and damaged_file.name in message
    if kind.startswith(("truncated", "corrupt")):
        assert "backup" in message  # the way back for a damaged file
    elif kind == "newer_schema":
        assert "newer version" in message and "Update Samla" in message
    else:
        assert "not a workshop file" in message
    assert sha256(damaged_file) == before
    assert sorted(p.name for p in damaged_file.parent.iterdir()) == [damaged_file.name]


def test_a_file_damaged_while_closed_is_caught_by_check(demo_copy, cli):
    """`check` (and every open) runs SQLite's check, so damage inside a page is found."""
    assert cli("check", demo_copy).returncode == 0
    data = bytearray(demo_copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    last = len(data) - page
    data[last + 8 : last + 40] = b"\xff" * 32  # inside the last b-tree page's cell area
    demo_copy.write_bytes(bytes(data))
    result = cli("check", demo_copy)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout


def test_a_failed_export_leaves_no_partial_file_and_the_earlier_export_intact(
    demo_copy, tmp_path, monkeypatch
):
    out = tmp_path / "series.json"
    with WorkshopFile.open(demo_copy) as wf:
        export_json(wf, out)
        earlier = out.read_bytes()
        wf.update_series(title="Ändrad titel")
        real_rows = WorkshopFile.iter_rows

        def dies_halfway(self, table, **kwargs):
            if table == "notes":  # half the document is written, then the disk is full
                raise OSError(28, "No space left on device")
            yield from real_rows(self, table, **kwargs)

        monkeypatch.setattr(WorkshopFile, "iter_rows", dies_halfway)
        with pytest.raises(OSError):
            export_json(wf, out)
        monkeypatch.undo()
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.workshop", "series.json"]


def test_a_failed_import_leaves_no_workshop_file(tmp_path, pristine_demo, monkeypatch):
    source = tmp_path / "series.json"
    with WorkshopFile.open(pristine_demo, readonly=True) as wf:
        export_json(wf, source)
    real = WorkshopFile.put_rows
    calls = []

    def fails_on_notes(self, table, rows):
        calls.append(table)
        if table == "notes":
            raise OSError(28, "No space left on device")
        return real(self, table, rows)

    monkeypatch.setattr(WorkshopFile, "put_rows", fails_on_notes)
    with pytest.raises(DiskFull, match="disk is full"):
        import_json(source, tmp_path / "new.workshop")
    assert "notes" in calls
    assert sorted(p.name for p in tmp_path.iterdir()) == ["series.json"]
