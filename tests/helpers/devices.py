"""Device nodes for tests of writers, made in the test's own folder (never the real /dev)."""

from __future__ import annotations

import os
import stat

import pytest


def make_char_device(path) -> os.stat_result:
    """A character device like /dev/null (major 1, minor 3); skips the test unless root."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return os.stat(path)


def make_block_device(path) -> None:
    """A block device node (a loop device number) that nothing ever opens."""
    try:
        os.mknod(path, 0o600 | stat.S_IFBLK, os.makedev(7, 200))
    except PermissionError:
        pytest.skip("making a device node needs root")
