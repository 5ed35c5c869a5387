"""The documentation keeps up with the code: every CLI command is in the README."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from workshop_app import cli

ROOT = Path(__file__).resolve().parents[1]


def _command_names() -> list[str]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_cli_command_is_documented_in_the_readme():
    names = _command_names()
    assert len(names) == len(cli.COMMANDS)
    readme = (ROOT / "README.md").read_text("utf-8")
    missing = [n for n in names if not re.search(rf"workshop-app {re.escape(n)}\b", readme)]
    assert not missing, f"README.md does not document: {', '.join(missing)}"


def test_the_interchange_format_document_names_every_table_and_the_schema():
    from workshop_app.core.interchange import EXPORTED

    text = (ROOT / "docs" / "interchange.md").read_text("utf-8")
    assert "resources/schema/series.schema.json" in text
    for table in ("series", *EXPORTED):
        assert f"`{table}`" in text, table
