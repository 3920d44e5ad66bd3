"""Records read the quick way: only when no value can hide a character, and to the same workbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import derived, store
from tui.core.plain_records import plain_text
from tui.core.problems import WorkbookError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

HEADER = 'format = "phakhi-workbook"\nversion = 1\nlanguage = "en"\n\n'


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ('name = "Ban Nong"', True),
        ('name = "line\\nbreak\\ttab \\"quoted\\""', True),
        ('name = "a backslash \\\\ and a \\\\u"', True),  # an escaped backslash, then a plain u
        ('name = "\\u0007"', False),
        ('name = "\\\\\\u202e"', False),  # a backslash, then an escape
        ('name = "\\r"', False),
        ('name = "\\e"', False),
        ('name = "\\x07"', False),
        ("name = 'a\u202eb'", False),
        ("name = 'a\rb'", False),
    ],
)
def test_plain_text_known_answers(text: str, plain: bool) -> None:
    assert plain_text(text) is plain


def test_a_hidden_character_written_as_an_escape_is_still_found() -> None:
    text = HEADER + '[[stakeholders]]\nid = "s1"\nname = "Ban\\u202eNong"\n'
    with pytest.raises(WorkbookError) as error:
        store.parse(text.encode(), "x.toml")
    assert "U+202E" in str(error.value.problems[0])


def test_a_carriage_return_escape_is_turned_into_a_line_break() -> None:
    text = HEADER + '[[stakeholders]]\nid = "s1"\nname = "A"\nnotes = "one\\r\\ntwo"\n'
    assert store.parse(text.encode(), "x.toml").stakeholders[0].notes == "one\ntwo"


def test_a_wrong_value_is_reported_as_before() -> None:
    text = HEADER + '[[stakeholders]]\nid = "s1"\nname = "A"\n\n'
    text += '[[stakeholders]]\nid = "s2"\nname = "B"\ninfluence = 9\n'
    with pytest.raises(WorkbookError) as error:
        store.parse(text.encode(), "x.toml")
    (problem,) = error.value.problems
    assert problem.line == 12 and "influence" in str(problem)


def test_a_repeated_tie_after_an_unbuilt_one_is_placed_on_its_own_line() -> None:
    text = HEADER + (
        '[[stakeholders]]\nid = "s1"\nname = "A"\n\n[[stakeholders]]\nid = "s2"\nname = "B"\n\n'
        '[[ties]]\nid = "t1"\na = "s1"\nb = "s2"\n\n'
        '[[ties]]\nid = "t2"\na = "s1"\n\n'  # no b: not built
        '[[ties]]\nid = "t3"\na = "s2"\nb = "s1"\n'
    )
    with pytest.raises(WorkbookError) as error:
        store.parse(text.encode(), "x.toml")
    assert [str(p) for p in error.value.problems] == [
        'x.toml:18:1: [[ties]] entry 2 has no b — add b = "..."',
        "x.toml:22:1: a tie between s2 and s1 is already on line 13 — merge them into one tie",
    ]


@pytest.mark.parametrize("name", ["organic-farming.th.toml", "clean-energy.en.toml", "large.toml"])
def test_a_sample_reads_back_to_its_own_entries(name: str) -> None:
    data = (SAMPLES / name).read_bytes()
    end = derived.entries_end(data)
    assert end is not None  # the samples' sections are current
    assert store.entries_text(store.parse(data, name)) + "\n" == data[:end].decode("utf-8")  # and a blank line
