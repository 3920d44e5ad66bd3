"""``phakhi workshop``: each group's workbook, served by its own link, and the facilitator's room view."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import re
import shutil
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tui.cli import main
from tui.core import model, store
from tui.core.room import Room, group_files, prepare
from tui.core.vocab import Language
from tui.room_app import RoomApp
from tui.screens import room_view
from tui.screens.match_confirm import MatchScreen
from tui.screens.room_view import LinkCode, MergedMap, qr_lines
from tui.widgets.keybar import KeyBar
from tui.workshop import Served, serve_groups, stop

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
THAI = SAMPLES / "organic-farming.th.toml"
SERVE_EXTRA = pytest.mark.skipif(importlib.util.find_spec("textual_serve") is None, reason="the optional serve extra")


def test_each_group_gets_a_workbook_of_its_own_and_one_there_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "room"
    paths = prepare(folder, 3, "ผักปลอดภัย", Language.TH)
    assert [p.name for p in paths] == ["group-1.toml", "group-2.toml", "group-3.toml"]
    assert all(p.stat().st_mode & 0o077 == 0 for p in paths)
    assert store.load(paths[0])[0].project.title == "ผักปลอดภัย"
    shutil.copyfile(THAI, paths[1])
    before = paths[1].read_bytes()
    prepare(folder, 3, "another", Language.TH)  # the workshop started again goes on
    assert paths[1].read_bytes() == before


def test_the_room_reads_each_groups_progress_again_only_when_its_file_changed(tmp_path: Path) -> None:
    paths = prepare(tmp_path, 2, "", Language.TH)
    room = Room(tmp_path, paths)
    assert room.look() is True and room.look() is False
    shutil.copyfile(THAI, paths[0])
    assert room.look() is True
    first, second = room.progress()
    assert (first.stakeholders, first.ties) == (19, 25) and first.done is not None and 1 in first.done
    assert (second.stakeholders, second.done) == (0, ())
    paths[1].write_text("format = ", encoding="utf-8")  # a group's file half written
    room.look()
    assert room.progress()[1].done is None and "group-2.toml" in room.progress()[1].problem
    assert len(room.merged().workbook.stakeholders) == 19  # the groups that load, merged


def test_a_link_is_drawn_as_a_qr_code_two_rows_a_line() -> None:
    lines = qr_lines("http://192.168.1.5:8001/?token=abcdefghijklmnopqrstuvwxyz012345")
    size = len(lines[0])
    assert size == 33 + 4  # version 4 (33 modules) and a border of two
    assert len(lines) == (size + 1) // 2 and set("".join(lines)) <= set("█▀▄ ")
    assert lines[0].strip() == ""  # the border
    assert [line[2:9] for line in lines[1:4]] == ["█▀▀▀▀▀█", "█ ███ █", "█ ▀▀▀ █"]  # a finder pattern, whole


async def test_the_room_view_shows_a_groups_save_and_the_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(room_view, "LOOK_EVERY", 0.05)
    paths = prepare(tmp_path, 2, "", Language.TH)
    served = [Served(path, f"http://127.0.0.1:{8001 + n}/?token=secret{n}", None) for n, path in enumerate(paths)]
    app = RoomApp(tmp_path, served, Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(DataTable)
        assert [table.get_row_at(row)[2:] for row in range(2)] == [["0", "0"], ["0", "0"]]
        shutil.copyfile(THAI, paths[1])  # group 2 saves
        await pilot.pause(0.3)
        assert table.get_row_at(1)[2:] == ["19", "25"]
        merged = str(app.screen.query_one("#room-merged", Static).render())
        assert merged.startswith("All groups merged: stakeholders 19 · ties 25") and "Most tied:" in merged
        await pilot.press("ctrl+t")
        assert str(app.screen.query_one("#room-merged", Static).render()).startswith("รวมทุกกลุ่ม: ภาคี 19")
        await pilot.press("down", "k")
        assert isinstance(app.screen, LinkCode)
        assert "http://127.0.0.1:8002/?token=secret1" in str(app.screen.query_one("#room-code-link", Static).render())
        await pilot.press("escape", "m")  # the merged network's map, drawn in a thread
        assert isinstance(app.screen, MergedMap)
        for _ in range(100):
            drawn = str(app.screen.query_one("#room-map-text", Static).render())
            if "กลุ่มเกษตรอินทรีย์" in drawn:
                break
            await pilot.pause(0.1)
        assert "กลุ่มเกษตรอินทรีย์" in drawn  # the Thai sample's hub, on the map


def test_the_number_of_groups_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["workshop", "room", "--groups", "0"])
    assert "1 to 40" in capsys.readouterr().err


def _free_ports(count: int) -> int:
    """The first of ``count`` ports in a row that nothing listens on."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            first = probe.getsockname()[1]
        if first + count < 65536 and all(_free(first + n) for n in range(count)):
            return first
    raise AssertionError("no free ports")


