"""A list refilled after an edit, an undo or a redo keeps the user on their record.

Screens refill their lists from the workbook after every change. Kept by
position, the highlight went to another record when one above it came back
(an undone removal) or went: step 3's page then showed someone else, and the
keys typed next went to them. Kept by id, it stays on the record while that
is listed; only when the record itself is gone does it fall to the same
position, as near as the list allows.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

#: The id and position of the highlighted option.
Place = tuple[str | None, int | None]


def kept_index(place: Place, count: int, index_of: Callable[[str], int | None]) -> int | None:
    """Where the highlight goes in a refilled list of ``count`` options: to the option of
    that id if it is listed, else the same position; nowhere in an empty list."""
    if not count:
        return None
    kept, index = place
    found = None if kept is None else index_of(kept)
    return found if found is not None else min(index or 0, count - 1)


def place_of(options: OptionList) -> Place:
    """The id and position of the highlighted option, to find it again after a refill."""
    index = options.highlighted
    return (None if index is None else options.get_option_at_index(index).id), index


def back_to(options: OptionList, place: Place) -> None:
    """Highlight the option of that id if it is listed, else the same position."""
    ids = [options.get_option_at_index(n).id for n in range(options.option_count)]
    kept = kept_index(place, len(ids), lambda key: ids.index(key) if key in ids else None)
    if kept is not None:
        options.highlighted = kept
