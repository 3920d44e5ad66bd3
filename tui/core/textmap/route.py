"""Routing ties on the character grid: one A* search per tie, in a fixed order.

The grid knows, for every cell, whether a node stands on it and which tie
owns it. A tie is a path of cells from a *port* of one node (a cell touching
the node's box: above or below any of its cells, or left or right of it) to a
port of the other. Rules that make every drawing exact:

* a tie owns its cells: no other tie may run along them, turn in them or
  start in them;
* the only shared cell is a crossing: a straight cell of one tie that another
  tie passes straight through at right angles (never at a port, never at a
  corner, never a second time);
* a tie leaves and enters a node straight (its port cell points into the
  node), so no corner ever touches a box;
* node cells are walls — a line never touches a node except at its own ports,
  so a line passing by can never be read as ending there.

Costs: a step 1, a bend :data:`BEND`, a crossing :data:`CROSS`, a step next
to a node that is neither end :data:`NEAR`, a bend right after a bend the
same way round :data:`HOOK` (a hook reads as the top of a box), a step beside another line
running the same way :data:`SIDE` (two lines side by side read as one; not
on a dense map, where it would cost crossings, but there a port beside a line
leaving the same way :data:`LEAVE` where the caller asks). The heuristic is the Manhattan
distance to the target's ring of ports, which never overestimates, so each tie
gets a cheapest path given the ties before it. Ties are routed shortest
first (then in workbook order); the heap breaks ties between equal costs by
cell number, so the same input always gives the same drawing.
"""

from __future__ import annotations

import contextlib
import heapq
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from tui.core.textmap.glyphs import HORIZONTAL, OPPOSITE, VERTICAL, E, N, S, W

#: Costs are whole numbers: the search packs a cost and a state into one integer heap entry.
BEND = 3
CROSS = 20
#: On an overview (a few wide cluster boxes, lines that cross seldom) a crossing costs less: the search
#: that would avoid one costs more than it gains there.
OVERVIEW_CROSS = 14
NEAR = 2
#: Extra cost of a step beside a line running the same way (two lines side by side read as one).
SIDE = 2
#: ... of a port beside a line running the same way, where a step beside one costs nothing (a map of more than
#: two ties a stakeholder) and a hub's box has room for its lines a cell apart (see ``draw.grid_widths``).
LEAVE = 2
#: Extra cost of running through another node's port.
PORT = 2
#: Extra cost of a bend right after a bend the same way round (a hook, ``┌┐`` over ``││``: a box's top).
HOOK = 30
#: A tie may run through a node's port only while the node keeps this many ports to spare.
SPARE = 3
#: A search gives up after this many steps per cell of the grid (a failing search would visit them all).
SEARCH_BUDGET = 4


class Budget:
    """Search steps left for one whole drawing: counted, not timed, so the picture never depends on the machine.

    Spent too once the drawing is no longer wanted (:func:`stopping_when`): the search then ends at its next
    look at the budget, with whatever it has.
    """

    def __init__(self, steps: int) -> None:
        self.left = steps

    @property
    def spent(self) -> bool:
        return self.left <= 0 or stopped()


_unwanted = threading.local()


@contextlib.contextmanager
def stopping_when(unwanted: Callable[[], bool]) -> Iterator[None]:
    """Drawings made in this thread meanwhile stop searching once ``unwanted()`` (the map's drawing worker
    cancelled: the screen left, or the app quitting, which waits for its worker threads)."""
    _unwanted.check = unwanted
    try:
        yield
    finally:
        _unwanted.check = None


def stopped() -> bool:
    """Is the drawing this thread is making no longer wanted? (Its result is then not to be kept.)"""
    check = getattr(_unwanted, "check", None)
    return check is not None and check()


#: Directions in a fixed order, and their index in a search state.
DIRECTIONS = (N, E, S, W)
_INDEX = {d: i for i, d in enumerate(DIRECTIONS)}

FREE = 0
NODE = 1
#: A straight cell of a tie that another tie may cross at right angles.
LINE_H = 2
LINE_V = 3
#: A cell no other tie may use: a corner, a port, a crossing.
TAKEN = 4
#: Grids whose tables of cells (:func:`_rows_and_columns`, :func:`_around`) are kept while a map
#: is drawn. A drawing tries a few grid sizes, and a session's map grows with its workbook, so the
#: sizes seldom come back from one drawing to the next: all 32 kept, a workshop session grew by
#: about a megabyte a round of its worksheet, and four kept between drawings held 2 MB. A table
#: is built again in under a millisecond.
GRIDS_KEPT = 4


