"""Injected save faults for tests that run as root (root ignores folder permissions)."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

import pytest


def deny_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``folder`` refuses new files, as a read-only folder does; every other folder works."""
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        if Path(kwargs["dir"]) == folder:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
