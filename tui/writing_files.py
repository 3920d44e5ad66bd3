"""The palette's exports and pictures: ask where, write in a worker thread, say where it went.

The entries are taken as they stand when the file name is given (the saved
text the autosave keeps ready, so taking it costs the screen nothing); the
writing — a picture takes one to two seconds, an export of a province's
network longer — runs in a thread, so keys keep working, and a notification
says where the file went or why it could not be written, with the fix.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tui import days
from tui.core.i18n import tr
from tui.core.outputs import Output, output_named, same_file, write_output
from tui.plain import plain
from tui.screens.dialog import Words
from tui.screens.output_dialog import OutputDialog

if TYPE_CHECKING:
    from tui.app import PhakhiApp


def ask_and_write(app: PhakhiApp, key: str) -> None:
    """Ask for the file name of the output ``key`` (tui/core/outputs.py), then write it."""
    output = output_named(key)
    title: Words = output.command
    source = app.document.path
    app.push_screen(
        OutputDialog(app.lang, title, output.default_path(source)), lambda target: _chosen(app, output, target)
    )


def _chosen(app: PhakhiApp, output: Output, target: Path | None) -> None:
    if target is None:
        return
    lang, source = app.lang, app.document.path
    if same_file(target, source):
        app.notify(tr(lang, "output.same_file", path=plain(target)), severity="error", timeout=8)
        return
    if output.picture is not None:
        from tui.core.picture import missing

        absent = missing()
        if absent:
            app.notify(tr(lang, "picture.cli.needs_extra", packages=", ".join(absent)), severity="error", timeout=10)
            return
    entries = app.document.snapshot().entries
    today = days.today()
    app.notify(tr(lang, "output.writing", path=plain(target)), timeout=2)

    def work() -> None:
        try:
            written = write_output(output, entries, source, target, lang, today)
        except OSError as error:
            failed = tr(lang, "output.not_written", path=plain(target), reason=error.strerror or error)
            app.call_from_thread(app.notify, failed, severity="error", timeout=10)
            return
        said = tr(lang, "output.written", paths=", ".join(plain(path) for path in written))
        app.call_from_thread(app.notify, said, timeout=6)

    app.run_worker(work, thread=True, group="output", exit_on_error=False)
