"""An open workbook: its file, its editor, and whether there is work to save.

The app holds one Document. It knows the stamp of the file as last read or
written, so a save can refuse to clobber a file someone else changed; and the
editor's generation, so the app knows when the file on disk is behind.
A save that fails leaves the edits in a recovery copy (tui.core.recovery)
until a later save succeeds, so a crash meanwhile loses nothing.

A save never waits for the analyses: it writes the entries with the
``[analysis]`` section of that very version if one was worked out already,
else a section saying it is being worked out; :meth:`Document.work_out_analysis`
(from a thread, by a child process) and :meth:`Document.add_analysis` then complete the file.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tui.core import derived, recovery, store
from tui.core.current import current
from tui.core.edit import Editor
from tui.core.entries_text import EntriesText
from tui.core.i18n import tr
from tui.core.map_reading import MapNetwork, MapReadings
from tui.core.model import Workbook
from tui.core.problems import ChangedOnDisk, ReadOnlyFile, SaveBusy, SaveFailed
from tui.core.reading import read_regular
from tui.core.vocab import Language

if TYPE_CHECKING:
    from tui.core.analysis_child import AnalysisChild


#: A workbook file bigger than this opens in two parts (:meth:`Document.open_first_look`):
#: at 10,000 stakeholders (11 MB) reading it takes 0.4 s from a parsed copy and 2 s without,
#: where Textual's own hello world paints in 0.15 to 0.35 s. Below it (about 1,000
#: stakeholders) the first frame waits for the whole workbook, and shows all of it.
OPEN_LATER_BYTES = 1_000_000


class Snapshot(NamedTuple):
    """The entries as they were at one moment, and the editor generation they hold."""

    entries: str
    generation: int


class Document:
    def __init__(self, path: Path, workbook: Workbook, stamp: store.FileStamp, *, read_only: bool = False) -> None:
        self.path = path
        #: The file may not be written (store.refuses_writes) and the user has not chosen to:
        #: saves keep the edits in the recovery copy instead, until a save as or a choice.
        self.read_only = read_only
        self.editor = Editor(workbook)
        self._entries = EntriesText(self.editor)
        self.analyses = derived.Analyses()
        #: The entries the file holds while its analysis is still being worked out; None: it has it.
        self.analysis_wanted: str | None = None
        #: Works each analysis out in a process of its own (made when first needed).
        self._analysis_child: AnalysisChild | None = None
        #: What the map takes from the analyses, per version of the network (tui/core/map_reading.py).
        self.map_readings = MapReadings()
        #: The version of the entries last written (:func:`derived.version`).
        self._written: str | None = None
        self.stamp = stamp
        self.saved_generation = 0
        self._saving = threading.Lock()  # one write at a time, from any thread
        #: When the save writing now began (time.monotonic()); None: none is writing.
        self.saving_since: float | None = None
        self.keeper = recovery.Keeper(path)
        #: The network as it stands, and the workbook and generation it was worked out for.
        self._now: tuple[Workbook, int, Workbook] | None = None

    @classmethod
    def open(cls, path: Path | str, lang: Language = Language.EN, *, force: bool = False) -> Document:
        """Load ``path``; a missing file starts a new workbook saved there later.

        Raises WorkbookError for a file that exists but cannot be loaded: such
        a file is never opened, so nothing can overwrite it. A read-only file
        opens read-only unless ``force`` (the user's choice to write it).
        """
        path = Path(path)
        if not path.exists():
            return cls(path, Workbook(language=lang), store.NO_FILE)
        workbook, stamp = store.load(path, lang, remembered=True)
        return cls(path, workbook, stamp, read_only=not force and store.refuses_writes(path))

    @classmethod
    def open_first_look(cls, path: Path | str, lang: Language = Language.EN, *, force: bool = False) -> Document:
        """As :meth:`open`, but a file bigger than OPEN_LATER_BYTES is only looked at: the
        Document has the language and project from the top of the file (store.first_look)
        and no records, ``first_look`` is set, and :meth:`open_rest` reads the whole file.
        Such a Document is never saved: it is shown, not edited."""
        path = Path(path)
        try:
            big = path.stat().st_size > OPEN_LATER_BYTES
        except OSError:
            big = False
        seen = store.first_look(path, lang) if big else None
        if seen is None:
            return cls.open(path, lang, force=force)
        document = cls(path, seen, store.NO_FILE)
        document.first_look = True
        document._open_as = (lang, force)
        return document

    def open_rest(self) -> Document:
        """The whole workbook of a first look (:meth:`open`): raises WorkbookError as it does."""
        lang, force = self._open_as
        return Document.open(self.path, lang, force=force)

    #: Only the top of the file was read (:meth:`open_first_look`).
    first_look = False
    _open_as: tuple[Language, bool] = (Language.EN, False)

    @property
    def workbook(self) -> Workbook:
        return self.editor.workbook

    def now(self) -> Workbook:
        """The network as it stands (:func:`current`), worked out once per change of the workbook.

        When someone has left, :func:`current` copies the records: 13 ms at 10,000
        stakeholders, asked for by the steps' state, step 6's grid and its unscored
        names and the home screen's counts after every edit."""
        workbook, generation = self.workbook, self.editor.generation
        if self._now is None or self._now[0] is not workbook or self._now[1] != generation:
            self._now = (workbook, generation, current(workbook))
        return self._now[2]

    @property
    def dirty(self) -> bool:
        return self.editor.generation != self.saved_generation

    @property
    def exists(self) -> bool:
        return self.first_look or self.stamp != store.NO_FILE

    def save_as(self, path: Path | str) -> None:
        """Write the workbook to a new file, which becomes this document's file.

        Refuses (ChangedOnDisk) to replace a file that already exists there.
        """
        path = Path(path)
        entries, generation = self.snapshot()
        with self._saving:
            self.stamp = self._write(entries, path, store.NO_FILE)
            self.path = path
            self.read_only = False
            self.saved_generation = generation
            self.keeper.drop()  # the edits are in the new file
            self.keeper = recovery.Keeper(path)

    def warm(self, count: int) -> bool:
        """Make the saved text of up to ``count`` more records now, so the first save need not;
        True when done (see EntriesText.warm)."""
        return self._entries.warm(self.workbook, count)

    def snapshot(self) -> Snapshot:
        """The entries as they are now, and their generation, to save from another thread."""
        return Snapshot(self._entries.text(self.workbook), self.editor.generation)

    def save(self, *, force: bool = False, snapshot: Snapshot | None = None, wait: float | None = None) -> None:
        """Write the workbook (or a snapshot of it); raises ChangedOnDisk or SaveFailed,
        leaving the file as it was and the edits in a recovery copy. Safe to call
        from a worker thread with a snapshot. ``wait``: seconds to wait at most for a
        save under way (SaveBusy after that); None waits as long as it takes."""
        if self.first_look:
            return  # the file itself is all there is (its records are not read yet)
        entries, generation = snapshot or self.snapshot()
        if not self._saving.acquire(timeout=-1 if wait is None else wait):
            raise SaveBusy(str(self.path))
        try:
            self.saving_since = time.monotonic()
            if snapshot is not None and generation <= self.saved_generation:
                return  # two save threads finished out of order: a newer version is on disk already
            try:
                if self.read_only and not force:
                    raise ReadOnlyFile(str(self.path), _read_only_message(self.path, self.workbook.language))
                self.stamp = self._write(entries, self.path, self.stamp, force=force)
            except (ChangedOnDisk, SaveFailed):
                self.keeper.keep(entries, generation)
                raise
            self.saved_generation = max(self.saved_generation, generation)
            self.keeper.drop(generation)
        finally:
            self.saving_since = None
            self._saving.release()

    def _write(self, entries: str, path: Path, expected: store.FileStamp, *, force: bool = False) -> store.FileStamp:
        """Write ``entries`` with their analysis if it was worked out, else saying it is being worked out."""
        entries_version = derived.version(entries)  # hashing 11 MB takes 20 ms: once a save
        found = self.analyses.get(entries_version)
        data = store.file_text(entries, found or derived.pending(entries_version)).encode("utf-8")
        stamp = store.write(data, path, expected, self.workbook.language, force=force)
        self.analysis_wanted = None if found else entries
        self._written = entries_version
        return stamp

    def work_out_analysis(self, entries: str) -> None:
        """Work out the ``[analysis]`` section of ``entries`` (seconds for a province: call it
        from a thread; a big workbook's is worked out in a child process, see
        tui/core/analysis_child.py; every one by the server's analysis service when the session
        has one, tui/core/analysis_service.py).
        It reads the very text that was saved, so it shares nothing with the workbook being
        edited meanwhile."""
        from tui.core import analysis_child  # here: a start needs neither it nor JSON

        if self.analyses.get(derived.version(entries)) is not None:
            return
        if self._analysis_child is None:
            self._analysis_child = analysis_child.AnalysisChild()
        child, path = self._analysis_child, self.path
        records = len(self.workbook.stakeholders) + len(self.workbook.ties)

        def here() -> dict[str, Any]:
            return analysis_child.work_out(entries, path, records, child)

        service = self.map_readings.service
        self.analyses.put(here() if service is None else service.work_out(entries, path, records, here))

    def saved_analysis(self) -> dict[str, Any] | None:
        """The ``[analysis]`` section of the entries being edited, if the file has a current
        one: the file as it was opened or last written (read from disk when asked, not kept:
        a province's section is a megabyte and a half). None when the workbook has changed
        since, or the file holds none that is current. Safe to call from a worker thread."""
        from tui.core import derived_read

        if self.dirty:
            return None
        try:
            data = read_regular(self.path, store.MAX_BYTES)
        except OSError:
            return None
        return derived_read.current_section(data) if store.FileStamp.of_bytes(data) == self.stamp else None

    def map_section(self, generation: int) -> dict[str, Any] | None:
        """What the map reads of the ``[analysis]`` section of the entries being edited, while
        they are still those of ``generation``: the section worked out after the last save,
        else, in a file under OPEN_LATER_BYTES, the parts the map needs when it is current
        (tui.core.derived_read.map_section; a bigger file's are read by the map's child,
        :meth:`map_file`: reading a province's file here left 20 MB with the allocator).
        None when the workbook has changed since it was written. From any thread."""
        from tui.core import derived_read

        if self.dirty or self.editor.generation != generation:
            return None
        kept = self.analyses.get(self._written) if self._written is not None else None
        if kept is not None:
            return kept
        try:
            if self.path.stat().st_size > OPEN_LATER_BYTES:
                return None
            data = read_regular(self.path, store.MAX_BYTES)
        except OSError:
            return None
        if store.FileStamp.of_bytes(data) != self.stamp:
            return None
        found = derived_read.map_section(data)
        return found if self.editor.generation == generation else None

    def map_file(self, generation: int) -> tuple[str, str] | None:
        """The file and the digest of the bytes the entries of ``generation`` were read from or
        written to, for the map's child to read their section; None once edited since."""
        if self.dirty or self.editor.generation != generation or self.stamp.digest is None:
            return None
        return str(self.path), self.stamp.digest

    def map_preparation(self) -> Callable[[], object] | None:
        """On a big workbook (seconds of clustering), what has the map's reading ready before
        the map is asked for: read from the file's current section, else asked of a child.
        Called when the workbook is opened; the work it returns is for a thread. None for a
        small workbook, whose reading is asked for when the map is opened."""
        from tui.core.analysis_child import IN_A_CHILD_FROM

        if len(self.workbook.stakeholders) + len(self.workbook.ties) < IN_A_CHILD_FROM:
            return None
        generation = self.editor.generation
        network = MapNetwork.of(self.now())  # the network the map draws
        file = self.map_file(generation)
        return lambda: self.map_readings.reading(network, lambda: self.map_section(generation), file, timeout=0)

    def stop_analysis(self) -> None:
        """The app is going: stop working out an analysis it will not write, and the map's."""
        if self._analysis_child is not None:
            self._analysis_child.stop()
        self.map_readings.stop()

    def add_analysis(self) -> bool:
        """Write the worked-out analysis into the file, if the file still holds the entries it
        belongs to and nothing else is writing; True if the file now has it. A file changed
        elsewhere meanwhile is left alone: the next save of the edits says so."""
        entries = self.analysis_wanted
        found = None if entries is None else self.analyses.get(derived.version(entries))
        if entries is None or found is None or self.read_only or not self._saving.acquire(blocking=False):
            return False
        try:
            if self.analysis_wanted is not entries:
                return False  # a save of newer entries came first
            data = store.file_text(entries, found).encode("utf-8")
            try:
                self.stamp = store.write(data, self.path, self.stamp, self.workbook.language)
            except (ChangedOnDisk, SaveFailed):
                return False
            self.analysis_wanted = None
            return True
        finally:
            self._saving.release()

    def discard_recovery(self) -> None:
        """The user dropped the unsaved edits on purpose (reloaded the file): no copy to offer."""
        with self._saving:
            self.keeper.drop()


def _read_only_message(path: Path, lang: Language) -> str:
    return f"{tr(lang, 'save.read_only', path=path)} — {tr(lang, 'fix.read_only')}"
