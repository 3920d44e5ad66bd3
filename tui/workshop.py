"""``phakhi workshop FOLDER --groups N``: the facilitator's one command for the room.

Each group gets a workbook of its own in FOLDER (tui/core/room.py) and, when
the ``serve`` extra is there, its own ``phakhi serve`` on a port of its own
with its own secret link: a group's link opens only its workbook, and a page
without the secret is turned away (tui/serve_guard.py). Groups on the same
server over SSH open ``phakhi FOLDER/group-3.toml`` instead. The
facilitator's terminal shows the room (tui/screens/room_view.py): each
group's steps and counts, the timer, the groups' network merged, the names
waiting to be confirmed, and each link as a QR code for phones.

Stopping it loses nothing: each group's session saves every edit to its own
file as it goes, and a server stopped mid-edit leaves the session's recovery
copy, as a closed terminal does.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tui.core.i18n import tr
from tui.core.problems import ChangedOnDisk, SaveFailed
from tui.core.vocab import Language
from tui.serve import LOCAL_HOSTS, TOKEN_VARIABLE, analysis_service, public_host, public_url
from tui.serve_guard import Door


@dataclass(frozen=True)
class Served:
    """One group's workbook served to its browsers: its link, and the server serving it."""

    path: Path
    link: str
    process: subprocess.Popen[bytes] | None


def can_serve() -> bool:
    try:
        import textual_serve  # noqa: F401
    except ImportError:
        return False
    return True


def serve_groups(paths: list[Path], host: str, port: int, lang: Language) -> list[Served]:
    """A ``phakhi serve`` for each group on ``port``, ``port + 1``, …, each with its own secret."""
    shown = public_host(host)
    served = []
    for offset, path in enumerate(paths):
        number = port + offset
        token = secrets.token_urlsafe(24)
        link = Door.for_listening(host, number, shown, token).link(public_url(shown, number))
        command = [sys.executable, "-m", "tui", "serve", str(path), "--host", host, "--port", str(number)]
        process = subprocess.Popen(
            [*command, "--lang", lang.value],
            env=os.environ | {TOKEN_VARIABLE: token},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # ctrl+c in the room view reaches the view, which stops them
        )
        served.append(Served(path, link, process))
    return served


def stop(served: list[Served], wait: float = 5.0) -> None:
    """Stop every group's server: SIGTERM (each session saves on hang-up), then SIGKILL."""
    for group in served:
        if group.process is not None and group.process.poll() is None:
            os.killpg(group.process.pid, signal.SIGTERM)
    for group in served:
        if group.process is None:
            continue
        try:
            group.process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            os.killpg(group.process.pid, signal.SIGKILL)
            group.process.wait()


def run(folder: Path, groups: int, host: str, port: int, title: str, lang: Language) -> int:
    """Make the groups' workbooks, serve them, show the room until ctrl+q, stop the servers."""
    from tui.core.room import prepare

    try:
        paths = prepare(folder, groups, title, lang)
    except (OSError, SaveFailed, ChangedOnDisk) as failed:
        reason = failed.strerror if isinstance(failed, OSError) and failed.strerror else str(failed)
        print(tr(lang, "workshop.no_folder", folder=folder, reason=reason), file=sys.stderr)
        return 1
    served = [Served(path, "", None) for path in paths]
    serving = can_serve()
    with analysis_service() if serving else contextlib.nullcontext():  # one for every group's server
        if serving:
            served = serve_groups(paths, host, port, lang)
            if host not in LOCAL_HOSTS:
                print(tr(lang, "workshop.open"), file=sys.stderr)
        else:
            print(tr(lang, "serve.missing"), file=sys.stderr)
        try:
            from tui.room_app import RoomApp

            RoomApp(folder, served, lang).run()
        finally:
            stop(served)
    for group in served:
        print(f"{group.path.stem}: {group.link or group.path}")
    return 0
