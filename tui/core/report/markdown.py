"""The report as Markdown (CommonMark with GitHub's pipe tables).

Text from the workbook is escaped so that it reads as written: ``*``, ``_``,
brackets, ``|`` and the like get a backslash, ``<`` and ``&`` become
entities (no raw HTML gets through), and line breaks inside a table cell
become ``<br>`` — the only way to keep a multi-line cell (a plan row's
methods) in one table row.
"""

from __future__ import annotations

import re

from tui.core.report.blocks import Block, Fields, Heading, Paragraph, Report, Table

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def escape(text: str, *, inline: bool = False) -> str:
    """``text`` as Markdown that shows exactly these characters (one line).

    Unless ``inline`` (a table cell), a line that would start a heading, a
    list or a quote has its first mark escaped too.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return text if inline else _BLOCK_START.sub(_escape_start, text)


def _escape_start(match: re.Match[str]) -> str:
    space, mark = match.groups()
    return f"{space}{mark[:-1]}\\{mark[-1]}"


def _lines(text: str) -> str:
    """Several lines of text as Markdown lines ending in hard breaks."""
    return "\\\n".join(escape(line) for line in text.strip("\n").split("\n"))


def _cell(text: str) -> str:
    return "<br>".join(escape(line, inline=True) for line in text.split("\n")) if text else ""


def render_markdown(report: Report) -> str:
    return "\n\n".join(render_block(block) for block in report.blocks) + "\n"


def render_block(block: Block) -> str:
    if isinstance(block, Heading):
        return "#" * block.level + " " + escape(" ".join(block.text.split()))
    if isinstance(block, Paragraph):
        text = _lines(block.text)
        return f"*{text}*" if block.note else text
    if isinstance(block, Fields):
        items = []
        for field in block.items:
            item = f"- **{escape(field.label)}:** " + _lines(field.value).replace("\n", "\n  ")
            if field.note:
                item += "\\\n  *" + _lines(field.note).replace("\n", "\n  ") + "*"
            items.append(item)
        return "\n".join(items)
    return _table(block)


def _table(table: Table) -> str:
    lines = [
        "| " + " | ".join(_cell(h) for h in table.header) + " |",
        "|" + "|".join("---" for _ in table.header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)
