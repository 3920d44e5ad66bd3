"""The drawn map as an object: lines to print, and where everything is, for a screen.

A :class:`MapCanvas` holds the picture as terminal cells, so a screen can
show any window of it (:meth:`MapCanvas.crop`), find the stakeholder under
the cursor (:meth:`MapCanvas.node_at`), highlight a node's box or a tie's
cells, and print it (:meth:`MapCanvas.text`). Rows and columns count
terminal cells from the top left of the drawing, legend excluded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.textmap.draw import Plan


class View(StrEnum):
    """What a canvas shows."""

    FULL = "full"  # every stakeholder and tie
    EGO = "ego"  # one stakeholder and the others within a few steps
    CLUSTER = "cluster"  # the members of one cluster
    OVERVIEW = "overview"  # clusters as nodes
    LIST = "list"  # the ties as lines of text


@dataclass(frozen=True)
class NodeBox:
    """One node on the canvas: a stakeholder, or a cluster (key ``cluster:N``) in the overview."""

    key: str
    label: str
    name: str
    kind: str  # individual, node, network or cluster
    row: int
    col: int
    width: int
    members: tuple[str, ...] = ()

    def contains(self, row: int, col: int) -> bool:
        return row == self.row and self.col <= col < self.col + self.width


@dataclass(frozen=True)
class MapCanvas:
    view: View
    cells: tuple[tuple[str, ...], ...]
    legend: tuple[str, ...]
    nodes: tuple[NodeBox, ...]
    #: tie id (overview: ``cluster:A-cluster:B``) -> its cells from one end to the other
    routes: Mapping[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    #: route key -> the keys of the two nodes it joins (stakeholder ids; overview: ``cluster:N``)
    ends: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: the stakeholder id or ``cluster:N`` the view centres on
    focus: str | None = None
    #: how the drawing was made (``textmap.draw.Plan``), for the next drawing after a small change
    #: (``render(..., previous=canvas)``); None for a list
    plan: Plan | None = field(default=None, repr=False, compare=False)

    @property
    def height(self) -> int:
        return len(self.cells)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.cells), default=0)

    @property
    def lines(self) -> list[str]:
        """The drawing, one string per row, without trailing spaces."""
        return ["".join(row).rstrip() for row in self.cells]

    def text(self, legend: bool = True) -> str:
        """Drawing, a blank line and the legend, as printed by ``phakhi map``."""
        lines = self.lines
        if legend and self.legend:
            lines = [*lines, "", *self.legend] if lines else list(self.legend)
        return "\n".join(lines)

    def node(self, key: str) -> NodeBox | None:
        return next((n for n in self.nodes if n.key == key), None)

    def node_at(self, row: int, col: int) -> NodeBox | None:
        """The node whose box covers the cell, if any."""
        return next((n for n in self.nodes if n.contains(row, col)), None)

    def lines_of(self, key: str) -> frozenset[tuple[int, int]]:
        """The cells of the lines that join the node ``key`` to others: a stakeholder's ties, or in the
        overview a cluster's lines to other clusters (a crossing's cell too)."""
        return frozenset(cell for tie, cells in self.routes.items() if key in self.ends.get(tie, ()) for cell in cells)

    def ties_at(self, row: int, col: int) -> tuple[str, ...]:
        """Ties running through a cell: one, two at a crossing, or none."""
        return tuple(key for key, cells in self.routes.items() if (row, col) in cells)

    def crop(self, top: int, left: int, height: int, width: int) -> list[str]:
        """A window of the drawing, ``width`` cells wide; a wide character cut in half becomes a space."""
        window = []
        for r in range(top, top + height):
            row = self.cells[r] if 0 <= r < len(self.cells) else ()
            out = []
            for c in range(left, left + width):
                cell = row[c] if 0 <= c < len(row) else " "
                if cell == "":  # the right half of a wide character whose left half is outside
                    cell = " " if c == left else ""
                elif c == left + width - 1 and c + 1 < len(row) and row[c + 1] == "":
                    cell = " "  # the left half of a wide character whose right half is outside
                out.append(cell)
            window.append("".join(out))
        return window
