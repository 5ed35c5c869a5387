"""The facilitator's PIN that guards leaving participant and voting mode, and the
"locked" state that must survive a crash.

Both live in the app's own per-user storage, never in the workshop file, because
the file travels (merges, backups, Datasette, e-mail) and a 4-digit PIN falls to a
brute force of its hash in minutes (docs/participant-mode.md gives the measured
time). `PinStore` keeps one small JSON record per series, named by a digest of the
series id, in `<data folder>/participant/`:

    {"series_id": ..., "pin": "scrypt$n=16384,r=8,p=1$<salt b64>$<hash b64>",
     "idle_minutes": 3,
     "locked": {"path": ..., "mode": "participant", "question_id": ..., ...} | null}

The hash is scrypt with a random 16-byte salt, never the PIN itself; checking uses
a constant-time comparison. 0.1.0 kept the hash in the file's settings (key
`participant_pin`): `adopt_file_pin` moves such a hash into the store and blanks it
in the file. `PinGuard` adds a growing delay after repeated wrong PINs.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from workshop_app.core import errors
from workshop_app.core.atomic import atomic_path
from workshop_app.core.changes import Changes
from workshop_app.core.data_dir import data_dir
from workshop_app.core.store import WorkshopFile

#: Where 0.1.0 kept the hash, in the file's settings; read only to move it out.
SETTING = "participant_pin"
SCHEME = "scrypt"
#: scrypt cost: about 50 ms and 16 MB per check. Slows a brute force, does not stop one
#: for short PINs: that is why the hash stays out of the file.
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
MIN_LENGTH = 4
MAX_LENGTH = 32
MODES = ("participant", "voting")


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
    except (ValueError, KeyError, AttributeError) as exc:
        raise PinError(
            "The stored PIN is damaged. Reset it with `workshop-app reset-pin FILE`."
        ) from exc
    if scheme != SCHEME:
        raise PinError(f"Unknown PIN scheme {scheme!r}.")
    if not (0 < n <= 2**20 and 0 < r <= 64 and 0 < p <= 16):
        raise PinError("The stored PIN has parameters this version does not accept.")
    if not isinstance(pin, str) or not pin:
        return False
    return hmac.compare_digest(_derive(pin, salt, n, r, p), key)


class PinStore:
    """The per-user record of each series: its PIN hash and whether it is locked.

    Outside every workshop file (nothing here is merged, exported, backed up with the
    file or published). Records are written atomically; an unreadable record counts
    as empty (no PIN, not locked) and is replaced at the next write.
    """

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else data_dir() / "participant"

    def _path(self, series_id: str) -> Path:
        # A digest, not the id itself: the id comes from a file that may be hostile.
        digest = hashlib.sha256(series_id.encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / f"{digest[:32]}.json"

    def _read(self, series_id: str) -> dict:
        try:
            record = json.loads(self._path(series_id).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(record, dict) or record.get("series_id") != series_id:
            return {}
        return record

    def _write(self, series_id: str, record: dict) -> None:
        record = {**record, "series_id": series_id}
        if not record.get("pin") and not record.get("locked"):
            with contextlib.suppress(FileNotFoundError):
                self._path(series_id).unlink()
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with atomic_path(self._path(series_id)) as tmp:
                tmp.write_text(json.dumps(record, ensure_ascii=True, indent=1), "utf-8")
        except OSError as exc:
            raise errors.DiskFull(
                f"The participant-mode settings could not be saved in {self.folder}: {exc}"
            ) from exc

    # -- the PIN
    def pin_hash(self, series_id: str) -> str | None:
        stored = self._read(series_id).get("pin")
        return stored if isinstance(stored, str) and stored else None

    def set_pin_hash(self, series_id: str, stored: str) -> None:
        self._write(series_id, {**self._read(series_id), "pin": stored})

    # -- how long an untouched turn lasts (chosen with the PIN)
    def idle_minutes(self, series_id: str) -> int | None:
        value = self._read(series_id).get("idle_minutes")
        return value if isinstance(value, int) and 0 <= value <= 24 * 60 else None

    def set_idle_minutes(self, series_id: str, minutes: int) -> None:
        self._write(series_id, {**self._read(series_id), "idle_minutes": int(minutes)})

    # -- the locked state
    def lock(self, series_id: str, path: str | os.PathLike, mode: str, **where: str | None):
        """Remember that `path` is locked in `mode` (reopened so after a crash)."""
        if mode not in MODES:
            raise ValueError(mode)
        locked = {"path": str(Path(path).resolve()), "mode": mode, **where}
        self._write(series_id, {**self._read(series_id), "locked": locked})

    def unlock(self, series_id: str) -> None:
        record = self._read(series_id)
        if record.get("locked"):
            self._write(series_id, {**record, "locked": None})

    def lock_of(self, series_id: str) -> dict | None:
        locked = self._read(series_id).get("locked")
        return locked if isinstance(locked, dict) and locked.get("mode") in MODES else None

    def _locks(self) -> Iterator[tuple[dict, str | None]]:
        """Each record's lock (a dict with the locked file's path) and series id."""
        for record_path in sorted(self.folder.glob("*.json")):
            try:
                record = json.loads(record_path.read_text("utf-8"))
            except (OSError, ValueError):
                continue
            if not isinstance(record, dict):
                continue
            locked = record.get("locked")
            if isinstance(locked, dict) and isinstance(locked.get("path"), str):
                yield locked, record.get("series_id")

    def locked_paths(self) -> list[Path]:
        """Files locked when the app last stopped (normally none, or the one it was showing)."""
        return [Path(locked["path"]) for locked, _series_id in self._locks()]

    def unlock_path(self, path: str | os.PathLike) -> None:
        """Forget every lock recorded for `path` (a file replaced by another series)."""
        target = str(Path(path).resolve())
        for locked, series_id in list(self._locks()):
            if locked["path"] == target and series_id:
                self.unlock(series_id)

    def forget(self, series_id: str) -> None:
        """Drop the series' record: no PIN, not locked (`reset-pin`)."""
        with contextlib.suppress(FileNotFoundError):
            self._path(series_id).unlink()


