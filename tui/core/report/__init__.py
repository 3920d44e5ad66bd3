"""The report: the whole analysis of a workbook as a handout (Markdown, plain text, HTML).

``phakhi report FILE`` and the report screen both come through here::

    report = build_report(workbook, lang="th", redact=True)
    text = render(report, ReportFormat.TXT, width=80)

:mod:`.build` turns the workbook and its analyses into :mod:`.blocks` (every
word already translated); :mod:`.text`, :mod:`.markdown` and :mod:`.html`
lay the blocks out; :mod:`.redact` takes contact details out; :mod:`tui.core.wrap`
wraps Thai and English to a width in terminal cells. What a report holds and
the redaction rules: docs/REPORT.md.
"""

from __future__ import annotations

from pathlib import PurePath

from tui.core.formats import ReportFormat
from tui.core.report.blocks import Field, Fields, Heading, Paragraph, Report, Table
from tui.core.report.build import build_report
from tui.core.report.html import render_html
from tui.core.report.markdown import render_markdown
from tui.core.report.redact import redact_text
from tui.core.report.text import WIDTH, render_text

__all__ = [
    "WIDTH",
    "Field",
    "Fields",
    "Heading",
    "Paragraph",
    "Report",
    "ReportFormat",
    "Table",
    "build_report",
    "format_for",
    "redact_text",
    "render",
    "render_html",
    "render_markdown",
    "render_text",
]


#: File name endings that choose a format when none is given.
SUFFIXES = {".md": ReportFormat.MD, ".markdown": ReportFormat.MD, ".html": ReportFormat.HTML, ".htm": ReportFormat.HTML}


def format_for(path: PurePath | str | None, given: ReportFormat | str | None = None) -> ReportFormat:
    """The format asked for, else the one the output file's name implies, else plain text."""
    if given:
        return ReportFormat(given)
    if path is not None:
        return SUFFIXES.get(PurePath(path).suffix.lower(), ReportFormat.TXT)
    return ReportFormat.TXT


def render(report: Report, fmt: ReportFormat | str = ReportFormat.TXT, *, width: int = WIDTH) -> str:
    """``report`` in ``fmt``; ``width`` (in terminal cells) applies to plain text only."""
    fmt = ReportFormat(fmt)
    if fmt is ReportFormat.MD:
        return render_markdown(report)
    if fmt is ReportFormat.HTML:
        return render_html(report)
    return render_text(report, width)
