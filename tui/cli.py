"""The ``phakhi`` command: open the workbook screens, or work on files without them.

``phakhi [FILE]`` opens the TUI. Subcommands (``new``, ``check``, ``report``, ``map``,
``import``, ``export``, ``snapshot``, ``diff``, ``health``)
import only ``tui.core``, so they start fast and work without a terminal — in scripts, CI
and over the thinnest SSH link. Exit codes follow Unix habit: 0 success,
1 failure to do the job, 2 a workbook (or the command line) is invalid.
Messages go to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__, days, history_cli, merge_cli, picture_cli, ready_ahead, service_cli, without_tls
from tui.core import kept_drawings, store
from tui.core.formats import ExportFormat, ReportFormat
from tui.core.i18n import default_language, normalise_language, tr
from tui.core.model import Workbook
from tui.core.outputs import same_file as _same_file
from tui.core.problems import ChangedOnDisk, Problem, SaveFailed, TooBigToSave, WorkbookError
from tui.core.visible import visible
from tui.core.vocab import Language

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("cli.analysis_", "io.layout.")

if TYPE_CHECKING:
    from tui.core.document import Document
    from tui.core.io.problems import RowProblem

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
        epilog=(
            "phakhi FILE  |  phakhi new FILE  |  phakhi check FILE...  |  phakhi report FILE  |  phakhi map FILE"
            "  |  phakhi snapshot FILE --label TEXT  |  phakhi diff OLD NEW  |  phakhi diff FILE --since LABEL"
            "  |  phakhi health FILE"
            "  |  phakhi import CSV [CSV] -o FILE  |  phakhi export FILE --format F  |  phakhi demo [SCRIPT]"
            "  |  phakhi screenshot FILE --screen S -o OUT.svg  |  phakhi picture FILE --what map -o OUT.png"
            "  |  phakhi serve FILE"
            "  (phakhi COMMAND --help)"
        ),
    )
    parser.add_argument("--version", action="version", version=f"phakhi {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opened = commands.add_parser("open", help=tr(lang, "cli.open"), description=tr(lang, "cli.open"))
    opened.add_argument("file", type=Path, nargs="?", metavar="FILE", help=tr(lang, "cli.file"))
    opened.add_argument("--force", action="store_true", help=tr(lang, "cli.force"))
    opened.add_argument(
        "--low-bandwidth", action=argparse.BooleanOptionalAction, default=None, help=tr(lang, "cli.low_bandwidth")
    )
    _add_lang(opened, lang)

    new = commands.add_parser("new", help=tr(lang, "cli.new"), description=tr(lang, "cli.new"))
    new.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    new.add_argument("--title", default="", help=tr(lang, "cli.new_title"))
    _add_lang(new, lang)

    check = commands.add_parser("check", help=tr(lang, "cli.check"), description=tr(lang, "cli.check"))
    check.add_argument("files", type=Path, nargs="+", metavar="FILE", help=tr(lang, "cli.check_files"))
    check.add_argument("-q", "--quiet", action="store_true", help=tr(lang, "cli.quiet"))
    _add_lang(check, lang)

    report = commands.add_parser("report", help=tr(lang, "report.cli.help"), description=tr(lang, "report.cli.help"))
    report.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    report.add_argument("--format", choices=[f.value for f in ReportFormat], help=tr(lang, "report.cli.format"))
    report.add_argument("--lang", type=_language, metavar="th|en", help=tr(lang, "report.cli.lang"))
    report.add_argument("--redact", action="store_true", help=tr(lang, "report.cli.redact"))
    report.add_argument("-o", "--output", type=Path, metavar="OUT", help=tr(lang, "report.cli.output"))

    drawn = commands.add_parser("map", help=tr(lang, "map.cli.help"), description=tr(lang, "map.cli.help"))
    drawn.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    drawn.add_argument("--width", type=_positive, metavar="N", help=tr(lang, "map.cli.width"))
    drawn.add_argument("--height", type=_positive, metavar="N", help=tr(lang, "map.cli.height"))
    drawn.add_argument("--ascii", action="store_true", help=tr(lang, "map.cli.ascii"))
    drawn.add_argument("--numbers", action="store_true", help=tr(lang, "map.cli.numbers"))
    drawn.add_argument("--focus", metavar="NAME|ID", help=tr(lang, "map.cli.focus"))
    drawn.add_argument("--depth", type=_positive, default=1, metavar="N", help=tr(lang, "map.cli.depth"))
    drawn.add_argument("--list", action="store_true", help=tr(lang, "map.cli.list"))
    drawn.add_argument("--since", metavar="LABEL", help=tr(lang, "map.cli.since"))
    _add_lang(drawn, lang)

    about = tr(lang, "io.cli.import_help")
    imported = commands.add_parser("import", help=about, description=about)
    imported.add_argument("elements", type=Path, metavar="ELEMENTS", help=tr(lang, "io.cli.elements"))
    imported.add_argument(
        "connections", type=Path, nargs="?", metavar="CONNECTIONS", help=tr(lang, "io.cli.connections")
    )
    imported.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help=tr(lang, "io.cli.import_output")
    )
    imported.add_argument("--title", default="", help=tr(lang, "io.cli.title"))
    imported.add_argument("--lang", type=_language, metavar="th|en", help=tr(lang, "io.cli.import_lang"))

    about = tr(lang, "io.cli.export_help")
    exported = commands.add_parser("export", help=about, description=about)
    exported.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    exported.add_argument("--format", choices=[f.value for f in ExportFormat], help=tr(lang, "io.cli.format"))
    exported.add_argument("-o", "--output", type=Path, metavar="OUT", help=tr(lang, "io.cli.export_output"))
    exported.add_argument("--redact", action="store_true", help=tr(lang, "io.cli.redact"))
    exported.add_argument("--lang", type=_language, metavar="th|en", help=tr(lang, "io.cli.export_lang"))

    from tui.screenshot import DEFAULT_SIZE, SCREENS

    about = tr(lang, "shot.cli.help")
    shot = commands.add_parser("screenshot", help=about, description=about)
    shot.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    shot.add_argument("--screen", choices=SCREENS, default="home", help=tr(lang, "shot.cli.screen"))
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.svg", help=tr(lang, "shot.cli.output"))
    shot.add_argument("--size", type=_size, default=DEFAULT_SIZE, metavar="COLSxROWS", help=tr(lang, "shot.cli.size"))
    shot.add_argument("--redact", action="store_true", help=tr(lang, "shot.cli.redact"))
    shot.add_argument("--low-bandwidth", action="store_true", help=tr(lang, "shot.cli.colours"))
    _add_lang(shot, lang)

    picture_cli.add_parser(commands, lang, _language)
    service_cli.add_parser(commands, lang, _language)

    about = tr(lang, "serve.cli.help")
    served = commands.add_parser("serve", help=about, description=about)
    served.add_argument("file", type=Path, metavar="FILE", help=tr(lang, "cli.file"))
    served.add_argument("--host", default="127.0.0.1", help=tr(lang, "serve.cli.host"))
    served.add_argument("--port", type=_positive, default=8000, help=tr(lang, "serve.cli.port"))
    _add_lang(served, lang)

    history_cli.add_parsers(commands, lang, _language)
    merge_cli.add_parser(commands, lang, _language)
    about = tr(lang, "workshop.cli.help")
    room = commands.add_parser("workshop", help=about, description=about)
    room.add_argument("folder", type=Path, metavar="FOLDER", help=tr(lang, "workshop.cli.folder"))
    room.add_argument("--groups", type=_groups, required=True, metavar="N", help=tr(lang, "workshop.cli.groups"))
    room.add_argument("--host", default="127.0.0.1", help=tr(lang, "serve.cli.host"))
    room.add_argument("--port", type=int, default=8001, help=tr(lang, "workshop.cli.port"))
    room.add_argument("--title", default="", help=tr(lang, "workshop.cli.title"))
    _add_lang(room, lang)

    about = tr(lang, "cli.demo")
    demo = commands.add_parser("demo", help=about, description=about)
    demo.add_argument("script", type=Path, nargs="?", metavar="SCRIPT", help=tr(lang, "cli.demo_script"))
    demo.add_argument("--speed", type=_speed, default=1.0, metavar="X", help=tr(lang, "cli.demo_speed"))
    demo.add_argument("--keep", action="store_true", help=tr(lang, "cli.demo_keep"))
    _add_lang(demo, lang)
    return parser


def _groups(value: str) -> int:
    """How many groups a workshop has: 1 to 40 (a room of two cores serves about forty sessions)."""
    if not value.isdigit() or not 1 <= int(value) <= 40:
        raise argparse.ArgumentTypeError("1 to 40")
    return int(value)


def _size(value: str) -> tuple[int, int]:
    """``100x30`` -> (100, 30); smaller than 20x8 is refused (nothing readable fits)."""
    columns, _, rows = value.lower().partition("x")
    if not (columns.isdigit() and rows.isdigit()) or int(columns) < 20 or int(rows) < 8:
        raise argparse.ArgumentTypeError(tr(default_language(), "shot.cli.bad_size"))
    return int(columns), int(rows)


def _speed(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(tr(default_language(), "cli.demo_bad_speed"))
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError("use a whole number of 1 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = default_language()
    parser = build_parser(lang)
    # "phakhi FILE" and bare "phakhi" mean "phakhi open ...".
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first not in COMMANDS and not {"-h", "--help", "--version"} & set(args_list):
        args_list = ["open", *args_list]
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    return COMMANDS[args.command](args, args.lang or lang)


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
    _say(tr(lang, "cli.created", path=path))
    return EXIT_OK


def run_check(args: argparse.Namespace, lang: Language) -> int:
    status = EXIT_OK
    for path in args.files:
        read = _read_or_say_why(path, lang)
        workbook = None if read is None else read.workbook
        _mention_recovery(path, workbook, lang)
        if read is None:
            status = EXIT_INVALID
            continue
        if not args.quiet:
            checked = read.workbook
            _say(tr(lang, "cli.valid", path=path, stakeholders=len(checked.stakeholders), ties=len(checked.ties)))
            _mention_analysis(path, read.data, lang)
    return status


def _mention_analysis(path: Path, data: bytes, lang: Language) -> None:
    """An ``[analysis]`` section that does not describe the entries above it (a file edited
    by hand, or saved while the analysis was worked out): say so, so no one takes it as current."""
    from tui.core import derived

    standing = derived.standing(data)
    if standing in ("stale", "pending"):
        _say(tr(lang, f"cli.analysis_{standing}", path=path))


def _mention_recovery(path: Path, workbook: Workbook | None, lang: Language) -> None:
    """Unsaved work of a session that ended badly waits for this file: say so (the app offers it)."""
    from tui.core import recovery

    found = recovery.waiting(path, workbook, lang, tidy=False)
    if found is not None:
        _error(tr(lang, "recovery.waiting", path=path, time=found.written_local()))


def run_report(args: argparse.Namespace, lang: Language) -> int:
    """The whole analysis as a handout: to stdout, or atomically to an owner-only file."""
    from tui.core import derived_read
    from tui.core.current import current
    from tui.core.report import build_report, format_for, render

    read = _read_or_say_why(args.file, lang, from_copy=True)
    if read is None:
        return EXIT_INVALID
    if args.output is not None and _same_file(args.output, args.file):
        _error(tr(lang, "report.cli.same_file", path=args.output))
        return EXIT_FAILED
    workbook = read.workbook
    kept = derived_read.analysis(current(workbook), derived_read.current_section(read.data))  # None: worked out anew
    lang = args.lang or workbook.language
    report = build_report(workbook, kept, lang=lang, redact=args.redact, today=days.today())
    text = render(report, format_for(args.output, args.format))
    if args.output is None:
        return _print_result(text)
    return EXIT_OK if _write_private(args.output, text.encode("utf-8"), lang) else EXIT_FAILED


def run_map(args: argparse.Namespace, lang: Language) -> int:
    """The network map as text on stdout; the legend in the workbook's language unless --lang says."""
    import shutil

    from tui.core import derived_read
    from tui.core.current import current
    from tui.core.textmap import MapOptions, UnknownFocus, View, clusters_of, render, resolve_focus

    read = _read_or_say_why(args.file, lang, from_copy=True)
    if read is None:
        return EXIT_INVALID
    workbook = current(read.workbook)  # who left and the ties that ended are not drawn
    said = args.lang or workbook.language
    marks = None
    if args.since is not None:
        from tui.core.since import since

        snapshot = history_cli.snapshot_named(read.workbook, args.since, args.file, lang, _error)
        if snapshot is None:
            return EXIT_FAILED
        marks = since(read.workbook, snapshot, said)
    clusters = derived_read.clusters(workbook, derived_read.map_section(read.data))
    if clusters is None:  # no current analysis in the file
        clusters = clusters_of(workbook)
    if args.focus is not None:
        try:
            resolve_focus(workbook, args.focus, clusters, lang)
        except UnknownFocus as error:
            _error(str(error))
            return EXIT_FAILED
    options = MapOptions(
        width=args.width or shutil.get_terminal_size((80, 24)).columns,
        height=args.height,
        ascii=args.ascii,
        numbered=args.numbers,
        lang=said,
        focus=args.focus,
        depth=args.depth,
        view=View.LIST if args.list else None,
        since=marks,
    )
    return _print_result(render(workbook, options, clusters).text() + "\n")


