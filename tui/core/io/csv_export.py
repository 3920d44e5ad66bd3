"""Kumu-style CSV: an elements sheet and a connections sheet that Kumu, spreadsheets and our import read.

Elements: ``Label`` (the name, in column A as Kumu requires), ``Type`` (the
kind), ``Description`` (the characteristics), then every other field of a
stakeholder under its field name (``sector``, ``contact``, ``influence`` …),
the day they left the network under ``End Date``, then ``Start Date`` and
``Tags``, then the ``analysis_*`` findings. Connections: ``From``, ``To``,
``Type`` (the relationship), ``Strength``, then ``form``, ``frequency``,
``duration``, ``notes``, the day the tie ended under ``End Date``, ``Start
Date``, ``Tags`` and ``analysis_bridge``.

The history, for Kumu's timeline: ``Start Date`` is the day of the first
snapshot that has the stakeholder or tie when the earliest snapshot did not
(it joined in between; GEXF's spells take the same days), ``End Date`` the
day it left or ended, both YYYY-MM-DD as a Kumu date field reads them.
Kumu's tagged-timeline control filters by years written in the ``Tags``
field, so ``Tags`` lists the years each one was in the network, from its
start (or the first year the workbook's history knows: a snapshot, a day
someone left or a tie ended) to its end (or the last such year), joined with
``|``; empty when the workbook has no history. The import reads ``End Date``
back as the day they left or the tie ended, and skips ``Start Date`` and
``Tags``, which are worked out again from the snapshots and the days.

Values are written for people: vocabulary values as their labels in the
export's language (``ภาครัฐ``, ``แน่นแฟ้น``), several values joined with
``|`` (Kumu's multi-value separator), yes/no as ``ใช่``/``ไม่ใช่`` or
``yes``/``no``. The import reads all of these back, so exporting and
importing gives the same stakeholders and ties.

Stakeholders are named by their Label in From/To. If two share a name, an
``ID`` column (the stakeholder ids) comes first — Kumu's own way of telling
them apart — and From/To use the ids.

Text that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) gets a leading ``'``, the usual
guard against CSV injection; the import takes it off again. The files are
UTF-8 with a byte-order mark, so Excel on a Thai Windows opens the Thai
correctly.
"""

from __future__ import annotations

import csv
import enum
import io
from collections import Counter
from dataclasses import dataclass
from typing import Any

from tui.core.analysis import Analysis, analyse
from tui.core.analysis.network import role_label
from tui.core.i18n import label, tr
from tui.core.io.attributes import END_DATE, LIST_SEPARATOR, NODE_ROLES, START_DATE, TAGS
from tui.core.io.values import FORMULA_START
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.schema import Shape, fields_of
from tui.core.snapshots import first_seen

#: Kumu's headings first; these fields are written under them.
ELEMENT_HEADINGS = {"name": "Label", "kind": "Type", "characteristics": "Description", "left": END_DATE}
CONNECTION_HEADINGS = {"relation": "Type", "strength": "Strength", "ended": END_DATE}
ELEMENT_FINDINGS = (
    "analysis_quadrant",
    "analysis_key_player",
    "analysis_strategy",
    "analysis_degree",
    "analysis_betweenness",
    "analysis_cluster",
    "analysis_roles",
)


def to_kumu(workbook: Workbook, analysis: Analysis | None = None, lang: str | None = None) -> tuple[str, str]:
    """The elements sheet and the connections sheet, as CSV text."""
    lang = lang or workbook.language
    found = analysis or analyse(workbook)
    counts = Counter(s.name for s in workbook.stakeholders)
    with_ids = any(n > 1 for n in counts.values())
    return _elements(workbook, found, lang, with_ids), _connections(workbook, found, lang, with_ids)


def _elements(workbook: Workbook, found: Analysis, lang: str, with_ids: bool) -> str:
    names = ["name", "kind", "characteristics"]
    names += [s.name for s in fields_of(Stakeholder) if s.name not in names and s.name != "id"]
    header = (["ID"] if with_ids else []) + [ELEMENT_HEADINGS.get(n, n) for n in names] + [START_DATE, TAGS]
    rows = [header + list(ELEMENT_FINDINGS)]
    timeline = Timeline.of(workbook)
    for stakeholder in workbook.stakeholders:
        row = [stakeholder.id] if with_ids else []
        row += [_cell(stakeholder, name, lang) for name in names]
        row += timeline.cells(stakeholder.id, stakeholder.left)
        row += _findings(stakeholder.id, found, lang)
        rows.append(row)
    return to_csv(rows)


