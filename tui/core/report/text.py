"""The report as plain text: 80 columns by default, aligned by terminal cells.

Thai vowel and tone marks take no cell, so every column is measured with
:func:`tui.core.cells.cell_width` and long cells are wrapped with
:func:`tui.core.wrap.wrap`; no line is ever wider than the width asked for (a test
checks). A table that cannot give each column at least :data:`MIN_COLUMN`
cells is printed as one record per row instead — at 80 columns that is the
worksheet and the planning table, which hold sentences; on a wide screen
they are tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.cells import cell_width, pad
from tui.core.report.blocks import Block, Fields, Heading, Paragraph, Report, Table
from tui.core.wrap import wrap

#: The page width of a printed handout (and of a terminal at its smallest).
WIDTH = 80
#: Cells between two columns.
GAP = 2
#: The narrowest a column may get before the table is printed as records.
MIN_COLUMN = 10
#: A column is not made narrower than its longest word, up to this many cells.
MAX_WORD = 14
#: The first column keeps at least 1/FIRST_SHARE of the width, if it needs it.
FIRST_SHARE = 4
#: Below this many cells for the value, a label goes on a line of its own.
MIN_VALUE = 16
#: A label column takes at most this share of the width.
LABEL_SHARE = 0.4
#: Underlines of the three heading levels.
UNDERLINES = {1: "=", 2: "-", 3: "~"}
#: Notes are indented by this much.
NOTE_INDENT = "  "


def render_text(report: Report, width: int = WIDTH) -> str:
    """The whole report as text, lines at most ``width`` cells, ending in a newline."""
    width = max(20, width)
    lines: list[str] = []
    for block in report.blocks:
        rendered = render_block(block, width)
        if lines:
            lines.append("")
            if isinstance(block, Heading) and block.level <= 2:
                lines.append("")  # a section starts after a wider gap
        lines.extend(rendered)
    return "\n".join(line.rstrip() for line in lines) + "\n"


def render_block(block: Block, width: int) -> list[str]:
    if isinstance(block, Heading):
        lines = wrap(block.text, width)
        return [*lines, UNDERLINES.get(block.level, "~") * max(cell_width(line) for line in lines)]
    if isinstance(block, Paragraph):
        if block.note:
            return [NOTE_INDENT + line for line in wrap(block.text, width - len(NOTE_INDENT))]
        return wrap(block.text, width)
    if isinstance(block, Fields):
        return pairs([(f.label, f.value, f.note) for f in block.items], width)
    return table(block, width)


def label_width(labels: Sequence[str], room: int) -> int:
    """The label column: as wide as the widest label, up to :data:`LABEL_SHARE` of the room."""
    widest = max((cell_width(line) for text in labels for line in text.split("\n")), default=0)
    return min(widest, int(room * LABEL_SHARE))


def pairs(
    items: Sequence[tuple[str, str, str]],
    width: int,
    indent: str = "",
    labels: int | None = None,
    spaced: bool | None = None,
) -> list[str]:
    """Labels on the left, values (and notes under them) on the right.

    ``labels`` fixes the label column's width (default: fitted to these
    labels); ``spaced`` puts a blank line between items (default: when any
    item spans lines). When the value column would be narrower than
    :data:`MIN_VALUE`, each label stands on its own line with its value
    indented below.
    """
    if not items:
        return []
    room = width - len(indent)
    label_width_ = label_width([text for text, _v, _n in items], room) if labels is None else labels
    value_width = room - label_width_ - GAP
    stacked = value_width < MIN_VALUE
    blocks: list[list[str]] = []
    for label, value, note in items:
        if stacked:
            inner = room - GAP
            right = wrap(value, inner)
            if note:
                right += [NOTE_INDENT + line for line in wrap(note, inner - len(NOTE_INDENT))]
            blocks.append([indent + line for line in wrap(label, room)] + [indent + " " * GAP + line for line in right])
            continue
        left = wrap(label, label_width_)
        right = wrap(value, value_width)
        if note:
            right += [NOTE_INDENT + line for line in wrap(note, value_width - len(NOTE_INDENT))]
        height = max(len(left), len(right))
        left += [""] * (height - len(left))
        right += [""] * (height - len(right))
        blocks.append([indent + pad(a, label_width_) + " " * GAP + b for a, b in zip(left, right, strict=True)])
    return _join(blocks, spaced)


def _join(blocks: list[list[str]], spaced: bool | None = None) -> list[str]:
    """Blocks one after another, with a blank line between them if ``spaced``
    (default: if any spans lines)."""
    if spaced is None:
        spaced = any(len(block) > 1 for block in blocks)
    lines: list[str] = []
    for block in blocks:
        if lines and spaced:
            lines.append("")
        lines.extend(block)
    return lines


def column_widths(table: Table, width: int) -> list[int] | None:
    """Each column's width, or None when the table cannot fit as a table.

    A column's natural width is its widest cell line (and the widest word of
    its header, which may wrap). If the headers fit whole, they do; if the
    natural widths fit, the room left goes to the headers. Otherwise
    each column gets a floor — the first of these that fits: its longest
    word (up to :data:`MAX_WORD`) with the first column, which names the
    row, keeping 1/:data:`FIRST_SHARE` of the width; the longest words
    alone; :data:`MIN_COLUMN` with the first column's share; plain
    :data:`MIN_COLUMN` (never more than the natural width) — and what is
    left is shared out fairly, narrow columns first.
    """
    count = len(table.header)
    natural, words = [], []
    for index, head in enumerate(table.header):
        lines = [line for row in table.rows for line in row[index].split("\n")]
        widest = max((cell_width(line) for line in lines), default=0)
        head_word = max((cell_width(word) for word in head.split()), default=0)
        natural.append(max(1, widest, min(head_word, MIN_COLUMN) if widest < MIN_COLUMN else head_word))
        words.append(max((cell_width(word) for line in lines for word in line.split()), default=0))
    room = width - GAP * (count - 1)
    whole = [
        max(n, max((cell_width(line) for line in head.split("\n")), default=0))
        for n, head in zip(natural, table.header, strict=True)
    ]
    if sum(whole) <= room:
        return whole  # headers on one line
    if sum(natural) <= room:
        return _share(whole, natural, room)
    plain = [min(n, MIN_COLUMN) for n in natural]
    by_word = [min(n, max(MIN_COLUMN, min(w, MAX_WORD))) for n, w in zip(natural, words, strict=True)]
    first = min(natural[0], max(MIN_COLUMN, room // FIRST_SHARE))
    for floor in (by_word, plain):
        for share_first in (True, False):
            minimum = [max(floor[0], first), *floor[1:]] if share_first else floor
            if sum(minimum) <= room:
                return _share(natural, minimum, room)
    return None


def _share(natural: list[int], minimum: list[int], room: int) -> list[int]:
    """Widths between ``minimum`` and ``natural`` that add up to at most ``room``: max-min fair."""
    count = len(natural)
    widths = [0] * count
    order = sorted(range(count), key=lambda i: natural[i])
    left = room
    for position, index in enumerate(order):
        later = order[position + 1 :]
        share = left // (count - position)
        size = max(minimum[index], min(natural[index], share))
        size = min(size, left - sum(minimum[i] for i in later))
        widths[index] = size
        left -= size
    return widths


def table(block: Table, width: int) -> list[str]:
    widths = column_widths(block, width)
    if widths is None:
        return records(block, width)
    separator = " " * GAP
    head = _row(block.header, widths, separator)
    rule = separator.join("-" * w for w in widths)
    rows = [_row(row, widths, separator) for row in block.rows]
    return head + [rule] + _join(rows)


def _row(cells: Sequence[str], widths: list[int], separator: str) -> list[str]:
    columns = [wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
    height = max(len(c) for c in columns)
    return [
        separator.join(pad(c[line] if line < len(c) else "", w) for c, w in zip(columns, widths, strict=True))
        for line in range(height)
    ]


def records(block: Table, width: int) -> list[str]:
    """One record per row: its first cell as a title, then the other columns' label and value."""
    indent = " " * GAP
    labels = label_width(block.header[1:], width - len(indent))
    lines: list[str] = []
    for row in block.rows:
        if lines:
            lines.append("")
        title = wrap(row[0], width)
        lines += title + ["." * max(cell_width(line) for line in title)]
        items = [(head, cell, "") for head, cell in zip(block.header[1:], row[1:], strict=True) if cell.strip()]
        lines += pairs(items, width, indent=indent, labels=labels, spaced=False)
    return lines
