"""QUALITY.md 10: the application opens no network connection, ever.

A whole scripted workshop (workshop_scenario.py: core API, interchange and CLI commands
including a CLI child process, then the real app offscreen: every step, participant
mode, the board and its suggestions, presentation mode, merge, backup, the report in
every format) runs twice:

- under a Python guard that refuses and records every socket and name lookup, in every
  Python process started;
- under strace, which sees every socket the process and its children open at the
  operating-system level, including those Qt's C++ code would open.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCENARIO = HERE / "workshop_scenario.py"
STAGES = [
    "new",
    "notes",
    "themes",
    "votes",
    "api",
    "cli",
    "app",
    "steps",
    "participant",
    "board",
    "presentation",
    "merge",
    "backup",
    "report",
    "close",
]


def _guarded(args: list[str], log: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE / "netguard"), env.get("PYTHONPATH", "")])
    env["SAMLA_NET_GUARD_LOG"] = str(log)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_a_whole_scripted_workshop_opens_no_network_socket(tmp_path):
    log = tmp_path / "network.log"
    result = _guarded([str(SCENARIO), str(tmp_path)], log)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == STAGES
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


# A socket of an internet family, or a connection to an internet address.
_INET = re.compile(r"socket\(AF_INET6?\b|connect\(.*sa_family=AF_INET6?\b")
_SOCKET = re.compile(r"socket\((AF_\w+)")


def _traced(args: list[str], folder: Path) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run Python with `args` under strace; return the result and the calls seen
    (program starts, sockets and connects, in this process and every child)."""
    strace = shutil.which("strace")
    assert strace, (
        "strace is required for the operating-system level network check "
        "(apt-get install strace; .ci/run installs it)"
    )
    log = folder / "strace.log"
    result = subprocess.run(
        [
            strace,
            "-f",
            "-qq",
            "-e",
            "trace=execve,socket,connect",
            "-e",
            "signal=none",
            "-o",
            str(log),
            sys.executable,
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, log.read_text().splitlines()


def test_no_internet_socket_at_the_operating_system_level(tmp_path):
    """Also what Qt's C++ code does: strace records the socket calls of every process."""
    folder = tmp_path / "run"
    folder.mkdir()
    result, calls = _traced([str(SCENARIO), str(folder)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == STAGES
    started = [line for line in calls if '"workshop_app", "new"' in line]
    assert started, "strace did not follow the CLI child process:\n" + "\n".join(calls)
    inet = [line for line in calls if _INET.search(line)]
    # Local sockets (AF_UNIX, e.g. a session bus) are not network; they are listed only.
    local = [line for line in calls if not _INET.search(line) and "socket(" in line]
    assert inet == [], (
        "internet sockets opened:\n"
        + "\n".join(inet)
        + ("\nlocal sockets (allowed):\n" + "\n".join(local) if local else "")
    )


def test_strace_check_sees_a_connection(tmp_path):
    """The strace check itself works: a refused connection to localhost is seen."""
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except OSError:\n"
        "    pass\n"
        "socket.socket(socket.AF_UNIX).close()\n"
    )
    result, calls = _traced(["-c", probe], tmp_path)
    assert result.returncode == 0, result.stderr
    inet = [line for line in calls if _INET.search(line)]
    assert len(inet) == 2, calls  # the socket and the connect
    assert [m.group(1) for line in calls if (m := _SOCKET.search(line))] == ["AF_INET", "AF_UNIX"]
