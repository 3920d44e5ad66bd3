"""``phakhi screenshot``: one screen of a workbook as an SVG picture, without a terminal.

For handouts, slides and the README: the app runs headless at a chosen size,
opens the screen asked for, waits until it has drawn (the map draws in a
worker thread), and Textual's own exporter writes what the terminal would
show. The workbook is only read: the app is given an in-memory copy whose
file lives in a temporary folder, so nothing it could write reaches the
real file — and with ``redact`` the copy has its contacts, phone numbers
and e-mail addresses taken out first (the same rules as ``export --redact``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tui import places
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Language

if TYPE_CHECKING:  # imported when a screenshot is taken: the command line starts without them
    from textual.pilot import Pilot

    from tui.app import PhakhiApp

#: Screen names a user can ask for: home, each place of the table (tui/places.py) by its id,
#: and the grid by its own name (step 6).
ALIASES = {"grid": "step6"}
SCREENS = ("home", *(place.id for place in places.PLACES), *ALIASES)
DEFAULT_SIZE = (100, 30)


def screenshot_svg(
    path: Path,
    screen: str,
    *,
    lang: Language | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    redact: bool = False,
    low_bandwidth: bool = False,
) -> str:
    """The SVG of ``screen`` for the workbook at ``path``; raises WorkbookError for a bad file."""
    from tui.app import make_app
    from tui.core.io.redact import redacted

    if screen not in SCREENS:
        raise ValueError(f"unknown screen {screen!r}")
    workbook, stamp = store.load(path, lang or Language.EN)
    if redact:
        workbook = redacted(workbook, lang or workbook.language)
    pictures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="phakhi-screenshot-") as folder:
        # Same file name, so the title line reads as it would; a folder of its own, so nothing reaches the real file.
        document = Document(Path(folder) / path.name, workbook, stamp)
        app = make_app(document, lang, low_bandwidth=low_bandwidth)

        async def take(pilot: Pilot[object]) -> None:
            _open(app, screen)
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            pictures.append(app.export_screenshot(title=f"phakhi · {path.name}"))
            app.exit()

        app.run(headless=True, size=size, auto_pilot=take)
    if not pictures:
        raise RuntimeError("the screen was not drawn")
    return pictures[0]


def _open(app: PhakhiApp, screen: str) -> None:
    if screen != "home":
        app.action_go(ALIASES.get(screen, screen))