def run_import(args: argparse.Namespace, lang: Language) -> int:
    """CSV sheets (or a JSON export) to a new owner-only workbook: all or nothing, never over a file."""
    from tui.core.io import ImportProblems, import_sources, read_source

    out: Path = args.output
    if out.exists() or out.is_symlink():
        _error(f"{tr(lang, 'io.cli.exists', path=out)} — {tr(lang, 'io.cli.fix_exists')}")
        return EXIT_FAILED
    problems: list[RowProblem | Problem] = []
    sources = []
    for path in [args.elements] + ([args.connections] if args.connections else []):
        try:
            sources.append(read_source(path, lang))
        except ImportProblems as error:
            problems += error.problems
    try:
        if problems:
            raise ImportProblems(problems)
        imported = import_sources(*sources, lang=lang, language=args.lang, title=args.title)
    except ImportProblems as error:
        for problem in error.problems:
            _error(str(problem))
        for path, encoding in error.encodings.items():
            _error(tr(lang, "io.encoding", path=path, encoding=encoding))
        _error(tr(lang, "io.cli.not_imported", path=out, count=len(error.problems)))
        return EXIT_INVALID
    try:
        # A province's analysis takes longer than the import itself: it is worked out when first wanted.
        store.save(imported.workbook, out, store.NO_FILE, analysed=False)
    except TooBigToSave as error:  # the files were fine, the workbook they make too big to open
        _error(str(error))
        return EXIT_INVALID
    except (ChangedOnDisk, SaveFailed) as error:
        _error(str(error))
        return EXIT_FAILED
    encodings = ", ".join(tr(lang, "io.encoding", path=p, encoding=e) for p, e in imported.encodings.items())
    workbook = imported.workbook
    _say(
        tr(
            lang,
            "io.cli.imported",
            path=out,
            stakeholders=len(workbook.stakeholders),
            ties=len(workbook.ties),
            layout=tr(lang, f"io.layout.{imported.layout.value}"),
            encodings=encodings,
        )
    )
    if imported.skipped:
        _say(tr(lang, "io.skipped", names=", ".join(imported.skipped)))
    if imported.merged:
        _say(tr(lang, "io.merged", count=imported.merged))
    return EXIT_OK


