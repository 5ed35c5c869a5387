"""Which links may be published: one rule for the examples editor and the report.

Only web links (http, https) with a host and e-mail links (mailto) with an address;
no spaces, control characters or markup characters. Anything else is shown as
plain text in the report, never as a link (no file: or javascript: links).
"""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("http", "https", "mailto")


def link_problem(url: str | None) -> str | None:
    """Why `url` cannot be a link, as a short code; None when it can (or is empty).

    Codes: "scheme", "no_host", "no_address", "spaces", "characters".
    """
    url = (url or "").strip()
    if not url:
        return None
    if any(ch.isspace() for ch in url):
        return "spaces"
    if any(ord(ch) < 32 or ch in '<>"' for ch in url):
        return "characters"
    try:
        parts = urlsplit(url)
    except ValueError:
        return "characters"
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        return "scheme"
    if scheme in ("http", "https") and not parts.netloc:
        return "no_host"
    if scheme == "mailto" and "@" not in parts.path:
        return "no_address"
    return None


def safe_url(url: str | None) -> str | None:
    """The URL if it may become a link in the report, else None."""
    url = (url or "").strip()
    return url if url and link_problem(url) is None else None
