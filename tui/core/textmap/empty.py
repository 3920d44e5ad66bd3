"""Empty boxes: a line that draws a rectangle with nothing in it reads as a node that is none.

A tie that turns twice the same way (``┌───┐``) with blank cells inside, its legs reaching a row of nodes or
lines that closes it, or three sides of one with no label inside (``┌───┐`` over ``│   │``), or a line that
turns back at once (``┌┐`` over ``││``, a hook) looks like a box on the map (docs/MAP.md). The router keeps
them out (``draw.py``), and so does spreading a drawing apart (``spread.py``); tests/map_shapes.py finds them
again from the glyphs.
"""

from __future__ import annotations

from tui.core.textmap.glyphs import HORIZONTAL, VERTICAL, E, N, S, W
from tui.core.textmap.route import Grid


def empty_boxes(grid: Grid) -> list[tuple[int, frozenset[int]]]:
    """Ties that close an empty box or turn back in a hook, each with the cells of its run and the box's
    inside (a hook: its two corners).

    A tie that turns twice the same way (a corner, a straight run, a corner,
    both legs on one side) with only blank cells along the inside of its run
    closes a box when its legs reach, beside the blank rows, a row (or
    column) that is drawn between them but for at most one cell: that box,
    when its inside is two columns wide or more, looks like a node and is
    none (docs/MAP.md; one column of blanks between two lines reads as two
    lines). Node cells count as drawn.
    """
    width, height = grid.width, grid.height
    joins = [0] * (width * height)
    drawn = bytearray(width * height)
    for cell, uses in grid.uses.items():
        joins[cell] = uses[0][1] if len(uses) == 1 else 15
        drawn[cell] = 1
    for box in grid.boxes:  # node cells (a line never runs on one)
        first = box.row * width + box.col
        drawn[first : first + box.width] = b"\x01" * box.width

    def at(r: int, c: int) -> int:
        return r * width + c if 0 <= r < height and 0 <= c < width else -1

    found: list[tuple[int, frozenset[int]]] = []
    steps = {N: (-1, 0), S: (1, 0), E: (0, 1), W: (0, -1)}
    for cell, uses in grid.uses.items():
        if len(uses) != 1:
            continue
        tie, mask = uses[0]
        r, c = divmod(cell, width)
        # a hook: a line turning back at once (two corners side by side, ``┌┐`` over ``││``) reads as the top
        # of a box
        for first, second, beside in (
            (E | S, W | S, 1),
            (E | N, W | N, 1),
            (S | E, N | E, width),
            (S | W, N | W, width),
        ):
            other = cell + beside
            if mask == first and (beside == width or c + 1 < width) and joins[other] == second:
                found.append((tie, frozenset((cell, other))))
        for along, leg in ((E, S), (E, N), (S, E), (S, W)):
            if mask != along | leg:
                continue
            ar, ac = steps[along]
            lr, lc = steps[leg]
            through = HORIZONTAL if along == E else VERTICAL
            end = 1
            while (k := at(r + ar * end, c + ac * end)) >= 0 and joins[k] & through == through:
                end += 1
            last = at(r + ar * end, c + ac * end)
            if end < 2 or last < 0 or joins[last] != (W if along == E else N) | leg:
                continue
            run = [(r + ar * k, c + ac * k) for k in range(1, end)]
            corners = ((r, c), (r + ar * end, c + ac * end))
            if grid.three_sides and _three_sides(grid, joins, run, corners, along, leg):
                found.append((tie, frozenset([at(y, x) for y, x in run])))
                continue
            inside: list[int] = []
            depth = 1
            while True:
                layer = [at(y + lr * depth, x + lc * depth) for y, x in run]
                legs = [at(y + lr * depth, x + lc * depth) for y, x in corners]
                if min(layer + legs) < 0 or not all(drawn[k] for k in legs):
                    break
                if not any(drawn[k] for k in layer):
                    if not all(
                        joins[k] & VERTICAL == VERTICAL if along == E else joins[k] & HORIZONTAL == HORIZONTAL
                        for k in legs
                    ):
                        break
                    inside += layer
                    depth += 1
                    continue
                wide = len(run) if along == E else depth - 1  # the inside's width in columns
                if depth > 1 and wide >= 2 and sum(1 for k in layer if not drawn[k]) <= 1:
                    found.append((tie, frozenset([at(y, x) for y, x in run] + inside)))
                break
    return found


def _three_sides(
    grid: Grid, joins: list[int], run: list[tuple[int, int]], corners: tuple[tuple[int, int], ...], along: int, leg: int
) -> bool:
    """Do a tie's run, its two corners and their legs (each going on straight a cell or more) draw three
    sides of a box with no node inside nor in its mouth (the cells between the legs just past the shorter)?
    ``┌───┐`` over ``│   │`` reads as a box, open below or not; a tie reaching over to a node has the node's
    box in its mouth. An inside one column wide reads as two lines, not as a box."""
    width, height, node = grid.width, grid.height, grid.node
    lr, lc = {N: (-1, 0), S: (1, 0), E: (0, 1), W: (0, -1)}[leg]
    straight = VERTICAL if leg in (N, S) else HORIZONTAL
    depth = height + width
    for y, x in corners:  # the shorter leg's straight cells (crossings included)
        d = 0
        while d < depth:
            ny, nx = y + lr * (d + 1), x + lc * (d + 1)
            if not (0 <= ny < height and 0 <= nx < width) or joins[ny * width + nx] & straight != straight:
                break
            d += 1
        depth = d
    if depth < 1 or (len(run) if along == E else depth) < 2:
        return False
    for y, x in run:
        for d in range(1, depth + 2):
            ny, nx = y + lr * d, x + lc * d
            if 0 <= ny < height and 0 <= nx < width and node[ny * width + nx] >= 0:
                return False  # a tie reaching over to a node, or round it
    return True
