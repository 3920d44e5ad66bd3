"""The ``phakhi`` command: open the workbook screens, or work on files without them.

``phakhi [FILE]`` opens the TUI. Subcommands (``new``, ``check``) import only
``tui.core``, so they start fast and work without a terminal — in scripts, CI
and over the thinnest SSH link. Exit codes follow Unix habit: 0 success,
1 failure to do the job, 2 a workbook (or the command line) is invalid.
Messages go to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.core import store
from tui.core.i18n import default_language, normalise_language, tr
from tui.core.model import Workbook
from tui.core.problems import ChangedOnDisk, SaveFailed, WorkbookError
from tui.core.vocab import Language

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2


def _language(value: str) -> Language:
    chosen = normalise_language(value)
    if chosen is None:
        raise argparse.ArgumentTypeError("use th or en")
    return chosen


def _add_lang(parser: argparse.ArgumentParser, lang: Language) -> None:
    parser.add_argument("--lang", type=_language, metavar="th|en", help=tr(lang, "cli.lang"))


def build_parser(lang: Language) -> argparse.ArgumentParser:
    """One parser with subcommands; ``FILE`` alone means "open it"."""
    parser = argparse.ArgumentParser(
        prog="phakhi",
        description=tr(lang, "cli.description"),
        epilog="phakhi FILE  |  phakhi new FILE  |  phakhi check FILE...  (phakhi COMMAND --help)",
    )
    parser.add_argument("--version", action="version", version=f"phakhi {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opened = commands.add_parser("open", help=tr(lang, "cli.open"), description=tr(lang, "cli.open"))
    opened.add_argument("file", type=Path, nargs="?", metavar="FILE", help=tr(lang, "cli.file"))
    _add_lang(opened, lang)

    new = commands.add_parser("new", help=tr(lang, "cli.new"), description=tr(lang, "cli.new"))
    new.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    new.add_argument("--title", default="", help=tr(lang, "cli.new_title"))
    _add_lang(new, lang)

    check = commands.add_parser("check", help=tr(lang, "cli.check"), description=tr(lang, "cli.check"))
    check.add_argument("files", type=Path, nargs="+", metavar="FILE", help=tr(lang, "cli.check_files"))
    check.add_argument("-q", "--quiet", action="store_true", help=tr(lang, "cli.quiet"))
    _add_lang(check, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = default_language()
    parser = build_parser(lang)
    subcommands = {"open", "new", "check"}
    # "phakhi FILE" and bare "phakhi" mean "phakhi open ...".
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first not in subcommands and not {"-h", "--help", "--version"} & set(args_list):
        args_list = ["open", *args_list]
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    return {"open": run_open, "new": run_new, "check": run_check}[args.command](args, args.lang or lang)


def run_new(args: argparse.Namespace, lang: Language) -> int:
    path: Path = args.file
    if path.exists():
        _error(f"{tr(lang, 'cli.exists', path=path)} — {tr(lang, 'fix.exists', path=path)}")
        return EXIT_FAILED
    workbook = Workbook(language=args.lang or lang)
    workbook.project.title = args.title
    try:
        store.save(workbook, path, store.NO_FILE)
    except (ChangedOnDisk, SaveFailed) as error:
        _error(str(error))
        return EXIT_FAILED
    print(tr(lang, "cli.created", path=path))
    return EXIT_OK


def run_check(args: argparse.Namespace, lang: Language) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            workbook, _ = store.load(path, lang)
        except WorkbookError as error:
            status = EXIT_INVALID
            for problem in error.problems:
                _error(str(problem))
            _error(tr(lang, "cli.problems", path=path, count=len(error.problems)))
            continue
        if not args.quiet:
            print(tr(lang, "cli.valid", path=path, stakeholders=len(workbook.stakeholders), ties=len(workbook.ties)))
    return status


def run_open(args: argparse.Namespace, lang: Language) -> int:
    from tui.core.document import Document

    path: Path = args.file or Path("workbook.toml")
    try:
        document = Document.open(path, args.lang or lang)
    except WorkbookError as error:
        for problem in error.problems:
            _error(str(problem))
        _error(tr(lang, "cli.not_opened"))
        return EXIT_INVALID
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        _error(tr(lang, "cli.no_terminal"))
        return EXIT_FAILED
    from tui.app import make_app  # Textual is loaded only when screens are needed

    make_app(document, args.lang).run()
    return EXIT_OK


def _error(message: str) -> None:
    print(message, file=sys.stderr)


def entry() -> None:
    """The console script: exit with main's status."""
    sys.exit(main())
