"""The Textual app: owns the open Document, the language, saving and undo.

Screens change the workbook only through ``app.document.editor``; the editor
tells the app, which hands the change to its saving (tui/saving.py: marks the
file unsaved, schedules an autosave, debounced, so a burst of typing is one
write, but never more than AUTOSAVE_MAX_WAIT after the first unsaved change)
and signals the screens to redraw. A save that fails leaves a recovery copy
(tui/core/recovery.py), offered at the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.driver import Driver
from textual.reactive import reactive
from textual.screen import Screen
from textual.signal import Signal

from tui import hang_up, places, ready_ahead
from tui.clean_lines import install as give_kept_lines_at_once
from tui.commands import WorkbookCommands, command_palette, system_commands, theme_palette
from tui.core import memory, recovery, store
from tui.core.document import Document
from tui.core.edit import Change, EditError
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.problems import ChangedOnDisk, SaveFailed, WorkbookError
from tui.core.vocab import Language
from tui.crash import CrashWithoutLocals
from tui.dispatch_plans import install as find_handlers_once
from tui.escape_key import install as escape_then_key
from tui.key_order import KeysInOrder
from tui.output import DifferentialOutput
from tui.param_counts import install as count_parameters_by_code
from tui.plain import plain
from tui.ready_ahead import ReadyAhead
from tui.room_timer import RoomTimer
from tui.saving import AppLoop, Saving
from tui.screens.base import PhakhiScreen
from tui.screens.home import HomeScreen
from tui.screens.step import StepScreen
from tui.scrollbar_lines import install as draw_scrollbars_once
from tui.strip_caches import install as strip_caches_when_used
from tui.style_cache import install as cache_styles_by_colour
from tui.thai_breaks import install as break_thai_between_words
from tui.timers import after
from tui.unicode_version import install as measure_as_textual_does
from tui.whole_letters import install as cut_whole_letters

#: Seconds of quiet after an edit before it is written: short enough that a
#: crash loses at most this much typing, long enough to batch keystrokes.
#: PHAKHI_AUTOSAVE_SECONDS changes it (e.g. for a slow network folder).
AUTOSAVE_DELAY = float(os.environ.get("PHAKHI_AUTOSAVE_SECONDS", "0.5"))
#: Typing without a pause still saves this long after the first unsaved change
#: (or after AUTOSAVE_DELAY, if that is longer): with the save's own time, a
#: crash loses at most about the last second. PHAKHI_AUTOSAVE_MAX_SECONDS changes it.
AUTOSAVE_MAX_WAIT = float(os.environ.get("PHAKHI_AUTOSAVE_MAX_SECONDS", "0.6"))
#: Seconds of no edits before the analysis of what was saved is worked out and written:
#: a room typing names and scores saves every second or so, and the analysis of each
#: save cost more than the save. PHAKHI_ANALYSIS_QUIET_SECONDS changes it.
ANALYSIS_QUIET = float(os.environ.get("PHAKHI_ANALYSIS_QUIET_SECONDS", "1.0"))
#: Records whose saved text is made in one slice after the first paint (about 10 ms).
WARM_SLICE = 400
#: A dropped SSH link sends SIGHUP; a shutdown or `kill` sends SIGTERM. Both
#: write pending edits before the app goes.
FLUSH_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
#: Seconds between such a signal and the save: keys already read from the
#: terminal are handled (and saved) first, rather than lost in flight.
FLUSH_GRACE = 0.2
#: Seconds a SIGHUP or SIGTERM waits at most for a province's workbook still being read, so
#: that the keys typed meanwhile act and are saved before the app goes.
READ_WAIT_ON_EXIT = 10.0
#: A save still running after this many seconds is stuck, not slow (a network
#: folder that stopped answering): the edits go to a recovery copy meanwhile,
#: so a kill or a power cut while it hangs loses nothing.
SLOW_SAVE_SECONDS = 3.0
#: Textual's theme of the terminal's 16 ANSI colours.
LOW_BANDWIDTH_THEME = "ansi-dark"


class PhakhiApp(DifferentialOutput, CrashWithoutLocals, KeysInOrder, App[None]):
    CSS_PATH = ["app.tcss", "screens/steps.tcss"]
    TITLE = "Phakhi"
    COMMANDS = App.COMMANDS | {WorkbookCommands}
    BINDINGS = [
        Binding("f1", "help", "key.help", id="help"),
        Binding("question_mark", "help", "key.help", show=False),
        Binding("ctrl+t", "toggle_language", "key.language", id="language"),
        Binding("ctrl+z", "undo", "key.undo", show=False, id="undo"),
        Binding("ctrl+y", "redo", "key.redo", show=False, id="redo"),
        Binding("ctrl+q", "quit", "key.quit", id="quit", priority=True),
    ]

    lang: reactive[Language] = reactive(Language.TH)
    #: Shown by each screen's key bar; repaint=False: a change must not repaint the whole screen.
    save_state: reactive[str] = reactive("status.saved", repaint=False)
    #: Sees every key and mouse event from the terminal before the screens do;
    #: returning True takes it. A scripted demo (tui/demo_player.py) sets it, so
    #: that Esc stops the script instead of going home, and a click cannot derail it.
    input_filter: Callable[[events.Key | events.MouseEvent], bool] | None = None
    #: When the user last typed or clicked (time.monotonic): the places are made ready
    #: while they read (tui/ready_ahead.py).
    last_input = 0.0
    #: Makes the places ready ahead, if the command line turned it on.
    making_ready: ReadyAhead | None = None

    def __init__(self, document: Document, lang: Language | None = None, *, low_bandwidth: bool = False) -> None:
        super().__init__()
        self.document = document
        self.low_bandwidth = low_bandwidth
        self.last_input = time.monotonic()  # none yet: the places are made ready after a pause from the start
        # Nothing animated, ever: an animated page scroll sends ten frames where one will do.
        self.animation_level = "none"
        self.set_reactive(PhakhiApp.lang, lang or document.workbook.language)
        first_state = (
            "status.read_only" if document.read_only else "status.saved" if document.exists else "home.new_file"
        )
        self.set_reactive(PhakhiApp.save_state, first_state)
        # Published after every edit, undo and redo (with the Change), and on reload (None).
        self.workbook_changed_signal: Signal[Change | None] = Signal(self, "workbook-changed")
        #: Autosave, one save at a time, the slow-save watch and the analysis after a save.
        self.saving = Saving(
            document,
            self,
            AppLoop(self),
            delay=AUTOSAVE_DELAY,
            max_wait=AUTOSAVE_MAX_WAIT,
            slow_seconds=SLOW_SAVE_SECONDS,
            analysis_quiet=ANALYSIS_QUIET,
        )
        document.editor.listeners.append(self._workbook_changed)
        document.editor.messages_lang = self.lang
        #: The workshop's timer on the status line (tui/room_timer.py).
        self.room_timer = RoomTimer(self, lambda: self.lang)

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal; on a Unix terminal, one whose input thread
        sleeps while no key comes (tui/input_thread.py)."""
        driver = super().get_driver_class()
        if driver.__module__ == "textual.drivers.linux_driver" and driver.__name__ == "LinuxDriver":
            from tui.input_thread import QuietInputDriver  # here: it needs termios, which Windows has not

            return QuietInputDriver
        return driver

    async def on_event(self, event: events.Event) -> None:
        user_input = event if isinstance(event, events.Key | events.MouseEvent) and not event.is_forwarded else None
        if user_input is not None:
            self.last_input = time.monotonic()
        if user_input is not None and self.input_filter is not None and self.input_filter(user_input):
            return
        await super().on_event(event)

    def on_mount(self) -> None:
        if self.low_bandwidth:
            # Over a slow link: the terminal's own 16 colours (short escape codes,
            # and they read on any palette or projector).
            self.theme = LOW_BANDWIDTH_THEME
        loop = asyncio.get_running_loop()
        for number in FLUSH_SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self.save_and_exit)
        self.push_screen(HomeScreen())
        # A terminal that goes without a SIGHUP still saves and ends the app (no stdin: no terminal to watch).
        if not self.is_headless and sys.__stdin__ is not None:
            hang_up.watch(sys.__stdin__.fileno(), self._terminal_gone)
        if self.document.first_look:  # a province's file: the rest is read after the first frame
            self.hold_input()
            self.call_after_refresh(lambda: self.run_worker(self._read_the_rest, thread=True, group="open"))
        else:
            self._opened()

    def _opened(self) -> None:
        """The whole workbook is here: offer what an earlier session left, say if the file
        is read-only, then (after the next frame) end start-up and warm the saved text."""
        self.offer_recovery()
        if self.document.read_only:
            self.say_read_only()
        self.call_after_refresh(collect_from_now_on)
        self.call_after_refresh(self._warm_entries)
        # A province's clusters take seconds: asked for now, they are there when the map is opened.
        self.call_after_refresh(self._prepare_map)
        if ready_ahead.wanted():
            self.making_ready = ReadyAhead(self)
            self.making_ready.start()

    def _prepare_map(self) -> None:
        work = self.document.map_preparation()
        if work is not None:
            AppLoop(self).thread(work, "map reading")

    #: Why the rest of a first look could not be read (the command line says it); None: it was.
    open_failed: WorkbookError | None = None

    def _read_the_rest(self) -> None:
        """In a thread: the whole workbook of a first look; the keys typed meanwhile are held."""
        try:
            fresh, failed = self.document.open_rest(), None
        except WorkbookError as error:
            fresh, failed = None, error
        with contextlib.suppress(RuntimeError):  # the app ended meanwhile
            self.call_from_thread(self._rest_read, fresh, failed)

    def _rest_read(self, fresh: Document | None, failed: WorkbookError | None) -> None:
        if fresh is None:
            self.open_failed = failed
            self.exit()
            return
        self._take(fresh)
        if fresh.read_only:
            self.save_state = "status.read_only"
        self.workbook_changed_signal.publish(None)
        self._opened()
        self.let_input_go()

    def _take(self, document: Document) -> None:
        """Show and edit ``document`` from now on."""
        document.editor.listeners.append(self._workbook_changed)
        document.editor.messages_lang = self.lang
        self.document = document
        self.saving.document = document

    def on_unmount(self) -> None:
        self.saving.stop()
        loop = asyncio.get_running_loop()
        for number in FLUSH_SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(number)

    def _terminal_gone(self) -> None:
        with contextlib.suppress(RuntimeError):  # the app has ended already
            self.call_from_thread(self.save_and_exit)

    def save_and_exit(self) -> None:
        """The link dropped or the app is told to stop: write what is pending, then go."""
        after(self, FLUSH_GRACE, self._flush_and_exit)

    def _flush_and_exit(self, waited: float = 0.0) -> None:
        reading = self.document.first_look and self.open_failed is None
        if (reading or self.keys_held()) and waited < READ_WAIT_ON_EXIT:
            # Keys typed while a province's workbook is read act once it is: wait for them.
            self.set_timer(FLUSH_GRACE, lambda: self._flush_and_exit(waited + FLUSH_GRACE))
            return
        self.save_now()
        self.exit()

    # -- editing and saving --

    def _workbook_changed(self, change: Change) -> None:
        self.saving.changed()
        self.workbook_changed_signal.publish(change)

    def autosave(self) -> None:
        """Save the pending edits in a worker thread (tui/saving.py)."""
        self.saving.autosave()

    def _warm_entries(self) -> None:
        """While the user reads the first screen, make the saved text of a few hundred records
        at a time (about ten milliseconds each, keys first), so that the first edit of a
        province's workbook is saved as quickly as the next: otherwise its snapshot would
        encode 40,000 records at once."""
        if not self.document.warm(WARM_SLICE):
            self.call_later(self._warm_entries)  # after what is queued: keys go first

    def ask_about_conflict(self) -> None:
        """Someone else's version is on disk: let the user choose, once at a time."""
        from tui.screens.conflict import ConflictDialog

        if any(isinstance(screen, ConflictDialog) for screen in self.screen_stack):
            return
        self.push_screen(ConflictDialog(self.lang, self.document.path), self._conflict_chosen)

    def say_read_only(self) -> None:
        """The file may not be written: say so, and offer save as or writing it anyway."""
        from tui.screens.read_only import ReadOnlyDialog

        self.push_screen(ReadOnlyDialog(self.lang, self.document.path), self._read_only_chosen)

    def _read_only_chosen(self, answer: tuple[str, Path | None] | None) -> None:
        choice = (answer or ("later", None))[0]
        if choice == "save_as":
            self._conflict_chosen(answer)
        elif choice == "overwrite":  # the user's choice, as phakhi FILE --force
            self.document.read_only = False
            self.notify(tr(self.lang, "read_only.writable", path=plain(self.document.path.name)), timeout=5)
            if self.document.dirty:
                self.save_now()
            else:
                self.save_state = "status.saved"

    def add_lesson(self) -> None:
        """ใบงาน 2: a new case of lessons learned, opened to be written."""
        self.open_lesson(self.document.editor.add_lesson().id)

    def open_lesson(self, lesson_id: str) -> None:
        from tui.screens.lesson import LessonDialog  # here: the first frame needs no dialog

        self.push_screen(LessonDialog(self.document, self.lang, lesson_id))

    def action_snapshot(self) -> None:
        """Keep a dated snapshot of the network in the workbook (as ``phakhi snapshot`` does)."""
        from tui.keep_snapshot import keep_snapshot

        keep_snapshot(self)

    def action_save_as(self) -> None:
        """Write the workbook to a new file and go on there (e.g. its folder became read-only)."""
        from tui.screens.save_as import SaveAsDialog

        self.push_screen(SaveAsDialog(self.lang, self.document.path), self._conflict_chosen)

    def _conflict_chosen(self, answer: tuple[str, Path | None] | None) -> None:
        choice, new_path = answer or ("later", None)
        self.saving.conflict_put_off = choice == "later"
        document = self.document
        try:
            if choice == "save_as" and new_path is not None:
                document.save_as(new_path)
                self.notify(tr(self.lang, "conflict.saved_as", path=plain(new_path)), timeout=5)
            elif choice == "overwrite":
                document.save(force=True)
            elif choice == "reload":
                self.reload()
                return
            else:
                return  # decide later: the edits stay in memory, the state says "not saved"
        except (ChangedOnDisk, SaveFailed) as error:
            self.saving.failed(error)
            return
        self.save_state = "status.saved"

    def reload(self) -> None:
        """Drop unsaved edits and show the file as it is on disk now."""
        try:
            fresh = Document.open(self.document.path, self.lang)
        except WorkbookError as error:
            self.notify("\n".join(str(p) for p in error.problems), severity="error", timeout=15)
            return
        self.document.discard_recovery()  # the unsaved edits were dropped on purpose
        self._take(fresh)
        self.save_state = "status.saved"
        self.notify(tr(self.lang, "conflict.reloaded", path=plain(fresh.path.name)), timeout=5)
        self.workbook_changed_signal.publish(None)

    def offer_recovery(self) -> None:
        """A session on this file ended with edits the file lacks: offer them back."""
        document = self.document
        current = document.workbook if document.exists else None
        found = recovery.waiting(document.path, current, self.lang)
        if found is None:
            return
        held = found.workbook(self.lang)
        from tui.screens.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.lang, document.path, found, held, current or Workbook(language=held.language))
        self.push_screen(dialog, lambda answer: self._recovery_chosen(found, held, answer))

    def _recovery_chosen(
        self, found: recovery.RecoveryCopy, held: Workbook, answer: tuple[str, Path | None] | None
    ) -> None:
        choice, new_path = answer or ("later", None)
        try:
            if choice == "restore":
                self.document.editor.restore(held)
                if self.save_now():
                    recovery.discard(found)
                    self.notify(tr(self.lang, "recovery.restored"), timeout=5)
            elif choice == "save_as" and new_path is not None:
                store.save(held, new_path, store.NO_FILE)
                recovery.discard(found)
                self.notify(tr(self.lang, "recovery.saved_as", path=plain(new_path)), timeout=5)
            elif choice == "keep_file":
                self.notify(tr(self.lang, "recovery.set_aside", path=plain(recovery.set_aside(found))), timeout=10)
        except (ChangedOnDisk, SaveFailed) as error:
            self.notify(str(error), severity="error", timeout=10)
        except OSError as error:
            self.notify(error.strerror or str(error), severity="error", timeout=10)

    def save_now(self) -> bool:
        """Write pending edits now, in this thread (after any save under way);
        on failure say why and keep the edits in memory."""
        return self.saving.save_now()

    async def action_quit(self) -> None:
        if self.saving.quit():
            self.exit()

    async def _on_exit_app(self) -> None:
        """Every way out passes here, also those that do not ask us first: the browser view
        sends "quit" when its tab is closed, and Textual's web driver ends the app without a
        key or a signal. Edits typed within the autosave's delay were lost then; they are
        written first (nothing pending: nothing written; a save that fails keeps them in the
        recovery copy)."""
        if not self.document.first_look:
            self.saving.save_now()
        await super()._on_exit_app()

    def refuse(self, error: Exception) -> None:
        """Say why an edit was refused — once while the same refusal is still on
        screen, not again at every key typed into a field that stays too long."""
        message, now = str(error), time.monotonic()
        if self._last_refusal == message and now - self._last_refusal_at < self.NOTIFICATION_TIMEOUT:
            return
        self._last_refusal, self._last_refusal_at = message, now
        self.notify(message, severity="error")

    _last_refusal = ""
    _last_refusal_at = 0.0

    def action_undo(self) -> None:
        change = self.document.editor.undo()
        self.notify(
            tr(self.lang, "status.undone", what=change.words.said(self.lang))
            if change
            else tr(self.lang, "status.nothing_to_undo"),
            timeout=2,
        )

    def action_redo(self) -> None:
        change = self.document.editor.redo()
        self.notify(
            tr(self.lang, "status.redone", what=change.words.said(self.lang))
            if change
            else tr(self.lang, "status.nothing_to_redo"),
            timeout=2,
        )

    # -- moving between steps --

    def action_go(self, place_id: str) -> None:
        """Open a place of the table (tui/places.py): a step in place of the step on
        screen, anything else over the screen the user is on."""
        found = places.place(place_id)
        screen = self._screen_of(found)
        if found.step and isinstance(self.screen, StepScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def held_screens(self) -> list[Screen[Any]]:
        """Every screen the app holds: those on the stack, and the places' screens kept out of
        sight for their next visit (PhakhiScreen.KEPT)."""
        kept = [self.get_screen(p.id) for p in places.PLACES if self.is_screen_installed(p.id)]
        return [*self.screen_stack, *(s for s in kept if s not in self.screen_stack)]

    def _screen_of(self, found: places.Place) -> Screen[Any]:
        """The place's screen: built now, or the one kept from its last visit (a screen
        that says it can be shown again: PhakhiScreen.KEPT), put back as when first shown."""
        installed = self.is_screen_installed(found.id)
        if installed:
            kept = self.get_screen(found.id)
            if isinstance(kept, PhakhiScreen) and (kept is self.screen or kept not in self.screen_stack):
                kept.reopen()
                return kept
        # None kept yet, or the kept one is under the screen shown (a step under the map): a new one.
        screen: Screen[Any] = found.screen_class()()
        if not installed and isinstance(screen, PhakhiScreen) and screen.KEPT:
            self.install_screen(screen, found.id)
        return screen

    def action_show_step(self, number: int) -> None:
        self.action_go(places.step(number).id)

    def _current_step(self) -> int:
        return self.screen.NUMBER if isinstance(self.screen, StepScreen) else 0

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No next step on the last step, no step before the first: those keys are left out
        of the key bar and the help (they would show the same step again)."""
        if action == "next_step":
            return self._current_step() < len(places.steps())
        if action == "previous_step":
            return self._current_step() != 1
        return True

    def action_next_step(self) -> None:
        self.action_show_step(min(len(places.steps()), self._current_step() + 1))

    def action_previous_step(self) -> None:
        self.action_show_step(max(1, self._current_step() - 1))

    def action_go_step(self) -> None:
        def chosen(number: int | None) -> None:
            if number:
                self.action_show_step(number)

        from tui.screens.go_step import GoStepDialog

        self.push_screen(GoStepDialog(self.lang), chosen)

    def add_to_plan(self, stakeholder_id: str) -> None:
        """A planning-table row for this stakeholder (from the map or the scoring table)."""
        workbook = self.document.workbook
        person = workbook.stakeholder(stakeholder_id)
        if person is None:
            return
        planned = {row.stakeholder for row in workbook.plan.rows} | {workbook.plan.our_stakeholder}
        if person.id in planned:
            self.notify(tr(self.lang, "plan.already", name=person.name), timeout=3)
            return
        self.document.editor.add_plan_row(person.name, stakeholder=person.id)
        self.notify(tr(self.lang, "plan.added", name=person.name), timeout=3)

    def action_choose_our_group(self, then: Callable[[], object] | None = None) -> None:
        """Our group among the stakeholders, or "none of these yet — add us" with the typed name;
        ``then`` runs after the choice (a dialog showing the group's name)."""
        from tui.screens.dialog import words
        from tui.screens.pick_stakeholder import NewName, StakeholderPicker

        def chosen(answer: str | NewName | None) -> None:
            try:
                if isinstance(answer, NewName):
                    self.document.editor.add_our_group(answer.name)
                elif answer:
                    self.document.editor.choose_our_group(answer)
            except EditError as error:  # a name too long, or with hidden characters
                self.refuse(error)
            if then is not None:
                then()

        workbook = self.document.workbook
        title = words("our_group.pick_title")
        self.push_screen(StakeholderPicker(self.lang, title, workbook.stakeholders, new="our_group.add"), chosen)

    def open_stakeholder(self, stakeholder_id: str) -> None:
        """Step 3, at this stakeholder's record."""
        self.action_show_step(3)
        self.call_after_refresh(lambda: self._select(stakeholder_id))

    def _select(self, stakeholder_id: str) -> None:
        from tui.screens.stakeholder_step import StakeholderStep

        if isinstance(self.screen, StakeholderStep):
            self.screen.select(stakeholder_id)

    def action_home(self) -> None:
        if isinstance(self.screen, StepScreen):
            self.pop_screen()

    # -- language and help --

    def action_toggle_language(self) -> None:
        self.lang = Language.EN if self.lang is Language.TH else Language.TH

    def watch_lang(self, lang: Language) -> None:
        self.document.editor.messages_lang = lang  # refusals and undo labels in the language on screen
        self.room_timer.show_language()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's palette commands in the user's language; "keys" opens our help (tui/commands.py)."""
        return system_commands(self, screen)

    def action_command_palette(self) -> None:
        """As Textual's, with the search line in the user's language."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(command_palette(self.lang))

    def search_themes(self) -> None:
        """As Textual's, with the search line in the user's language."""
        self.push_screen(theme_palette(self.lang))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen, keys_that_act

        if isinstance(self.screen, HelpScreen):
            return
        title_key = getattr(self.screen, "title_key", "app.name")
        self.push_screen(HelpScreen(self.lang, title_key, keys_that_act(self.screen)))


#: Objects made (and not yet freed) between two collections of the young generation.
YOUNG_OBJECTS = 10_000


def collect_from_now_on() -> None:
    """The end of start-up, after the first frame.

    Start-up (importing Textual, reading the workbook, the first screen) makes
    hundreds of thousands of objects and next to no garbage, so ``phakhi
    FILE`` pauses Python's cyclic collector meanwhile (tui.cli.run_open): it
    would scan them again and again, about 10 ms in all. They stay for the
    whole session, so they are frozen out of later collections too (shorter
    pauses between keys), and collection resumes.

    It resumes with a young generation of YOUNG_OBJECTS rather than Python's
    700: a key makes tens of thousands of short-lived objects (Textual's
    strips, segments and their caches), so at 700 the collector ran a few
    times a key, each time scanning what the frame in hand still held, and a
    full collection every thirty keys or so took about 50 ms; in all, an
    eighth of the processor time of a workshop's worksheet.
    """
    if not gc.isenabled():  # only where run_open paused it (not in tests)
        gc.freeze()
        gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
        gc.enable()
    memory.give_back()  # what reading the workbook made and dropped (tui/core/memory.py)


def make_app(document: Document, lang: Language | None = None, *, low_bandwidth: bool = False) -> PhakhiApp:
    """The one way to build the app, shared by the command line and the tests."""
    measure_as_textual_does()
    cut_whole_letters()
    escape_then_key()
    cache_styles_by_colour()
    strip_caches_when_used()
    draw_scrollbars_once()
    give_kept_lines_at_once()
    count_parameters_by_code()
    find_handlers_once()
    break_thai_between_words()
    return PhakhiApp(document, lang, low_bandwidth=low_bandwidth)


def low_bandwidth_by_default() -> bool:
    """On unless told otherwise when the session came in over SSH."""
    return bool(os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"))
