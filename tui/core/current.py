"""The network as it stands now: without the stakeholders who left it and the ties that ended.

A stakeholder who left the network (ออกจากเครือข่าย) and a tie that ended stay
in the workbook, with their day, so the history is kept (seed 000 line 312:
a good map shows the networks that joined and those that dissolved). The
measures of the ``[analysis]`` section, the report and ``phakhi map`` are
of the current network: they read :func:`current`, which leaves those out,
with every tie of a stakeholder who left.
"""

from __future__ import annotations

import dataclasses

from tui.core.i18n import tr
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.records import Records, TieRecords
from tui.core.vocab import Language


def has_left(stakeholder: Stakeholder) -> bool:
    return bool(stakeholder.left)


def has_ended(tie: Tie) -> bool:
    return bool(tie.ended)


def current(workbook: Workbook) -> Workbook:
    """``workbook`` without who left and the ties that ended (or touch one who left).

    The same object when nobody left and no tie ended (most workbooks: nothing
    is copied); else a copy sharing the records, which must not be edited."""
    gone = {s.id for s in workbook.stakeholders if s.left}
    if not gone and not any(tie.ended for tie in workbook.ties):
        return workbook
    people = [s for s in workbook.stakeholders if s.id not in gone]
    ties = [t for t in workbook.ties if not t.ended and t.a not in gone and t.b not in gone]
    return dataclasses.replace(workbook, stakeholders=Records(people), ties=TieRecords(ties))


def left(workbook: Workbook) -> list[Stakeholder]:
    """Who left the network, in workbook order."""
    return [s for s in workbook.stakeholders if s.left]


def ended(workbook: Workbook) -> list[Tie]:
    """The ties that ended, in workbook order."""
    return [t for t in workbook.ties if t.ended]


def left_mark(lang: Language, stakeholder: Stakeholder) -> str:
    """What follows the name of one who left, in a list: `` (ออกแล้ว 2026-03-01)``; else nothing."""
    return f" ({tr(lang, 'mark.left', day=stakeholder.left)})" if stakeholder.left else ""


def ended_mark(lang: Language, tie: Tie) -> str:
    """What follows a tie that ended, in a list: `` (สิ้นสุด 2026-04-30)``; else nothing."""
    return f" ({tr(lang, 'mark.ended', day=tie.ended)})" if tie.ended else ""
