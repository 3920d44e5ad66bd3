"""Who reaches our group only through one other stakeholder, in one pass over the network.

A stakeholder v reaches our group only through c when c is a cut point whose
removal leaves v and our group in different pieces; the nearest such c (the
one cutting off the fewest) is v's go-between, as in "หลวม ผ่านชาคริต" of
seed 001's planning table. Removing each cut point in turn and looking at
what is left costs a pass over the network per cut point, which is quadratic
on a province's network, where most cut points hold a few members to the rest.

So the network's block-cut tree is used instead: its nodes are the
biconnected blocks and the cut points, each cut point joined to the blocks it
belongs to. Rooted where our group is, a cut point cuts off exactly the
stakeholders below it, and those cut-off sets shrink going down, so each
stakeholder's nearest go-between is the first cut point above it.

Without our group the largest piece left by each cut point stands in for it
(ties go to the piece with the earliest stakeholder). The tree is then rooted
at a block that every such largest piece contains. One exists: two cut points
whose largest pieces lay on opposite sides of each other would each have to
be larger than the other. It is found by walking from any block towards the
larger side.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

#: A node of the block-cut tree: ("block", index) or ("cut", stakeholder).
Node = tuple[str, Hashable]


def go_betweens(body: nx.Graph, anchor: str | None, order: Mapping[str, int]) -> dict[str, str]:
    """Each stakeholder of the connected ``body`` that reaches the anchor only through
    another, mapped to the nearest such other, in ``order``; the anchor is never one."""
    import networkx as nx

    blocks = list(nx.biconnected_components(body))
    cuts = set(nx.articulation_points(body))
    tree = _Tree(blocks, cuts, order)
    if anchor is not None:
        root: Node = ("cut", anchor) if anchor in cuts else tree.block_of[anchor]
    else:
        root = tree.heart()
    parent = tree.rooted(root).parent
    found: dict[str, str] = {}
    for node in sorted(body, key=order.__getitem__):
        above = parent.get(("cut", node)) if node in cuts else tree.block_of[node]
        gate = parent.get(above) if above is not None else None
        if gate is not None and gate[1] != anchor:
            found[node] = str(gate[1])  # the stakeholder of a cut node
    return found


class _Tree:
    """The block-cut tree, rooted on demand, with each subtree's size and earliest stakeholder."""

    def __init__(self, blocks: list[set[str]], cuts: set[str], order: Mapping[str, int]) -> None:
        self.order = order
        self.near: dict[Node, list[Node]] = {}
        self.own: dict[Node, list[str]] = {}  # the stakeholders a tree node stands for
        self.block_of: dict[str, Node] = {}
        for index, block in enumerate(blocks):
            here: Node = ("block", index)
            self.own[here] = [node for node in block if node not in cuts]
            self.block_of.update((node, here) for node in self.own[here])
            for node in block:
                if node in cuts:
                    self.near.setdefault(here, []).append(("cut", node))
                    self.near.setdefault(("cut", node), []).append(here)
        for node in cuts:
            self.own[("cut", node)] = [node]
        self.size = sum(len(own) for own in self.own.values())

    def rooted(self, root: Node) -> _Tree:
        """Root the tree at ``root``: parents, children, and per subtree its size and the
        earliest stakeholder in it; also the earliest outside each subtree."""
        self.root = root
        self.parent: dict[Node, Node] = {}
        self.children: dict[Node, list[Node]] = {}
        # Preorder: each subtree is one run of it, so "earliest outside" is a prefix and a suffix.
        preorder: list[Node] = []
        stack = [root]
        while stack:
            here = stack.pop()
            preorder.append(here)
            kids = [n for n in self.near.get(here, ()) if n != self.parent.get(here)]
            self.children[here] = kids
            for kid in kids:
                self.parent[kid] = here
            stack.extend(reversed(kids))
        firsts = [min((self.order[s] for s in self.own[n]), default=math.inf) for n in preorder]
        start = {n: i for i, n in enumerate(preorder)}
        self.count: dict[Node, int] = {}
        self.earliest: dict[Node, float] = {}
        self.end: dict[Node, int] = {}
        for here in reversed(preorder):
            kids = self.children[here]
            self.count[here] = len(self.own[here]) + sum(self.count[k] for k in kids)
            self.earliest[here] = min([firsts[start[here]], *(self.earliest[k] for k in kids)])
            self.end[here] = max([start[here] + 1, *(self.end[k] for k in kids)])
        self.start = start
        self.before = [math.inf]
        for value in firsts:
            self.before.append(min(self.before[-1], value))
        self.after = [math.inf]
        for value in reversed(firsts):
            self.after.append(min(self.after[-1], value))
        self.after.reverse()
        return self

    def keeps_below(self, cut: Node) -> Node | None:
        """The child block whose side is the largest piece left without ``cut``, or None
        when the largest piece is on the side of the root."""
        best: tuple[float, float] | None = None
        kept: Node | None = None
        if cut in self.parent:
            outside = min(self.before[self.start[cut]], self.after[self.end[cut]])
            best = (self.size - self.count[cut], -outside)
        for kid in self.children[cut]:
            side = (self.count[kid], -self.earliest[kid])
            if best is None or side > best:
                best, kept = side, kid
        return kept

    def heart(self) -> Node:
        """A block inside the largest piece left by every cut point (see the module docstring)."""
        here: Node = ("block", 0)
        self.rooted(here)
        while True:
            deeper = next((kept for cut in self.children[here] if (kept := self.keeps_below(cut)) is not None), None)
            if deeper is None:
                return here
            here = deeper
