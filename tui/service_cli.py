"""``phakhi service``: one analysis service for a workshop's sessions over SSH.

``phakhi serve`` and ``phakhi workshop`` start one analysis service for the
sessions they start (tui/core/analysis_service.py): a session then never
imports networkx (12.5 MB of the 60 MB a workshop session may hold) and
leaves its analyses to one process at a lower priority. Participants who log
in over SSH start ``phakhi`` themselves, so nothing gave them one. This
command runs the service in the foreground until ctrl+c, at a socket in a
folder only its user can enter, and says the line that gives it to a
session (``export PHAKHI_ANALYSIS_SOCKET=…``): a room sharing one workshop
account puts that line in the account's shell profile. A session whose
service is gone works its analyses out itself, as before.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui.core.i18n import tr
from tui.core.vocab import Language

EXIT_OK = 0
EXIT_INVALID = 2

Say = Callable[[str], Any]


def default_socket() -> Path:
    """A socket in a folder of this user's own: in the runtime folder where there is one."""
    runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return Path(runtime) / f"phakhi-analysis-{os.getuid()}" / "socket"


def add_parser(commands: Any, lang: Language, language: Callable[[str], Language]) -> None:
    about = tr(lang, "service.cli.help")
    served = commands.add_parser("service", help=about, description=about)
    served.add_argument("--socket", type=Path, metavar="PATH", help=tr(lang, "service.cli.socket"))
    served.add_argument("--lang", type=language, metavar="th|en", help=tr(lang, "cli.lang"))


def run_service(args: argparse.Namespace, lang: Language, say: Say, error: Say) -> int:
    """Listen at the socket until ctrl+c (or SIGTERM); the socket goes with the service."""
    from tui.core import analysis_service

    address: Path = args.socket or default_socket()
    folder = address.parent
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700, parents=True)
    held = folder.stat()
    if not stat.S_ISDIR(held.st_mode) or held.st_uid != os.getuid() or stat.S_IMODE(held.st_mode) & 0o077:
        error(tr(lang, "service.not_private", folder=folder))
        return EXIT_INVALID
    if address.is_symlink() or address.exists():
        if not stat.S_ISSOCK(address.lstat().st_mode):
            error(tr(lang, "service.not_socket", path=address))  # a file of the user's: never removed
            return EXIT_INVALID
        if analysis_service.listens(str(address)):
            error(tr(lang, "service.running", path=address))
            return EXIT_INVALID
        address.unlink()  # left by a service that was killed
    try:
        # The default folder is the service's own; a folder the user named stays when it ends.
        service = analysis_service.Service(str(address), own_folder=args.socket is None)
    except OSError as cannot:  # a path too long for a socket, a folder not writable
        error(tr(lang, "service.cannot_listen", path=address, reason=cannot.strerror or cannot))
        return EXIT_INVALID
    signal.signal(signal.SIGTERM, lambda *_: service.close())
    say(tr(lang, "service.listening", path=address, variable=analysis_service.SOCKET_VARIABLE))
    try:
        analysis_service.warm()
        service.serve()
    except KeyboardInterrupt:
        pass
    finally:
        service.close()
        with contextlib.suppress(OSError):
            address.unlink()
    return EXIT_OK
