"""Parsed copies: opening a workbook again skips reading its TOML (issue 7).

Reading a big workbook is work the first paint waits for: the
300-stakeholder sample takes about 15 ms in the TOML parser and as much again
to check and decode. Most opens are of the same bytes as last time (the app's
own last save), so each save, and each open that had to parse, keeps the
decoded workbook in a cache folder, as Python keeps compiled modules; an open
of the very same bytes then takes about 5 ms.

Safe by construction:

- A copy is looked up by the bytes of the file, never by its name or age: a
  file changed in any way (an editor, ``git pull``, another session) misses
  and is parsed and checked as always.
- The copy is sealed with a key that only the workbook's own bytes give
  (a BLAKE2b of them and of the code's fingerprint). It is encrypted (a
  SHAKE-256 keystream from the key and a fresh random nonce, so no two
  copies share a stream) and authenticated (a keyed BLAKE2b tag over nonce
  and body). Without the workbook it is noise, so contacts are not copied
  anywhere readable, and deleting the workbook leaves nothing behind that
  means anything. A copy that fails its tag
  (damaged, or written by someone who did not have the workbook) is
  ignored and removed.
- The decoded workbook is stored with ``pickle``, read back by an unpickler
  that builds only the model's own classes, and only after the tag matched.
- The key, and so the name, also depends on the Python version and the
  source of the code that reads and decodes a file, so another version of
  Phakhi never reads a copy it did not write.
- The folder (``$PHAKHI_CACHE_DIR``, else ``$XDG_CACHE_HOME/phakhi/parsed``,
  else ``~/.cache/phakhi/parsed``) is the owner's only; the newest
  ``KEEP`` copies are kept, and nothing but our own files is ever removed
  from it. Any failure to read or write one is silent: the file is then
  simply parsed.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib
import io
import os
import pickle
import re
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from tui import __version__
from tui.core.model import Workbook
from tui.core.reading import read_regular

#: How many copies the folder keeps (the most recently used).
KEEP = 16
_MAGIC = b"PHAKHI-PARSED-2\n"
_TAG = 32
_NONCE = 16
#: Bytes XOR-ed at a time (:func:`_stream`).
_SLICE = 1 << 16
#: A copy's name (32 hex digits), and a copy being written.
_COPY_NAME = re.compile(r"[0-9a-f]{32}")
_WRITING = ".writing-"
#: The modules whose classes a copy may build.
_MODULES = frozenset({"tui.core.model", "tui.core.records", "tui.core.vocab"})
#: More than a copy of the biggest workbook the loader takes could ever be: anything
#: bigger (or anything but a regular file, a pipe put in its place) is not read at all.
_MAX_COPY = 64 * 1024 * 1024


def folder() -> Path:
    chosen = os.environ.get("PHAKHI_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache_home) / "phakhi" / "parsed"


#: The modules that decide what a file decodes to.
_DECODING = (
    "tui.core.store",
    "tui.core.model",
    "tui.core.records",
    "tui.core.vocab",
    "tui.core.schema",
    "tui.core.codec",
    "tui.core.plain_records",
    "tui.core.derived",
)


@cache
def _fingerprint() -> bytes:
    """What a copy depends on: Python's version and the source of the code that decodes
    a file, so a copy made by any other version (even an unreleased edit) is not read."""
    source = hashlib.blake2b(digest_size=16)
    for name in _DECODING:
        try:
            source.update(Path(importlib.import_module(name).__file__ or "").read_bytes())
        except OSError:
            source.update(__version__.encode())  # no source to read (a frozen build): the version stands in
    return repr((sys.version_info[:2], pickle.HIGHEST_PROTOCOL, source.hexdigest())).encode()


def _key(data: bytes) -> bytes:
    """The secret only the workbook's bytes give; with the code's fingerprint, so
    two versions never seal with the same key. (The hash of the two one after the
    other: the workbook is not copied to put them together.)"""
    key = hashlib.blake2b(data, digest_size=32, person=b"phakhi.parsed")
    key.update(_fingerprint())
    return key.digest()


def _file(key: bytes) -> Path:
    return folder() / hashlib.blake2b(b"name", digest_size=16, key=key).hexdigest()


def _stream(key: bytes, nonce: bytes, body: bytes | memoryview) -> bytes:
    """``body`` XOR a keystream of its length, never used twice (a fresh nonce per copy):
    encrypts and decrypts alike. A slice at a time: a province's copy is 10 MB, and XOR
    as one number made four more buffers of that size at once (memory kept afterwards)."""
    size = len(body)
    pad = memoryview(hashlib.shake_256(b"stream" + key + nonce).digest(size))
    body = memoryview(body)
    out = bytearray(size)
    for start in range(0, size, _SLICE):
        end = min(start + _SLICE, size)
        mixed = int.from_bytes(body[start:end], "little") ^ int.from_bytes(pad[start:end], "little")
        out[start:end] = mixed.to_bytes(end - start, "little")
    return bytes(out)


def _tag(key: bytes, sealed: bytes | memoryview) -> bytes:
    """Covers everything after itself: the nonce and the sealed body."""
    return hashlib.blake2b(sealed, digest_size=_TAG, key=key, person=b"phakhi.tag").digest()


class _ModelOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        found = getattr(sys.modules.get(module), name, None) if module in _MODULES else None
        if not isinstance(found, type):
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a workbook")
        return found


def read(data: bytes) -> Workbook | None:
    """The workbook that the file bytes ``data`` decode to, if a copy was kept; else None."""
    try:
        key = _key(data)
        file = _file(key)
        stored = read_regular(file, _MAX_COPY)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to find the cache in
        return None
    whole = memoryview(stored)  # slices of it, not copies
    head, tag, rest = stored[: len(_MAGIC)], stored[len(_MAGIC) : len(_MAGIC) + _TAG], whole[len(_MAGIC) + _TAG :]
    if head != _MAGIC or not hmac.compare_digest(tag, _tag(key, rest)):
        _remove(file)
        return None
    nonce, sealed = bytes(rest[:_NONCE]), rest[_NONCE:]
    try:
        workbook = _ModelOnly(io.BytesIO(_stream(key, nonce, sealed))).load()
    except Exception:  # noqa: BLE001  (any damage means: parse the file instead)
        workbook = None
    if not isinstance(workbook, Workbook):
        _remove(file)
        return None
    with contextlib.suppress(OSError):
        os.utime(file)  # recently used: kept longest
    return workbook


def keep(data: bytes, workbook: Workbook) -> None:
    """Keep ``workbook`` as what ``data`` decodes to. Best effort, and never raises:
    a failure only costs the next open a parse."""
    try:
        key = _key(data)
        file = _file(key)
        nonce = os.urandom(_NONCE)
        rest = nonce + _stream(key, nonce, pickle.dumps(workbook, protocol=pickle.HIGHEST_PROTOCOL))
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Not store.write_atomic: a cache needs no fsync (a copy cut short fails its tag and is
        # parsed again), and an open that missed would wait for it.
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=_WRITING)  # owner-only, as mkstemp makes it
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + _tag(key, rest) + rest)
            os.replace(temporary, file)
        except BaseException:
            _remove(Path(temporary))
            raise
        _prune(file.parent)
    except Exception:  # noqa: BLE001  (a full disk, no home folder, a workbook pickle refuses: parse next time)
        return


def _prune(place: Path) -> None:
    """Keep the newest KEEP copies, and no half-written one older than an hour (a killed
    save). Only our own names are touched: the folder may be one the user chose."""
    entries = [entry for entry in os.scandir(place) if entry.is_file()]
    copies = sorted((e for e in entries if _COPY_NAME.fullmatch(e.name)), key=lambda e: e.stat().st_mtime, reverse=True)
    stale = [e for e in entries if e.name.startswith(_WRITING) and e.stat().st_mtime < time.time() - 3600]
    for old in [*copies[KEEP:], *stale]:
        _remove(Path(old.path))


def _remove(file: Path) -> None:
    with contextlib.suppress(OSError):
        file.unlink()