def run_export(args: argparse.Namespace, lang: Language) -> int:
    """The workbook in another tool's format: to stdout, or atomically to owner-only files."""
    from tui.core.io import ExportFormat, export, format_for, output_paths

    fmt = args.format or format_for(args.output)
    if fmt is None:
        _error(tr(lang, "io.cli.no_format"))
        return EXIT_INVALID
    if fmt == ExportFormat.CSV and args.output is None:
        _error(tr(lang, "io.cli.csv_needs_output"))
        return EXIT_INVALID
    workbook = _load_or_say_why(args.file, lang)
    if workbook is None:
        return EXIT_INVALID
    files = export(workbook, fmt, lang=args.lang or workbook.language, redact=args.redact)
    if args.output is None:
        return _print_result(files[0].text)
    paths = output_paths(args.output, files)
    for path in paths:
        if _same_file(path, args.file):
            _error(tr(lang, "io.cli.same_file", path=path))
            return EXIT_FAILED
    for path, file in zip(paths, files, strict=True):
        if not _write_private(path, file.data, lang):
            return EXIT_FAILED
    return EXIT_OK


def run_screenshot(args: argparse.Namespace, lang: Language) -> int:
    """One screen as SVG, headless; the workbook is only read."""
    from tui.screenshot import screenshot_svg

    if _same_file(args.output, args.file):
        _error(tr(lang, "io.cli.same_file", path=args.output))
        return EXIT_FAILED
    try:
        picture = screenshot_svg(
            args.file, args.screen, lang=args.lang, size=args.size, redact=args.redact, low_bandwidth=args.low_bandwidth
        )
    except WorkbookError as error:
        _say_problems(args.file, error, lang)
        return EXIT_INVALID
    return EXIT_OK if _write_private(args.output, picture.encode("utf-8"), lang) else EXIT_FAILED


