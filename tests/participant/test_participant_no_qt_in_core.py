"""The PIN and voting logic live in core and run without Qt (CLI, tests, reports)."""

import subprocess
import sys


def test_pin_and_voting_import_without_qt():
    code = (
        "import sys; import workshop_app.core.pin, workshop_app.core.voting, "
        "workshop_app.commands.reset_pin; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
