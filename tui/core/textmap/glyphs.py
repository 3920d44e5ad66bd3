"""The characters a map is drawn with: directions, line glyphs, node brackets.

Every line cell of a map joins exactly the cells its tie runs through, so a
cell's glyph is fixed by the set of directions it connects (a bit mask of
:data:`N`, :data:`E`, :data:`S`, :data:`W`) and the tie's strength. Ties never
branch and never share a cell except where two of them cross at right angles,
so a four-way glyph is always a crossing of two ties, never a junction.

The one exception is a *bus* (a big network drawn in rows, ``channels.py``):
a hub's ties of one strength drawn as one branching line, like an org
chart's. It leaves the hub through a :attr:`GlyphSet.root` cell (``●``) and
branches with the three-way glyphs (├ ┬ ┤ ┴, heavy when strong) to every box
it reaches: a tie from the hub to each of them. A bus never branches four
ways, so a four-way glyph is still always a crossing. ASCII draws no buses:
its ``+`` is every crossing's glyph, and a branch drawn with it could not be
told from one.

Two sets: Unicode box drawing (strong ties heavy, weak ties light) and pure
printable ASCII. ASCII corners are ``/`` and ``\\``, read like mirrors: a line
that runs into one turns, and which way it turns follows from the side it
came in on, so a drawing can be traced without guessing. The weight of a
crossing is visible in Unicode (╋ ╂ ┿ ┼); in ASCII every crossing is ``+``
and the weight shows on either side of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.vocab import Kind

N, E, S, W = 1, 2, 4, 8
OPPOSITE = {N: S, S: N, E: W, W: E}
VERTICAL = N | S
HORIZONTAL = E | W


@dataclass(frozen=True)
class GlyphSet:
    """The glyphs of one style: lines by (mask, strong), crossings by (vertical strong, horizontal strong)."""

    name: str
    weak: dict[int, str]
    strong: dict[int, str]
    crossings: dict[tuple[bool, bool], str]
    ellipsis: str
    #: the port of a bus on its hub's box (module docstring); empty for a style that draws no buses
    root: str = ""

    def line(self, mask: int, strong: bool) -> str:
        return (self.strong if strong else self.weak)[mask]

    def crossing(self, vertical_strong: bool, horizontal_strong: bool) -> str:
        return self.crossings[(vertical_strong, horizontal_strong)]

    def sample(self, strong: bool) -> str:
        """Three cells of a horizontal tie, for the legend."""
        return self.line(HORIZONTAL, strong) * 3


#: The three-way masks of a bus's branches (module docstring).
BRANCHES = (HORIZONTAL | S, HORIZONTAL | N, VERTICAL | E, VERTICAL | W)

UNICODE = GlyphSet(
    name="unicode",
    weak={
        VERTICAL: "│",
        HORIZONTAL: "─",
        E | S: "┌",
        W | S: "┐",
        N | E: "└",
        N | W: "┘",
        **dict(zip(BRANCHES, "┬┴├┤", strict=True)),
    },
    strong={
        VERTICAL: "┃",
        HORIZONTAL: "━",
        E | S: "┏",
        W | S: "┓",
        N | E: "┗",
        N | W: "┛",
        **dict(zip(BRANCHES, "┳┻┣┫", strict=True)),
    },
    crossings={(False, False): "┼", (True, True): "╋", (True, False): "╂", (False, True): "┿"},
    ellipsis="…",
    root="●",
)

ASCII = GlyphSet(
    name="ascii",
    weak={
        VERTICAL: "|",
        HORIZONTAL: "-",
        E | S: "/",
        N | W: "/",
        W | S: "\\",
        N | E: "\\",
    },
    strong={
        VERTICAL: "#",
        HORIZONTAL: "=",
        E | S: "/",
        N | W: "/",
        W | S: "\\",
        N | E: "\\",
    },
    crossings={(False, False): "+", (True, True): "+", (True, False): "+", (False, True): "+"},
    ellipsis="~",
)

#: Opening and closing bracket of a node of each kind (the same in both styles).
BRACKETS: dict[Kind, tuple[str, str]] = {
    Kind.INDIVIDUAL: ("(", ")"),
    Kind.NODE: ("[", "]"),
    Kind.NETWORK: ("{", "}"),
}
#: A cluster of the overview is drawn like a network.
CLUSTER_BRACKETS = BRACKETS[Kind.NETWORK]


def glyphs(ascii_only: bool) -> GlyphSet:
    return ASCII if ascii_only else UNICODE
