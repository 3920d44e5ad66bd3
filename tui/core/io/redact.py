"""A copy of a workbook with the personal data taken out, for ``export --redact``.

Every export format is written from this copy, so no format can forget a
field: contacts are emptied, and every other piece of text — names, notes,
the project, the plan, the health reviews' evidence — goes through the report's :func:`redact_text`,
which replaces phone numbers, e-mail addresses and handles with the marker
``[ปิดไว้]`` / ``[redacted]`` (rules in docs/REPORT.md). Ids and references
are left alone: they are short ASCII codes, and changing one would cut a tie.
"""

from __future__ import annotations

import copy

from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.report.redact import redact_text
from tui.core.schema import Shape, fields_of
from tui.core.vocab import Language

#: Fields holding ids, never personal data.
REFERENCES = frozenset({"id", "a", "b", "stakeholder", "our_stakeholder"})
#: Fields emptied whatever they hold.
PERSONAL = frozenset({"contact"})


def redacted(workbook: Workbook, lang: Language | str) -> Workbook:
    """A deep copy of ``workbook`` with contacts removed and phone numbers and e-mails masked."""
    marker = tr(lang, "report.redacted")
    clean = copy.deepcopy(workbook)
    records: list[object] = [clean.project, *clean.stakeholders, *clean.ties, clean.plan, *clean.plan.rows]
    for record in records:
        for spec in fields_of(type(record)):
            if spec.name in REFERENCES:
                continue
            value = getattr(record, spec.name)
            if spec.name in PERSONAL:
                setattr(record, spec.name, "")
            elif spec.shape is Shape.TEXT:
                setattr(record, spec.name, redact_text(value, marker))
            elif spec.shape is Shape.TEXTS:
                setattr(record, spec.name, [redact_text(item, marker) for item in value])
    for review in clean.health:  # the evidence of a health review is free text too
        review.label = redact_text(review.label, marker)
        review.notes = {item: redact_text(note, marker) for item, note in review.notes.items()}
    return clean