def run_picture(args: argparse.Namespace, lang: Language) -> int:
    """A PNG of the map, the grid or the planning table (tui/picture_cli.py)."""
    if _same_file(args.output, args.file):
        _error(tr(lang, "io.cli.same_file", path=args.output))
        return EXIT_INVALID
    return picture_cli.run_picture(
        args,
        lang,
        _error,
        lambda path, error: _say_problems(path, error, lang),
        lambda path, data: _write_private(path, data, lang, "picture.cli.not_written"),
    )


def run_serve(args: argparse.Namespace, lang: Language) -> int:
    """The app in a browser (the optional extra); the workbook is checked first, as ``open`` would."""
    from tui.serve import serve

    if args.file.exists() and _load_or_say_why(args.file, lang) is None:
        return EXIT_INVALID
    return serve(args.file, args.host, args.port, args.lang or lang)


def run_demo(args: argparse.Namespace, lang: Language) -> int:
    """A scripted walkthrough for a projector, played on a copy of its workbook (docs/DEMO.md)."""
    from tui.core.demo import load_script, shipped_script, workbook_copy
    from tui.core.document import Document

    path: Path = args.script or shipped_script(lang)
    try:
        script = load_script(path, lang)
    except WorkbookError as error:
        _say_problems(path, error, lang)
        return EXIT_INVALID
    if _load_or_say_why(script.workbook, lang) is None:
        return EXIT_INVALID
    if not _has_terminal(lang):
        return EXIT_FAILED
    from tui.app import low_bandwidth_by_default, make_app
    from tui.demo_player import DemoPlayer

    with workbook_copy(script, keep=args.keep) as copy:
        app = make_app(Document.open(copy, script.lang or lang), script.lang, low_bandwidth=low_bandwidth_by_default())
        app.run(auto_pilot=DemoPlayer(app, script, args.speed).autopilot)
    if args.keep:
        _error(tr(lang, "cli.demo_kept", path=copy))
    return EXIT_OK


