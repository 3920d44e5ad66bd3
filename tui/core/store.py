"""Reading and writing workbook files: never half-written, never clobbered.

Loading reports every problem at once and never touches the file. Saving
writes a temporary file in the same folder, fsyncs it, keeps the previous
version as ``FILE.bak`` and renames the new one into place, so a crash at any
moment leaves either the old file or the new one. A save refuses to replace a
file that changed on disk since it was loaded (someone else's work); the
caller decides whether to reload, save elsewhere or overwrite.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core import derived, numbers, parsed_copy
from tui.core.codec import Decoder, encode
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.plain_records import plain_text
from tui.core.problems import ChangedOnDisk, Problem, SaveFailed, TooBigToSave, WorkbookError
from tui.core.reading import NotRegularFile, TooBig, not_regular_message, read_regular
from tui.core.toml_lines import key_positions
from tui.core.vocab import Language

if TYPE_CHECKING:
    import tomli

#: Workbooks are small (300 stakeholders take about 200 KB); a bigger file is a mistake.
MAX_BYTES = 16 * 1024 * 1024
#: New workbooks and backups are readable by their owner only: contacts are personal data.
PRIVATE_MODE = 0o600

_SYNTAX_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_SYNTAX_END = re.compile(r"\s*\(at end of document\)\s*$")


@dataclass(frozen=True)
class FileStamp:
    """What the file on disk looked like when we last read or wrote it."""

    digest: str | None  # None: there was no file

    @classmethod
    def of_bytes(cls, data: bytes) -> FileStamp:
        return cls(hashlib.sha256(data).hexdigest())

    @classmethod
    def of_path(cls, path: Path) -> FileStamp:
        try:
            return cls.of_bytes(path.read_bytes())
        except FileNotFoundError:
            return cls(None)


NO_FILE = FileStamp(None)


def parse(data: bytes, path: str, lang: Language = Language.EN) -> Workbook:
    """Check and decode the bytes of a workbook file, or raise WorkbookError."""
    raw, text = _read_entries(data, path, lang)
    decoder = Decoder(path, lambda: key_positions(text), lang, plain=plain_text(text))
    workbook = decoder.document(raw)
    if workbook is None:
        raise WorkbookError(decoder.problems)
    return workbook


def _read_entries(data: bytes, path: str, lang: Language) -> tuple[dict[str, Any], str]:
    """The parsed entries and their text. A current ``[analysis]`` section is left unread
    (it is an eighth of a province's file, and loading ignores it anyway); any doubt
    about where the entries end, and the whole file is read, as the parser finds it."""
    end = derived.entries_end(data)
    if end is not None:
        try:
            raw, text = read_toml(data[:end], path, lang)
        except WorkbookError:
            pass  # the whole file's parse says where
        else:
            if "analysis" not in raw:
                return raw, text
    return read_toml(data, path, lang)


def read_toml(data: bytes, path: str, lang: Language = Language.EN) -> tuple[dict[str, Any], str]:
    """The parsed document and its text, or WorkbookError naming the bad byte or line.

    Shared by every TOML file Phakhi reads (workbooks, demo scripts), so all of
    them report encodings and syntax the same way.
    """
    # tomli is the parser Python's own tomllib was taken from, compiled: three
    # times as fast on a big workbook (README, Dependencies). Imported here: an
    # open that finds a parsed copy (tui.core.parsed_copy) reads no TOML.
    import tomli

    text = _decode_text(data, path, lang)
    try:
        return tomli.loads(text), text
    except tomli.TOMLDecodeError as error:
        raise WorkbookError([_syntax_problem(error, text, path, lang)]) from None
    except RecursionError:
        # tomli reads nested arrays and inline tables by recursion: a few hundred
        # levels (never a workbook; a damaged or hostile file) exhaust the stack.
        raise WorkbookError([_too_deep_problem(text, path, lang)]) from None
    except ValueError:
        # A whole number longer than Python converts (tui.core.numbers); nothing else raises it.
        raise WorkbookError([long_number_problem(text, path, lang)]) from None


@dataclass(frozen=True)
class Read:
    """A workbook and the bytes of the file it was read from."""

    workbook: Workbook
    data: bytes


def read(path: Path, lang: Language = Language.EN, *, from_copy: bool = False, keep_copy: bool = False) -> Read:
    """Read and check the workbook at ``path``, or raise WorkbookError; the commands' way in.

    ``from_copy``: take the workbook from a parsed copy of these very bytes if
    one was kept (tui.core.parsed_copy); ``keep_copy``: keep one after
    parsing. The app opens with both; the map and the report only take a copy
    the app kept (at 10,000 stakeholders a second of the map's two), and write
    none; ``check`` always parses, as checking is its job."""
    data = read_bytes(path, lang)
    workbook = parsed_copy.read(data) if from_copy else None
    if workbook is None:
        workbook = parse(data, str(path), lang)
        if keep_copy:
            parsed_copy.keep(data, workbook)
    return Read(workbook, data)


def load(path: Path | str, lang: Language = Language.EN, *, remembered: bool = False) -> tuple[Workbook, FileStamp]:
    """Read a workbook and the stamp a later save must match; ``remembered``: from a parsed
    copy and keeping one, as the app opens (:func:`read`)."""
    found = read(Path(path), lang, from_copy=remembered, keep_copy=remembered)
    return found.workbook, FileStamp.of_bytes(found.data)


#: How much of a file its first look reads: the header and the project come first.
FIRST_LOOK_BYTES = 64 * 1024
#: Where the header and the project end: the first list of records, the plan or the analysis.
_AFTER_PROJECT = re.compile(rb"^\[(?:\[|plan\]|analysis\])", re.MULTILINE)


def first_look(path: Path, lang: Language = Language.EN) -> Workbook | None:
    """The workbook's language and project, from the top of the file alone, for a first
    frame shown while the rest is read; None where the top does not read as a whole
    (the full read says why). Never the workbook: it has no records."""
    try:
        with path.open("rb") as file:
            top = file.read(FIRST_LOOK_BYTES)
    except OSError:
        return None
    end = _AFTER_PROJECT.search(top)
    if end is None:
        return None
    try:
        return parse(top[: end.start()], str(path), lang)
    except WorkbookError:
        return None


def read_bytes(path: Path, lang: Language = Language.EN, *, not_found_fix: str = "fix.not_found") -> bytes:
    """The bytes of a file Phakhi reads (a workbook, a demo script), or WorkbookError saying
    that it is missing, unreadable, not a file at all, or far too big; ``not_found_fix`` is
    the advice for a missing one. Only a regular file is read, and at most MAX_BYTES of it
    (tui.core.reading says why)."""
    name = str(path)
    try:
        return read_regular(path, MAX_BYTES)
    except NotRegularFile as error:
        message = not_regular_message(lang, path, error.kind)
        problem = Problem(name, None, None, message, tr(lang, "fix.not_regular"))
    except TooBig as error:
        mb = f"{error.size / 1024 / 1024:.1f}"
        problem = Problem(
            name,
            None,
            None,
            tr(lang, "problem.too_big", size=mb, limit=MAX_BYTES // 1024 // 1024),
            tr(lang, "fix.too_big"),
        )
    except FileNotFoundError:
        problem = Problem(name, None, None, tr(lang, "problem.not_found"), tr(lang, not_found_fix))
    except OSError as error:
        reason = error.strerror or str(error)
        problem = Problem(name, None, None, tr(lang, "problem.unreadable", reason=reason), tr(lang, "fix.unreadable"))
    raise WorkbookError([problem])


def entries_text(workbook: Workbook) -> str:
    """The file text of ``workbook`` without its ``[analysis]`` section."""
    from tui.core import toml_text  # imported here: needed to save, not to open and show

    return toml_text.dumps(encode(workbook))


def file_text(entries: str, section: dict[str, Any]) -> str:
    """A whole file: the entries, then the ``[analysis]`` section that belongs to them."""
    from tui.core import toml_text

    return entries + toml_text.table_text(("analysis",), section)


def dumps(workbook: Workbook) -> str:
    """The file text of ``workbook`` with its analysis worked out now (for the commands
    that write files; the app saves first and writes the analysis when it is ready)."""
    entries = entries_text(workbook)
    return file_text(entries, derived.section(workbook, entries))


def save(
    workbook: Workbook, path: Path | str, expected: FileStamp, *, force: bool = False, analysed: bool = True
) -> FileStamp:
    """Write ``workbook`` with its analysis to ``path`` atomically; return the new stamp
    (see :func:`write`). Not ``analysed``: the ``[analysis]`` section only says it is
    still to be worked out (the app writes it at its first save, ``phakhi report``
    works it out), for a command that would otherwise wait seconds for it."""
    if analysed:
        data = dumps(workbook).encode("utf-8")
    else:
        entries = entries_text(workbook)
        data = file_text(entries, derived.pending(derived.version(entries))).encode("utf-8")
    stamp = write(data, path, expected, workbook.language, force=force)
    parsed_copy.keep(data, workbook)  # the next open of these bytes need not parse them
    return stamp


def write(data: bytes, path: Path | str, expected: FileStamp, lang: Language, *, force: bool = False) -> FileStamp:
    """Write the bytes of a workbook file to ``path`` (to the file it links to, if a link)
    atomically; return the new stamp.

    ``expected`` is the stamp from :func:`load` (or :data:`NO_FILE` for a new
    file). If the file on disk no longer matches it, raise ChangedOnDisk
    unless ``force``. Any OS failure raises SaveFailed with the old file intact.
    """
    path = written_path(Path(path))
    if len(data) > MAX_BYTES:  # a file the loader would refuse is no save
        raise TooBigToSave(str(path), _too_big_to_save(path, len(data), lang))
    try:
        current = read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        current = None
    except NotRegularFile as error:  # never replace a pipe, a device or a folder with a workbook
        raise SaveFailed(str(path), not_regular_message(lang, path, error.kind)) from None
    except OSError as error:
        raise _save_failed(path, error, lang) from None
    actual = NO_FILE if current is None else FileStamp.of_bytes(current)
    if not force and actual != expected:
        raise ChangedOnDisk(str(path), tr(lang, "save.changed_on_disk", path=path))
    try:
        mode = PRIVATE_MODE if current is None else path.stat().st_mode & 0o777
        if current is not None:
            write_atomic(path.with_name(path.name + ".bak"), current, PRIVATE_MODE)
        write_atomic(path, data, mode)
    except OSError as error:
        raise _save_failed(path, error, lang) from None
    return FileStamp.of_bytes(data)


def written_path(path: Path) -> Path:
    """Where a save of ``path`` goes: the file a link leads to (the link stays a link, and the
    user's edits land in the file they meant), else ``path`` itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def refuses_writes(path: Path) -> bool:
    """Is the workbook at ``path`` (a link's target) read-only: the file or its folder?

    A save replaces the file through its folder, so a folder that refuses new
    files makes it read-only too. The owner's write bit counts on its own: it
    is how people mark a file read-only (``chmod a-w``), and root, whom the
    system lets write anything, should not overwrite it unasked either."""
    target = written_path(path)
    return not (_may_write(target) and _may_write(target.parent))


def _may_write(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    if info.st_uid == os.geteuid() and not info.st_mode & stat.S_IWUSR:
        return False
    return os.access(path, os.W_OK)


def write_atomic(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new bytes, never half."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut after replace keeps the new name)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open folders; the data itself is synced
    try:
        os.fsync(fd)
    except OSError:
        pass  # folders on some file systems refuse fsync; nothing more we can do
    finally:
        os.close(fd)


#: What to do about a failed save depends on why: a full disk wants space freed,
#: a folder one may not write wants another folder; anything else, a retry.
_SAVE_FIXES = {
    errno.ENOSPC: "fix.save_no_space",
    errno.EDQUOT: "fix.save_no_space",
    errno.EACCES: "fix.save_denied",
    errno.EPERM: "fix.save_denied",
    errno.EROFS: "fix.save_denied",
}


def _save_failed(path: Path, error: OSError, lang: Language) -> SaveFailed:
    reason = error.strerror or str(error)
    fix = _SAVE_FIXES.get(error.errno or 0, "fix.save_failed")
    message = tr(lang, "save.failed", path=path, reason=reason) + " — " + tr(lang, fix)
    return SaveFailed(str(path), message)


def _too_big_to_save(path: Path, size: int, lang: Language) -> str:
    over = f"{(size - MAX_BYTES) / 1024 / 1024:.1f}"
    message = tr(
        lang, "save.too_big", path=path, size=f"{size / 1024 / 1024:.1f}", over=over, limit=MAX_BYTES // 1024 // 1024
    )
    return f"{message} — {tr(lang, 'fix.save_too_big')}"


def _decode_text(data: bytes, path: str, lang: Language) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # editors on Windows add a byte-order mark; it is harmless
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        byte = f"{data[error.start]:02X}"
        fix = "fix.encoding_thai" if _looks_like_thai_cp874(data) else "fix.encoding"
        problem = Problem(path, line, col, tr(lang, "problem.encoding", byte=byte), tr(lang, fix))
        raise WorkbookError([problem]) from None


def _looks_like_thai_cp874(data: bytes) -> bool:
    """Thai spreadsheets and old editors save TIS-620 (cp874): Thai letters are 0xA1-0xFB."""
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return False
    return any("\u0e01" <= c <= "\u0e5b" for c in text)


def deepest_nesting(text: str) -> tuple[int, int, int]:
    """How deep brackets and braces nest in ``text``, and the line and column where they
    nest deepest. Counted plainly, strings and all: it places a RecursionError of a
    parser (TOML, JSON) in a file that is no workbook, where nothing finer is needed."""
    depth = deepest = 0
    line = col = 1
    for number, row in enumerate(text.split("\n"), start=1):
        for column, char in enumerate(row, start=1):
            depth += (char in "[{") - (char in "]}")
            if depth > deepest:
                deepest, line, col = depth, number, column
    return deepest, line, col


def _too_deep_problem(text: str, path: str, lang: Language) -> Problem:
    depth, line, col = deepest_nesting(text)
    return Problem(path, line, col, tr(lang, "problem.too_deep", depth=depth), tr(lang, "fix.too_deep"))


def long_number_problem(text: str, path: str, lang: Language) -> Problem:
    """The first number in ``text`` too long for Python to read, at its line (TOML and JSON alike)."""
    found = numbers.too_long(text)
    digits, line, col = found if found else (None, None, None)
    message = tr(lang, "problem.long_number", digits=digits or "?", limit=numbers.digit_limit())
    return Problem(path, line, col, message, tr(lang, "fix.long_number"))


def _syntax_problem(error: tomli.TOMLDecodeError, text: str, path: str, lang: Language) -> Problem:
    message = str(error)
    line = col = None
    place = _SYNTAX_PLACE.search(message)
    if place:
        line, col = int(place.group(1)), int(place.group(2))
        message = message[: place.start()]
    elif _SYNTAX_END.search(message):
        line = text.count("\n") + 1
        col = len(text.rsplit("\n", 1)[-1]) + 1
        message = _SYNTAX_END.sub("", message)
    return Problem(path, line, col, tr(lang, "problem.syntax", detail=message), tr(lang, "fix.syntax"))
