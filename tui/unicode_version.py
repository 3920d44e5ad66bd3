"""The core measures with the Unicode version Textual draws with, when the user names one.

Rich, and so Textual, measures text with the width table of the Unicode
version named by the environment variable ``UNICODE_VERSION`` (read at the
first measurement; not set, or "latest", is the newest rich has; a version
it has no table for takes the nearest older one). A user sets it to the
version their terminal draws with, so that what Textual lays out lines up
there. The core keeps a copy of the newest table only, as it imports no rich
(tui/core/cell_table.py): when the variable names another version, the app
hands the core the table Textual uses, so that the map, the tables and Thai
text are measured as Textual draws them. The commands that print without
Textual (``phakhi map``, ``report``) measure with the newest.

Rich keeps its tables in a private module (``rich._unicode_data``), read
here alone. ``install()`` is called as the app is made (``make_app``);
tests/test_cell_width.py makes the app under other versions.
"""

from __future__ import annotations

from rich._unicode_data import load

from tui.core import cells


def install() -> None:
    """From now on the core measures with Textual's table, if it is not the core's own."""
    table = load()  # the version Textual measures with: UNICODE_VERSION, or the newest
    if table.unicode_version != cells.unicode_version():
        cells.use_table(table.unicode_version, table.widths, table.narrow_to_wide)
