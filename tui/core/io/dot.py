"""The network as Graphviz DOT, to draw with ``dot``, ``neato`` or ``sfdp`` into a handout.

Stakeholders are nodes labelled with their names, shaped by kind as on the
text map — an individual round (ellipse), a group or organisation square
(box), a network a hexagon — and filled by sector (ไตรพลัง) with three pale
colours that print well in grey. Key players get a double outline. Ties are
drawn as the seed asks, strong and weak apart: a strong tie (แน่นแฟ้น) solid
and twice as thick (``penwidth=2``), a weak one (หลวม ๆ) dashed; the
relationship's label (in the export's language), if any, rides on the
line; the project's title is the graph's label.

Every id and label is a double-quoted DOT string: ``"`` and ``\\`` are
escaped and line breaks become ``\\n``, so Thai names, quotes and
backslashes come out as typed. Graphviz reads UTF-8 (``charset``); give it a
font with Thai glyphs (``-Nfontname="Noto Sans Thai"``) if the default
has none.
"""

from __future__ import annotations

from tui.core.analysis import Analysis, analyse
from tui.core.i18n import label, tr
from tui.core.model import Workbook
from tui.core.vocab import Kind, Sector, Strength

SHAPES = {Kind.INDIVIDUAL: "ellipse", Kind.NODE: "box", Kind.NETWORK: "hexagon"}
FILLS = {Sector.PEOPLE: "#fdf3c4", Sector.ACADEMIC: "#d6e6f7", Sector.GOVERNMENT: "#dcefd9"}
STYLES = {Strength.STRONG: "style=solid, penwidth=2", Strength.WEAK: "style=dashed, penwidth=1"}


def quote(text: str) -> str:
    """``text`` as a double-quoted DOT string (also safe as a label: no escape left live)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{escaped}"'


def to_dot(workbook: Workbook, analysis: Analysis | None = None, lang: str | None = None) -> str:
    lang = lang or workbook.language
    found = analysis or analyse(workbook)
    title = workbook.project.title or tr(lang, "app.untitled")
    lines = [
        "graph phakhi {",
        f'  graph [label={quote(title)}, labelloc=t, charset="UTF-8", overlap=false, splines=true];',
        '  node [style=filled, fontsize=11, color="#555555"];',
        '  edge [color="#555555", fontsize=9];',
    ]
    for stakeholder in workbook.stakeholders:
        placement = found.grid.placement(stakeholder.id)
        outline = ", peripheries=2" if placement and placement.key_player else ""
        lines.append(
            f"  {quote(stakeholder.id)} [label={quote(stakeholder.name)}, shape={SHAPES[stakeholder.kind]}, "
            f'fillcolor="{FILLS[stakeholder.sector]}"{outline}];'
        )
    for tie in workbook.ties:
        relation = f", label={quote(label(lang, tie.relation))}" if tie.relation else ""
        lines.append(f"  {quote(tie.a)} -- {quote(tie.b)} [{STYLES[tie.strength]}{relation}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