def _series_id(wf: WorkshopFile) -> str:
    return wf.series()["id"]


def stored_hash(wf: WorkshopFile, store: PinStore | None = None) -> str | None:
    """The hash of the PIN that guards `wf` on this computer, if one is set."""
    return (store or PinStore()).pin_hash(_series_id(wf))


def has_pin(wf: WorkshopFile, store: PinStore | None = None) -> bool:
    return stored_hash(wf, store) is not None


def set_pin(wf: WorkshopFile, pin: str, store: PinStore | None = None) -> None:
    """Choose a new PIN for `wf`'s series on this computer (stored hashed, outside the file)."""
    (store or PinStore()).set_pin_hash(_series_id(wf), hash_pin(pin))


def idle_minutes(wf: WorkshopFile, default: int, store: PinStore | None = None) -> int:
    """Minutes without input after which a turn ends (0: never), as chosen with the PIN."""
    found = (store or PinStore()).idle_minutes(_series_id(wf))
    return default if found is None else found


def set_idle_minutes(wf: WorkshopFile, minutes: int, store: PinStore | None = None) -> None:
    (store or PinStore()).set_idle_minutes(_series_id(wf), minutes)


def check_pin(wf: WorkshopFile, pin: str, store: PinStore | None = None) -> bool:
    """Whether `pin` is the series' PIN; False when no PIN is set."""
    stored = stored_hash(wf, store)
    return stored is not None and verify_pin(pin, stored)


def _blank_file_setting(wf: WorkshopFile) -> Changes:
    found = wf.rows("settings", "key = ? AND value != ''", [SETTING], include_deleted=True)
    if not found:
        return Changes()
    with wf.transaction():
        changes = wf.update("settings", found[0]["id"], value="")
        if found[0]["deleted_at"] is None:
            changes += wf.delete("settings", found[0]["id"])
        return changes


def adopt_file_pin(wf: WorkshopFile, store: PinStore | None = None) -> Changes:
    """Move a PIN hash that 0.1.0 kept in the file's settings into the per-user store,
    then blank it in the file (through the write API). A PIN already chosen on this
    computer wins. A read-only file keeps its hash; nothing is written then."""
    stored = wf.setting(SETTING)
    if not stored:
        return Changes()
    store = store or PinStore()
    if store.pin_hash(_series_id(wf)) is None:
        store.set_pin_hash(_series_id(wf), stored)
    if wf.readonly:
        return Changes()
    return _blank_file_setting(wf)


def clear_pin(wf: WorkshopFile, store: PinStore | None = None) -> Changes:
    """Forget the PIN and the locked state of `wf`'s series (`reset-pin`); also blanks
    a hash an older version left in the file. Touches no notes."""
    (store or PinStore()).forget(_series_id(wf))
    return _blank_file_setting(wf)


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
