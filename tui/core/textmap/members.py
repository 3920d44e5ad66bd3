"""Who is in each cluster, under the clusters overview in a window with rows to spare.

A network too big for its names to fit the window is drawn as its clusters
(the overview): the karate club's 34 members at 120 x 40 are four boxes in
five rows, and the other 30 rows of the window stood empty while the
facilitator had to ask each box who was in it. Under the drawing, each
cluster now names its members, those with the most ties first, wrapped to
the window; where the rows do not hold every name, each cluster keeps as
many as its share of the rows holds and says how many more
(:func:`members_below`). The CLI's legend names three a cluster and is not
changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.cells import cell_width
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.textmap.canvas import MapCanvas, View
from tui.core.textmap.labels import shorten
from tui.core.vocab import Language
from tui.core.wrap import flow

#: The later lines of a cluster's names start this far in.
INDENT = "    "


def members_below(
    workbook: Workbook, canvas: MapCanvas, width: int, rows: int, lang: Language
) -> list[tuple[str, str]]:
    """Lines for under an overview, each with the key of the cluster it names (a screen lights the chosen
    cluster's): a blank one, then each cluster's label and its members' names (most ties first, then
    workbook order), and the stakeholders without ties (in no cluster) when a row is left for them, in at
    most ``rows`` lines of ``width`` cells. Every cluster gets a line at least and more as the rows allow;
    a cluster cut short ends "and N more". None when the rows do not hold a line a cluster, or the canvas
    is no overview."""
    clusters = [node for node in canvas.nodes if node.members]
    if canvas.view is not View.OVERVIEW or not clusters or rows < len(clusters) + 1:
        return []
    names = {s.id: " ".join(s.name.split()) for s in workbook.stakeholders}
    degree: dict[str, int] = {}
    for tie in workbook.ties:
        if tie.a in names and tie.b in names:
            degree[tie.a] = degree.get(tie.a, 0) + 1
            degree[tie.b] = degree.get(tie.b, 0) + 1
    # (the key lit with the cluster, the words before the names, those words alone, the names)
    groups: list[tuple[str, str, str, list[str]]] = []
    for node in clusters:
        order = {m: i for i, m in enumerate(node.members)}
        members = sorted((m for m in node.members if m in names), key=lambda m: (-degree.get(m, 0), order[m]))
        first = tr(lang, "map.members.first", label=node.label)
        groups.append((node.key, first, node.label, [names[m] for m in members]))
    # the stakeholders in no cluster: without ties, on no box of the overview
    clustered = {m for node in clusters for m in node.members}
    alone = [name for key, name in names.items() if key not in clustered]
    if alone and rows >= len(clusters) + 2:
        first = tr(lang, "map.isolates", count=len(alone))
        groups.append(("", first, first, alone))
    # how many of each cluster's names the rows could hold at most (a province's cluster has thousands)
    most = [_at_most(people, rows * width) for *_, people in groups]
    whole = [
        _lines(first, people, len(people), width, lang) if room == len(people) else None
        for (_, first, _, people), room in zip(groups, most, strict=True)
    ]
    shares = _shares([len(lines) if lines is not None else rows for lines in whole], rows - 1)
    out = [("", "")]
    for (key, first, heading, people), lines, share, room in zip(groups, whole, shares, most, strict=True):
        if lines is None or len(lines) > share:
            room = min(room, _at_most(people, share * width))
            lines = _cut(first, heading, people, room, width, share, lang)
        out += [(key, line) for line in lines]
    return out


def _at_most(people: list[str], cells: int) -> int:
    """How many of the first names, each with a comma and a space, take no more than ``cells`` cells."""
    taken = 0
    for count, name in enumerate(people):
        taken += cell_width(name) + 2
        if taken > cells:
            return count
    return len(people)


def _shares(needs: Sequence[int], rows: int) -> list[int]:
    """Rows for each cluster: one each, then one more at a time to each in turn that needs it."""
    shares = [1] * len(needs)
    left = rows - len(needs)
    while left > 0 and any(s < n for s, n in zip(shares, needs, strict=True)):
        for i, need in enumerate(needs):
            if left and shares[i] < need:
                shares[i] += 1
                left -= 1
    return shares


def _lines(first: str, people: list[str], shown: int, width: int, lang: Language) -> list[str]:
    """The words before a cluster's names (its label) and its first ``shown`` names, wrapped; "and N more"
    after them when cut."""
    shortened = [shorten(name, width - len(INDENT) - 1, "…") for name in people[:shown]]  # room for a comma
    parts = [f"{name}," for name in shortened[:-1]] + shortened[-1:]
    more = len(people) - shown
    if more:
        parts.append(tr(lang, "map.members.more", more=more))
    return flow(parts, width, first=first, indent=INDENT, gap=" ")


def _cut(first: str, heading: str, people: list[str], most: int, width: int, rows: int, lang: Language) -> list[str]:
    """As many of a cluster's names as its ``rows`` hold (``most`` at most), and how many more; its
    ``heading`` alone (its label, which says how many it has) when not one name fits."""
    # the most names whose lines fit, found by halving
    low, high, best = 1, min(len(people) - 1, most), [shorten(heading, width, "…")]
    while low <= high:
        shown = (low + high) // 2
        lines = _lines(first, people, shown, width, lang)
        if len(lines) <= rows:
            low, best = shown + 1, lines
        else:
            high = shown - 1
    return best
