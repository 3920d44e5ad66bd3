"""``phakhi merge G1.toml G2.toml … -o ALL.toml``: many groups' workbooks made one.

The facilitator of a workshop gathers each group's workbook and merges them
(tui/core/merge.py). Names that are only likely one stakeholder are never
merged silently: ``--dry-run`` prints them as a table to confirm (CSV, the
last column ``?``), and ``--matches FILE`` takes that table back with
``yes`` where the facilitator agreed. Every group's file is only read; the
merged workbook is a new file, owner-only, never written over another.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core import store
from tui.core.i18n import tr
from tui.core.problems import ChangedOnDisk, SaveFailed, TooBigToSave, WorkbookError
from tui.core.reading import read_regular
from tui.core.vocab import Language

if TYPE_CHECKING:
    from tui.core.merge import Likely, Merged

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("merge.why.",)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2
#: The matches table's columns, as ``--dry-run`` prints them and ``--matches`` reads them.
COLUMNS = ("name", "same_as", "why", "same")
#: What in the last column confirms a match (any case).
YES = frozenset({"yes", "y", "ใช่", "true", "1"})
#: Bigger than any matches table a workshop writes: anything bigger is not read.
MAX_MATCHES = 4 * 1024 * 1024

Say = Callable[[str], Any]


def add_parser(commands: Any, lang: Language, language: Callable[[str], Language]) -> None:
    about = tr(lang, "merge.cli.help")
    merged = commands.add_parser("merge", help=about, description=about)
    merged.add_argument("files", type=Path, nargs="+", metavar="FILE", help=tr(lang, "merge.cli.files"))
    merged.add_argument("-o", "--output", type=Path, metavar="ALL.toml", help=tr(lang, "merge.cli.output"))
    merged.add_argument("--dry-run", action="store_true", help=tr(lang, "merge.cli.dry_run"))
    merged.add_argument("--matches", type=Path, metavar="FILE", help=tr(lang, "merge.cli.matches"))
    merged.add_argument("--lang", type=language, metavar="th|en", help=tr(lang, "cli.lang"))


def run_merge(args: argparse.Namespace, lang: Language, say: Say, error: Say) -> int:
    """Read every group's workbook, merge, and write the new one (or, ``--dry-run``, print the
    likely matches). All or nothing: one file that does not load writes nothing."""
    from tui.core.merge import fit_for_a_name, group_name, merge, save, with_likely
    from tui.core.names import normal_name

    out: Path | None = args.output
    if out is None and not args.dry_run:
        error(tr(lang, "merge.cli.no_output"))
        return EXIT_FAILED
    if out is not None and not args.dry_run and (out.exists() or out.is_symlink()):
        error(f"{tr(lang, 'io.cli.exists', path=out)} — {tr(lang, 'io.cli.fix_exists')}")
        return EXIT_FAILED
    inputs = []
    named: dict[str, Path] = {}
    for path in args.files:
        group = group_name(path.stem)
        if not fit_for_a_name(group):
            error(tr(lang, "merge.cli.bad_group", path=path))
            return EXIT_FAILED
        if group in named:
            error(tr(lang, "merge.cli.same_group", group=group, first=named[group], second=path))
            return EXIT_FAILED
        named[group] = path
        try:
            inputs.append((group, store.read(path, lang).workbook))
        except WorkbookError as problems:
            for problem in problems.problems:
                error(str(problem))
            return EXIT_INVALID
    decided: list[tuple[str, str, bool]] = []
    if args.matches is not None:
        found = _read_matches(args.matches, lang, error)
        if found is None:
            return EXIT_INVALID
        decided = found
    merged = with_likely(merge(inputs, [(a, b) for a, b, same in decided if same]))
    said = {frozenset((normal_name(a), normal_name(b))) for a, b, _ in decided}
    pending = [
        pair for pair in merged.likely if frozenset((normal_name(pair.name), normal_name(pair.same_as))) not in said
    ]
    if pending and not args.dry_run and args.matches is None and at_a_terminal():
        answers = ask(pending, args.lang or lang)
        if answers is None:
            error(tr(lang, "merge.cli.left"))
            return EXIT_FAILED
        decided += [(pair.name, pair.same_as, bool(same)) for pair, same in zip(pending, answers, strict=True)]
        merged = with_likely(merge(inputs, [(a, b) for a, b, same in decided if same]))
        pending = [pair for pair, same in zip(pending, answers, strict=True) if same is None]
    if args.dry_run:
        say(matches_table(merged, lang, pending))
        error(counts(merged, lang))
        return EXIT_OK
    assert out is not None
    try:
        save(merged.workbook, out, lang)
    except WorkbookError as problems:
        for problem in problems.problems:
            error(str(problem))
        error(tr(lang, "merge.cli.not_written", path=out))
        return EXIT_INVALID
    except TooBigToSave as failed:
        error(str(failed))
        return EXIT_INVALID
    except (ChangedOnDisk, SaveFailed) as failed:
        error(str(failed))
        return EXIT_FAILED
    error(counts(merged, lang))
    if pending:
        error(tr(lang, "merge.cli.pending", count=len(pending), files=" ".join(map(str, args.files))))
    say(tr(lang, "io.cli.written", path=out))
    return EXIT_OK


def at_a_terminal() -> bool:
    """Someone to ask: the command's input and output are a terminal, not a script's pipes."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def ask(pairs: list[Likely], lang: Language) -> list[bool | None] | None:
    """The facilitator's answer to each pair, at the terminal (tui/merge_app.py)."""
    from tui.merge_app import ask as ask_at_terminal

    return ask_at_terminal(pairs, lang)


