"""Loaded at start-up by every Python process whose PYTHONPATH includes this folder.

Refuses and records every attempt to create, bind or connect a network socket or to
resolve a host name, in this process and every Python process it starts. The log
file is named by SAMLA_NET_GUARD_LOG.
"""

import os
import socket
import sys

_LOG = os.environ.get("SAMLA_NET_GUARD_LOG")
_EVENTS = {
    "socket.__new__",
    "socket.bind",
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
    "socket.sendmsg",
    "urllib.Request",
}


def _record(what: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {what}\n")


def _hook(event, args):
    if event in _EVENTS:
        _record(f"{event} {args!r}"[:300])
        raise OSError(f"network access refused by the test guard: {event}")


def _refuse(name):
    def refused(*args, **kwargs):
        _record(f"{name} {args!r}"[:300])
        raise OSError(f"network access refused by the test guard: {name}")

    return refused


if _LOG:
    sys.addaudithook(_hook)
    for _name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        setattr(socket, _name, _refuse(f"socket.{_name}"))
    with open(_LOG, "a", encoding="utf-8") as _fh:
        _fh.write(f"{os.getpid()} guard active\n")
