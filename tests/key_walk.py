"""Walk the screens and dialogs, press every key they name, and see that each does something.

A key is *named* where the user reads it, so the walk reads what is drawn, not
the bindings:

- the key bar: the reversed chips of the bottom line as painted;
- the hints: keys in the words on screen — after "กด" / "press" (``กด ^e``,
  ``press 1-5``, ``press v``), the key words anywhere (``Esc``, ``Enter``,
  ``Tab``, ``Space``, ``Del``, ``^n``, ``ctrl+z``, ``F1``), a range is each of its
  keys — and menu lines that start with their key (`` m  ผังเครือข่าย``);
- the help screen (F1) of each screen: the first column of its list.

Each key is then pressed at the place, and something must happen: another
screen, another focus, a changed workbook, the language, the clipboard, a
notification, or a changed picture of the screen. (After each key the place
is put back: screens it opened closed, edits undone; one it left is reached
again from home.) A key that did nothing gets a fair chance: after the
opposite key (a cursor at its end), in a text field with some text, part of
it selected and something to paste, on the other cells of a table's row (a
score's key on a score), and on a fresh copy of the place. What still does
nothing is reported, with where it was named — so a binding whose action is
missing, or a hint naming a key that nothing is bound to, shows up as a
problem. ctrl+q is pressed last: the app must end.

This module only walks and reports; tests/test_keys_named.py decides.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static, TextArea

from tests.ui_helpers import type_text
from tui.screens.help import HelpScreen
from tui.screens.home import HomeScreen
from tui.widgets.keybar import KeyBar
from tui.widgets.long_table import LongTable

#: How the screens write keys that a terminal sends under another name.
WRITTEN = {
    "Esc": "escape",
    "Enter": "enter",
    "Tab": "tab",
    "Space": "space",
    "Del": "delete",
    "?": "question_mark",
    "/": "slash",
    "+": "plus",
    "-": "minus",
    "=": "equals_sign",
}
#: Key words a hint may use anywhere, and the ^x / ctrl+x / F1 shapes.
KEY_WORD = r"\^[a-z0-9]+(?:\+[a-z0-9]+)*|ctrl\+[a-z0-9]+(?:\+[a-z0-9]+)*|F\d{1,2}|Esc|Enter|Tab|Space|Del"
ANYWHERE = re.compile(rf"(?<![\w^+])({KEY_WORD})(?![\w+])")
#: After "press": a key word, a range such as 1-5, or a single key such as v.
AFTER_PRESS = re.compile(rf"(?:กด(?:เลข)?|[Pp]ress)\s+({KEY_WORD}|\d-\d|[a-z0-9/?+=-])(?![\w+])")
#: A menu line that starts with its key: `` m  ผังเครือข่าย``.
MENU_LINE = re.compile(r"^\s*([a-z0-9])\s\s\S")
#: A movement that changes nothing at its end does, after the opposite one.
OPPOSITE = {
    "up": "down",
    "down": "up",
    "left": "right",
    "right": "left",
    "home": "end",
    "end": "home",
    "pageup": "pagedown",
    "pagedown": "pageup",
    "ctrl+home": "ctrl+end",
    "ctrl+end": "ctrl+home",
    "ctrl+pageup": "ctrl+pagedown",
    "ctrl+pagedown": "ctrl+pageup",
    "shift+tab": "tab",
    "tab": "shift+tab",
    "ctrl+up": "ctrl+down",
    "ctrl+down": "ctrl+up",
}
QUIT = "ctrl+q"
#: Textual's widget actions that tell the screen, whose answer differs from screen to screen.
REPORTS = {"submit", "select", "select_cursor"}


def terminal_key(written: str) -> str:
    """``^e`` -> ``ctrl+e``, ``F1`` -> ``f1``, ``Esc`` -> ``escape``: the key as Textual names what a terminal sends."""
    if written in WRITTEN:
        return WRITTEN[written]
    if re.fullmatch(r"F\d{1,2}", written):
        return written.lower()
    if written.startswith("^"):
        return "ctrl+" + written[1:]
    return written


def keys_in_words(text: str) -> set[str]:
    """Every key the words name, as written (a range as each of its keys)."""
    found = set(ANYWHERE.findall(text))
    for written in AFTER_PRESS.findall(text):
        if re.fullmatch(r"\d-\d", written):
            first, last = int(written[0]), int(written[2])
            found |= {str(n) for n in range(first, last + 1)}
        else:
            found.add(written)
    return found


def screen_lines(app: Any) -> list[str]:
    """The screen as the user sees it, line by line, read from Textual's own picture of it."""
    svg = app.export_screenshot()
    lines: dict[int, list[str]] = {}
    for number, text in re.findall(r'clip-path="url\(#[\w-]+-line-(\d+)\)">([^<]*)</text>', svg):
        lines.setdefault(int(number), []).append(html.unescape(text).replace("\xa0", " "))
    return ["".join(lines[n]) for n in sorted(lines)]


