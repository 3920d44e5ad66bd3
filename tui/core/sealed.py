"""Sealed copies: work kept in a cache folder that only its own input can open.

Two kinds of work are kept this way: a workbook decoded from a file's bytes
(tui/core/parsed_copy.py), and a map drawn from scratch for a network in a
space (tui/core/kept_drawings.py). Both are looked up by what they were
made from, never by a name or an age, and both hold the user's names, so:

- A copy is sealed with a key that only its input gives (a BLAKE2b of it and
  of the code's fingerprint). It is encrypted (a SHAKE-256 keystream from the
  key and a fresh random nonce, so no two copies share a stream) and
  authenticated (a keyed BLAKE2b tag over nonce and body). Without the input
  it is noise, so contacts are not copied anywhere readable. A copy that
  fails its tag (damaged, or written by someone who did not have the input)
  is ignored and removed.
- The copy is stored with ``pickle``, read back by an unpickler that builds
  only the classes of the modules its kind names, and only after the tag
  matched.
- The key, and so the name, also depends on the Python version and the
  source of the code that made the copy, so another version of Phakhi never
  reads a copy it did not write.
- The folder (the kind's own in ``$XDG_CACHE_HOME/phakhi``, else in
  ``~/.cache/phakhi``; ``$PHAKHI_CACHE_DIR`` chooses another) is the owner's only; the
  newest copies are kept, and nothing but our own files is ever removed from
  it. Any failure to read or write one is silent: the work is then done again.
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
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tui import __version__
from tui.core.reading import read_regular

_TAG = 32
_NONCE = 16
#: Bytes XOR-ed at a time (:func:`_stream`).
_SLICE = 1 << 16
#: A copy's name (32 hex digits), and a copy being written.
_COPY_NAME = re.compile(r"[0-9a-f]{32}")
_WRITING = ".writing-"
#: More than a copy of the biggest workbook the loader takes could ever be: anything
#: bigger (or anything but a regular file, a pipe put in its place) is not read at all.
_MAX_COPY = 64 * 1024 * 1024
#: What :meth:`Kind.read` gives when no copy was kept (a copy may hold None).
MISSING: Any = object()


@cache
def _fingerprint(sources: tuple[str, ...]) -> bytes:
    """What a copy depends on: Python's version and the source of the code that made it,
    so a copy made by any other version (even an unreleased edit) is not read."""
    source = hashlib.blake2b(digest_size=16)
    for name in sources:
        try:
            if "/" in name:  # a data file of the package (the Thai word list)
                source.update((Path(__file__).parent.parent / name).read_bytes())
            else:
                source.update(Path(importlib.import_module(name).__file__ or "").read_bytes())
        except OSError:
            source.update(__version__.encode())  # no source to read (a frozen build): the version stands in
    return repr((sys.version_info[:2], pickle.HIGHEST_PROTOCOL, source.hexdigest())).encode()


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


class _Only(pickle.Unpickler):
    """Builds the classes of ``modules`` and nothing else."""

    def __init__(self, data: bytes, modules: frozenset[str]) -> None:
        super().__init__(io.BytesIO(data))
        self.modules = modules

    def find_class(self, module: str, name: str) -> type:
        found = getattr(sys.modules.get(module), name, None) if module in self.modules else None
        if not isinstance(found, type):
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a kept copy")
        return found


@dataclass(frozen=True)
class Kind:
    """One kind of sealed copy: its folder, its header, the code it depends on, the classes it builds."""

    #: its folder in ``~/.cache/phakhi``; under a ``$PHAKHI_CACHE_DIR`` too when ``nested``, else that folder
    #: itself (where the parsed copies have always been)
    folder_name: str
    nested: bool
    #: the BLAKE2b person of its keys, and the first bytes of each copy
    person: bytes
    magic: bytes
    #: the modules whose source decides what a copy holds (or a data file's path under ``tui/``)
    sources: tuple[str, ...]
    #: the modules whose classes a copy may build
    modules: frozenset[str]
    #: how many copies the folder keeps (the most recently used)
    keep_newest: int

    def folder(self) -> Path:
        chosen = os.environ.get("PHAKHI_CACHE_DIR")
        if chosen:
            return Path(chosen).expanduser() / self.folder_name if self.nested else Path(chosen).expanduser()
        cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(cache_home) / "phakhi" / self.folder_name

    def key(self, data: bytes) -> bytes:
        """The secret only the input's bytes give; with the code's fingerprint, so two versions
        never seal with the same key. (The hash of the two one after the other: the input is not
        copied to put them together.)"""
        key = hashlib.blake2b(data, digest_size=32, person=self.person)
        key.update(_fingerprint(self.sources))
        return key.digest()

    def file(self, key: bytes) -> Path:
        return self.folder() / hashlib.blake2b(b"name", digest_size=16, key=key).hexdigest()

    def read(self, data: bytes) -> Any:
        """What was kept for the input ``data``, or :data:`MISSING`."""
        try:
            key = self.key(data)
            file = self.file(key)
            stored = read_regular(file, _MAX_COPY)
        except (OSError, RuntimeError):  # RuntimeError: no home folder to find the cache in
            return MISSING
        whole = memoryview(stored)  # slices of it, not copies
        magic = self.magic
        head, tag, rest = stored[: len(magic)], stored[len(magic) : len(magic) + _TAG], whole[len(magic) + _TAG :]
        if head != magic or not hmac.compare_digest(tag, _tag(key, rest)):
            _remove(file)
            return MISSING
        nonce, sealed = bytes(rest[:_NONCE]), rest[_NONCE:]
        try:
            found = _Only(_stream(key, nonce, sealed), self.modules).load()
        except Exception:  # noqa: BLE001  (any damage means: do the work instead)
            _remove(file)
            return MISSING
        with contextlib.suppress(OSError):
            os.utime(file)  # recently used: kept longest
        return found

    def keep(self, data: bytes, value: object) -> None:
        """Keep ``value`` as what the input ``data`` gives. Best effort, and never raises:
        a failure only costs the next use the work."""
        try:
            key = self.key(data)
            file = self.file(key)
            nonce = os.urandom(_NONCE)
            rest = nonce + _stream(key, nonce, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Not store.write_atomic: a cache needs no fsync (a copy cut short fails its tag and is
            # made again), and a use that missed would wait for it.
            handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=_WRITING)  # owner-only, as mkstemp makes it
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(self.magic + _tag(key, rest) + rest)
                os.replace(temporary, file)
            except BaseException:
                _remove(Path(temporary))
                raise
            self._prune(file.parent)
        except Exception:  # noqa: BLE001  (a full disk, no home folder, a value pickle refuses: work next time)
            return

    def forget(self, data: bytes) -> None:
        """Remove what was kept for ``data`` (it held something it should not)."""
        with contextlib.suppress(OSError, RuntimeError):
            _remove(self.file(self.key(data)))

    def _prune(self, place: Path) -> None:
        """Keep the newest copies, and no half-written one older than an hour (a killed
        save). Only our own names are touched: the folder may be one the user chose."""
        entries = [entry for entry in os.scandir(place) if entry.is_file()]
        copies = sorted(
            (e for e in entries if _COPY_NAME.fullmatch(e.name)), key=lambda e: e.stat().st_mtime, reverse=True
        )
        stale = [e for e in entries if e.name.startswith(_WRITING) and e.stat().st_mtime < time.time() - 3600]
        for old in [*copies[self.keep_newest :], *stale]:
            _remove(Path(old.path))


def _remove(file: Path) -> None:
    with contextlib.suppress(OSError):
        file.unlink()
