"""A dense network drawn along a line (docs/MAP.md, "Dense networks"), checked from the outside.

Every box on one row, every tie an arc above or below it: the drawing must
read back through tests/map_parser.py as exactly the workbook's ties (doubled
ties included), close no empty box and have no hook, and two ties must cross
exactly when their ends interleave along the row on the same side of it —
worked out here from the parsed boxes and lines, not taken from the renderer.
"""

from __future__ import annotations

import networkx as nx
import pytest
from map_parser import parse
from map_shapes import boxes
from test_map_exact import assert_exact, mixed

from tui.core import model
from tui.core.textmap import MapOptions, View, render
from tui.core.vocab import Strength


def dense(count: int, ties: int, seed: int, doubled: int = 0) -> model.Workbook:
    """``count`` stakeholders with ``ties`` ties at random (every kind, both strengths), the first ``doubled``
    of them drawn twice."""
    workbook = mixed(nx.gnm_random_graph(count, ties, seed=seed), seed)
    for k, tie in enumerate(workbook.ties[:doubled]):
        workbook.ties.append(model.Tie(f"t{900 + k}", tie.a, tie.b, strength=Strength.STRONG))
    return workbook


#: Dense enough (three ties a stakeholder, more than 60) to be drawn along a line, not so dense that the
#: line crosses more than twice a tie.
CASES = {"17-66": (17, 66, 1), "16-62-doubled": (16, 62, 2, 3), "18-64": (18, 64, 3, 1)}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_dense_network_is_drawn_along_a_line_and_reads_back(case):
    workbook = dense(*CASES[case])
    assert len(workbook.ties) > 60 and len(workbook.ties) >= 3 * len(workbook.stakeholders)
    options = MapOptions(width=160)
    canvas, parsed = assert_exact(workbook, options, render(workbook, options))
    assert canvas.view is View.FULL
    assert len({box.row for box in canvas.nodes}) == 1
    assert boxes(canvas.cells) == []


def _side_and_span(path, row: int, left_of) -> tuple[int, tuple[float, float]]:
    """Which side of the row of boxes a line runs on (-1 above, 1 below) and where its two ends are along it."""
    side = -1 if path[0][0] < row else 1
    assert all((r < row) == (side < 0) for r, _ in path), "a line crosses the row of boxes"
    ends = sorted((left_of(path[0][1]), left_of(path[-1][1])))
    return side, (ends[0], ends[1])


@pytest.mark.parametrize("case", sorted(CASES))
def test_two_ties_cross_exactly_when_their_ends_interleave_on_one_side(case):
    canvas = render(dense(*CASES[case]), MapOptions(width=160))
    parsed = parse(canvas.text())
    row = canvas.nodes[0].row
    starts = sorted(box.col for box in canvas.nodes)

    def place(column: int) -> float:
        """The box a port column stands over, and where on it: box index plus a fraction."""
        box = max(i for i, start in enumerate(starts) if start <= column)
        return box + (column - starts[box]) / 1000

    drawn = [_side_and_span(path, row, place) for path in parsed.paths]
    cells = [set(path) for path in parsed.paths]
    found = 0
    for i in range(len(drawn)):
        for j in range(i + 1, len(drawn)):
            (side_a, (a0, a1)), (side_b, (b0, b1)) = drawn[i], drawn[j]
            shared_box = {int(a0), int(a1)} & {int(b0), int(b1)}
            interleave = side_a == side_b and not shared_box and (a0 < b0 < a1 < b1 or b0 < a0 < b1 < a1)
            crossed = len(cells[i] & cells[j])
            assert crossed == (1 if interleave else 0), (parsed.ties[i], parsed.ties[j], canvas.text())
            found += crossed
    assert found == parsed.crossings > 0
