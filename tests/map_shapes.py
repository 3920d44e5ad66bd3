"""Shapes on a drawn map that are neither a node nor a tie, found from the glyphs alone.

* An **empty box**: a line that turns twice the same way round no label
  (``┌───┐`` over ``│   │``, or the same on its side or upside down), open
  on its fourth side or closed by a row of nodes or lines: a box that looks
  like a node and is none; or a **hook**, a line that turns back at once
  (``┌┐`` over ``││``), a box top with nothing inside (see :func:`boxes`).
* A **frame**: a line that goes round other things: it turns the same way
  three times in a row (a U, its two runs between the turns 2 cells or more
  and one of them 6 or more), or it runs 6 cells or more between two turns
  along the outer edge of the drawing past a box it does not join (see
  :func:`frames`).
* **Side by side**: two lines running in neighbouring columns (or rows) for
  two cells or more (``││`` over ``││``, ``──`` under ``──``): they read as one
  double line, and which is which cannot be told.

The check knows nothing of the renderer: it reads the cells a canvas shows
(Unicode glyphs), the way tests/map_parser.py does.
"""

from __future__ import annotations

from collections.abc import Sequence

N, E, S, W = 1, 2, 4, 8
#: What each line glyph joins (crossings join all four sides).
JOINS = {
    "│": N | S,
    "┃": N | S,
    "─": E | W,
    "━": E | W,
    "┌": E | S,
    "┏": E | S,
    "┐": W | S,
    "┓": W | S,
    "└": N | E,
    "┗": N | E,
    "┘": N | W,
    "┛": N | W,
    "┼": 15,
    "╋": 15,
    "╂": 15,
    "┿": 15,
}


def joins(cells: Sequence[Sequence[str]], r: int, c: int) -> int:
    if 0 <= r < len(cells) and 0 <= c < len(cells[r]):
        return JOINS.get(cells[r][c], 0)
    return 0


def blank(cells: Sequence[Sequence[str]], r: int, c: int) -> bool:
    return not (0 <= r < len(cells) and 0 <= c < len(cells[r])) or cells[r][c] == " "


def label(cells: Sequence[Sequence[str]], r: int, c: int) -> bool:
    """Is the cell part of a node's box (a bracket or a letter: neither a line nor blank)?"""
    return 0 <= r < len(cells) and 0 <= c < len(cells[r]) and cells[r][c] not in JOINS and cells[r][c] != " "


def boxes(cells: Sequence[Sequence[str]]) -> list[tuple[int, int, int, int]]:
    """Every empty box a line draws, as (top, left, bottom, right) of the cells inside it.

    A line that turns twice the same way (a corner, a straight run, a
    corner, both legs on one side: ``┌───┐``, ``└───┘``, or on its side) and
    whose legs both go on straight for a cell or more draws three sides of a
    rectangle (``┌───┐`` over ``│   │``). It reads as a box, a node that is
    none, open below or not, when no label stands inside it (lines may cross
    it) nor in its mouth (the cells between the legs just past the shorter
    one: a tie reaching over to a node has the node's box there); and so
    does one whose legs reach, beside blank cells, a row (or column) of nodes
    or lines that closes it but for one cell. An inside one column wide reads
    as two lines side by side, not as a box (cells are twice as tall as
    wide), and is left to :func:`side_by_side`. A line that turns back at
    once (two corners side by side: ``┌┐`` over ``││``, or on its side) is
    the top of a box all the same: a *hook*, given as the rectangle of its
    two corners.
    """
    found: set[tuple[int, int, int, int]] = set()
    for r, row in enumerate(cells):
        for c, _ in enumerate(row):
            mask = joins(cells, r, c)
            # a hook: the line turns back at once, two corners side by side (``┌┐`` over ``││``): the top of a
            # box with nothing inside, given as the rectangle of its two corners
            if (mask, joins(cells, r, c + 1)) in ((E | S, W | S), (E | N, W | N)):
                found.add((r, c, r, c + 1))
            if (mask, joins(cells, r + 1, c)) in ((S | E, N | E), (S | W, N | W)):
                found.add((r, c, r + 1, c))
            for along, leg in ((E, S), (E, N), (S, E), (S, W)):
                if mask != along | leg:
                    continue
                # unit steps along the run
                ar, ac = (0, 1) if along == E else (1, 0)
                through = (E | W) if along == E else (N | S)
                end = 1
                while joins(cells, r + ar * end, c + ac * end) & through == through:
                    end += 1
                if joins(cells, r + ar * end, c + ac * end) != ({E: W, S: N}[along] | leg) or end < 2:
                    continue
                run = [(r + ar * k, c + ac * k) for k in range(1, end)]
                corners = ((r, c), (r + ar * end, c + ac * end))
                found.update(_three_sides(cells, run, corners, along, leg) + _closed(cells, run, corners, along, leg))
    return sorted(found)


