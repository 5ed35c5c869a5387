"""End to end under a real window manager: the app on Xvfb with openbox, driven with
xdotool as a bored participant would. No way shows the facilitator's window or lets
anyone out without the PIN: window-manager keys, minimising, desktops, wrong PINs,
Enter spamming, the clipboard, a PIN reset from outside, kill -9 and a restart.

Everything here crosses process boundaries (X server, window manager, the app), so
there is no Qt signal to wait for: the test polls the X server with a time limit,
and after each attack gives the window manager a moment to act before it looks.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from participant_helpers import PIN

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop", "xmessage")
missing = [tool for tool in TOOLS if shutil.which(tool) is None]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(missing) or not sys.platform.startswith("linux"),
        reason=f"needs Linux with {', '.join(TOOLS)} (missing: {', '.join(missing)}); "
        "apt-get install xvfb openbox xdotool x11-utils",
    ),
]
#: How long the window manager gets to act on an attack before the screen is checked.
SETTLE = 0.6


class Desktop:
    """An X server with openbox, and the app's processes on it."""

    def __init__(self, folder: Path):
        self.folder = folder
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        home = folder / "home"
        (home / ".config" / "Samla").mkdir(parents=True)
        (home / ".config" / "Samla" / "Samla.ini").write_text("[General]\nlanguage=en\n")
        self.env = {
            **os.environ,
            "DISPLAY": self.display,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "SAMLA_DATA_DIR": str(folder / "data"),
            "QT_QPA_PLATFORM": "xcb",
        }
        self.env.pop("WAYLAND_DISPLAY", None)
        self.openbox = subprocess.Popen(
            ["openbox"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.wait_until(lambda: self.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"))
        self.app: subprocess.Popen | None = None

    def x(self, *args: str) -> str:
        result = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=20)
        return result.stdout.strip() if result.returncode == 0 else ""

    def xdotool(self, *args: str) -> str:
        return self.x("xdotool", *args)

    def wait_until(self, condition, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {condition}")
            time.sleep(0.1)  # another process: nothing to await but the X server's answer

    def start_app(self, path: Path) -> None:
        with open(self.folder / "app.log", "ab") as log:  # the child keeps its own copy
            self.app = subprocess.Popen(
                [sys.executable, "-m", "workshop_app", str(path)],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )

    def kill_app(self) -> None:
        if self.app is not None and self.app.poll() is None:
            self.app.send_signal(signal.SIGKILL)
            self.app.wait(timeout=20)

    def viewable(self) -> dict[str, str]:
        """Name -> window id of the app's windows a person can see now."""
        if self.app is None:
            return {}
        found = {}
        for wid in self.xdotool("search", "--pid", str(self.app.pid)).split():
            info = self.x("xwininfo", "-id", wid)
            name = self.xdotool("getwindowname", wid)
            if name and "Map State: IsViewable" in info:
                found[name] = wid
        return found

    def close(self) -> None:
        self.kill_app()
        for process in (self.openbox, self.xvfb):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def desktop(tmp_path):
    screen = Desktop(tmp_path)
    yield screen
    screen.close()


def locked_screen_only(desktop: Desktop) -> str:
    """Only the participant screen is visible, full screen and focused; its window id."""
    shown = desktop.viewable()
    assert list(shown) == ["Participant mode — Samla"], shown
    wid = shown["Participant mode — Samla"]
    assert "_NET_WM_STATE_FULLSCREEN" in desktop.x("xprop", "-id", wid, "_NET_WM_STATE")
    assert desktop.xdotool("getactivewindow") == wid
    return wid


def notes_in(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return [row[0] for row in conn.execute("SELECT text FROM notes")]


def test_a_bored_participant_finds_no_way_out(desktop, tmp_path, monkeypatch):
    from workshop_app.core import pin
    from workshop_app.core.demo import write_demo
    from workshop_app.core.store import WorkshopFile

    path = tmp_path / "demo.samla"
    monkeypatch.setenv("SAMLA_DATA_DIR", desktop.env["SAMLA_DATA_DIR"])  # the app's PIN store
    with write_demo(path) as wf:
        pin.set_pin(wf, PIN)
    desktop.start_app(path)
    desktop.wait_until(lambda: any(n.endswith("demo.samla — Samla") for n in desktop.viewable()))
    facilitator = next(w for n, w in desktop.viewable().items() if n.endswith("— Samla"))
    desktop.xdotool("windowactivate", "--sync", facilitator)
    desktop.xdotool("key", "F5")
    desktop.wait_until(lambda: "Participant mode — Samla" in desktop.viewable())
    time.sleep(SETTLE)
    wid = locked_screen_only(desktop)

    # The window manager's own keys never reach it: no desktop switch, no "show desktop".
    for keys in ("super+d", "alt+Tab", "alt+space", "alt+F4", "ctrl+alt+Right", "super+Right"):
        desktop.xdotool("key", keys)
        time.sleep(SETTLE)
        wid = locked_screen_only(desktop)
        assert desktop.xdotool("get_desktop") == "0", keys
        assert desktop.x("xprop", "-root", "_NET_SHOWING_DESKTOP").endswith("= 0"), keys

    # Another program's window takes the focus (a click on it): the screen takes it back.
    other = subprocess.Popen(["xmessage", "-geometry", "+20+20", "hello"], env=desktop.env)
    try:
        desktop.wait_until(
            lambda: desktop.xdotool("search", "--onlyvisible", "--class", "xmessage")
        )
        for window in desktop.xdotool("search", "--onlyvisible", "--class", "xmessage").split():
            desktop.xdotool("windowactivate", window)
        time.sleep(SETTLE)
        wid = locked_screen_only(desktop)
    finally:
        other.kill()
        other.wait(timeout=10)

    # What the window manager does when told from outside: minimise, another desktop.
    for attack in (("windowminimize", wid), ("set_desktop", "1")):
        desktop.xdotool(*attack)
        time.sleep(SETTLE)
        wid = locked_screen_only(desktop)
    for _ in range(2):  # twice: still the PIN page, never back to the note box
        desktop.xdotool("key", "Escape")
    time.sleep(SETTLE)
    if shutil.which("wmctrl"):
        for command in (["-k", "on"], ["-i", "-r", wid, "-b", "remove,fullscreen"]):
            desktop.x("wmctrl", *command)
            time.sleep(SETTLE)
            wid = locked_screen_only(desktop)

    # The PIN page is up (Escape above): wrong PINs and Enter spamming keep it locked,
    # and nothing typed there becomes a note.
    for guess in ("0003", "0004"):
        desktop.xdotool("type", "--delay", "20", guess)
        desktop.xdotool("key", "Return")
    desktop.xdotool("key", "Return", "Return", "Return", "KP_Enter")
    time.sleep(SETTLE)
    locked_screen_only(desktop)
    desktop.xdotool("key", "Tab", "space")  # Back (the button after the field)

    # A note, copied before saving: the clipboard and the X selection carry nothing on.
    desktop.xdotool("key", "Return")  # "Continue without choosing" a perspective
    desktop.xdotool("type", "--delay", "10", "Hemlig lapp")
    desktop.xdotool("key", "ctrl+a", "ctrl+c", "Return")
    if shutil.which("xclip"):
        time.sleep(SETTLE)
        for selection in ("clipboard", "primary"):
            copied = desktop.x("xclip", "-o", "-selection", selection)
            assert "Hemlig" not in copied, selection

    # A PIN reset from outside does not open the running screen (fail closed).
    reset = subprocess.run(
        [sys.executable, "-m", "workshop_app", "reset-pin", str(path), "--yes"],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert reset.returncode == 0, reset.stderr
    desktop.xdotool("key", "Escape")
    desktop.xdotool("key", "Return")
    time.sleep(SETTLE)
    locked_screen_only(desktop)

    # kill -9 and a restart: straight back into the locked screen (its PIN was reset,
    # so choose one again before the crash).
    desktop.xdotool("type", "--delay", "20", PIN)
    desktop.xdotool("key", "Return")
    desktop.wait_until(lambda: "Participant mode — Samla" not in desktop.viewable())
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, PIN)
    facilitator = next(w for n, w in desktop.viewable().items() if n.endswith("— Samla"))
    desktop.xdotool("windowactivate", "--sync", facilitator)
    desktop.xdotool("key", "F5")
    desktop.wait_until(lambda: "Participant mode — Samla" in desktop.viewable())
    desktop.kill_app()
    desktop.start_app(path)
    desktop.wait_until(lambda: "Participant mode — Samla" in desktop.viewable())
    time.sleep(SETTLE)
    locked_screen_only(desktop)

    # The facilitator leaves with the PIN: the workspace is back.
    desktop.xdotool("key", "Escape")
    desktop.xdotool("type", "--delay", "20", PIN)
    desktop.xdotool("key", "Return")
    desktop.wait_until(lambda: "Participant mode — Samla" not in desktop.viewable())
    assert any(n.endswith("demo.samla — Samla") for n in desktop.viewable())

    texts = notes_in(path)
    assert "Hemlig lapp" in texts
    assert not [t for t in texts if t.strip() in ("0003", "0004", PIN)]
