"""A private X display for the benches that measure what users see on a real screen.

`x_display()` starts Xvfb on a free display number (Xvfb picks it, `-displayfd`) and
yields ":N", or None when Xvfb is not installed (the rows that need it are skipped
with a note). Nothing else runs on it, so other windows cannot disturb the figures.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
from collections.abc import Iterator

SIZE = "1366x768x24"


@contextlib.contextmanager
def x_display() -> Iterator[str | None]:
    exe = shutil.which("Xvfb")
    if exe is None:
        yield None
        return
    read, write = os.pipe()
    proc = subprocess.Popen(
        [exe, "-displayfd", str(write), "-screen", "0", SIZE, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], 10)
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                break
            number += chunk
        yield f":{int(number)}" if number.strip() else None
    finally:
        os.close(read)
        proc.terminate()
        proc.wait(timeout=10)


def gui_env(display: str, folder) -> dict[str, str]:
    """The environment of a GUI child: the real xcb platform on `display`, and a private
    home, settings and data folder (the interface language already chosen: Swedish)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "HOME": str(folder),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_RUNTIME_DIR": str(folder / "runtime"),
        "SAMLA_DATA_DIR": str(folder / "data"),
    }
    # Compiled once, as an installed app is (pip compiles what it installs): not compiled
    # again at every start, nor the first time a module is imported by an action.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    _compile_once(env)
    (folder / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.pop("SAMLA_SMOKE_QUIT_MS", None)
    return env


_COMPILED = False


def _compile_once(env: dict[str, str]) -> None:
    """The app's own modules compiled to bytecode (__pycache__, ignored by git)."""
    global _COMPILED
    if _COMPILED:
        return
    import sys
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "workshop_app"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], env=env, check=True)
    _COMPILED = True


def choose_language(env: dict[str, str], language: str = "sv") -> None:
    """As a user who has started the app before: no first-start language question."""
    import sys

    subprocess.run(
        [
            sys.executable,
            "-c",
            "from workshop_app.gui.settings import AppSettings; "
            f"AppSettings().set_language({language!r})",
        ],
        env=env,
        check=True,
    )
