"""The file's layout: the lines written directly are the very bytes tomli-w writes."""

from __future__ import annotations

import tomllib

import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from tui.core import toml_text

KEYS = st.one_of(st.sampled_from(["name", "id", "power_bases", "x-1"]), st.text(max_size=8))
SCALARS = st.one_of(
    st.text(), st.integers(), st.booleans(), st.sampled_from(["ก่อน\tหลัง", 'a"b', "a\\b", "\x7f", "\x1b[2J"])
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=4), st.lists(st.lists(st.integers(), max_size=2), max_size=2))


@given(KEYS, VALUES)
def test_a_line_is_what_tomli_w_writes(key: str, value: object) -> None:
    multiline = not toml_text._carries_return(value)  # tomli-w's multi-line strings drop a carriage return
    assert toml_text._line(key, value) == tomli_w.dumps({key: value}, multiline_strings=multiline)


def test_a_carriage_return_reads_back() -> None:
    """tomli-w writes "a\r\nb" as a multi-line string, and a reader takes its line break as
    "\n": a text pasted with Windows line breaks lost them. Such a text goes on one line."""
    for value in ("\r\n", "a\r\nb", ["x\r"], {"y": "\r\n"}):
        assert tomllib.loads(toml_text.dumps({"t": {"name": value}})) == {"t": {"name": value}}


@given(st.dictionaries(KEYS, VALUES, max_size=5))
def test_a_document_reads_back_as_written(doc: dict) -> None:
    assert tomllib.loads(toml_text.dumps({"t": doc})) == {"t": doc}


def test_a_key_ending_in_a_line_break_is_quoted() -> None:
    """A key's pattern once matched up to a line break at its end ("$"), and wrote the key
    bare: the file could not be read back. Found by the test above."""
    for key in ("0\n", "name\n"):
        assert tomllib.loads(toml_text.dumps({"t": {key: ""}})) == {"t": {key: ""}}
        assert tomllib.loads(toml_text._line(key, 1)) == {key: 1}


def test_text_with_line_breaks_is_still_a_multi_line_string() -> None:
    assert toml_text._line("objective", "บรรทัดแรก\nสอง") == 'objective = """\nบรรทัดแรก\nสอง"""\n'
