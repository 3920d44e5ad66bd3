"""Saving the open workbook: when, one save at a time, and what to do when a save is slow.

After an edit the key bar says "unsaved" and the autosave is set: debounced, so a
burst of typing is one write, but never more than the longest wait after the
first unsaved change, less when saves are slow (tui/core/autosave.py). A save
runs in a worker thread from a snapshot of the entries' text, one at a time: an
autosave due while one runs waits for it to end and then saves the newest edits
(a slow disk must not pile up snapshots).

A save still writing after ``slow_seconds`` is stuck, not slow (a network folder
that stopped answering): the newest edits go to a recovery copy in the local
state folder, kept up to date while it hangs, so a kill or a power cut loses
nothing; the user is told once. A save on purpose (Save now, quit) waits for a
save under way no longer than that, then keeps the edits in the copy instead.

A save that fails says why (a conflict asks the user what to do) and leaves the
edits in a recovery copy (tui/core/document.py). After a save, the ``[analysis]``
of what was written is worked out in a child process and added to the file.

:class:`Saving` reaches the app only through a :class:`Host` (the save state,
the language, notifications, the conflict dialog) and a :class:`Loop` (the clock,
timers and threads), so its tests run it with a fake clock and no terminal.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError
from typing import TYPE_CHECKING, Any, Literal, Protocol

from tui.core import derived
from tui.core.autosave import AutosaveClock
from tui.core.document import Document, Snapshot
from tui.core.i18n import tr
from tui.core.problems import ChangedOnDisk, ReadOnlyFile, SaveBusy, SaveFailed
from tui.core.vocab import Language
from tui.plain import plain
from tui.timers import after

if TYPE_CHECKING:
    from textual.app import App

Severity = Literal["information", "warning", "error"]


class Stoppable(Protocol):
    def stop(self) -> None: ...


class Loop(Protocol):
    """Where saving runs: the app's clock, timers and threads, and the way back from a thread."""

    def now(self) -> float:
        """Monotonic seconds."""
        ...

    def after(self, delay: float, callback: Callable[[], object]) -> Stoppable:
        """Call ``callback`` on the app's loop once ``delay`` seconds have passed."""
        ...

    def worker(self, work: Callable[[], object], group: str, *, exit_on_error: bool = True) -> None:
        """Run ``work`` in a worker thread (quitting waits for it)."""
        ...

    def thread(self, work: Callable[[], object], name: str) -> None:
        """Run ``work`` in a thread quitting does not wait for."""
        ...

    def back(self, callback: Callable[..., object], *args: object) -> None:
        """From a thread: call ``callback(*args)`` on the app's loop (nothing if the app has ended)."""
        ...


class Host(Protocol):
    """What saving needs of the app."""

    lang: Language
    #: The message key of the state the key bar shows ("status.saved", "status.slow", …).
    save_state: str

    def notify(self, message: str, *, severity: Severity = ..., timeout: float | None = ...) -> None: ...

    def ask_about_conflict(self) -> None:
        """Someone else's version is on disk: let the user choose."""
        ...

    def autosave(self) -> None:
        """Start an autosave: the app's, which calls :meth:`Saving.autosave`."""
        ...


