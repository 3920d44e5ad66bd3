"""The facilitator's view of the workshop room (``phakhi workshop``).

One row a group: the steps it has done, its stakeholders and ties; under
them the groups' network merged (tui/core/merge.py): its counts, the answers
that differ, the names waiting to be confirmed, and who is most tied. The
folder is looked at every few seconds, but the screen changes only when a
group's file did (tui/core/room.py), so an idle room sends nothing. ``k``
shows the highlighted group's link as a QR code for a phone, ``m`` the merged
network's map, and ``w`` writes the merge to a new file once the names likely
to be one are confirmed.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from tui.core.current import current
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.problems import ChangedOnDisk, SaveFailed, TooBigToSave, WorkbookError
from tui.core.room import Room
from tui.core.steps import STEP_NUMBERS
from tui.core.textmap import MapOptions, clusters_of, render
from tui.core.vocab import Language
from tui.screens.match_confirm import MatchScreen
from tui.widgets.keybar import KeyBar

#: How often the folder is looked at (seconds): a group's save shows within this.
LOOK_EVERY = 2.0


def qr_lines(text: str) -> list[str]:
    """``text`` as a QR code in half blocks, two rows of modules a line (dark modules are
    the block's foreground); none without the ``serve`` extra's QR library."""
    try:
        import segno
    except ImportError:
        return []
    rows = [list(row) for row in segno.make(text, error="l").matrix_iter(scale=1, border=2)]
    if len(rows) % 2:
        rows.append([0] * len(rows[0]))
    blocks = {(1, 1): "█", (1, 0): "▀", (0, 1): "▄", (0, 0): " "}
    return [
        "".join(blocks[(bool(a), bool(b))] for a, b in zip(top, bottom, strict=True))
        for top, bottom in zip(rows[::2], rows[1::2], strict=True)
    ]


class LinkCode(ModalScreen[None]):
    """One group's link, and its QR code to scan from a phone."""

    BINDINGS = [Binding("escape", "dismiss", "key.close", id="room.close")]

    def __init__(self, name: str, link: str, lang: Language) -> None:
        super().__init__()
        self.group, self.link, self.lang = name, link, lang

    def compose(self) -> ComposeResult:
        with Vertical(id="room-code"):
            yield Static(tr(self.lang, "room.code", group=self.group, link=self.link), id="room-code-link")
            yield Static("\n".join(qr_lines(self.link)), id="room-code-qr")
        yield KeyBar(self.lang)


class MergedMap(ModalScreen[None]):
    """The groups' network merged, as the map draws it (drawn in a thread: it may take a second)."""

    BINDINGS = [Binding("escape", "dismiss", "key.close", id="room.map_close")]

    def __init__(self, room: Room, lang: Language) -> None:
        super().__init__()
        self.room, self.lang = room, lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="room-map"):
            yield Static(tr(self.lang, "room.drawing"), id="room-map-text")
        yield KeyBar(self.lang)

    def on_mount(self) -> None:
        workbook = current(self.room.merged().workbook)
        options = MapOptions(width=max(self.app.size.width - 2, 40), lang=self.lang)
        self.run_worker(lambda: self._draw(workbook, options), thread=True, exclusive=True)

    def _draw(self, workbook: Workbook, options: MapOptions) -> None:
        text = render(workbook, options, clusters_of(workbook)).text()
        self.app.call_from_thread(self.query_one("#room-map-text", Static).update, Text(text))


class RoomView(Screen[None]):
    BINDINGS = [
        Binding("k", "code", "room.key_code", id="room.code"),
        Binding("m", "map", "room.key_map", id="room.map"),
        Binding("w", "write", "room.key_write", id="room.write"),
        Binding("ctrl+p", "app.command_palette", "room.key_timer", id="room.timer"),
        Binding("ctrl+t", "language", "key.language", id="room.language"),
        Binding("ctrl+q", "app.quit", "key.quit", id="room.quit", priority=True),
    ]

    def __init__(self, folder: Path, paths: list[Path], links: list[str], lang: Language) -> None:
        super().__init__()
        self.room = Room(folder, paths)
        self.links = links
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Static(id="room-heading")
        yield DataTable(id="room-groups", cursor_type="row")
        yield Static(id="room-merged")
        yield KeyBar(self.lang)

    def on_mount(self) -> None:
        self.room.look()
        self.show_room()
        self.query_one(DataTable).focus()
        self.set_interval(LOOK_EVERY, self.look_again)

    def look_again(self) -> None:
        if self.room.look():  # nothing changed: nothing drawn, nothing sent
            self.show_room()

    def show_room(self) -> None:
        lang = self.lang
        progress = self.room.progress()
        self.query_one("#room-heading", Static).update(
            tr(lang, "room.heading", folder=self.room.folder, groups=len(progress))
        )
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        for key in ("room.col.group", "room.col.steps", "room.col.stakeholders", "room.col.ties"):
            table.add_column(tr(lang, key))
        for group in progress:
            if group.done is None:
                steps = tr(lang, "room.not_read")
            else:
                steps = " ".join(str(n) if n in group.done else "·" for n in STEP_NUMBERS)
            table.add_row(group.name, steps, str(group.stakeholders), str(group.ties), key=group.name)
        table.move_cursor(row=row)
        merged = self.room.merged()
        workbook = merged.workbook
        lines = [
            tr(
                lang,
                "room.merged",
                stakeholders=len(workbook.stakeholders),
                ties=len(workbook.ties),
                spreads=len({(a.of, a.field) for a in workbook.answers}),
                likely=len(merged.likely),
            )
        ]
        lines += ["  " + tr(lang, "room.likely", name=p.name, same_as=p.same_as) for p in merged.likely[:3]]
        tied = self.room.most_tied()
        if tied:
            lines.append(tr(lang, "room.most_tied", names=", ".join(f"{name} ({n})" for name, n in tied)))
        self.query_one("#room-merged", Static).update("\n".join(lines))
        self.query_one(KeyBar).show(lang=lang)

    def action_code(self) -> None:
        row = self.query_one(DataTable).cursor_row
        if 0 <= row < len(self.links) and self.links[row]:
            self.app.push_screen(LinkCode(self.room.paths[row].stem, self.links[row], self.lang))
        else:
            self.notify(tr(self.lang, "room.no_link", path=self.room.paths[row] if row >= 0 else ""))

    def action_map(self) -> None:
        self.app.push_screen(MergedMap(self.room, self.lang))

    def action_write(self) -> None:
        """Confirm the names likely to be one (tui/screens/match_confirm.py), then write the
        groups' workbooks merged into a new file of the room's folder."""
        pending = self.room.merged().likely

        def answered(answers: list[bool | None] | None) -> None:
            if answers is None:
                return
            confirmed = [(pair.name, pair.same_as) for pair, same in zip(pending, answers, strict=True) if same]
            try:
                path = self.room.write_merged(confirmed)
            except WorkbookError as problems:
                self.notify(str(problems.problems[0]) if problems.problems else str(problems), severity="error")
                return
            except (OSError, SaveFailed, ChangedOnDisk, TooBigToSave) as failed:
                self.notify(str(failed), severity="error")
                return
            self.notify(tr(self.lang, "room.written", path=path))

        if pending:
            self.app.push_screen(MatchScreen(pending, self.lang), answered)
        else:
            answered([])

    def action_language(self) -> None:
        self.lang = Language.EN if self.lang is Language.TH else Language.TH
        self.show_room()
        timer = getattr(self.app, "room_timer", None)  # the room's app has one (tui/room_app.py)
        if timer is not None:
            timer.show_language()
