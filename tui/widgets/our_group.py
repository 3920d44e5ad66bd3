"""The line that says which stakeholder is our group, and the key that chooses it:
under step 1's form and in the planning table's dialog of our group."""

from __future__ import annotations

from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.vocab import Language
from tui.key_names import CHOOSE_OUR_GROUP, key_name
from tui.plain import plain


def our_group_line(workbook: Workbook, lang: Language) -> str:
    """Which stakeholder is our group, and the key that chooses it."""
    ours = workbook.stakeholder(workbook.plan.our_stakeholder)
    key = key_name(CHOOSE_OUR_GROUP)
    return plain(tr(lang, "our_group.is", name=ours.name, key=key) if ours else tr(lang, "our_group.none", key=key))