class AppLoop:
    """The loop of a running Textual app."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app

    def now(self) -> float:
        return time.monotonic()

    def after(self, delay: float, callback: Callable[[], object]) -> Stoppable:
        return after(self.app, delay, callback)

    def worker(self, work: Callable[[], object], group: str, *, exit_on_error: bool = True) -> None:
        self.app.run_worker(work, thread=True, group=group, exit_on_error=exit_on_error)

    def thread(self, work: Callable[[], object], name: str) -> None:
        threading.Thread(target=work, name=name, daemon=True).start()

    def back(self, callback: Callable[..., object], *args: object) -> None:
        with contextlib.suppress(RuntimeError, CancelledError):  # the app ended meanwhile
            self.app.call_from_thread(callback, *args)


class Saving:
    """The save state machine of one app: autosave, the slow-save watch, failures and the analysis."""

    def __init__(
        self,
        document: Document,
        host: Host,
        loop: Loop,
        *,
        delay: float,
        max_wait: float,
        slow_seconds: float,
        analysis_quiet: float,
    ) -> None:
        #: The open document; the app sets it anew when it opens another (a reload).
        self.document = document
        self.host = host
        self.loop = loop
        #: A save still running after this many seconds is stuck.
        self.slow_seconds = slow_seconds
        self.clock = AutosaveClock(delay, max_wait)
        with contextlib.suppress(OSError):
            self.clock.expect(document.path.stat().st_size)
        self._timer: Stoppable | None = None
        # Saves started and not yet finished, whether another is due when they end, and the
        # watch that keeps the newest edits in a recovery copy if a save takes too long.
        self._running = 0
        self._save_after = False
        self._slow_watch: Stoppable | None = None
        self._slow_said = False
        #: A save has run past ``slow_seconds`` and not ended yet.
        self.stuck = False
        #: The user answered "decide later" to a conflict: autosave keeps the edits in
        #: the recovery copy without asking again at every keystroke.
        self.conflict_put_off = False
        self._quit_warned = False
        #: An analysis is being worked out (by a child process, waited for by a thread).
        self._analysing = False
        #: The app is going: an analysis stopped on the way out is not a failure to say.
        self._going = False
        #: The entries whose analysis failed (said once, not tried again).
        self._analysis_failed_for: str | None = None
        #: The analysis of what was saved waits until edits have paused this long: someone
        #: typing a name or scoring a column saves every second or so, and working out and
        #: writing the analysis of each of those saves cost more than the saves themselves.
        self.analysis_quiet = analysis_quiet
        self._last_change = float("-inf")
        self._analysis_timer: Stoppable | None = None

    # -- the autosave --

    def changed(self) -> None:
        """An edit: say it is not saved yet and set the autosave for when it is due."""
        self.host.save_state = "status.slow" if self.stuck else "status.unsaved"
        self._last_change = self.loop.now()
        if self._timer is not None:
            self._timer.stop()
        wait = self.clock.changed(self.loop.now())
        if wait > 0:
            self._timer = self.loop.after(wait, self.host.autosave)
        else:  # due already: keys coming faster than they are handled would hold a timer back
            self.host.autosave()

    def autosave(self) -> None:
        """Save in a worker thread: writing a province's workbook takes time the
        keyboard should not wait for. The thread writes a snapshot of the entries'
        text, so edits made meanwhile are safe and saved next time; the analysis
        follows when it is worked out (:meth:`_analysis_due`)."""
        self._timer = None
        if self._running:  # the next save starts when this one ends, from the newest edits
            self._save_after = True
            return
        self.clock.saving()
        document = self.document
        if document.dirty:
            started = self.loop.now()
            snapshot = document.snapshot()
            self._running += 1
            if self._slow_watch is None:
                self._slow_watch = self.loop.after(self.slow_seconds, self._is_it_slow)
            self.loop.worker(lambda: self._save_in_thread(document, snapshot, started), "save", exit_on_error=False)

    def _save_in_thread(self, document: Document, snapshot: Snapshot, started: float) -> None:
        error: ChangedOnDisk | SaveFailed | None = None
        try:
            document.save(snapshot=snapshot)
        except (ChangedOnDisk, SaveFailed) as failed:
            error = failed
        finally:  # whatever happened, the save has ended (a bug raising here must not look like a stuck save)
            self.clock.saved(self.loop.now() - started)
            self.loop.back(self._ended, error)

    def _ended(self, error: ChangedOnDisk | SaveFailed | None = None) -> None:
        self._running = max(0, self._running - 1)
        if not self._running:
            self._slow_said = self.stuck = False
            if self._slow_watch is not None:
                self._slow_watch.stop()
                self._slow_watch = None
            if self._save_after:  # edits came while it ran, and their autosave is due
                self._save_after = False
                self.host.autosave()
        if error is not None:
            self.failed(error)
        else:
            if not self.document.dirty:
                self.host.save_state = "status.saved"
            self._analysis_due()

    # -- a save on purpose --

    def save_now(self) -> bool:
        """Write pending edits now, in this thread (after any save under way);
        on failure say why and keep the edits in memory."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.clock.saving()
        if not self.document.dirty:
            return self.host.save_state != "status.error"
        if self.stuck:
            return self._keep_instead_of_saving()
        try:
            # A save under way is waited for, but not for ever: a stuck one would freeze the app.
            self.document.save(wait=self.slow_seconds)
        except SaveBusy:
            return self._keep_instead_of_saving()
        except (ChangedOnDisk, SaveFailed) as error:
            self.failed(error, on_purpose=True)
            return False
        self.host.save_state = "status.saved"
        return True

    def quit(self) -> bool:
        """Ctrl+q: save what is pending; True when the app may go (all is written, or the
        user was told it could not be and quits again)."""
        not_written = self.host.save_state in ("status.error", "status.read_only") or self.stuck
        may_go = self.save_now() or not_written and self._quit_warned
        self._quit_warned = True
        return may_go

    def _keep_instead_of_saving(self) -> bool:
        """A save is stuck: the edits go to the recovery copy (a local folder) instead; False."""
        self.stuck = True
        self.host.save_state = "status.slow"
        kept = self.document.keeper.keep(*self.document.snapshot()) is not None
        self._say_with_copy(tr(self.host.lang, "save.stuck", path=plain(self.document.path.name)), kept)
        return False

    # -- a slow save --

    def _is_it_slow(self) -> None:
        """The save writing now has run for ``slow_seconds`` (not merely saves one after
        another while typing goes on): keep the newest edits in a recovery copy (the
        state folder is local; the stuck file may not be), say so once, and look again
        later for edits made since."""
        self._slow_watch = None
        if not self._running:
            return
        since = self.document.saving_since
        writing = 0.0 if since is None else self.loop.now() - since
        if writing < self.slow_seconds:
            self._slow_watch = self.loop.after(max(self.slow_seconds - writing, 0.05), self._is_it_slow)
            return
        self.stuck = True
        self.host.save_state = "status.slow"
        keeper = self.document.keeper
        snapshot = self.document.snapshot()
        if keeper.generation is None or keeper.generation < snapshot.generation:
            self.loop.worker(lambda: self._keep_while_slow(snapshot), "recovery")
        self._slow_watch = self.loop.after(self.slow_seconds, self._is_it_slow)

    def _keep_while_slow(self, snapshot: Snapshot) -> None:
        kept = self.document.keeper.keep(*snapshot) is not None
        self.loop.back(self._kept_while_slow, kept)

    def _kept_while_slow(self, kept: bool) -> None:
        if self._running and not self._slow_said:
            self._slow_said = True
            self._say_with_copy(tr(self.host.lang, "save.slow", path=plain(self.document.path.name)), kept)

    # -- a failed save --

    def failed(self, error: ChangedOnDisk | SaveFailed, *, on_purpose: bool = False) -> None:
        """Say why a save failed. A conflict the user put off is asked again only
        when they save on purpose (Save now, quit), not at every autosave."""
        if isinstance(error, ReadOnlyFile):  # said when it opened; again only when saving on purpose
            self.host.save_state = "status.read_only"
            if on_purpose:
                self.host.notify(str(error), severity="warning", timeout=10)
            return
        self.host.save_state = "status.error"
        if isinstance(error, ChangedOnDisk):
            if on_purpose or not self.conflict_put_off:
                self.host.ask_about_conflict()
        else:
            self._say_with_copy(str(error), self.document.keeper.generation is not None, severity="error")

    def _say_with_copy(self, message: str, kept: bool, *, severity: Severity = "information") -> None:
        """``message``, then whether the edits are safe in a recovery copy meanwhile."""
        said = tr(self.host.lang, "recovery.kept" if kept else "recovery.not_kept")
        self.host.notify(f"{message}\n{said}", severity=severity, timeout=10)

    # -- the analysis of what was saved --

    def _analysis_due(self) -> None:
        """The file holds entries whose ``[analysis]`` is not written yet: once edits have
        paused for ``analysis_quiet`` seconds, work it out in a child process (waited for by a
        thread of its own), then write it. Not a worker:
        quitting must not wait for it (it stops the child), and a quit meanwhile leaves a
        file that says it is still being worked out."""
        entries = self.document.analysis_wanted
        if entries is None or self._analysing or entries is self._analysis_failed_for or self._going:
            return
        if self.document.dirty:  # newer edits: their save, when it ends, makes this due again
            return
        quiet_for = self.loop.now() - self._last_change
        if quiet_for < self.analysis_quiet:
            if self._analysis_timer is None:
                self._analysis_timer = self.loop.after(self.analysis_quiet - quiet_for, self._quiet_again)
            return
        if self.document.analyses.get(derived.version(entries)) is not None:
            self.loop.worker(self.document.add_analysis, "save", exit_on_error=False)
            return
        self._analysing = True
        document = self.document
        self.loop.thread(lambda: self._work_out_analysis(document, entries), "analysis")

    def _quiet_again(self) -> None:
        """The wait for quiet is over: if edits came meanwhile, :meth:`_analysis_due` waits again."""
        self._analysis_timer = None
        self._analysis_due()

    def _work_out_analysis(self, document: Document, entries: str) -> None:
        failed: Exception | None = None
        try:
            document.work_out_analysis(entries)
        except Exception as error:  # noqa: BLE001 - said on screen; the file keeps saying it is on its way
            failed = error
        finally:
            if not self._going:  # else the child was stopped because the app is going
                self.loop.back(self._analysis_worked_out, entries, failed)

    def _analysis_worked_out(self, entries: str, failed: Exception | None) -> None:
        self._analysing = False
        if failed is None:
            self._analysis_due()
        else:  # said once; tried again only for other entries
            self._analysis_failed_for = entries
            self.host.notify(tr(self.host.lang, "analysis.failed", reason=plain(str(failed))), severity="warning")

    def stop(self) -> None:
        """The app is going: stop working out an analysis it will not write."""
        self._going = True
        if self._analysis_timer is not None:
            self._analysis_timer.stop()
            self._analysis_timer = None
        self.document.stop_analysis()