#: Unit steps (row, column) of each direction.
STEP = {S: (1, 0), N: (-1, 0), E: (0, 1), W: (0, -1)}

Run = list[tuple[int, int]]
Corners = tuple[tuple[int, int], tuple[int, int]]


def _three_sides(cells, run: Run, corners: Corners, along: int, leg: int) -> list[tuple[int, int, int, int]]:
    """The run, its corners and their legs as three sides of a box with no label inside nor in its mouth."""
    lr, lc = STEP[leg]
    straight = (N | S) if leg in (N, S) else (E | W)
    # how far both legs go on straight (through crossings) past their corners
    depth = min(
        next(
            d
            for d in range(len(cells) + len(cells[0]))
            if joins(cells, y + lr * (d + 1), x + lc * (d + 1)) & straight != straight
        )
        for y, x in corners
    )
    wide = len(run) if along == E else depth  # the inside's width in columns
    if depth < 1 or wide < 2:
        return []
    # the inside, and the mouth a step further
    if any(label(cells, y + lr * d, x + lc * d) for y, x in run for d in range(1, depth + 2)):
        return []  # a tie reaching over to a node, or round it
    ys = [y + lr * d for y, _ in run for d in (1, depth)]
    xs = [x + lc * d for _, x in run for d in (1, depth)]
    return [(min(ys), min(xs), max(ys), max(xs))]


def _closed(cells, run: Run, corners: Corners, along: int, leg: int) -> list[tuple[int, int, int, int]]:
    """The run, its corners and their legs beside blank cells up to a row of nodes or lines that closes them
    but for one cell."""
    lr, lc = STEP[leg]
    back = {S: N, N: S, E: W, W: E}[leg]
    depth = 1
    while True:
        layer = [(y + lr * depth, x + lc * depth) for y, x in run]
        legs = [(y + lr * depth, x + lc * depth) for y, x in corners]
        if not all(0 <= y < len(cells) and 0 <= x < len(cells[y]) for y, x in layer + legs):
            return []
        if any(blank(cells, y, x) for y, x in legs):
            return []
        if all(blank(cells, y, x) for y, x in layer):
            if not all(joins(cells, y, x) & (leg | back) == (leg | back) for y, x in legs):
                return []  # a leg turned away or ended beside the blank cells
            depth += 1
            continue
        wide = len(run) if along == E else depth - 1
        if depth > 1 and wide >= 2 and sum(blank(cells, y, x) for y, x in layer) <= 1:
            ys = [y + lr for y, _ in run] + [y + lr * (depth - 1) for y, _ in run]
            xs = [x + lc for _, x in run] + [x + lc * (depth - 1) for _, x in run]
            return [(min(ys), min(xs), max(ys), max(xs))]
        return []