def _connections(workbook: Workbook, found: Analysis, lang: str, with_ids: bool) -> str:
    names = ["relation", "strength"]
    names += [s.name for s in fields_of(Tie) if s.name not in (*names, "id", "a", "b")]
    header = ["From", "To"] + [CONNECTION_HEADINGS.get(n, n) for n in names] + [START_DATE, TAGS]
    rows = [header + ["analysis_bridge"]]
    by_id = {s.id: s for s in workbook.stakeholders}
    timeline = Timeline.of(workbook)
    for tie in workbook.ties:
        ends = [tie.a, tie.b] if with_ids else [by_id[tie.a].name, by_id[tie.b].name]
        bridge = _yes_no(tie.id in found.network.bridges, lang)
        rows.append(ends + [_cell(tie, name, lang) for name in names] + timeline.cells(tie.id, tie.ended) + [bridge])
    return to_csv(rows)


@dataclass(frozen=True)
class Timeline:
    """What the workbook knows of when each stakeholder and tie joined, and the years of its history."""

    joined: dict[str, str]
    first: int | None
    last: int | None

    @classmethod
    def of(cls, workbook: Workbook) -> Timeline:
        joined = first_seen(workbook)
        days = [snapshot.taken for snapshot in workbook.snapshots] + list(joined.values())
        days += [s.left for s in workbook.stakeholders if s.left] + [t.ended for t in workbook.ties if t.ended]
        years = [int(day[:4]) for day in days if day[:4].isdigit()]
        return cls(joined, min(years, default=None), max(years, default=None))

    def cells(self, record_id: str, end: str) -> list[str]:
        """``Start Date`` and ``Tags`` of one stakeholder or tie that left or ended on ``end`` (or "")."""
        start = self.joined.get(record_id, "")
        if self.first is None or self.last is None:
            return [start, ""]
        years = range(int(start[:4]) if start else self.first, (int(end[:4]) if end else self.last) + 1)
        return [start, LIST_SEPARATOR.join(str(year) for year in years)]


def _cell(record: Any, name: str, lang: str) -> str:
    spec = next(s for s in fields_of(type(record)) if s.name == name)
    value = getattr(record, name)
    if value is None:
        return ""
    if spec.shape in (Shape.FLAG, Shape.MAYBE_FLAG):
        return _yes_no(value, lang)
    if spec.shape is Shape.CHOICES:
        return LIST_SEPARATOR.join(label(lang, v) for v in value)
    if spec.shape is Shape.TEXTS:  # the groups that named it, in a merged workbook
        return LIST_SEPARATOR.join(value)
    if isinstance(value, enum.StrEnum):
        return label(lang, value)
    return str(value)


def _findings(stakeholder_id: str, found: Analysis, lang: str) -> list[str]:
    placement = found.grid.placement(stakeholder_id)
    net = found.network
    cluster = net.cluster_of(stakeholder_id)
    return [
        str(int(placement.quadrant)) if placement and placement.quadrant else "",
        _yes_no(bool(placement and placement.key_player), lang),
        label(lang, placement.strategy) if placement and placement.strategy else "",
        str(net.degree.get(stakeholder_id, 0)),
        f"{net.betweenness.get(stakeholder_id, 0.0):.4f}",
        str(cluster) if cluster else "",
        LIST_SEPARATOR.join(role_label(lang, r) for r in NODE_ROLES if stakeholder_id in getattr(net, r)),
    ]


def _yes_no(value: bool, lang: str) -> str:
    return tr(lang, "io.yes" if value else "io.no")


def guard(text: str) -> str:
    """``'`` before text a spreadsheet would take for a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def to_csv(rows: list[list[str]]) -> str:
    """Rows as CSV text, every cell guarded against formulas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([guard(cell) for cell in row])
    return buffer.getvalue()