def bar_keys(app: Any) -> set[str]:
    """The keys on the bottom line, as painted: its reversed chips."""
    bar = app.screen.query_one(KeyBar)
    return {segment.text.strip() for segment in bar.render_line(0) if segment.style and segment.style.reverse}


def menu_keys(app: Any) -> set[str]:
    """Keys that start the lines of a menu (the home screen's steps and tools)."""
    found = set()
    for menu in app.screen.query(OptionList):
        for index in range(menu.option_count):
            match = MENU_LINE.match(str(menu.get_option_at_index(index).prompt))
            if match:
                found.add(match.group(1))
    return found


def help_keys(app: Any) -> set[str]:
    """The first column of the help screen's list."""
    listing = str(app.screen.query_one("#help-keys", Static).render())
    return {line.split()[0] for line in listing.splitlines() if line.strip()}


@dataclass
class Walk:
    """Problems found, and what was pressed where (to show the walk covered what it should)."""

    problems: list[str] = field(default_factory=list)
    pressed: dict[str, set[str]] = field(default_factory=dict)
    #: Keys shown to act (see ``Walker.bound_to``); not pressed again at the place, in
    #: another language or another workbook of the walk.
    done: set[tuple[str, str]] = field(default_factory=set)


class Walker:
    """Drives one app (one workbook) through places, each reached from home by its keys."""

    def __init__(self, pilot: Pilot[Any], walk: Walk) -> None:
        self.pilot = pilot
        self.app = pilot.app
        self.walk = walk
        #: The language of the walk: ``reach`` puts it back after a key changed it.
        self.lang = self.app.lang
        self.notified = 0
        notify = self.app.notify

        def counting(*args: Any, **kwargs: Any) -> None:
            self.notified += 1
            notify(*args, **kwargs)

        self.app.notify = counting  # every notification counts as something happening

    async def settle(self) -> None:
        """Wait for what a key set off: the map draws in a worker."""
        await self.app.workers.wait_for_complete()
        await self.pilot.pause()

    async def undo_all(self) -> None:
        """Every edit undone, the walk's language back."""
        undone = False
        while self.app.document.editor.undo():
            undone = True
        if undone or self.app.lang is not self.lang:
            self.app.lang = self.lang
            await self.settle()

    async def reach(self, route: Iterable[str]) -> None:
        """Home, nothing edited, then ``route``."""
        while not isinstance(self.app.screen, HomeScreen):
            await self.app.pop_screen()
            await self.pilot.pause()
        await self.undo_all()
        self.app.screen.query_one("#steps", OptionList).highlighted = 0  # Enter opens step 1 again
        for key in route:
            await self.pilot.press(key)
            await self.settle()
        self.app.clear_notifications()

    async def back(self, route: tuple[str, ...], place: Any, focused: Any) -> None:
        """To the place as it was before a key, or near enough (a cursor may have moved)."""
        if place not in self.app.screen_stack:  # left for good (Esc home, F3 to the next step)
            await self.reach(route)
            return
        while self.app.screen is not place:
            await self.app.pop_screen()
            await self.pilot.pause()
        await self.undo_all()
        if focused is not None and focused.is_attached and self.app.focused is not focused:
            focused.focus()
            await self.settle()
        self.app.clear_notifications()

    def state(self) -> tuple[Any, ...]:
        """All that a key may change, bar the picture of the screen (slower to take)."""
        app = self.app
        return (
            app.screen,
            len(app.screen_stack),
            app.focused,
            app.document.editor.generation,
            app.lang,
            app.clipboard,
            self.notified,
        )

    async def changes(self, key: str) -> bool:
        then, picture = self.state(), self.app.export_screenshot()
        await self.pilot.press(key)
        await self.settle()
        return self.state() != then or self.app.export_screenshot() != picture

    async def acts(self, route: tuple[str, ...], key: str) -> bool:
        """Does ``key`` act here, or on a fresh copy of the place, given a fair chance?"""
        if await self.chances(key):
            return True
        await self.reach(route)
        return await self.chances(key)

    async def chances(self, key: str) -> bool:
        """Does ``key`` act as the place is, after the opposite key, in a text field with
        something to act on, or on the other cells of a table's row?"""
        if await self.changes(key):
            return True
        opposite = OPPOSITE.get(key)
        if opposite:
            await self.pilot.press(opposite)
            await self.settle()
            if await self.changes(key):
                return True
        focused = self.app.focused
        if isinstance(focused, Input | TextArea):
            await type_text(self.pilot, "ab")
            await self.pilot.press("shift+left")
            self.app.copy_to_clipboard("c")
            if await self.changes(key):
                return True
        if isinstance(focused, DataTable | LongTable):
            for _ in range(len(focused.columns) - 1):
                await self.pilot.press("right")
                await self.settle()
                if await self.changes(key):
                    return True
        return False

    def bound_to(self, place: str, key: str) -> tuple[str, str]:
        """What pressing ``key`` at the place runs: an action of the app, or one of
        Textual's own widget actions (moving a cursor, deleting a character), which act
        alike wherever they are; else the key at this place."""
        active = self.app.screen.active_bindings.get(key)
        if active is None or active.node is self.app.screen:
            return (place, key)
        if active.node is self.app:
            return ("app", active.binding.action)
        name = active.binding.action.partition("(")[0]
        method = getattr(type(active.node), f"action_{name}", None)
        if method is not None and method.__module__.startswith("textual.") and name not in REPORTS:
            return (method.__qualname__, active.binding.action)
        return (place, key)

    async def named(self, shown_as: str, with_help: bool) -> dict[str, str]:
        """The keys named at the place, each with where it was named."""
        found: dict[str, str] = {}
        # The words above the key bar (read apart, below); the help screen's list names the
        # keys of the screen below it, and is read there, not here.
        words = "" if isinstance(self.app.screen, HelpScreen) else "\n".join(screen_lines(self.app)[:-1])
        for key in keys_in_words(words) | menu_keys(self.app):
            found.setdefault(key, "a hint")
        for key in bar_keys(self.app):
            found.setdefault(key, "the key bar")
        if with_help:
            place = self.app.screen
            await self.pilot.press("f1")
            await self.settle()
            if isinstance(self.app.screen, HelpScreen):
                for key in help_keys(self.app):
                    found.setdefault(key, "the help screen")
            else:
                self.walk.problems.append(f"{shown_as}: F1 opens no help")
            while self.app.screen is not place:
                await self.app.pop_screen()
                await self.pilot.pause()
        return found

    async def visit(self, place_name: str, route: tuple[str, ...], with_help: bool) -> None:
        """Press every key named at the place that is not yet shown to act."""
        await self.reach(route)
        place, focused = self.app.screen, self.app.focused
        shown_as = f"{place_name} ({self.lang.value})"
        for written, where in sorted((await self.named(shown_as, with_help)).items()):
            key = terminal_key(written)
            self.walk.pressed.setdefault(shown_as, set()).add(key)
            bound = self.bound_to(place_name, key)
            if key == QUIT or bound in self.walk.done:
                continue
            if await self.acts(route, key):
                self.walk.done.add(bound)
            elif (problem := f"{shown_as}: {written} (named by {where}) does nothing") not in self.walk.problems:
                self.walk.problems.append(problem)
            await self.back(route, place, focused)
            if self.app.screen is not place:  # reached anew
                place, focused = self.app.screen, self.app.focused

    async def quit(self) -> None:
        """ctrl+q, named on every key bar, ends the app (last: nothing is pressed after it)."""
        await self.reach(())
        await self.pilot.press(QUIT)
        await self.pilot.pause()
        if self.app.return_code is None:
            self.walk.problems.append("^q does not quit")