def forget_tables() -> None:
    """Let the tables of cells go once a drawing is done (:data:`GRIDS_KEPT`)."""
    _rows_and_columns.cache_clear()
    _around.cache_clear()


@lru_cache(maxsize=GRIDS_KEPT)
def _rows_and_columns(height: int, width: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    size = height * width
    return tuple(cell // width for cell in range(size)), tuple(cell % width for cell in range(size))


#: A cell's kind (:func:`_around`): a bit for each direction a step may take from it, N E S W.
_N, _E, _S, _W = 1, 2, 4, 8


@lru_cache(maxsize=GRIDS_KEPT)
def _around(height: int, width: int) -> tuple[bytes, tuple[tuple[tuple[int, int], ...], ...]]:
    """Per cell its kind, a byte (the directions that stay inside the grid); per kind, the
    (direction index, step to the next cell) of each. A tuple of a cell's steps for each cell
    held about half a megabyte for an 80-column map, of small objects: with the four grids a
    drawing keeps, most of what the drawing's search took at its peak (4.2 MB for the Thai
    sample's map), the allocator's pools held after it."""
    deltas = (-width, 1, width, -1)
    steps = tuple(tuple((d, deltas[d]) for d in range(4) if kind >> d & 1) for kind in range(16))

    def row(vertical: int) -> bytes:
        if width == 1:
            return bytes([vertical])
        return bytes([vertical | _E]) + bytes([vertical | _E | _W]) * (width - 2) + bytes([vertical | _W])

    if height == 1:
        return row(0), steps
    return row(_S) + row(_N | _S) * (height - 2) + row(_N), steps


@dataclass(frozen=True)
class Box:
    """A node's box on the grid: row, first column, width in cells."""

    row: int
    col: int
    width: int

    def ports(self, height: int, width: int) -> list[tuple[int, int, int]]:
        """(row, col, outward direction) of every port inside the grid, in a fixed order."""
        found = []
        if self.row - 1 >= 0:
            found += [(self.row - 1, c, N) for c in range(self.col, self.col + self.width)]
        if self.row + 1 < height:
            found += [(self.row + 1, c, S) for c in range(self.col, self.col + self.width)]
        if self.col - 1 >= 0:
            found.append((self.row, self.col - 1, W))
        if self.col + self.width < width:
            found.append((self.row, self.col + self.width, E))
        return found


class Grid:
    """Cells of the map: who owns each, and the path of every tie routed so far."""

    def __init__(
        self,
        height: int,
        width: int,
        boxes: list[Box],
        degree: list[int],
        budget: Budget | None = None,
        side: int = SIDE,
        cross: int = CROSS,
    ) -> None:
        self.budget = budget if budget is not None else Budget(10**9)
        #: the cost of a step beside a line running the same way (0 on a dense map, where crossings come first)
        self.side = side
        #: the cost of a port beside a line running the same way, where a step beside one costs nothing
        #: (0: none; the caller sets it where hubs have room)
        self.leave = 0
        #: the cost of a crossing
        self.cross = cross
        #: three sides of a box with no label inside count as an empty box (see ``empty.empty_boxes``)
        self.three_sides = True
        self.height = height
        self.width = width
        self.boxes = boxes
        size = height * width
        #: row and column of every cell (cheaper than divmod in the search)
        self.row_of, self.col_of = _rows_and_columns(height, width)
        self.state = [FREE] * size
        #: node index standing on a cell, or -1
        self.node = [-1] * size
        #: node index next to a cell (8 neighbours), -1 for none, -2 for several
        self.near = [-1] * size
        for index, box in enumerate(boxes):
            for c in range(box.col, box.col + box.width):
                cell = box.row * width + c
                self.state[cell] = NODE
                self.node[cell] = index
        for index, box in enumerate(boxes):
            for r in range(box.row - 1, box.row + 2):
                for c in range(box.col - 1, box.col + box.width + 1):
                    if 0 <= r < height and 0 <= c < width:
                        cell = r * width + c
                        if self.node[cell] == -1:
                            self.near[cell] = index if self.near[cell] in (-1, index) else -2
        #: nodes whose port a cell is; ports free minus ties still to route, per node
        self.port_of: list[list[int] | None] = [None] * size
        self.spare = [0] * len(boxes)
        for index, box in enumerate(boxes):
            ports = box.ports(height, width)
            for r, c, _ in ports:
                cell = r * width + c
                here = self.port_of[cell]
                if here is None:
                    here = self.port_of[cell] = []
                here.append(index)
            self.spare[index] = len(ports) - degree[index]
        #: per cell: list of (tie index, connection mask)
        self.uses: dict[int, list[tuple[int, int]]] = {}
        self.paths: dict[int, list[int]] = {}
        #: the cells where a bus leaves its root (see :meth:`commit_bus`)
        self.roots: set[int] = set()
        #: per cell: 1 where a tie runs straight through along the row (the column), crossings included
        self.along_row = bytearray(size)
        self.along_column = bytearray(size)

    # -- searching ---------------------------------------------------------

    def route(self, tie: int, source: int, target: int, avoid: frozenset[int] = frozenset()) -> list[int] | None:
        """The cheapest path of cells from a port of ``source`` to a port of ``target``, or None.

        A path that comes back to a cell it already used (possible where it
        may not turn, e.g. through a crossing) is searched again with that
        cell closed to it, so a tie never touches itself. ``avoid``: cells
        closed to this tie from the start (where it closed an empty box before).
        """
        closed: set[int] = set(avoid)
        for _ in range(8):
            path = self._search(source, target, closed)
            if path is None:
                return None
            seen: set[int] = set()
            again = []
            for cell in path:
                if cell in seen:
                    again.append(cell)
                seen.add(cell)
            if not again:
                return path
            closed.update(again)
        return None

    def _search(self, source: int, target: int, closed: set[int]) -> list[int] | None:
        """A* over (cell, direction of travel); directions are indices 0-3 of :data:`DIRECTIONS` (N E S W).

        Every cost is a whole number, so a heap entry is one integer,
        ``f << shift | state << 1 | arrived`` (state = cell * 4 + direction):
        ordered exactly like the tuple (f, state, arrived), but cheaper to
        compare. Ties between equal costs go to the lower cell number.
        """
        width, height = self.width, self.height
        state, near, port_of, spare = self.state, self.near, self.port_of, self.spare
        row_of, col_of = self.row_of, self.col_of
        along_row, along_column = self.along_row, self.along_column
        side = self.side
        leave = self.leave
        cross = self.cross
        size = width * height
        goal: dict[int, int] = {}
        for r, c, outward in self.boxes[target].ports(height, width):
            cell = r * width + c
            if state[cell] == FREE and cell not in closed:
                goal[cell] = _INDEX[OPPOSITE[outward]]  # we must arrive moving into the node
        if not goal or not self._approachable(goal) or not self._approachable(self._exits(source)):
            return None  # every port is taken or walled in: fail at once rather than search everything
        arrive = bytearray(size)  # per cell: 1 + the direction a tie must move in to end there, 0 if it cannot
        for cell, inward in goal.items():
            arrive[cell] = inward + 1
        box = self.boxes[target]
        top, bottom = box.row - 1, box.row + 1
        left, right = box.col - 1, box.col + box.width
        # the heuristic, split: distance from the target's ring of ports by row and by column
        h_row = [top - r if r < top else r - bottom if r > bottom else 0 for r in range(height)]
        h_col = [left - c if c < left else c - right if c > right else 0 for c in range(width)]
        unknown = -2
        extra = [unknown] * size  # per cell: cost of stepping on it, -1 when closed to this tie

        def penalty(cell: int) -> int:
            if cell in closed:
                return -1
            owner = near[cell]
            cost = 0 if owner == -1 or owner in (source, target) else NEAR
            nodes = port_of[cell]
            if nodes:
                for node in nodes:
                    if spare[node] < SPARE:
                        return -1  # the node needs its remaining ports for its own ties
                    cost += PORT
            return cost

        def beside(cell: int, d: int) -> int:
            """Is there a line running the same way (direction index ``d``) next to the cell? (Not 0: yes.)"""
            if d & 1:
                return (cell >= width and along_row[cell - width]) or (cell + width < size and along_row[cell + width])
            c = col_of[cell]
            return (c > 0 and along_column[cell - 1]) or (c < width - 1 and along_column[cell + 1])

        shift = (size * 8).bit_length()
        mask = (1 << shift) - 1
        infinity = 1 << 60
        best = [infinity] * (size * 4)
        parent: dict[int, int] = {}
        starts: dict[int, int] = {}
        heap: list[int] = []
        for r, c, outward in self.boxes[source].ports(height, width):
            port = r * width + c
            if state[port] != FREE or port in closed:
                continue
            d = _INDEX[outward]
            if goal.get(port) == d:  # the two boxes share this port: a one-cell tie
                return [port]
            nr, nc = r + (d == 2) - (d == 0), c + (d == 1) - (d == 3)
            if not (0 <= nr < height and 0 <= nc < width):
                continue
            nxt = nr * width + nc
            kind = state[nxt]
            crossing = (kind == LINE_V and d & 1) or (kind == LINE_H and not d & 1)
            if kind != FREE and not crossing:
                continue
            if kind == FREE and goal.get(nxt) == d:
                return [port, nxt]
            if kind == FREE:
                cost = penalty(nxt)
                if cost < 0:
                    continue
            else:
                if nxt in closed:
                    continue
                cost = cross
            cost += 2 + (side or leave) * beside(port, d) + side * (kind == FREE and beside(nxt, d))
            key = nxt * 4 + d
            if cost < best[key]:
                best[key] = cost
                starts[key] = port
                heapq.heappush(heap, (cost + h_row[nr] + h_col[nc]) << shift | key << 1)
        push, pop = heapq.heappush, heapq.heappop
        # a search gives up after SEARCH_BUDGET steps a cell, or when the drawing's budget is spent
        shared = self.budget
        allowed = min(SEARCH_BUDGET * size, shared.left)
        steps = 0
        kind_of, steps_of = _around(height, width)
        while heap:
            if steps >= allowed:
                shared.left -= steps
                return None  # a way this long would not be legible anyway, or the drawing's budget is spent
            steps += 1
            entry = pop(heap)
            f = entry >> shift
            key = (entry & mask) >> 1
            g = best[key]
            cell = key >> 2
            d = key & 3
            if entry & 1:  # arrived
                if f > g:
                    continue
                shared.left -= steps
                path = [cell]
                while key in parent:
                    key = parent[key]
                    path.append(key >> 2)
                path.append(starts[key])
                path.reverse()
                return path
            r = row_of[cell]
            c = col_of[cell]
            if f - h_row[r] - h_col[c] > g:
                continue  # stale entry
            on_crossing = state[cell] != FREE
            back = d ^ 2
            for nd, delta in steps_of[kind_of[cell]]:
                if nd == back:
                    continue
                nxt = cell + delta
                bend = nd != d
                if bend and on_crossing:
                    continue
                kind = state[nxt]
                arriving = 0
                if kind == FREE:
                    if arrive[nxt] == nd + 1:
                        arriving = 1  # the port cell points into the target
                        cost = g + 1
                        if leave and not side and beside(nxt, nd):
                            cost += leave
                    else:
                        step = extra[nxt]
                        if step == unknown:
                            step = extra[nxt] = penalty(nxt)
                        if step < 0:
                            continue
                        cost = g + 1 + step
                    if not side:
                        pass
                    elif nd & 1:  # along a row: beside a line along the row above or below?
                        if (nxt >= width and along_row[nxt - width]) or (nxt + width < size and along_row[nxt + width]):
                            cost += side
                    elif (col_of[nxt] > 0 and along_column[nxt - 1]) or (
                        col_of[nxt] < width - 1 and along_column[nxt + 1]
                    ):
                        cost += side
                elif (kind == LINE_V and nd & 1) or (kind == LINE_H and not nd & 1):
                    if nxt in closed:
                        continue
                    cost = g + 1 + cross
                else:
                    continue
                if bend:
                    cost += BEND
                    if (parent.get(key, key) & 3) == nd ^ 2:
                        cost += HOOK  # turning back at once: two corners side by side read as a box's top
                nkey = nxt * 4 + nd
                if cost < best[nkey]:
                    best[nkey] = cost
                    parent[nkey] = key
                    if arriving:
                        push(heap, cost << shift | nkey << 1 | 1)
                    else:
                        push(heap, (cost + h_row[row_of[nxt]] + h_col[col_of[nxt]]) << shift | nkey << 1)
        shared.left -= steps
        return None

    def _exits(self, node: int) -> dict[int, int]:
        """Free ports of ``node`` -> the direction index a tie leaves by, as :meth:`_approachable` takes."""
        width = self.width
        return {
            r * width + c: _INDEX[OPPOSITE[outward]]
            for r, c, outward in self.boxes[node].ports(self.height, width)
            if self.state[r * width + c] == FREE
        }

    def _approachable(self, ports: dict[int, int]) -> bool:
        """Can some port be reached straight on: is the cell beyond it free, or a line to cross?"""
        width, state = self.width, self.state
        delta = (-width, 1, width, -1)
        for cell, inward in ports.items():
            beyond = cell - delta[inward]
            r, c = divmod(cell, width)
            if (inward == 0 and r == self.height - 1) or (inward == 2 and r == 0):
                continue
            if (inward == 1 and c == 0) or (inward == 3 and c == width - 1):
                continue
            kind = state[beyond]
            if kind == FREE or (kind == LINE_V and inward & 1) or (kind == LINE_H and not inward & 1):
                return True
        return False

    # -- committing ----------------------------------------------------------

    def commit(self, tie: int, path: list[int], source: int, target: int) -> None:
        """Take the cells of a routed tie and record how each connects."""
        width = self.width
        ends = [self._into_node(path[0], source), self._into_node(path[-1], target)]
        for position, cell in enumerate(path):
            mask = 0
            neighbours = []
            if position > 0:
                neighbours.append(path[position - 1])
            else:
                mask |= ends[0]
            if position < len(path) - 1:
                neighbours.append(path[position + 1])
            else:
                mask |= ends[1]
            for other in neighbours:
                delta = other - cell
                mask |= {-width: N, width: S, 1: E, -1: W}[delta]
            self.uses.setdefault(cell, []).append((tie, mask))
            if mask == HORIZONTAL:
                self.along_row[cell] = 1
            elif mask == VERTICAL:
                self.along_column[cell] = 1
            port = position in (0, len(path) - 1)
            if self.state[cell] in (LINE_H, LINE_V):
                self.state[cell] = TAKEN  # now a crossing
            elif port:
                self.state[cell] = TAKEN
            elif mask == HORIZONTAL:
                self.state[cell] = LINE_H
            elif mask == VERTICAL:
                self.state[cell] = LINE_V
            else:
                self.state[cell] = TAKEN
        self.paths[tie] = path
        for cell in path:
            if len(self.uses[cell]) > 1:
                continue  # a crossing: the cell was counted when the first tie took it
            for node in self.port_of[cell] or ():
                self.spare[node] -= 1
        self.spare[source] += 1
        self.spare[target] += 1

    def uncommit(self, tie: int, source: int, target: int) -> None:
        """Give back the cells of a routed tie, as if it had never been routed (to route it again)."""
        path = self.paths.pop(tie)
        for cell in path:
            if len(self.uses[cell]) == 1:  # the tie's own cell (at a crossing the port count stayed)
                for node in self.port_of[cell] or ():
                    self.spare[node] += 1
        self.spare[source] -= 1
        self.spare[target] -= 1
        for cell in path:
            left = [use for use in self.uses[cell] if use[0] != tie]
            self.along_row[cell] = self.along_column[cell] = 0
            if not left:
                del self.uses[cell]
                self.state[cell] = FREE
                continue
            self.uses[cell] = left
            other, mask = left[0]
            ends = self.paths[other]
            if cell in (ends[0], ends[-1]) or mask not in (HORIZONTAL, VERTICAL):
                self.state[cell] = TAKEN
            elif mask == HORIZONTAL:
                self.state[cell] = LINE_H
                self.along_row[cell] = 1
            else:
                self.state[cell] = LINE_V
                self.along_column[cell] = 1

    def commit_bus(self, ties: list[int], paths: list[list[int]], root: int, leaves: list[int]) -> None:
        """Take the cells of a bus (``glyphs.py``): the ties from ``root`` to each of ``leaves``, whose paths
        share the cells from the root's port to where they branch. Each cell is used once, by the first tie,
        joining what all the paths through it join (a branch joins three ways)."""
        masks: dict[int, int] = {}
        width = self.width
        for path, leaf in zip(paths, leaves, strict=True):
            for position, cell in enumerate(path):
                mask = masks.get(cell, 0)
                if position == 0:
                    mask |= self._into_node(cell, root)
                if position == len(path) - 1:
                    mask |= self._into_node(cell, leaf)
                neighbours = path[max(0, position - 1) : position] + path[position + 1 : position + 2]
                for other in neighbours:
                    mask |= {-width: N, width: S, 1: E, -1: W}[other - cell]
                masks[cell] = mask
        for cell, mask in masks.items():
            self.uses.setdefault(cell, []).append((ties[0], mask))
            if mask == HORIZONTAL:
                self.along_row[cell] = 1
            elif mask == VERTICAL:
                self.along_column[cell] = 1
            taken = self.state[cell] in (LINE_H, LINE_V) or mask not in (HORIZONTAL, VERTICAL)
            self.state[cell] = TAKEN if taken else LINE_H if mask == HORIZONTAL else LINE_V
        for tie, path in zip(ties, paths, strict=True):
            self.paths[tie] = path
        self.roots.add(paths[0][0])

    def _into_node(self, cell: int, node: int) -> int:
        r, c = divmod(cell, self.width)
        box = self.boxes[node]
        if r == box.row - 1:
            return S
        if r == box.row + 1:
            return N
        if c == box.col - 1:
            return E
        return W
