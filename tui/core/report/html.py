"""The report as one self-contained HTML file: escaped, with its language, ready to print.

No scripts, no external fonts or style sheets: the file opens the same on
a laptop with no network and prints on A4 with a simple print style (tables
keep their rows whole, headings stay with what follows). Every piece of text
is escaped with :func:`html.escape`; Thai stays as UTF-8 characters, and
``lang`` on the root element lets browsers pick Thai fonts and line-breaking.
"""

from __future__ import annotations

from html import escape

from tui.core.report.blocks import Block, Fields, Heading, Paragraph, Report, Table

STYLE = """
body { font-family: "Sarabun", "Noto Sans Thai", "Leelawadee UI", "Tahoma", sans-serif;
       line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #999; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
.note { color: #555; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.3rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
@page { size: A4; margin: 1.5cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, dt, dd { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
""".strip()


def _text(text: str) -> str:
    return "<br>\n".join(escape(line) for line in text.split("\n"))


def render_html(report: Report) -> str:
    lang = report.lang.value
    body = "\n".join(render_block(block) for block in report.blocks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(report.title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def render_block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f'<p class="note">{_text(block.text)}</p>' if block.note else f"<p>{_text(block.text)}</p>"
    if isinstance(block, Fields):
        items = []
        for field in block.items:
            note = f'<div class="note">{_text(field.note)}</div>' if field.note else ""
            items.append(f"<dt>{_text(field.label)}</dt><dd>{_text(field.value)}{note}</dd>")
        return "<dl>\n" + "\n".join(items) + "\n</dl>"
    return _table(block)


def _table(table: Table) -> str:
    head = "".join(f'<th scope="col">{_text(h)}</th>' for h in table.header)
    rows = "\n".join("<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>" for row in table.rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
