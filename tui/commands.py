"""The command palette (ctrl+p) speaks the workbook's verbs, in the user's language.

Go to any place of the table of places (tui/places.py), switch language, save now, go home,
open or add a case of ใบงาน 2's lessons learned,
start the workshop's timer for one of the seed's activities or for the
minutes typed ("25") and pause, resume or stop it — each found by typing
part of its name in Thai or English. Textual's own commands
(keys, theme, quit, maximize, screenshot) are said in the user's language
too, and "keys" opens Phakhi's help, which describes every key in that
language, rather than Textual's key panel, which shows our binding
descriptions raw (``key.language``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from textual.app import SystemCommand
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen
from textual.theme import ThemeProvider

from tui import places
from tui.core.countdown import ACTIVITIES, LONGEST_MINUTES, activity_name
from tui.core.i18n import tr
from tui.core.vocab import Language
from tui.timers import after

if TYPE_CHECKING:
    from tui.app import PhakhiApp
    from tui.room_timer import RoomTimer


class TimedApp(Protocol):
    """An app that shows the workshop's timer: the workbook's, or the room view's."""

    @property
    def lang(self) -> Language: ...

    room_timer: RoomTimer


class TimerCommands(Provider):
    """The workshop's timers: one of the seed's activities, or the minutes typed ("25")."""

    def commands(self) -> list[tuple[str, Callable[[], object]]]:
        return timer_commands(cast("TimedApp", self.app))

    async def discover(self) -> Hits:
        for name, command in self.commands():
            yield DiscoveryHit(name, command)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, text=name)
        minutes = minutes_asked(query)
        if minutes is not None:  # "25", "timer 25": a timer of any length
            app = cast("TimedApp", self.app)
            name = tr(app.lang, "command.timer.minutes", minutes=minutes)
            start = partial(app.room_timer.start, minutes, tr(app.lang, "timer.named"))
            yield Hit(1.0, name, start, text=name)


class WorkbookCommands(TimerCommands):
    def commands(self) -> list[tuple[str, Callable[[], object]]]:
        app = cast("PhakhiApp", self.app)
        lang = app.lang
        other = Language.EN if lang is Language.TH else Language.TH
        # Every place of the table (tui/places.py); a step by its number too.
        found: list[tuple[str, Callable[[], object]]] = [
            (
                tr(lang, "command.go_step", number=place.step, name=tr(lang, place.title))
                if place.step
                else tr(lang, place.title),
                partial(app.action_go, place.id),
            )
            for place in places.PLACES
        ]
        found += [
            (tr(lang, "command.language", name=tr(lang, f"language.{other.value}")), app.action_toggle_language),
            (tr(lang, "command.save"), app.save_now),
            (tr(lang, "command.save_as"), app.action_save_as),
            (tr(lang, "command.snapshot"), app.action_snapshot),
            (tr(lang, "command.home"), app.action_home),
        ]
        return found + output_commands(app) + lesson_commands(app) + timer_commands(app)


#: Words that may come with the minutes typed in the palette ("timer 25 min", "จับเวลา 25 นาที").
TIMER_WORDS = re.compile(r"จับเวลา|นาที|timer|minutes|mins?|\s", re.IGNORECASE)


def minutes_asked(query: str) -> int | None:
    """The minutes typed in the palette, when the query is a sensible number and maybe the words of a
    timer (not any number: "ใบงาน 1" names a worksheet)."""
    found = re.fullmatch(r"\d+", TIMER_WORDS.sub("", query))
    minutes = int(found.group()) if found else 0
    return minutes if 0 < minutes <= LONGEST_MINUTES else None


def output_commands(app: PhakhiApp) -> list[tuple[str, Callable[[], object]]]:
    """Every export of ``phakhi export`` and every picture of ``phakhi picture``, each asking for a file name."""
    from tui.core.outputs import OUTPUTS
    from tui.writing_files import ask_and_write

    return [(output.command(app.lang), partial(ask_and_write, app, output.key)) for output in OUTPUTS]


def lesson_commands(app: PhakhiApp) -> list[tuple[str, Callable[[], object]]]:
    """ใบงาน 2: each case of lessons learned, and a new one."""
    lang = app.lang
    found: list[tuple[str, Callable[[], object]]] = [
        (tr(lang, "command.lesson.open", case=lesson.case or lesson.id), partial(app.open_lesson, lesson.id))
        for lesson in app.document.workbook.lessons
    ]
    return [*found, (tr(lang, "command.lesson.add"), app.add_lesson)]


def timer_commands(app: TimedApp) -> list[tuple[str, Callable[[], object]]]:
    """Each of the seed's timed activities, then pause or resume and stop when a timer is on."""
    lang = app.lang
    found: list[tuple[str, Callable[[], object]]] = [
        (
            tr(lang, "command.timer.start", name=activity_name(lang, activity), minutes=activity.minutes),
            partial(app.room_timer.start, activity.minutes, activity_name(lang, activity)),
        )
        for activity in ACTIVITIES
    ]
    countdown = app.room_timer.countdown
    if countdown is not None:
        if countdown.paused:
            found.append((tr(lang, "command.timer.resume"), app.room_timer.resume))
        else:
            found.append((tr(lang, "command.timer.pause"), app.room_timer.pause))
        found.append((tr(lang, "command.timer.stop"), app.room_timer.stop))
    return found


#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = (
    "language.",
    "command.help",
    "command.theme",
    "command.quit",
    "command.maximize",
    "command.minimize",
    "command.screenshot",
)


def system_commands(app: PhakhiApp, screen: Screen[object]) -> Iterator[SystemCommand]:
    """Textual's system commands (``App.get_system_commands``), each with its help, in ``app.lang``."""

    def command(name: str, callback: Callable[[], object]) -> SystemCommand:
        return SystemCommand(tr(app.lang, f"command.{name}"), tr(app.lang, f"command.{name}_help"), callback)

    yield command("help", app.action_help)
    yield command("theme", app.action_change_theme)
    yield command("quit", app.action_quit)
    if screen.maximized is not None:
        yield command("minimize", screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield command("maximize", screen.action_maximize)
    # As Textual does: a moment later, when the palette has gone from the picture.
    yield command("screenshot", lambda: after(app, 0.1, app.deliver_screenshot))


def command_palette(lang: Language) -> CommandPalette:
    """The palette ctrl+p opens, its search line in ``lang``."""
    return CommandPalette(id="--command-palette", placeholder=tr(lang, "command.search"))


def theme_palette(lang: Language) -> CommandPalette:
    """The palette the theme command opens: the themes, its search line in ``lang``."""
    return CommandPalette(providers=[ThemeProvider], placeholder=tr(lang, "command.search_theme"))
