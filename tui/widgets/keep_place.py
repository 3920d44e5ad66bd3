"""A list refilled after an edit, an undo or a redo keeps the user on their record.

Screens refill their lists from the workbook after every change. Kept by
position, the highlight went to another record when one above it came back
(an undone removal) or went: step 3's page then showed someone else, and the
keys typed next went to them. Kept by id, it stays on the record while that
is listed; only when the record itself is gone does it fall to the same
position, as near as the list allows.
"""

from __future__ import annotations

from textual.widgets import OptionList


def place_of(options: OptionList) -> tuple[str | None, int | None]:
    """The id and position of the highlighted option, to find it again after a refill."""
    index = options.highlighted
    return (None if index is None else options.get_option_at_index(index).id), index


def back_to(options: OptionList, place: tuple[str | None, int | None]) -> None:
    """Highlight the option of that id if it is listed, else the same position."""
    kept, index = place
    ids = [options.get_option_at_index(n).id for n in range(options.option_count)]
    if not ids:
        return
    options.highlighted = ids.index(kept) if kept in ids else min(index or 0, len(ids) - 1)
