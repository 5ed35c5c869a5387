"""The facilitator's PIN that guards leaving participant and voting mode.

The PIN is stored in the file's settings (key `participant_pin`) as
`scrypt$n=16384,r=8,p=1$<salt b64>$<hash b64>`: a standard key-derivation
function with a random 16-byte salt, never the PIN itself. Checking uses a
constant-time comparison. `PinGuard` adds a growing delay after repeated wrong
PINs so that guessing a short PIN at the shared laptop takes too long to be worth it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable

from workshop_app.core import errors
from workshop_app.core.changes import Changes
from workshop_app.core.store import WorkshopFile

SETTING = "participant_pin"
SCHEME = "scrypt"
#: scrypt cost: about 50 ms and 16 MB per check on a laptop; far too slow to brute-force.
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
MIN_LENGTH = 4
MAX_LENGTH = 32


class PinError(errors.WorkshopFileError):
    """A PIN that cannot be used (too short, too long) or a damaged stored hash."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32
    )


def check_pin_rules(pin: str) -> None:
    """Refuse PINs too short to protect anything or too long to type."""
    if len(pin) < MIN_LENGTH:
        raise PinError(f"The PIN needs at least {MIN_LENGTH} characters.")
    if len(pin) > MAX_LENGTH:
        raise PinError(f"The PIN can have at most {MAX_LENGTH} characters.")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The stored form of `pin`: scheme, parameters, salt and derived key."""
    check_pin_rules(pin)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = _derive(pin, salt, N, R, P)
    return f"{SCHEME}$n={N},r={R},p={P}${_b64(salt)}${_b64(key)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches the stored hash (constant-time comparison)."""
    try:
        scheme, params, salt_b64, key_b64 = stored.split("$")
        values = dict(item.split("=") for item in params.split(","))
        n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
        salt, key = base64.b64decode(salt_b64), base64.b64decode(key_b64)
    except (ValueError, KeyError) as exc:
        raise PinError(
            "The stored PIN is damaged. Reset it with `workshop-app reset-pin FILE`."
        ) from exc
    if scheme != SCHEME:
        raise PinError(f"Unknown PIN scheme {scheme!r}.")
    if not isinstance(pin, str) or not pin:
        return False
    return hmac.compare_digest(_derive(pin, salt, n, r, p), key)


def has_pin(wf: WorkshopFile) -> bool:
    return bool(wf.setting(SETTING))


def set_pin(wf: WorkshopFile, pin: str) -> Changes:
    """Store a new PIN (hashed) in the file's settings."""
    return wf.set_setting(SETTING, hash_pin(pin))


def check_pin(wf: WorkshopFile, pin: str) -> bool:
    """Whether `pin` is the file's PIN; False when no PIN is set."""
    stored = wf.setting(SETTING)
    return bool(stored) and verify_pin(pin, stored)


def clear_pin(wf: WorkshopFile) -> Changes:
    """Forget the PIN (the next participant mode asks for a new one). Touches no notes."""
    found = wf.rows("settings", "key = ?", [SETTING])
    if not found:
        return Changes()
    with wf.transaction():
        # Blank the hash as well, so no copy of it stays behind in the soft-deleted row.
        return wf.update("settings", found[0]["id"], value="") + wf.delete(
            "settings", found[0]["id"]
        )


class PinGuard:
    """Counts wrong PINs and says how long to wait before the next try.

    The first `free_tries` wrong PINs cost nothing (typos happen); after that the
    wait doubles from 2 seconds up to `max_delay`. The right PIN resets the count.
    """

    def __init__(
        self,
        *,
        free_tries: int = 3,
        max_delay: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.free_tries = free_tries
        self.max_delay = max_delay
        self.clock = clock
        self.failures = 0
        self._locked_until = 0.0

    def wait_left(self) -> float:
        """Seconds until the next try is allowed (0 when it is allowed now)."""
        return max(0.0, self._locked_until - self.clock())

    def failed(self) -> float:
        """Record a wrong PIN; returns the wait before the next try."""
        self.failures += 1
        extra = self.failures - self.free_tries
        delay = 0.0 if extra < 0 else min(self.max_delay, 2.0 * 2**extra)
        self._locked_until = self.clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self._locked_until = 0.0
