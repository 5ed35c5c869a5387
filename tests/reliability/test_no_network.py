"""QUALITY.md 10: the application opens no network connection, ever.

A whole scripted workshop (workshop_scenario.py: core API, interchange and CLI commands,
including a CLI child process) runs under a guard that refuses and records every socket
and name lookup, in every Python process started.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _guarded(args: list[str], log: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE / "netguard"), env.get("PYTHONPATH", "")])
    env["SAMLA_NET_GUARD_LOG"] = str(log)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_a_whole_scripted_workshop_opens_no_network_socket(tmp_path):
    log = tmp_path / "network.log"
    result = _guarded([str(HERE / "workshop_scenario.py"), str(tmp_path)], log)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == [
        "new", "notes", "themes", "votes", "api", "cli"
    ]
    lines = log.read_text().splitlines()
    guarded = [line for line in lines if line.endswith("guard active")]
    assert len(guarded) >= 2, "the guard did not load in the app's processes"
    attempts = [line for line in lines if not line.endswith("guard active")]
    assert attempts == [], "network access attempted:\n" + "\n".join(attempts)


def test_the_network_guard_catches_and_refuses_a_connection(tmp_path):
    """The guard itself works: a connection attempt is refused and recorded."""
    log = tmp_path / "network.log"
    probe = (
        "import socket\n"
        "for attempt in (lambda: socket.create_connection(('127.0.0.1', 9), timeout=1),\n"
        "                lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),\n"
        "                lambda: socket.getaddrinfo('example.org', 80)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError as exc:\n"
        "        assert 'refused by the test guard' in str(exc), exc\n"
        "    else:\n"
        "        raise SystemExit('not refused')\n"
    )
    result = _guarded(["-c", probe], log)
    assert result.returncode == 0, result.stderr + result.stdout
    attempts = [line for line in log.read_text().splitlines() if "guard active" not in line]
    assert len(attempts) == 3
