"""What a picture shows, as lines of terminal cells: the map, the grid or the planning table.

``phakhi picture`` and the app's palette draw one of these into a PNG
(:mod:`tui.core.picture`). The lines are those the text commands print,
laid out for a phone's width: the map of ``phakhi map``, step 6's grid
(:mod:`tui.core.grid_text`) and the planning table of ``phakhi report``
(each row a record). With ``redact`` the workbook is first made the copy
``phakhi export --redact`` writes (contacts out, phone numbers and e-mail
addresses masked: :mod:`tui.core.io.redact`), so a picture shows no more
than the redacted report does.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from enum import StrEnum

from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.vocab import Language


class PictureKind(StrEnum):
    """What ``--what`` names."""

    MAP = "map"
    GRID = "grid"
    PLAN = "plan"


#: Columns of each picture: the width the text is laid out in (a 1080-pixel picture gives each
#: cell about 12 pixels at 80 columns, 15 at 64, 18 at 56).
COLUMNS = {PictureKind.MAP: 80, PictureKind.GRID: 64, PictureKind.PLAN: 56}
#: The grid's rows of names in each quadrant, at least.
GRID_ROWS = 4
#: The most lines a picture draws (about 15,000 pixels at 1080 wide): a province's plan would be
#: a picture of hundreds of megabytes that no chat app takes. The last line says how many more
#: there are and which command prints them all.
MAX_LINES = 400


@dataclass(frozen=True)
class PictureText:
    """A picture's title and subtitle (drawn larger, above) and its lines, at most ``columns``
    cells each; the lines numbered in ``bold`` are headings."""

    title: str
    subtitle: str
    lines: tuple[str, ...]
    columns: int
    bold: frozenset[int] = frozenset()


def picture_kind(name: str) -> PictureKind | None:
    """The kind ``name`` means (``map``, ``grid``, ``plan``), or None."""
    try:
        return PictureKind(name.strip().lower())
    except ValueError:
        return None


def picture_text(
    workbook: Workbook,
    kind: PictureKind,
    lang: Language,
    *,
    redact: bool = False,
    today: datetime.date | None = None,
) -> PictureText:
    """The title and lines of ``kind`` for ``workbook``, in ``lang``."""
    if redact:
        from tui.core.io.redact import redacted

        workbook = redacted(workbook, lang)
    text = _picture_text(workbook, kind, lang, today)
    if redact:  # said under the title, as the redacted report says it
        return replace(text, subtitle=f"{text.subtitle} · {tr(lang, 'picture.redacted')}")
    return text


def _picture_text(workbook: Workbook, kind: PictureKind, lang: Language, today: datetime.date | None) -> PictureText:
    from tui.core.current import current

    columns = COLUMNS[kind]
    project = workbook.project.title.strip() or tr(lang, "app.untitled")
    if kind is PictureKind.MAP:
        from tui.core.textmap import MapOptions, render

        lines = render(current(workbook), MapOptions(width=columns, lang=lang)).text().split("\n")
        return PictureText(project, tr(lang, "screen.map"), _at_most(_trimmed(lines), lang, "map"), columns)
    if kind is PictureKind.GRID:
        from tui.core.grid_text import draw_grid

        lines = _tight(draw_grid(workbook, columns, 2 * _grid_rows(workbook) + 4, lang))
        return PictureText(project, tr(lang, "analysis.grid"), _trimmed(lines), columns)
    whole, bold = _headings(_trimmed(_plan_lines(workbook, lang, today, columns)))
    plan = _at_most(whole, lang, "report")
    bold = frozenset(i for i in bold if i < len(plan) and plan[i] == whole[i])  # not the line saying how many more
    return PictureText(project, tr(lang, "screen.plan"), plan, columns, bold)


def _grid_rows(workbook: Workbook) -> int:
    """Rows of names in each quadrant: as many as the fullest quadrant has names (one a line at most)."""
    from collections import Counter

    from tui.core.analysis.grid import prioritise
    from tui.core.current import current

    now = current(workbook)
    grid = prioritise(now)
    placed = (grid.placement(s.id) for s in now.stakeholders)
    counts = Counter(p.quadrant for p in placed if p is not None and p.quadrant is not None)
    # At most MAX_LINES in all: a province's quadrant ends with "…and 40 more", as on screen.
    return min(max(GRID_ROWS, *counts.values(), 0), (MAX_LINES - 5) // 2)


def _tight(lines: list[str]) -> list[str]:
    """The grid without the empty rows below a band's names (one is kept): both bands have as many
    rows as the fullest quadrant needs, and a picture has no window to fill."""
    kept: list[str] = []
    for line in lines:
        empty = line.startswith("│") and not line.replace("│", "").strip()
        if empty and kept and kept[-1].startswith("│") and not kept[-1].replace("│", "").strip():
            continue
        kept.append(line)
    return kept


#: Characters a plain-text heading is underlined with (tui/core/report/text.py), and the dots
#: under a record's title.
UNDERLINES = frozenset("=-~.")


def _headings(lines: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[int]]:
    """``lines`` without the underlines of plain text, and the numbers of the lines they
    underlined (drawn in bold instead)."""
    kept: list[str] = []
    bold: set[int] = set()
    for line in lines:
        if kept and kept[-1].strip() and len(line) >= 3 and set(line) <= UNDERLINES:
            bold.add(len(kept) - 1)
            continue
        kept.append(line)
    return tuple(kept), frozenset(bold)


def _plan_lines(workbook: Workbook, lang: Language, today: datetime.date | None, columns: int) -> list[str]:
    """The report's planning table section (the shared vision, each row a record, what the plan
    lacks), as ``phakhi report`` prints it, in ``columns`` cells."""
    from tui.core.report import build_report
    from tui.core.report.blocks import Heading
    from tui.core.report.text import render_text

    report = build_report(workbook, lang=lang, today=today)
    title = tr(lang, "plan.title")
    headings = [(i, b) for i, b in enumerate(report.blocks) if isinstance(b, Heading)]
    start = next((i for i, b in headings if b.text == title), len(report.blocks))
    end = next((i for i, b in headings if i > start and b.level <= 2), len(report.blocks))
    section = replace(report, blocks=report.blocks[start + 1 : end])
    return render_text(section, columns).split("\n")


def _at_most(lines: tuple[str, ...], lang: Language, command: str) -> tuple[str, ...]:
    """``lines``, or the first :data:`MAX_LINES` of them and a line saying how many more there are."""
    if len(lines) <= MAX_LINES:
        return lines
    more = tr(lang, "picture.more_lines", count=len(lines) - MAX_LINES + 1, command=command)
    return (*lines[: MAX_LINES - 1], more)


def _trimmed(lines: list[str]) -> tuple[str, ...]:
    """``lines`` without trailing spaces and without blank lines at either end."""
    kept = [line.rstrip() for line in lines]
    while kept and not kept[-1]:
        kept.pop()
    while kept and not kept[0]:
        kept.pop(0)
    return tuple(kept)


def picture_png(
    workbook: Workbook,
    kind: PictureKind,
    lang: Language,
    *,
    redact: bool = False,
    width: int | None = None,
    today: datetime.date | None = None,
) -> bytes:
    """The picture of ``kind`` as PNG bytes, ``width`` pixels wide (default: a phone's 1080).
    Needs the ``picture`` extra (:func:`tui.core.picture.missing` says what is not installed)."""
    from tui.core.picture import DEFAULT_WIDTH, render, to_png

    text = picture_text(workbook, kind, lang, redact=redact, today=today)
    page = render(text.title, text.lines, text.columns, width or DEFAULT_WIDTH, subtitle=text.subtitle, bold=text.bold)
    return to_png(page)