def _write_private(path: Path, data: bytes, lang: Language, not_written: str = "io.cli.not_written") -> bool:
    """Write an output file atomically and owner-only (it may hold contacts), and say so on stderr
    (when it could not be, with the message ``not_written``)."""
    try:
        store.write_atomic(path, data, store.PRIVATE_MODE)
    except OSError as error:
        _error(tr(lang, not_written, path=path, reason=error.strerror or error))
        return False
    _error(tr(lang, "io.cli.written", path=path))
    return True


def run_snapshot(args: argparse.Namespace, lang: Language) -> int:
    return history_cli.run_snapshot(args, lang, _say, _error)


def run_merge(args: argparse.Namespace, lang: Language) -> int:
    return merge_cli.run_merge(args, lang, lambda text: _print_result(text + "\n"), _error)


def run_workshop(args: argparse.Namespace, lang: Language) -> int:
    from tui import workshop

    return workshop.run(args.folder, args.groups, args.host, args.port, args.title, lang)


def run_diff(args: argparse.Namespace, lang: Language) -> int:
    return history_cli.run_diff(args, lang, lambda text: _print_result(text + "\n"), _error)


def run_health(args: argparse.Namespace, lang: Language) -> int:
    return history_cli.run_health(args, lang, lambda text: _print_result(text + "\n"), _error)


def _print_result(text: str) -> int:
    """Write ``text`` to stdout as UTF-8 whatever the locale; a closed pipe (``| head``) is no error.
    A control character in it (from a file) is written out, never sent to the terminal as it is."""
    text = visible(text, lines=True)
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the flush at exit does not fail again
    return EXIT_OK


def run_open(args: argparse.Namespace, lang: Language) -> int:
    gc.disable()  # until the first frame is out: tui.app.collect_from_now_on says why
    try:
        return _open(args, lang)
    finally:
        gc.enable()


