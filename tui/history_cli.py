"""``phakhi snapshot``, ``phakhi diff`` and ``phakhi health``: the network over time, from the command line.

``phakhi snapshot FILE --label TEXT`` keeps a dated snapshot of the network
as it stands in the workbook (tui/core/snapshots.py); ``phakhi diff OLD NEW``
says in words what changed from one workbook to another, and ``phakhi diff
FILE --since LABEL`` what changed in a workbook since one of its snapshots;
``phakhi health FILE`` prints the latest network health review and the trend
of each item across the reviews (tui/core/health.py).
Like the other commands they import only the core.
"""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui.core import store
from tui.core.edit import EditError, Editor
from tui.core.i18n import tr
from tui.core.model import Snapshot, Workbook
from tui.core.problems import ChangedOnDisk, SaveFailed, TooBigToSave, WorkbookError
from tui.core.schema import is_iso_date
from tui.core.vocab import Language

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2

#: How the commands speak: print a result, say an error (both from tui/cli.py).
Say = Callable[[str], Any]


def _day(value: str) -> str:
    if not is_iso_date(value):
        raise argparse.ArgumentTypeError("use a day written YYYY-MM-DD")
    return value


def add_parsers(commands: Any, lang: Language, language: Callable[[str], Language]) -> None:
    """The two commands' arguments, beside the others of ``phakhi``."""
    about = tr(lang, "history.cli.snapshot")
    snap = commands.add_parser("snapshot", help=about, description=about)
    snap.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    snap.add_argument("--label", required=True, help=tr(lang, "history.cli.label"))
    snap.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help=tr(lang, "history.cli.date"))
    snap.add_argument("--lang", type=language, metavar="th|en", help=tr(lang, "cli.lang"))
    about = tr(lang, "history.cli.diff")
    compared = commands.add_parser("diff", help=about, description=about)
    compared.add_argument("old", type=Path, metavar="OLD", help=tr(lang, "history.cli.old"))
    compared.add_argument("new", type=Path, nargs="?", metavar="NEW", help=tr(lang, "history.cli.new"))
    compared.add_argument("--since", metavar="LABEL", help=tr(lang, "history.cli.since"))
    compared.add_argument("--lang", type=language, metavar="th|en", help=tr(lang, "history.cli.lang"))
    about = tr(lang, "health.cli.help")
    checked = commands.add_parser("health", help=about, description=about)
    checked.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    checked.add_argument("--lang", type=language, metavar="th|en", help=tr(lang, "history.cli.lang"))


def run_snapshot(args: argparse.Namespace, lang: Language, say: Say, error: Say) -> int:
    """Keep the snapshot and write the file. A current ``[analysis]`` section gives the
    measures and is written again as it was (a snapshot changes no finding), with the
    hash of the new entries: a province's analysis is not worked out twice."""
    from tui.core import derived, derived_read
    from tui.core.snapshots import take

    try:
        read = store.read(args.file, lang)
    except WorkbookError as problems:
        for problem in problems.problems:
            error(str(problem))
        return EXIT_INVALID
    workbook, section = read.workbook, derived_read.current_section(read.data)
    label = args.label.strip()
    day = args.date or datetime.date.today().isoformat()
    try:
        Editor(workbook).add_snapshot(take(workbook, label, day, section))
    except EditError as refused:
        error(str(refused))
        return EXIT_FAILED
    entries = store.entries_text(workbook)
    found = derived.section(workbook, entries) if section is None else section | {"entries": derived.version(entries)}
    try:
        store.write(
            store.file_text(entries, found).encode("utf-8"), args.file, store.FileStamp.of_bytes(read.data), lang
        )
    except (ChangedOnDisk, SaveFailed, TooBigToSave) as failed:
        error(str(failed))
        return EXIT_FAILED
    say(tr(lang, "history.cli.kept", label=label, day=day, path=args.file))
    return EXIT_OK


def run_diff(args: argparse.Namespace, lang: Language, say: Say, error: Say) -> int:
    """A workbook's measures come from its current ``[analysis]`` section when it has one."""
    from tui.core import derived_read
    from tui.core.snapshots import diff, take, words

    if (args.new is None) == (args.since is None):
        error(tr(lang, "history.cli.diff_usage"))
        return EXIT_FAILED
    paths = [args.old] if args.new is None else [args.old, args.new]
    reads = []
    for path in paths:
        try:
            reads.append(store.read(path, lang))
        except WorkbookError as problems:
            for problem in problems.problems:
                error(str(problem))
            return EXIT_INVALID
    workbooks = [read.workbook for read in reads]
    sections = [derived_read.current_section(read.data) for read in reads]
    newest = workbooks[-1]
    said = args.lang or newest.language  # the words' language: the workbook's, unless --lang says
    today = datetime.date.today().isoformat()
    now = take(newest, tr(said, "history.now") if args.new is None else str(args.new), today, sections[-1])
    if args.since is not None:
        old = snapshot_named(newest, args.since, args.old, lang, error)
        if old is None:
            return EXIT_FAILED
    else:
        old = take(workbooks[0], str(args.old), today, sections[0])
    say(words(diff(old, now), said, newest).rstrip("\n"))
    return EXIT_OK


def snapshot_named(workbook: Workbook, label: str, path: Path, lang: Language, error: Say) -> Snapshot | None:
    """The workbook's snapshot called ``label`` (``--since LABEL``); else None, having said
    which labels there are."""
    from tui.core.since import named

    found = named(workbook, label)
    if found is None:
        labels = ", ".join(kept.label for kept in workbook.snapshots) or tr(lang, "diff.none")
        error(tr(lang, "history.cli.no_label", label=label, path=path, labels=labels))
    return found


def run_health(args: argparse.Namespace, lang: Language, say: Say, error: Say) -> int:
    """The latest network health review and the trend of each item (tui/core/health.py)."""
    from tui.core.health import words

    try:
        workbook = store.read(args.file, lang).workbook
    except WorkbookError as problems:
        for problem in problems.problems:
            error(str(problem))
        return EXIT_INVALID
    say(words(workbook.health, args.lang or workbook.language).rstrip("\n"))
    return EXIT_OK