def side_by_side(cells: Sequence[Sequence[str]], run: int = 2) -> list[tuple[int, int, str]]:
    """Where two lines run next to each other for ``run`` cells or more: (row, column, "v" or "h") of its start."""
    found = []
    for r, row in enumerate(cells):
        for c, _ in enumerate(row):
            if all(
                joins(cells, r + k, c) & (N | S) == (N | S) and joins(cells, r + k, c + 1) & (N | S) == (N | S)
                for k in range(run)
            ) and not (joins(cells, r - 1, c) & (N | S) == (N | S) and joins(cells, r - 1, c + 1) & (N | S) == (N | S)):
                found.append((r, c, "v"))
            if all(
                joins(cells, r, c + k) & (E | W) == (E | W) and joins(cells, r + 1, c + k) & (E | W) == (E | W)
                for k in range(run)
            ) and not (joins(cells, r, c - 1) & (E | W) == (E | W) and joins(cells, r + 1, c - 1) & (E | W) == (E | W)):
                found.append((r, c, "h"))
    return found


def frames(paths: Sequence[Sequence[tuple[int, int]]], nodes: Sequence[tuple[int, int, int]]) -> list[int]:
    """The lines (indices into ``paths``, each a tie's cells from one end, as tests/map_parser.py reads
    them) that go round other things: three turns the same way in a row whose two runs between them are
    2 cells or more, one of them 6 or more (a U); or a run of 6 cells or more between two turns on the
    drawing's outer row or column past a box (``nodes``: row, first, last) the line does not join."""

    def joined(node: tuple[int, int, int], cell: tuple[int, int]) -> bool:
        (row, first, last), (r, c) = node, cell
        return (abs(r - row) == 1 and first <= c <= last) or (r == row and c in (first - 1, last + 1))

    reached = [node for node in nodes if any(joined(node, path[0]) or joined(node, path[-1]) for path in paths)]
    rows = [r for path in paths for r, _ in path] + [row for row, _, _ in reached]
    columns = [c for path in paths for _, c in path] + [c for _, first, last in reached for c in (first, last)]
    if not rows:
        return []
    found = []
    for index, path in enumerate(paths):
        steps = [(b[0] - a[0], b[1] - a[1]) for a, b in zip(path, path[1:], strict=False)]
        # (cell index, turn: 1 one way round, -1 the other) wherever the step changes
        turns = [
            (i + 1, 1 if before[0] * after[1] > before[1] * after[0] else -1)
            for i, (before, after) in enumerate(zip(steps, steps[1:], strict=False))
            if before != after
        ]
        u = any(
            a[1] == b[1] == c[1] and min(b[0] - a[0], c[0] - b[0]) >= 2 and max(b[0] - a[0], c[0] - b[0]) >= 6
            for a, b, c in zip(turns, turns[1:], turns[2:], strict=False)
        )
        others = [node for node in reached if not (joined(node, path[0]) or joined(node, path[-1]))]
        edge = False
        for (start, _), (end, _) in zip(turns, turns[1:], strict=False):
            (r0, c0), (r1, c1) = path[start], path[end]
            if end - start < 6:
                continue
            if r0 == r1 and r0 in (min(rows), max(rows)):
                edge |= any(last >= min(c0, c1) and first <= max(c0, c1) for _, first, last in others)
            elif c0 == c1 and c0 in (min(columns), max(columns)):
                edge |= any(min(r0, r1) <= row <= max(r0, r1) for row, _, _ in others)
        if u or edge:
            found.append(index)
    return found


def wiggles(paths: Sequence[Sequence[tuple[int, int]]]) -> list[int]:
    """The lines (indices into ``paths``, each a tie's cells from one end) that go one way, back, and that
    way again (down, up, down: ``┏━┓`` over ``┗━┛``), a small loop that reads as a knot."""
    found = []
    for index, path in enumerate(paths):
        ways: list[tuple[int, int]] = []
        for (r0, c0), (r1, c1) in zip(path, path[1:], strict=False):
            way = (r1 - r0, c1 - c0)
            if not ways or ways[-1] != way:
                ways.append(way)
        # a run whose opposite way the line went before it and goes again after it
        if any((-r, -c) in ways[:k] and (-r, -c) in ways[k + 1 :] for k, (r, c) in enumerate(ways)):
            found.append(index)
    return found
