"""Shapes on a drawn map that are neither a node nor a tie, found from the glyphs alone.

* An **empty box**: a line that turns twice the same way round nothing
  (``┌───┐`` over ``│   │``, or the same on its side or upside down) and
  whose legs reach a row of nodes or lines that closes it: a box that looks
  like a node and is none; or a **hook**, a line that turns back at once
  (``┌┐`` over ``││``), a box top with nothing inside (see :func:`boxes`).
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


def boxes(cells: Sequence[Sequence[str]]) -> list[tuple[int, int, int, int]]:
    """Every empty box a line closes, as (top, left, bottom, right) of the blank cells inside it.

    A line that turns twice the same way (a corner, a straight run, a
    corner, both legs on one side: ``┌───┐``, ``└───┘``, or on its side) has
    blank cells all along the inside of its run. Its legs go on beside the
    blank rows (columns) until, on the first row that is not blank between
    them, both legs still stand and at most one cell between them is blank:
    the run, the legs and that row close an empty box (a gap of one cell
    does not open it to the eye). A box whose inside is one column wide
    reads as two lines side by side, not as a box (cells are twice as tall
    as wide), and is left to :func:`side_by_side`. A line that turns back at
    once (two corners side by side: ``┌┐`` over ``││``, or on its side) is
    the top of a box all the same: a *hook*, given as the rectangle of its
    two corners.
    """
    found = []
    for r, row in enumerate(cells):
        for c, _ in enumerate(row):
            mask = joins(cells, r, c)
            # a hook: the line turns back at once, two corners side by side (``┌┐`` over ``││``): the top of a
            # box with nothing inside, given as the rectangle of its two corners
            if (mask, joins(cells, r, c + 1)) in ((E | S, W | S), (E | N, W | N)):
                found.append((r, c, r, c + 1))
            if (mask, joins(cells, r + 1, c)) in ((S | E, N | E), (S | W, N | W)):
                found.append((r, c, r + 1, c))
            for along, leg in ((E, S), (E, N), (S, E), (S, W)):
                if mask != along | leg:
                    continue
                # unit steps along the run and along the legs
                ar, ac = (0, 1) if along == E else (1, 0)
                lr, lc = {S: (1, 0), N: (-1, 0), E: (0, 1), W: (0, -1)}[leg]
                back = {S: N, N: S, E: W, W: E}[leg]
                through = (E | W) if along == E else (N | S)
                end = 1
                while joins(cells, r + ar * end, c + ac * end) & through == through:
                    end += 1
                if joins(cells, r + ar * end, c + ac * end) != ({E: W, S: N}[along] | leg) or end < 2:
                    continue
                inside = [(r + ar * k, c + ac * k) for k in range(1, end)]
                corners = ((r, c), (r + ar * end, c + ac * end))
                depth = 1
                while True:
                    layer = [(y + lr * depth, x + lc * depth) for y, x in inside]
                    legs = [(y + lr * depth, x + lc * depth) for y, x in corners]
                    if not all(0 <= y < len(cells) and 0 <= x < len(cells[y]) for y, x in layer + legs):
                        break
                    if any(blank(cells, y, x) for y, x in legs):
                        break
                    if all(blank(cells, y, x) for y, x in layer):
                        if not all(joins(cells, y, x) & (leg | back) == (leg | back) for y, x in legs):
                            break  # a leg turned away or ended beside the blank cells
                        depth += 1
                        continue
                    wide = len(inside) if along == E else depth - 1
                    if depth > 1 and wide >= 2 and sum(blank(cells, y, x) for y, x in layer) <= 1:
                        ys = [y + lr for y, _ in inside] + [y + lr * (depth - 1) for y, _ in inside]
                        xs = [x + lc for _, x in inside] + [x + lc * (depth - 1) for _, x in inside]
                        found.append((min(ys), min(xs), max(ys), max(xs)))
                    break
    return found


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