def _free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _status(url: str) -> int:
    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # the answer itself, not where it sends
            return None

    deadline = time.monotonic() + 30
    while True:
        try:
            return urllib.request.build_opener(Stay).open(url, timeout=5).status
        except urllib.error.HTTPError as answer:
            return answer.code
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextlib.contextmanager
def two_groups_served(folder: Path) -> Iterator[tuple[list[Path], int, list[Served]]]:
    """Two groups' workbooks, each served on its own port (the first given); stopped at the end."""
    paths = prepare(folder, 2, "", Language.TH)
    port = _free_ports(2)
    served = serve_groups(paths, "127.0.0.1", port, Language.TH)
    try:
        yield paths, port, served
    finally:
        stop(served)


@SERVE_EXTRA
def test_each_group_is_served_by_its_own_link_and_nothing_else(tmp_path: Path) -> None:
    with two_groups_served(tmp_path) as (_paths, port, served):
        first, second = served
        assert first.link.startswith(f"http://127.0.0.1:{port}/?token=")
        assert second.link.startswith(f"http://127.0.0.1:{port + 1}/?token=")
        assert _status(f"http://127.0.0.1:{port}/") == 403  # no secret
        token = second.link.split("token=")[1]
        assert _status(f"http://127.0.0.1:{port}/?token={token}") == 403  # another group's secret
        assert _status(first.link) == 303  # its own: the cookie, then the app
    assert all(group.process is not None and group.process.poll() is not None for group in served)
    assert [p.name for p in group_files(tmp_path, 2)] == ["group-1.toml", "group-2.toml"]


async def _type_in(port: int, link: str, keys: list[tuple[str, str | None]]) -> None:
    """A group's browser: open its link, then each key once the screen shows the words before it
    (None: only wait for them)."""
    import aiohttp

    def plain(data: bytes) -> str:
        return re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", data.decode("utf-8", "replace"))

    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        async with session.get(link) as page:
            assert page.status == 200
        socket_ = await session.ws_connect(f"http://127.0.0.1:{port}/ws", origin=f"http://127.0.0.1:{port}")
        async with socket_:
            await socket_.send_str(json.dumps(["resize", {"width": 80, "height": 24}]))
            received = b""
            for waited_for, key in keys:
                deadline = time.monotonic() + 30
                while waited_for not in plain(received):
                    assert time.monotonic() < deadline, plain(received)[-300:]
                    message = await asyncio.wait_for(socket_.receive(), 30)
                    received += message.data if isinstance(message.data, bytes) else message.data.encode()
                received = b""
                if key is not None:
                    await socket_.send_str(json.dumps(["stdin", key]))