def _open(args: argparse.Namespace, lang: Language) -> int:
    from tui.core.document import Document

    path: Path = args.file or Path("workbook.toml")
    try:
        # A province's file is only looked at here; the app reads the rest after its first frame.
        document = Document.open_first_look(path, args.lang or lang, force=args.force)
    except WorkbookError as error:
        return _not_opened(error, lang)
    if not _has_terminal(lang):
        return EXIT_FAILED
    without_tls.import_asyncio()  # before Textual imports it: a session needs no OpenSSL (tui/without_tls.py)
    from tui.app import low_bandwidth_by_default, make_app  # Textual is loaded only when screens are needed

    low = low_bandwidth_by_default() if args.low_bandwidth is None else args.low_bandwidth
    app = make_app(document, args.lang, low_bandwidth=low)
    app.run()
    if app.open_failed is not None:
        return _not_opened(app.open_failed, lang)
    return after_session(app.document, args.lang or lang)


def _not_opened(error: WorkbookError, lang: Language) -> int:
    for problem in error.problems:
        _error(str(problem))
    _error(tr(lang, "cli.not_opened"))
    return EXIT_INVALID


def after_session(document: Document, lang: Language) -> int:
    """The app has left the screen: edits that no file took (the workbook and its recovery
    copy both refused them) go to a last-resort file, or to stderr; then exit 1."""
    from tui.core import last_resort

    if not last_resort.needed(document):
        return EXIT_OK
    try:
        copy = last_resort.write(document)
    except OSError:
        _error(tr(lang, "last_resort.dumped", path=document.path))
        sys.stderr.write(document.snapshot().entries)
        sys.stderr.flush()
        return EXIT_FAILED
    _error(tr(lang, "last_resort.written", path=document.path, copy=copy))
    return EXIT_FAILED


def _has_terminal(lang: Language) -> bool:
    """The screens need a terminal, unless Textual is told to draw elsewhere (phakhi serve's browser tabs)."""
    if sys.stdin.isatty() and sys.stdout.isatty() or os.environ.get("TEXTUAL_DRIVER"):
        return True
    _error(tr(lang, "cli.no_terminal"))
    return False


def _load_or_say_why(path: Path, lang: Language) -> Workbook | None:
    """The workbook at ``path``, or None after printing every problem (and how many) on stderr."""
    read = _read_or_say_why(path, lang)
    return None if read is None else read.workbook


def _read_or_say_why(path: Path, lang: Language, *, from_copy: bool = False) -> store.Read | None:
    """The workbook at ``path`` and the bytes it was read from (the file is read once; from
    the parsed copy the app kept, if ``from_copy`` and there is one), or None after printing
    every problem (and how many) on stderr."""
    try:
        return store.read(path, lang, from_copy=from_copy)
    except WorkbookError as error:
        _say_problems(path, error, lang)
        return None


def _say_problems(path: Path, error: WorkbookError, lang: Language) -> None:
    """Every problem of a file that could not be read, then how many, on stderr."""
    for problem in error.problems:
        _error(str(problem))
    _error(tr(lang, "cli.problems", path=path, count=len(error.problems)))


def _error(message: str) -> None:
    print(visible(message, lines=True), file=sys.stderr)


def _say(message: str) -> None:
    """A line for the user: file names and cells in it come from files, and are shown, not obeyed."""
    print(visible(message, lines=True))


#: Each subcommand and the function that runs it (the parser's subcommands, in build_parser).
COMMANDS = {
    "open": run_open,
    "new": run_new,
    "check": run_check,
    "report": run_report,
    "map": run_map,
    "import": run_import,
    "export": run_export,
    "screenshot": run_screenshot,
    "picture": run_picture,
    "serve": run_serve,
    "service": lambda args, lang: service_cli.run_service(args, lang, _say, _error),
    "demo": run_demo,
    "snapshot": run_snapshot,
    "diff": run_diff,
    "health": run_health,
    "merge": run_merge,
    "workshop": run_workshop,
}


def entry() -> None:
    """The console script: exit with main's status. Maps drawn from scratch are kept for the next
    session (tui/core/kept_drawings.py); a test calling :func:`main` draws from scratch every time."""
    kept_drawings.install()
    ready_ahead.install()
    sys.exit(main())
