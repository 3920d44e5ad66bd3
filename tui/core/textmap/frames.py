"""Frames: ties that go round other things, a shape that reads as neither a node nor a tie.

A tie that turns the same way three times in a row (east, north, west, south)
wraps three sides of a rectangle round whatever stands inside it; and one that
runs along the outer edge of the drawing, between two of its turns, draws the
drawing's border. Either reads as a frame round the boxes it passes, not as a
line from one stakeholder to another (the Thai sample's map at 80 x 24: a tie
up from one box, along the top and down the right edge into its neighbour).

* a **U**: three turns of the same sense in a row, the two runs between them
  each :data:`U_LEG` cells or more, and one of them :data:`U_SPAN` or more;
* an **edge run**: a run between two turns of at least :data:`EDGE_RUN` cells
  on the outermost row or column of the drawing (the ties and the boxes of
  the stakeholders that have ties; isolates stand on a row of their own)
  that passes a box that is neither end of its tie (beside it in the run's
  columns, or rows): it goes round that box.

:func:`frames` finds them from each tie's cells alone; the router's drawings
count them as they count crossings (``draw.py``), and tests/map_shapes.py
finds them again from the glyphs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: The shortest runs between the turns of a U (a tighter one is a jog or a hook, counted elsewhere).
U_LEG = 2
#: A U is a frame when one of its runs between turns is this long.
U_SPAN = 6
#: A run between two turns along the drawing's outer edge, past a box that is neither end of its tie, is a
#: frame from this long (with no other box beside it, it reaches over to a neighbour: up, along, down).
EDGE_RUN = 6

Cell = tuple[int, int]
#: A node's box: row, first column, last column.
Span = tuple[int, int, int]


def corners(path: Sequence[Cell]) -> list[tuple[int, int]]:
    """Where ``path`` turns: (index in the path, +1 for a turn one way round, -1 the other)."""
    found = []
    for i in range(1, len(path) - 1):
        (r0, c0), (r1, c1), (r2, c2) = path[i - 1], path[i], path[i + 1]
        before, after = (r1 - r0, c1 - c0), (r2 - r1, c2 - c1)
        if before != after:
            cross = before[0] * after[1] - before[1] * after[0]
            found.append((i, 1 if cross < 0 else -1))
    return found


def frame_cells(path: Sequence[Cell], edges: tuple[int, int, int, int], others: Sequence[Span]) -> frozenset[Cell]:
    """The cells of the runs that make ``path`` a frame (none: it is not one): its U's runs between turns,
    and its runs between turns on the drawing's outer edge ``edges`` (top, left, bottom, right) that pass
    one of the boxes ``others`` (those of the stakeholders it does not join)."""
    turns = corners(path)
    found: set[Cell] = set()
    for (i1, s1), (i2, s2), (i3, s3) in zip(turns, turns[1:], turns[2:], strict=False):
        legs = (i2 - i1, i3 - i2)
        if s1 == s2 == s3 and min(legs) >= U_LEG and max(legs) >= U_SPAN:
            found.update(path[i1 : i3 + 1])
    top, left, bottom, right = edges
    for (start, _), (end, _) in zip(turns, turns[1:], strict=False):
        (r0, c0), (r1, c1) = path[start], path[end]
        if end - start < EDGE_RUN:
            continue
        if r0 == r1 and r0 in (top, bottom):
            low, high = sorted((c0, c1))
            passed = any(last >= low and first <= high for _, first, last in others)
        elif c0 == c1 and c0 in (left, right):
            low, high = sorted((r0, r1))
            passed = any(low <= row <= high for row, _, _ in others)
        else:
            passed = False
        if passed:
            found.update(path[start : end + 1])
    return frozenset(found)


def frames(
    paths: Mapping[int, Sequence[Cell]], boxes: Sequence[Span], ends: Mapping[int, tuple[int, int]]
) -> dict[int, frozenset[Cell]]:
    """The ties that are frames, each with the cells that make it one. ``boxes``: the boxes of the
    stakeholders that have ties (with every tie's cells, the drawing's extent); ``ends``: each tie's two
    boxes (indices into ``boxes``)."""
    every = [cell for path in paths.values() for cell in path]
    every += [(row, c) for row, first, last in boxes for c in (first, last)]
    if not every:
        return {}
    rows = [r for r, _ in every]
    columns = [c for _, c in every]
    edges = (min(rows), min(columns), max(rows), max(columns))
    found = {}
    for tie, path in paths.items():
        others = [box for i, box in enumerate(boxes) if i not in ends[tie]]
        cells = frame_cells(path, edges, others)
        if cells:
            found[tie] = cells
    return found


__all__ = ["EDGE_RUN", "U_LEG", "U_SPAN", "corners", "frame_cells", "frames"]
