"""Step 6 drawn as text: the influence x interest grid with names in its cells.

Interest runs left to right and influence bottom to top, so the seed's
quadrant 1 (อิทธิพลมาก สนใจมาก) is the top right cell, 2 the top left, 3 the
bottom right and 4 the bottom left. Names are packed into each cell by
terminal cells (Thai marks take none); what does not fit is counted
("…and 3 more"). ★ marks a key player, ♦ a key leader.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.analysis.grid import Quadrant, prioritise
from tui.core.cells import cell_width, fit, pad
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.vocab import Language

#: Cells as they stand on the page: (top row), (bottom row), left to right.
LAYOUT = (
    (Quadrant.HIGH_INFLUENCE_LOW_INTEREST, Quadrant.HIGH_INFLUENCE_HIGH_INTEREST),
    (Quadrant.LOW_INFLUENCE_LOW_INTEREST, Quadrant.LOW_INFLUENCE_HIGH_INTEREST),
)
KEY_PLAYER = "★"
KEY_LEADER = "♦"
GAP = "  "


def exactly(text: str, width: int) -> str:
    """``text`` cut or padded to exactly ``width`` cells."""
    return pad(fit(text, width), width)


def pack(names: list[str], width: int, rows: int, lang: Language) -> list[str]:
    """Names flowed into at most ``rows`` lines of ``width`` cells.

    Names that do not fit are left out whole and counted on the last line
    ("…and 3 more"), so every name shown is shown in full. Only the names
    that can be shown are measured: a province's quadrant holds thousands.
    """
    lines: list[list[str]] = [[]]
    placed = 0
    for name in names:
        name = fit(name, width)
        if cell_width(GAP.join([*lines[-1], name])) > width:
            if len(lines) == rows:
                break  # this name, and every one after it, would go below the last line
            lines.append([])
        lines[-1].append(name)
        placed += 1
    else:
        return [GAP.join(line) for line in lines if line]
    return with_more(lines, len(names) - placed, width, lang)


def with_more(shown: list[list[str]], hidden: int, width: int, lang: Language) -> list[str]:
    """The lines of names ``shown``, the last one ending with how many more are ``hidden``
    (names taken off it to make room are counted too)."""
    while True:
        more = tr(lang, "grid.more", count=hidden)
        last = GAP.join([*shown[-1], more])
        if cell_width(last) <= width or not shown[-1]:
            break
        shown[-1].pop()
        hidden += 1
    return [GAP.join(line) for line in shown[:-1]] + [fit(last, width)]


def names_within(names: Sequence[str], cells: int, lang: Language) -> str:
    """``names`` joined with commas, as many whole names as fit in ``cells`` terminal cells,
    the rest counted ("…and 3 more"). A province has thousands of stakeholders to score:
    the note under the grid had them all, and the screen wrapped every one to show two lines."""
    text = ""
    for index, name in enumerate(names):
        joined = f"{text}, {name}" if text else name
        rest = len(names) - index - 1
        tail = f" {tr(lang, 'grid.more', count=rest)}" if rest else ""
        if cell_width(joined + tail) > cells:
            more = tr(lang, "grid.more", count=len(names) - index)
            return f"{text} {more}" if text else more
        text = joined
    return text


def draw_grid(workbook: Workbook, width: int, height: int, lang: Language) -> list[str]:
    """The grid in ``width`` x ``height`` cells (at least 40 x 8), of the network as it
    stands: who left the network is not placed."""
    from tui.core.current import current

    workbook = current(workbook)
    width, height = max(width, 40), max(height, 8)
    grid = prioritise(workbook)
    names: dict[Quadrant, list[str]] = {quadrant: [] for quadrant in Quadrant}
    for stakeholder in workbook.stakeholders:
        placement = grid.placement(stakeholder.id)
        if placement is None or placement.quadrant is None:
            continue
        marks = (KEY_PLAYER if placement.key_player else "") + (KEY_LEADER if stakeholder.key_leader else "")
        names[placement.quadrant].append(f"{marks}{stakeholder.name}" if not marks else f"{marks} {stakeholder.name}")
    inner = (width - 3) // 2  # two cells and three borders
    right = width - 3 - inner
    rows = (height - 4) // 2  # top, middle and bottom borders, and the axis line
    lines: list[str] = []
    for row_index, row in enumerate(LAYOUT):
        left_q, right_q = row
        corner = ("┌", "┬", "┐") if row_index == 0 else ("├", "┼", "┤")
        lines.append(corner[0] + _title(left_q, inner, lang) + corner[1] + _title(right_q, right, lang) + corner[2])
        left_lines = pack(names[left_q], inner - 2, rows, lang)
        right_lines = pack(names[right_q], right - 2, rows, lang)
        for i in range(rows):
            left_text = left_lines[i] if i < len(left_lines) else ""
            right_text = right_lines[i] if i < len(right_lines) else ""
            lines.append(f"│ {exactly(left_text, inner - 2)} │ {exactly(right_text, right - 2)} │")
    lines.append("└" + "─" * inner + "┴" + "─" * right + "┘")
    axis = f"{tr(lang, 'grid.influence_axis')}   {tr(lang, 'grid.interest_axis')}   {tr(lang, 'grid.legend')}"
    lines.append(exactly(axis, width))
    return lines


def _title(quadrant: Quadrant, width: int, lang: Language) -> str:
    """``─ 1 อิทธิพลมาก สนใจมาก ────``, exactly ``width`` cells."""
    title = fit(f"─ {quadrant.value} {quadrant.label(lang)} ", width)
    return title + "─" * (width - cell_width(title))
