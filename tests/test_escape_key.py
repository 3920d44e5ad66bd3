"""Esc, then a key, arrive together (a slow link, a busy server): both act.

Textual joins a byte that follows Esc within a tenth of a second to it: Esc
then 5 became "∞", Esc then 2 "™", Esc then m Alt+m, and the key typed after
Esc was lost with every key after it sent to the wrong screen.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pty_helpers import type_and_quit

from tui.core import store
from tui.escape_key import EscapeThenKey

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "organic-farming.th.toml"


def keys(*chunks: str) -> list[str]:
    """The keys (and other events, by their class) one parser reads from ``chunks``, read one after another."""
    parser = EscapeThenKey()
    return [getattr(event, "key", type(event).__name__) for chunk in chunks for event in parser.feed(chunk)]


@pytest.mark.parametrize(
    ("chunks", "expected"),
    [
        (("\x1b5",), ["escape", "5"]),
        (("\x1b2ห",), ["escape", "2", "ห"]),
        (("\x1bm\t",), ["escape", "m", "tab"]),
        (("\x1b\t",), ["escape", "tab"]),
        (("\x1b", "5"), ["escape", "5"]),  # Esc at the end of one read, the key at the start of the next
        (("a\x1bm\x1b[B",), ["a", "escape", "m", "down"]),
        (("\x1b\x1b5",), ["escape", "escape", "5"]),
    ],
)
def test_esc_then_a_key_is_two_keys(chunks: tuple[str, ...], expected: list[str]) -> None:
    assert keys(*chunks) == expected


@pytest.mark.parametrize(
    ("chunks", "expected"),
    [
        (("\x1b[A",), ["up"]),
        (("\x1b[", "A"), ["up"]),
        (("\x1bOP",), ["f1"]),
        (("\x1b[Z",), ["shift+tab"]),
        (("\x1b[13;5u",), ["ctrl+enter"]),  # a terminal that reports keys in full
    ],
)
def test_a_terminals_sequences_are_still_one_key(chunks: tuple[str, ...], expected: list[str]) -> None:
    assert keys(*chunks) == expected


def test_an_esc_that_ends_a_read_is_a_key_at_once() -> None:
    """Issue 25: Esc back to the home screen took 110 ms to show, the parser waiting for what
    might follow it. An Esc that ends what there was to read is a key now, no tick needed;
    one that ends a full read (a sequence may go on in the next) still waits."""
    parser = EscapeThenKey()
    assert [event.key for event in parser.feed("\x1b")] == ["escape"]
    assert [event.key for event in parser.feed("ห\x1b")] == ["ห", "escape"]
    full = "a" * 4095 + "\x1b"
    assert [getattr(event, "key", None) for event in parser.feed(full)] == ["a"] * 4095
    assert [event.key for event in parser.feed("[A")] == ["up"]


def test_an_esc_inside_a_paste_is_the_pastes() -> None:
    """Text pasted with an Esc in it is never read as the Esc key, which would leave the screen."""
    read = keys("\x1b[200~a\x1bm b\x1b[201~")
    assert "escape" not in read and read[-1] == "Paste"


def test_esc_and_the_next_keys_in_one_read_act_on_their_screens(tmp_path: Path) -> None:
    """The real command in a terminal: from step 2, Esc 5 3 arrive together. Back home, step
    5, and the first stakeholder's influence scored 3."""
    path = tmp_path / "group.toml"
    shutil.copy(SAMPLE, path)
    env = {**os.environ, "PHAKHI_AUTOSAVE_SECONDS": "0.2"}
    type_and_quit(["-m", "tui", str(path), "--lang", "en"], env, [b"2", b"\x1b53"])
    before = store.load(SAMPLE)[0].stakeholders[0].influence
    assert before != 3
    assert store.load(path)[0].stakeholders[0].influence == 3
