"""File-system problems on the command line end in one plain line and exit code 2."""

from __future__ import annotations


def test_export_into_a_missing_folder_is_one_line_naming_the_folder(cli, pristine_demo, tmp_path):
    missing = tmp_path / "no such folder"
    result = cli("export", pristine_demo, "--json", missing / "a.json")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert str(missing) in lines[0]
    assert not missing.exists()


def test_export_over_a_folder_is_one_line(cli, pristine_demo, tmp_path):
    result = cli("export", pristine_demo, "--json", tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
