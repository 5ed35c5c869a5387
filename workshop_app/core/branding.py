"""A series' branding for its report: an accent colour, a logo (PNG) and the logo's alt text.

Stored in the series row (`accent`, `logo` as base64 text, `logo_alt`), so the logo
travels inside the workshop file and its interchange JSON. Values from another file
or a JSON document are untrusted: `logo_png` and `accent_colour` return None for
anything that is not what it should be, and every renderer uses only those.
An SVG logo is turned into a PNG by the app before it is stored (the report's
renderers draw PNG only, and never interpret an untrusted SVG).
"""

from __future__ import annotations

import base64
import binascii
import re
import struct

from workshop_app.core import errors
from workshop_app.core.changes import Changes

#: Largest logo stored (bytes of PNG): a print-quality logo is far smaller.
MAX_LOGO_BYTES = 2 * 1024 * 1024
#: Largest side of a logo, in pixels.
MAX_LOGO_SIDE = 6000
MAX_ALT = 500
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG image, or None when `data` is not one."""
    if len(data) < 33 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= MAX_LOGO_SIDE and 0 < height <= MAX_LOGO_SIDE):
        return None
    return width, height


def check_logo(data: bytes) -> None:
    if len(data) > MAX_LOGO_BYTES:
        raise errors.InvalidValue(
            f"The logo is {len(data) // 1024} KB; choose one of at most "
            f"{MAX_LOGO_BYTES // 1024 // 1024} MB."
        )
    if png_size(data) is None:
        raise errors.InvalidValue(
            f"The logo must be a PNG image of at most {MAX_LOGO_SIDE} pixels on each side."
        )


def check_accent(value: str) -> None:
    if value and not _HEX.match(value):
        raise errors.InvalidValue("The accent colour must be written as #RRGGBB, e.g. #1F5F5B.")


def set_branding(
    wf, *, accent: str | None = None, logo: bytes | None = None, logo_alt: str | None = None
) -> Changes:
    """Change the series' accent colour, logo (PNG bytes; b"" removes it) and/or alt text."""
    values: dict[str, str] = {}
    if accent is not None:
        check_accent(accent.strip())
        values["accent"] = accent.strip().upper()
    if logo is not None:
        if logo:
            check_logo(logo)
        values["logo"] = base64.b64encode(logo).decode("ascii")
    if logo_alt is not None:
        if len(logo_alt) > MAX_ALT:
            raise errors.InvalidValue(f"The logo's text may be at most {MAX_ALT} characters.")
        values["logo_alt"] = logo_alt.strip()
    return wf.update_series(**values) if values else Changes()


def logo_png(series: dict) -> bytes | None:
    """The series' logo as PNG bytes, or None when it has none or it is not a valid PNG."""
    encoded = series.get("logo") or ""
    if not encoded or len(encoded) > MAX_LOGO_BYTES * 4 // 3 + 4:
        return None
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if png_size(data) is not None else None


def accent_colour(series: dict) -> str | None:
    """'#1F5F5B', or None when the series has no valid accent colour."""
    value = (series.get("accent") or "").strip()
    return value.upper() if _HEX.match(value) else None
