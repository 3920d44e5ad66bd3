"""``phakhi picture FILE --what map|grid|plan -o OUT.png``: a picture for a phone's chat group.

The map, step 6's grid or the planning table drawn into a PNG 1080 pixels
wide (``--width``), Thai set in the Sarabun font the ``picture`` extra brings
(tui/core/picture.py). ``--redact`` takes out what ``phakhi report --redact``
does. Errors are one line with the fix and exit 2, and nothing is written;
the picture is written whole or not at all (a temporary file, then a rename).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui import days
from tui.core import store
from tui.core.i18n import tr
from tui.core.problems import WorkbookError
from tui.core.vocab import Language

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2

Say = Callable[[str], Any]


def add_parser(commands: Any, lang: Language, language: Callable[[str], Language]) -> None:
    about = tr(lang, "picture.cli.help")
    drawn = commands.add_parser("picture", help=about, description=about)
    drawn.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    drawn.add_argument("--what", default="map", metavar="map|grid|plan", help=tr(lang, "picture.cli.what"))
    drawn.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.png", help=tr(lang, "picture.cli.output")
    )
    drawn.add_argument("--width", type=int, default=None, metavar="PIXELS", help=tr(lang, "picture.cli.width"))
    drawn.add_argument("--redact", action="store_true", help=tr(lang, "report.cli.redact"))
    drawn.add_argument("--lang", type=language, metavar="th|en", help=tr(lang, "cli.lang"))


def run_picture(
    args: argparse.Namespace,
    lang: Language,
    error: Say,
    say_problems: Callable[[Path, WorkbookError], None],
    write: Callable[[Path, bytes], bool],
) -> int:
    """Check what is asked, read the workbook, draw, and ``write`` the PNG (atomically, owner-only:
    the caller's; it has made sure ``-o`` is not the workbook itself)."""
    from tui.core.picture import MAX_WIDTH, MIN_WIDTH, missing
    from tui.core.picture_lines import picture_kind, picture_png

    kind = picture_kind(args.what)
    if kind is None:
        error(tr(lang, "picture.cli.unknown", what=args.what))
        return EXIT_INVALID
    if args.width is not None and not MIN_WIDTH <= args.width <= MAX_WIDTH:
        error(tr(lang, "picture.cli.bad_width", width=args.width, least=MIN_WIDTH, most=MAX_WIDTH))
        return EXIT_INVALID
    output: Path = args.output
    if not output.parent.is_dir():
        error(tr(lang, "picture.cli.no_folder", path=output, folder=output.parent))
        return EXIT_INVALID
    absent = missing()
    if absent:
        error(tr(lang, "picture.cli.needs_extra", packages=", ".join(absent)))
        return EXIT_FAILED
    try:
        workbook = store.read(args.file, lang, from_copy=True).workbook
    except WorkbookError as problem:
        say_problems(args.file, problem)
        return EXIT_INVALID
    said = args.lang or workbook.language
    data = picture_png(workbook, kind, said, redact=args.redact, width=args.width, today=days.today())
    return EXIT_OK if write(output, data) else EXIT_INVALID
