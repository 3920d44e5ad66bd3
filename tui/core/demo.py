"""Scripted demos: a walkthrough written as a TOML file, checked before it plays.

A workshop facilitator replays a prepared walkthrough on a projector: each
step shows a caption, presses keys, types a little text and pauses. This
module reads and checks such a script (every problem at once, with its line,
in the words of the workbook loader) and says which key events a step sends;
the screens' side (``tui/demo_player.py``) only plays them. The format is in
``docs/DEMO.md``.

Key names are checked here, at load, so a misspelt key is a located problem
before anything opens, not a silent no-op in front of an audience. Core may
not import Textual, so the names a script may use are listed below; a test
checks each against Textual's own names.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import shutil
import string
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core import store
from tui.core.codec import Decoder
from tui.core.i18n import tr
from tui.core.problems import WorkbookError
from tui.core.schema import FieldSpec, Shape
from tui.core.toml_lines import key_positions
from tui.core.vocab import Language

#: The shipped scripts (package data, so an installed ``phakhi`` has them), and
#: the folders holding the samples they open: an installed wheel carries the two
#: samples into the scripts' folder (pyproject.toml's force-include); a checkout
#: has them in samples/ — one copy of each in the repository either way.
DEMOS = Path(__file__).resolve().parent.parent / "demos"
SAMPLE_FOLDERS = (DEMOS, DEMOS.parent.parent / "samples")
SAMPLES = ("organic-farming.th.toml", "clean-energy.en.toml")
#: Seconds after a step when the script does not say.
DEFAULT_PAUSE = 2.0
#: A longer pause is surely a typo (a presenter who wants to talk presses Esc).
MAX_PAUSE = 60.0

DEMO_KEYS = ("title", "lang", "workbook")
STEP_KEYS = ("caption", "keys", "text", "pause")

#: Named keys a script may press (Textual's names), with the character a
#: terminal sends with them (None for keys that send no character).
NAMED_KEYS: dict[str, str | None] = {
    "enter": None,
    "tab": "\t",
    "shift+tab": None,
    "escape": "\x1b",
    "space": " ",
    "backspace": "\x08",
    "delete": "\x7f",
    "insert": None,
    "up": None,
    "down": None,
    "left": None,
    "right": None,
    "home": None,
    "end": None,
    "pageup": None,
    "pagedown": None,
    **{f"f{n}": None for n in range(1, 13)},
    **{f"ctrl+{c}": None for c in string.ascii_lowercase},
    **{f"{mod}+{nav}": None for mod in ("ctrl", "shift") for nav in ("up", "down", "left", "right", "home", "end")},
}
#: Printable characters that Textual names by their Unicode name (``/`` is "slash").
CHARACTER_KEYS: dict[str, str] = {
    "/": "slash",
    "?": "question_mark",
    "+": "plus",
    "-": "minus",
    "=": "equals_sign",
    ".": "full_stop",
    ",": "comma",
    ":": "colon",
    ";": "semicolon",
    "*": "asterisk",
    "#": "number_sign",
    "!": "exclamation_mark",
    "@": "at",
    "_": "underscore",
    "(": "left_parenthesis",
    ")": "right_parenthesis",
    " ": "space",
}
#: Single characters a script may name in ``keys``: letters, digits and the punctuation above.
SINGLE_KEYS = frozenset(string.ascii_letters + string.digits) | CHARACTER_KEYS.keys()


@dataclass(frozen=True)
class DemoStep:
    caption: str
    keys: tuple[str, ...] = ()
    text: str = ""
    pause: float = DEFAULT_PAUSE


@dataclass(frozen=True)
class DemoScript:
    path: Path
    title: str
    lang: Language | None  # None: the workbook's own language
    workbook: Path
    steps: tuple[DemoStep, ...]


def shipped_script(lang: Language) -> Path:
    """The walkthrough that ships for ``lang``."""
    return DEMOS / f"walkthrough.{lang.value}.toml"


def key_event(name: str) -> tuple[str, str | None]:
    """The Textual key and the character a terminal sends for a name in ``keys``; ValueError if unknown."""
    if name in NAMED_KEYS:
        return name, NAMED_KEYS[name]
    if name in SINGLE_KEYS:
        return CHARACTER_KEYS.get(name, name), name
    named = {key: char for char, key in CHARACTER_KEYS.items()}
    if name in named:
        return name, named[name]
    raise ValueError(name)


def typed_events(text: str) -> list[tuple[str, str | None]]:
    """What a terminal sends for ``text`` typed by hand: one key per character, Enter for a line break.

    Thai vowel and tone marks go as the characters they are (a key named by the
    character), which is how they reach an Input from a real terminal.
    """
    return [key_event("enter") if char == "\n" else (CHARACTER_KEYS.get(char, char), char) for char in text]


def load_script(path: Path | str, lang: Language = Language.EN) -> DemoScript:
    """Read and check a demo script; WorkbookError lists every problem with its line."""
    path = Path(path)
    name = str(path)
    raw, text = store.read_toml(store.read_bytes(path, lang, not_found_fix="fix.demo_not_found"), name, lang)
    checker = _ScriptChecker(path, Decoder(name, key_positions(text), lang))
    script = checker.script(raw)
    if script is None:
        raise WorkbookError(sorted(checker.decoder.problems, key=lambda p: (p.line or 0, p.col or 0)))
    return script


@contextlib.contextmanager
def workbook_copy(script: DemoScript, *, keep: bool = False) -> Iterator[Path]:
    """A private copy of the script's workbook in a new temporary folder, removed afterwards unless ``keep``.

    The demo edits the copy; the sample itself is never written.
    """
    folder = Path(tempfile.mkdtemp(prefix="phakhi-demo-"))
    copy = folder / script.workbook.name
    try:
        store.write_atomic(copy, store.read_bytes(script.workbook), store.PRIVATE_MODE)
        yield copy
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


class _ScriptChecker:
    """Builds a DemoScript from a parsed document, reporting through the workbook decoder."""

    def __init__(self, path: Path, decoder: Decoder) -> None:
        self.path = path
        self.decoder = decoder
        self.lang = decoder.lang

    def script(self, raw: dict[str, Any]) -> DemoScript | None:
        decoder = self.decoder
        decoder.unknown_keys(raw, ("demo", "steps"), (), tr(self.lang, "where.top"))
        demo = raw.get("demo")
        header = self.header(demo) if isinstance(demo, dict) else None
        if demo is None:
            decoder.report((), "demo_no_table", "demo_no_table")
        elif not isinstance(demo, dict):
            decoder.wrong_type(("demo",), "demo", demo, "type.table", "[demo]")
        steps = self.steps(raw.get("steps"))
        if decoder.problems or header is None or not steps:
            return None
        return DemoScript(self.path, *header, tuple(steps))

    def header(self, demo: dict[str, Any]) -> tuple[str, Language | None, Path] | None:
        """The [demo] table: title, language, workbook."""
        where = tr(self.lang, "where.table", name="demo")
        self.decoder.unknown_keys(demo, DEMO_KEYS, ("demo",), where)
        title = self.text(demo, ("demo",), "title", where, required=True)
        script_lang = None
        if "lang" in demo:
            spec = FieldSpec("lang", Shape.CHOICE, vocab=Language)
            script_lang = self.decoder.value(spec, demo["lang"], ("demo", "lang"), "lang")
        workbook_name = self.text(demo, ("demo",), "workbook", where, required=True)
        workbook = self.workbook(workbook_name) if workbook_name else None
        if title is None or workbook is None:
            return None
        return title, script_lang, workbook

    def text(
        self, table: dict[str, Any], where: tuple[str | int, ...], key: str, label: str, *, required: bool = False
    ) -> str | None:
        if key not in table:
            if required:
                self.decoder.report(where, "missing_key", "missing_key", key=key, where=label, example='"..."')
            return None
        value = self.decoder.value(FieldSpec(key, Shape.TEXT), table[key], where + (key,), key)
        return value if isinstance(value, str) else None

    def workbook(self, name: str) -> Path | None:
        """A path relative to the script, else a sample that ships with Phakhi."""
        for folder in (self.path.parent, *SAMPLE_FOLDERS):
            candidate = folder / name
            if os.path.lexists(candidate):  # a pipe or a device too: opening it says what it is
                return candidate
        samples = ", ".join(SAMPLES)
        self.decoder.report(("demo", "workbook"), "demo_workbook", "demo_workbook", found=name, samples=samples)
        return None

    def steps(self, raw: object) -> list[DemoStep]:
        decoder = self.decoder
        if raw is None:
            decoder.report((), "demo_no_steps", "demo_no_steps")
            return []
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            decoder.wrong_type(("steps",), "steps", raw, "type.list_of_tables", "[[steps]]")
            return []
        steps = []
        for index, item in enumerate(raw):
            step = self.step(item, ("steps", index), tr(self.lang, "where.item", name="steps", number=index + 1))
            if step is not None:
                steps.append(step)
        if not raw:
            decoder.report(("steps",), "demo_no_steps", "demo_no_steps")
        return steps

    def step(self, item: dict[str, Any], where: tuple[str | int, ...], label: str) -> DemoStep | None:
        decoder = self.decoder
        before = len(decoder.problems)
        decoder.unknown_keys(item, STEP_KEYS, where, label)
        caption = self.text(item, where, "caption", label, required=True)
        text = self.text(item, where, "text", label) or ""
        keys = decoder.value(FieldSpec("keys", Shape.TEXTS), item.get("keys", []), where + ("keys",), "keys")
        for name in keys if isinstance(keys, list) else []:
            try:
                key_event(name)
            except ValueError:
                close = difflib.get_close_matches(name, [*NAMED_KEYS, *CHARACTER_KEYS.values()], n=1)
                fix = "demo_key_hint" if close else "demo_key"
                decoder.report(where + ("keys",), "demo_key", fix, found=name, suggestion=close[0] if close else "")
        pause = item.get("pause", DEFAULT_PAUSE)
        if isinstance(pause, bool) or not isinstance(pause, (int, float)) or not 0 <= pause <= MAX_PAUSE:
            decoder.report(where + ("pause",), "demo_pause", "demo_pause", found=pause, limit=int(MAX_PAUSE))
        if len(decoder.problems) > before or caption is None:
            return None
        return DemoStep(caption, tuple(keys), text, float(pause))
