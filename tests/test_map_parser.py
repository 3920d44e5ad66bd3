"""The parser of tests/map_parser.py is strict: it refuses the drawings other tools make.

If the parser accepted a merged junction or a dangling line, the round-trip
tests would prove nothing. These drawings are written by hand.
"""

from __future__ import annotations

import pytest
from map_parser import ParseError, legend_names, parse

from tui.core.textmap.render import _number_lines

OK = """\
[A]───[B]
 │     ┃
 └─(C)━┛
"""


def test_a_hand_drawn_map_reads_back():
    parsed = parse(OK)
    assert sorted(parsed.ties) == [("A", "B", "weak"), ("A", "C", "weak"), ("B", "C", "strong")]
    assert {n.kind for n in parsed.nodes} == {"node", "individual"}


def test_a_crossing_joins_nothing():
    parsed = parse("   [A]\n    │\n[B]─┼─[C]\n    │\n   [D]\n")
    assert sorted(parsed.ties) == [("A", "D", "weak"), ("B", "C", "weak")]
    assert parsed.crossings == 1


#: Worked by hand: A's tie to C (out of its right side, down) and its tie to B (out of its bottom, along
#: row 2, up) cross at row 2, column 5, two ties of one stakeholder; D-G and E-F cross at column 14 and have
#: no end in common. A straight-line drawing can only have the second kind.
TWO_KINDS = """\
[A]──┐ [B]   [D]
 │   │  │     │
 └───┼──┘ [E]─┼─[F]
     │        │
    [C]      [G]
"""


def test_crossings_are_counted_both_ways_all_and_those_of_ties_with_no_end_in_common():
    parsed = parse(TWO_KINDS)
    assert sorted((a, b) for a, b, _ in parsed.ties) == [("A", "B"), ("A", "C"), ("D", "G"), ("E", "F")]
    assert parsed.crossings == 2
    assert parsed.crossings_apart == 1
    assert parse("   [A]\n    │\n[B]─┼─[C]\n    │\n   [D]\n").crossings_apart == 1


def test_labels_are_read_through_the_legend_and_thai_takes_its_cells():
    text = "[กลุ่มเกษ…]──[นายก ทม.]\n\nLegend:\n  กลุ่มเกษ… = กลุ่มเกษตรอินทรีย์\n"
    parsed = parse(text)
    assert parsed.ties == [("กลุ่มเกษตรอินทรีย์", "นายก ทม.", "weak")]
    assert parsed.width == 21  # Thai marks take no cell


@pytest.mark.parametrize(
    ("drawing", "complaint"),
    [
        ("[A]──┬──[B]\n     │\n    [C]\n", "'┬'"),  # a merged junction: never a glyph of ours
        ("[A]───  [B]\n", "in the open"),  # a line that stops
        ("[A]─━─[B]\n", "strength"),  # weak turning strong
        ("[A]───[B]\n  │\n", "in the open"),  # a stray line hanging from A
        ("[A]──[B\n", "never closed"),
        ("[A]──]\n", "closes nothing"),
        ("[A]─x─[B]\n", "'x'"),
        ("[A]──┐\n     ├─[B]\n     └─[C]\n", "'├'"),
    ],
)
def test_ambiguous_or_broken_drawings_are_refused(drawing, complaint):
    with pytest.raises(ParseError, match=complaint):
        parse(drawing)


def test_a_glyph_no_tie_uses_is_refused():
    with pytest.raises(ParseError, match="belongs to 0 ties"):
        parse("[A]──[B]\n\n  ─── \n")


def test_ascii_corners_turn_like_mirrors():
    parsed = parse("[A]--\\\n     |\n[B]==/\n".replace("[B]==/", "[B]--/"))
    assert parsed.ties == [("A", "B", "weak")]


#: A bus (rule 6), worked by hand: A's weak line leaves through ● and branches to B, C and D; E's tie to F
#: crosses the strong bus from G, which branches to H and I.
BUSES = """\
   [A]
    ●
 ┌──┴──┬───┐
 │     │   │
[B]   [C] [D]

   [G]    [E]
    ●      │
 ┏━━┻━━┓   │
 ┃     ┃   │
 ┃     ┗━━━┿━┓
 ┃         │ ┃
[H]       [F][I]
"""


def test_a_bus_is_a_tie_from_its_root_to_every_box_it_reaches():
    parsed = parse(BUSES)
    assert sorted(parsed.ties) == [
        ("A", "B", "weak"),
        ("A", "C", "weak"),
        ("A", "D", "weak"),
        ("E", "F", "weak"),
        ("G", "H", "strong"),
        ("G", "I", "strong"),
    ]
    assert parsed.buses == 2
    # E-F crosses the branch of G's bus that carries G-I only: two ties with no end in common
    assert parsed.crossings == parsed.crossings_apart == 1


@pytest.mark.parametrize(
    ("drawing", "complaint"),
    [
        ("   [A]\n    ●\n ┌──┻──┐\n │     │\n[B]   [C]\n", "changes strength"),
        ("   [A]\n   ●\n[B]┴─┐\n     │\n    [C]\n", "next to a box"),
        ("   [A]\n    │\n ┌──┴──┐\n │     │\n[B]   [C]\n", "'┴'"),  # a branch with no ● is no bus
        ("   [A]\n    ●\n ┌──┴──┐\n │     │\n[B      ]\n", "twice"),
    ],
)
def test_a_bus_that_is_not_one_is_refused(drawing, complaint):
    with pytest.raises(ParseError, match=complaint):
        parse(drawing)


def test_a_numbered_maps_names_are_read_from_their_columns():
    """A numbered map's legend stands in columns (tui/core/textmap/render.py), worked out by hand here: 40
    cells hold three columns of the widest entry, ``10 = dddd``, so four names take two lines."""
    lines = _number_lines([("1", "a"), ("2", "bb b"), ("3", "c"), ("10", "dddd")], 40)
    assert lines == ["  1  = a      3  = c", "  2  = bb b   10 = dddd"]
    assert legend_names(lines) == {"1": "a", "2": "bb b", "3": "c", "10": "dddd"}
    # too narrow for two columns: one name a line, as every other map's short labels
    assert _number_lines([("1", "a"), ("10", "dddd")], 20) == ["  1  = a", "  10 = dddd"]
