"""A session imports asyncio without OpenSSL's ``ssl`` (tui/without_tls.py): 1.1 MB less in
each of a workshop server's sessions."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pty_helpers import type_and_quit

from tui.core import store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "organic-farming.th.toml"


def session_loads_ssl(tmp_path: Path, env: dict[str, str]) -> bool:
    """The real command on a terminal: a name added in step 2, a score in step 5 and the map
    opened; then whether the process has OpenSSL's ``ssl`` (its ``_ssl`` extension) mapped.
    The name must be saved."""
    path = tmp_path / "group.toml"
    shutil.copy(SAMPLE, path)
    writes = [b"2", "ห้องสมุด".encode(), b"\r", b"\x1b", b"5", b"3", b"\x1b", b"m", b"\t", b"\x1b"]
    mapped: list[str] = []
    type_and_quit(
        ["-m", "tui", str(path), "--lang", "en"],
        {**env, "PHAKHI_AUTOSAVE_SECONDS": "0.2"},
        writes,
        before_quit=lambda process: mapped.append(Path(f"/proc/{process.pid}/maps").read_text()),
    )
    assert "ห้องสมุด" in [person.name for person in store.load(path)[0].stakeholders]
    return "/_ssl." in mapped[0]


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads the process's mappings from /proc")
def test_a_session_never_loads_openssls_ssl(tmp_path: Path) -> None:
    assert session_loads_ssl(tmp_path, dict(os.environ)) is False


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads the process's mappings from /proc")
def test_the_switch_keeps_asyncios_ssl(tmp_path: Path) -> None:
    """The check can fail: asyncio as it is loads ssl."""
    assert session_loads_ssl(tmp_path, {**os.environ, "PHAKHI_TLS": "keep"}) is True


def test_ssl_can_still_be_imported_after_asyncio() -> None:
    code = (
        "import sys\n"
        "from tui import without_tls\n"
        "print(without_tls.import_asyncio(), 'ssl' in sys.modules)\n"
        "import asyncio.base_events, asyncio.selector_events, asyncio.sslproto\n"
        "print(asyncio.base_events.ssl, asyncio.selector_events.ssl, asyncio.sslproto.ssl)\n"
        "import ssl\n"
        "print(ssl.PROTOCOL_TLS_CLIENT.name, without_tls.import_asyncio())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["True False", "None None None", "PROTOCOL_TLS_CLIENT False"]