def counts(merged: Merged, lang: Language) -> str:
    """Counts in and out: nothing is dropped without being said."""
    workbook = merged.workbook
    lines = [
        tr(
            lang,
            "merge.cli.counts",
            groups=len(merged.groups),
            stakeholders_in=merged.stakeholders_in,
            stakeholders_out=len(workbook.stakeholders),
            ties_in=merged.ties_in,
            ties_out=len(workbook.ties),
            spreads=len({(a.of, a.field) for a in workbook.answers}),
        )
    ]
    if merged.ties_joined:
        lines.append(tr(lang, "merge.cli.ties_joined", count=merged.ties_joined))
    if merged.snapshots_left:
        lines.append(tr(lang, "merge.cli.snapshots_left", count=merged.snapshots_left))
    return "\n".join(lines)


def matches_table(merged: Merged, lang: Language, pending: list[Likely]) -> str:
    """The likely matches as CSV, one pair a row, the last column ``?`` to be made yes or no."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(COLUMNS)
    for pair in pending:
        writer.writerow((pair.name, pair.same_as, tr(lang, f"merge.why.{pair.why.value}"), "?"))
    return text.getvalue().rstrip("\n")


def _read_matches(path: Path, lang: Language, error: Say) -> list[tuple[str, str, bool]] | None:
    """The pairs the facilitator decided, and whether each is one stakeholder (``yes``) or
    two (anything else but ``?``); None after saying what is wrong, by line."""
    try:
        text = read_regular(path, MAX_MATCHES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as failed:
        error(tr(lang, "merge.cli.matches_unread", path=path, reason=getattr(failed, "strerror", None) or failed))
        return None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or tuple(cell.strip() for cell in rows[0][:4]) != COLUMNS:
        error(tr(lang, "merge.cli.matches_heading", path=path, columns=",".join(COLUMNS)))
        return None
    confirmed = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(COLUMNS):
            error(tr(lang, "merge.cli.matches_short", path=path, line=number, columns=",".join(COLUMNS)))
            return None
        answer = row[3].strip().casefold()
        if answer not in ("", "?"):
            confirmed.append((row[0].strip(), row[1].strip(), answer in YES))
    return confirmed