@SERVE_EXTRA
def test_two_groups_type_in_their_browsers_and_the_room_shows_both_and_their_merge(tmp_path: Path) -> None:
    with two_groups_served(tmp_path) as (paths, port, served):  # stopped mid-session: what was typed is in the files
        assert _status(served[0].link) == 303  # listening
        _status(served[1].link)
        for n, group in enumerate(served):
            name = "นายกเทศมนตรี" if n == 0 else "นายกเทศมนตรี "  # one name, typed two ways
            steps = [("ระบุวัตถุประสงค์", "2"), ("พิมพ์ชื่อ", name), (name.strip(), "\r"), ("■", None)]
            asyncio.run(_type_in(port + n, group.link, steps))
        deadline = time.monotonic() + 30
        while not all(store.load(path)[0].stakeholders for path in paths):
            assert time.monotonic() < deadline, "a group's edit never reached its file"
            time.sleep(0.2)
    room = Room(tmp_path, paths)
    room.look()
    assert [(group.stakeholders, group.done is not None) for group in room.progress()] == [(1, True), (1, True)]
    (mayor,) = room.merged().workbook.stakeholders
    assert mayor.named_by == ["group-1", "group-2"]
    asyncio.run(_the_room_shows(tmp_path, served))


async def _the_room_shows(folder: Path, served: list[Served]) -> None:
    """The facilitator's view of what the groups typed: one stakeholder each, one merged."""
    app = RoomApp(folder, served, Language.EN)
    async with app.run_test(size=(80, 24)):
        table = app.screen.query_one(DataTable)
        assert [table.get_row_at(row)[2] for row in range(2)] == ["1", "1"]
        merged = str(app.screen.query_one("#room-merged", Static).render())
        assert merged.startswith("All groups merged: stakeholders 1 ·")


async def test_the_facilitator_confirms_the_likely_names_and_writes_the_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = prepare(tmp_path, 2, "", Language.TH)
    for path, name in zip(paths, ["รพ.สต.คลองใต้", "โรงพยาบาลส่งเสริมสุขภาพตำบลคลองใต้"], strict=True):
        workbook = store.load(path)[0]
        workbook.stakeholders.append(model.Stakeholder("s1", name))
        path.unlink()
        store.save(workbook, path, store.NO_FILE)
    app = RoomApp(tmp_path, [Served(path, "", None) for path in paths], Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "names to confirm 1" in str(app.screen.query_one("#room-merged", Static).render())
        await pilot.press("w")
        assert isinstance(app.screen, MatchScreen)
        await pilot.press("y", "enter")
        await pilot.pause()
        await pilot.press("w", "n", "enter")  # again, kept apart this time: a new file, the first kept
        await pilot.pause()
    first, second = store.load(tmp_path / "merged.toml")[0], store.load(tmp_path / "merged-2.toml")[0]
    assert [s.named_by for s in first.stakeholders] == [["group-1", "group-2"]]
    assert len(second.stakeholders) == 2


async def test_the_facilitator_starts_a_timer_from_the_rooms_palette(tmp_path: Path) -> None:
    paths = prepare(tmp_path, 1, "", Language.TH)
    app = RoomApp(tmp_path, [Served(paths[0], "", None)], Language.TH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"15")  # any minutes typed
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.room_timer.countdown is not None and app.room_timer.countdown.seconds == 15 * 60
        bar = app.screen.query_one(KeyBar)
        assert "15 นาที" in app.room_timer.shown and app.room_timer.shown in str(bar.render())
        await pilot.press("ctrl+t")  # the timer's words follow the room's language
        assert "15 min" in app.room_timer.shown and app.lang is Language.EN


def test_a_folder_that_is_not_one_is_refused_with_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "room.toml"
    not_a_folder.write_text("", encoding="utf-8")
    assert main(["workshop", str(not_a_folder), "--groups", "2", "--lang", "en"]) == 1
    said = capsys.readouterr().err
    assert f"cannot make the groups' workbooks in {not_a_folder}" in said and "name a folder you can write to" in said
    assert not_a_folder.read_text(encoding="utf-8") == ""
