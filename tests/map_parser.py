"""Read a drawn network map back into nodes and ties — the proof that a drawing is exact.

The parser knows only the drawing rules of docs/MAP.md, not the renderer:

1. Split the text into terminal cells (Thai marks join their letter, a wide
   character takes two cells), so columns are what a terminal shows.
2. Find the nodes: an opening bracket ``[`` ``(`` ``{`` up to the next
   closing bracket of the same kind on the same row; the text between is the
   label (padding stripped). Line glyphs are never brackets.
3. Every line glyph connects a fixed set of directions (the ASCII corners
   ``/`` and ``\\`` turn a line like mirrors). A *port* is a line cell next to
   a node whose glyph points into it.
4. From each port, follow the glyphs: straight on through lines and crossings,
   round corners, until the line runs into a node. Every step must land on a
   glyph that connects back; a line that stops, branches or runs into nothing
   is an error.
5. Every line cell must be used by exactly one traced tie (a crossing by two,
   one in each direction): no stray glyphs, no shared cells.
6. A *bus* (Unicode maps only) leaves its root's box through a ``●`` port
   and branches (``┬ ┴ ├ ┤``, heavy when strong): it is a tie from the root to every other box it reaches, all of one strength.
   Its cells are used once (a crossing with another line: twice), and a port
   of a box it reaches belongs to it, not to a tie of its own.

Labels are turned into names with the legend's ``label = name`` lines (a
long name continues on the more deeply indented lines below). On a map
marked against a snapshot (a legend line starts with ``+ ``, saying what the
mark means) a label that starts with ``+`` is a stakeholder new since then:
its name is what follows the mark. The result is a list of ties (name, name,
strength), each found from both of its ends.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

N, E, S, W = 1, 2, 4, 8
#: A bus's port on its root's box (rule 6; only Unicode maps have buses).
ROOT = "●"
STEP = {N: (-1, 0), E: (0, 1), S: (1, 0), W: (0, -1)}
OPPOSITE = {N: S, S: N, E: W, W: E}

#: glyph -> (directions, strength of the vertical part, strength of the horizontal part)
UNICODE_GLYPHS: dict[str, tuple[int, str | None, str | None]] = {
    "│": (N | S, "weak", None),
    "─": (E | W, None, "weak"),
    "┌": (E | S, "weak", "weak"),
    "┐": (W | S, "weak", "weak"),
    "└": (N | E, "weak", "weak"),
    "┘": (N | W, "weak", "weak"),
    "┃": (N | S, "strong", None),
    "━": (E | W, None, "strong"),
    "┏": (E | S, "strong", "strong"),
    "┓": (W | S, "strong", "strong"),
    "┗": (N | E, "strong", "strong"),
    "┛": (N | W, "strong", "strong"),
    "┼": (15, "weak", "weak"),
    "╋": (15, "strong", "strong"),
    "╂": (15, "strong", "weak"),
    "┿": (15, "weak", "strong"),
    "┬": (E | W | S, "weak", "weak"),
    "┴": (E | W | N, "weak", "weak"),
    "├": (N | S | E, "weak", "weak"),
    "┤": (N | S | W, "weak", "weak"),
    "┳": (E | W | S, "strong", "strong"),
    "┻": (E | W | N, "strong", "strong"),
    "┣": (N | S | E, "strong", "strong"),
    "┫": (N | S | W, "strong", "strong"),
    ROOT: (N | S, None, None),
}
ASCII_GLYPHS: dict[str, tuple[int, str | None, str | None]] = {
    "|": (N | S, "weak", None),
    "-": (E | W, None, "weak"),
    "#": (N | S, "strong", None),
    "=": (E | W, None, "strong"),
    "+": (15, None, None),
}
#: ASCII corners: the way out for each way in (direction of travel).
MIRRORS = {
    "/": {E: N, S: W, W: S, N: E},
    "\\": {E: S, N: W, W: N, S: E},
}
BRACKETS = {"[": "]", "(": ")", "{": "}"}
KINDS = {"[": "node", "(": "individual", "{": "network"}


class ParseError(ValueError):
    pass


@dataclass
class ParsedNode:
    label: str
    kind: str
    row: int
    first: int
    last: int
    name: str = ""


@dataclass
class ParsedMap:
    nodes: list[ParsedNode]
    #: (name a, name b, strength) per tie, names sorted; strength "strong", "weak" or "?" (ASCII corners only)
    ties: list[tuple[str, str, str]]
    #: each tie's cells, in order from one end
    paths: list[list[tuple[int, int]]] = field(default_factory=list)
    crossings: int = 0
    #: of those, the crossings of two ties with no end in common (the rule of a straight-line drawing, where
    #: two lines from one stakeholder never cross); the others are two ties of one stakeholder crossing
    crossings_apart: int = 0
    width: int = 0
    height: int = 0
    #: buses read (rule 6); their ties are in ``ties``
    buses: int = 0

    def tie_counter(self, strength: bool = True) -> Counter:
        if strength:
            return Counter(self.ties)
        return Counter((a, b) for a, b, _ in self.ties)


def to_cells(line: str) -> list[str]:
    cells: list[str] = []
    for character in line:
        if unicodedata.combining(character) or unicodedata.category(character) in ("Mn", "Me", "Cf"):
            if cells:
                cells[-1] += character
            else:
                cells.append(character)
        elif unicodedata.east_asian_width(character) in ("W", "F"):
            cells += [character, ""]
        else:
            cells.append(character)
    return cells


def split(text: str, legend_titles: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The map's lines and the legend's lines."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if any(line.startswith(title) for title in legend_titles):
            drawing = lines[:i]
            while drawing and not drawing[-1].strip():
                drawing.pop()
            return drawing, lines[i:]
    return lines, []


def legend_names(legend: list[str]) -> dict[str, str]:
    """``label = name`` lines of the legend (indented two spaces, the labels padded to one width); a
    numbered map's ``number = name`` in columns, several a line.

    A name too long for the width continues on the lines below, indented
    further (four spaces or more); the parts joined without that indentation
    are the name (a line broken at a space keeps the space at its end).
    """
    names = {}
    label = None
    for line in legend:
        if line.startswith("    ") and label is not None:
            names[label] += line.lstrip(" ")
            continue
        label = None
        if line.startswith("  ") and not line.startswith("   ") and " = " in line:
            # a numbered map's names stand in columns: an entry starts after two blanks or more with a number
            for entry in re.split(r" {2,}(?=\+?\d+ *= )", line[2:]):
                label, name = entry.split(" = ", 1)
                label = label.rstrip()  # labels are padded so the "=" line up
                names[label] = name.lstrip(" ")
    return {label: name.strip() for label, name in names.items()}


def parse(text: str, legend_titles: tuple[str, ...] = ("Legend", "คำอธิบาย")) -> ParsedMap:
    lines, legend = split(text, legend_titles)
    names = legend_names(legend)
    marked = any(line.startswith("+ ") for line in legend)
    grid = [to_cells(line) for line in lines]
    width = max((len(row) for row in grid), default=0)
    grid = [row + [" "] * (width - len(row)) for row in grid]
    height = len(grid)
    ascii_style = not any(c in UNICODE_GLYPHS for row in grid for c in row)
    glyph_table = ASCII_GLYPHS if ascii_style else UNICODE_GLYPHS

    # 2. nodes
    node_at: dict[tuple[int, int], int] = {}
    nodes: list[ParsedNode] = []
    for r, row in enumerate(grid):
        c = 0
        while c < width:
            opening = row[c]
            if opening and opening[0] in BRACKETS:
                closing = BRACKETS[opening[0]]
                end = next((k for k in range(c + 1, width) if row[k] and row[k][0] == closing), None)
                if end is None:
                    raise ParseError(f"row {r}: {opening[0]} at column {c} is never closed")
                label = "".join(row[c + 1 : end]).strip()
                name = names.get(label, label[1:] if marked and label.startswith("+") else label)
                node = ParsedNode(label, KINDS[opening[0]], r, c, end, name)
                for k in range(c, end + 1):
                    node_at[(r, k)] = len(nodes)
                nodes.append(node)
                c = end + 1
            else:
                if opening and opening[0] in BRACKETS.values():
                    raise ParseError(f"row {r}: {opening[0]} at column {c} closes nothing")
                c += 1

    def glyph(r: int, c: int) -> str:
        return grid[r][c] if 0 <= r < height and 0 <= c < width else " "

    def connects(g: str, direction: int) -> bool:
        if g in glyph_table:
            return bool(glyph_table[g][0] & direction)
        return g in MIRRORS  # a mirror connects on the sides it is entered from and left to

    # 3 and 4. trace from every port: buses first (rule 6), then every other port
    used: Counter = Counter()
    found: dict[tuple, tuple[str, str, str, list]] = {}
    ends: dict[tuple, frozenset[int]] = {}  # each tie's two nodes, by index (names may repeat)
    on_bus: set[tuple[int, int]] = set()
    through: dict[tuple[int, int], list[frozenset[int]]] = {}
    buses = 0
    for index, node in enumerate(nodes):
        for r, outward in ((node.row - 1, N), (node.row + 1, S)):
            for c in range(node.first, node.last + 1):
                if glyph(r, c) != ROOT or (r, c) in node_at:
                    continue
                buses += 1
                cells, leaves, strengths = trace_bus(r, c, outward, glyph, glyph_table, node_at)
                if len(strengths) > 1:
                    raise ParseError(f"the bus from {node.label!r} at row {r}, column {c} changes strength")
                if index in leaves:
                    raise ParseError(f"the bus from {node.label!r} at row {r}, column {c} comes back to it")
                strength = strengths.pop() if strengths else "?"
                for cell in cells:
                    used[cell] += 1
                on_bus.update(path[-1] for path in leaves.values())
                # at each of its cells a bus is the ties from its root to the boxes its branches there reach
                carried: dict[tuple[int, int], set[int]] = {}
                for leaf, path in leaves.items():
                    for cell in path:
                        carried.setdefault(cell, {index}).add(leaf)
                for cell in cells:
                    through.setdefault(cell, []).append(frozenset(carried.get(cell, {index})))
                for leaf, path in leaves.items():
                    pair = tuple(sorted([node.name, nodes[leaf].name]))
                    key = ("bus", r, c, leaf)
                    found[key] = (pair[0], pair[1], strength, path)
                    ends[key] = frozenset((index, leaf))
    for index, node in enumerate(nodes):
        ports = [(node.row - 1, c, N) for c in range(node.first, node.last + 1)]
        ports += [(node.row + 1, c, S) for c in range(node.first, node.last + 1)]
        ports += [(node.row, node.first - 1, W), (node.row, node.last + 1, E)]
        for r, c, outward in ports:
            g = glyph(r, c)
            if (r, c) in node_at or g not in glyph_table or not connects(g, OPPOSITE[outward]):
                continue
            if (r, c) in on_bus or g == ROOT:
                continue
            if glyph_table[g][0] == 15:
                raise ParseError(f"a crossing touches node {node.label!r} at row {r}, column {c}")
            path, strengths, end = trace(r, c, outward, glyph, glyph_table, node_at)
            strengths = {s for s in strengths if s}
            if len(strengths) > 1:
                raise ParseError(f"the tie from {node.label!r} at row {r}, column {c} changes strength")
            strength = strengths.pop() if strengths else "?"
            key = tuple(sorted([tuple(path), tuple(reversed(path))]))[0]
            other = nodes[end]
            pair = tuple(sorted([node.name, other.name]))
            if key in found:
                continue
            found[key] = (pair[0], pair[1], strength, path)
            ends[key] = frozenset((index, end))
    # 5. every line cell used by exactly one tie (two at a crossing)
    for key, (_, _, _, path) in found.items():
        if key[0] == "bus":
            continue  # counted once a bus above
        for cell in path:
            used[cell] += 1
            through.setdefault(cell, []).append(ends[key])
    crossings = apart = 0
    for r in range(height):
        for c in range(width):
            g = grid[r][c]
            if (r, c) in node_at or g in ("", " "):
                continue
            if g not in glyph_table and g not in MIRRORS:
                raise ParseError(f"unexpected character {g!r} at row {r}, column {c}")
            expected = 2 if g in glyph_table and glyph_table[g][0] == 15 else 1
            if used[(r, c)] != expected:
                raise ParseError(f"{g!r} at row {r}, column {c} belongs to {used[(r, c)]} ties, not {expected}")
            if expected == 2:
                crossings += 1
                one, other = through[(r, c)]
                apart += not one & other
    ties = [(a, b, s) for a, b, s, _ in found.values()]
    return ParsedMap(nodes, ties, [p for *_, p in found.values()], crossings, apart, width, height, buses)


def trace_bus(r, c, direction, glyph, table, node_at):
    """Follow a bus from its root's port (r, c), leaving the root in ``direction``, down every branch: its cells,
    each box it reaches with the cells from the port to it, and its strengths."""
    cells: set[tuple[int, int]] = set()
    leaves: dict[int, list[tuple[int, int]]] = {}
    strengths: set[str] = set()
    todo = [(r, c, direction, [])]
    while todo:
        r, c, direction, path = todo.pop()
        g = glyph(r, c)
        came_from = OPPOSITE[direction]
        if g in MIRRORS:
            outs = [MIRRORS[g][direction]]
        elif g in table:
            mask = table[g][0]
            if not mask & came_from:
                raise ParseError(f"the bus entering row {r}, column {c} from {came_from} finds {g!r}")
            if mask == 15:
                outs = [direction]  # a crossing: straight on
            else:
                outs = [d for d in STEP if mask & d and d != came_from]
                vertical, horizontal = table[g][1], table[g][2]
                for part in {
                    vertical if direction in (N, S) else horizontal,
                    *(vertical if d in (N, S) else horizontal for d in outs),
                }:
                    if part:
                        strengths.add(part)
            if mask == 15:
                part = table[g][1] if direction in (N, S) else table[g][2]
                if part:
                    strengths.add(part)
        else:
            raise ParseError(f"the bus ends in the open at row {r}, column {c} ({g!r})")
        if (r, c) in cells and mask != 15:
            raise ParseError(f"the bus meets itself at row {r}, column {c}")
        cells.add((r, c))
        here = [*path, (r, c)]
        for out in outs:
            dr, dc = STEP[out]
            nr, nc = r + dr, c + dc
            if (nr, nc) in node_at:
                if len(outs) > 1:
                    raise ParseError(f"the bus branches next to a box at row {r}, column {c}")
                if node_at[(nr, nc)] in leaves:
                    raise ParseError(f"the bus reaches a box twice at row {r}, column {c}")
                leaves[node_at[(nr, nc)]] = here
            else:
                todo.append((nr, nc, out, here))
    return cells, leaves, strengths


def trace(r, c, direction, glyph, table, node_at):
    """Follow a line from the port (r, c), leaving its node in ``direction``; return path, strengths, end node."""
    path: list[tuple[int, int]] = []
    strengths: list[str | None] = []
    seen = set()
    while True:
        g = glyph(r, c)
        came_from = OPPOSITE[direction]
        if g in MIRRORS:
            out = MIRRORS[g][direction]
        elif g in table:
            mask, vertical, horizontal = table[g]
            if not mask & came_from:
                raise ParseError(f"the line entering row {r}, column {c} from {came_from} finds {g!r}")
            if mask == 15:
                out = direction
            else:
                others = mask & ~came_from
                if others not in STEP:
                    raise ParseError(f"{g!r} at row {r}, column {c} branches")
                out = others
            strengths.append(vertical if direction in (N, S) else horizontal)
            if mask != 15 and out != direction:  # a corner: both parts count
                strengths.append(vertical if out in (N, S) else horizontal)
        else:
            raise ParseError(f"the line ends in the open at row {r}, column {c} ({g!r})")
        if (r, c, direction) in seen:
            raise ParseError(f"the line loops at row {r}, column {c}")
        seen.add((r, c, direction))
        path.append((r, c))
        dr, dc = STEP[out]
        nr, nc = r + dr, c + dc
        if (nr, nc) in node_at:
            return path, strengths, node_at[(nr, nc)]
        if (nr, nc) == (r, c):
            raise ParseError("stuck")
        r, c, direction = nr, nc, out
