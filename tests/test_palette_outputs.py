"""Every export and picture from the app's palette: a file name beside the workbook, written whole,
and a word on screen saying where it went."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.ui_helpers import run_palette
from tui.app import make_app
from tui.core.document import Document
from tui.core.formats import ExportFormat
from tui.core.i18n import tr
from tui.core.outputs import OUTPUTS, Output, write_output
from tui.core.picture_lines import PictureKind
from tui.core.vocab import Language
from tui.screens.output_dialog import OutputDialog

SIZE = (80, 24)


def test_the_palette_offers_every_export_format_and_every_picture_each_also_redacted() -> None:
    for redact in (False, True):
        assert {o.fmt for o in OUTPUTS if o.fmt and o.redact is redact} == set(ExportFormat)
        assert {o.picture for o in OUTPUTS if o.picture and o.redact is redact} == set(PictureKind)
    for lang in Language:
        assert len({o.command(lang) for o in OUTPUTS}) == len(OUTPUTS)


def test_each_default_name_is_beside_the_workbook_and_named_after_it(tmp_path: Path) -> None:
    workbook = tmp_path / "organic-farming.th.toml"
    names = {o.key: o.default_path(workbook) for o in OUTPUTS}
    assert names["graphml"] == tmp_path / "organic-farming.th.graphml"
    assert names["html"] == tmp_path / "organic-farming.th.html"
    assert names["picture-map"] == tmp_path / "organic-farming.th-map.png"
    assert names["graphml-redacted"] == tmp_path / "organic-farming.th-redacted.graphml"
    assert names["picture-map-redacted"] == tmp_path / "organic-farming.th-redacted-map.png"
    assert len(set(names.values())) == len(names)
    assert workbook not in names.values()


def test_csv_writes_its_three_files(sample: Path, tmp_path: Path) -> None:
    entries = Document.open(sample).snapshot().entries
    written = write_output(Output(fmt=ExportFormat.CSV), entries, sample, tmp_path / "net.csv", Language.EN)
    assert sorted(p.name for p in written) == ["net-connections.csv", "net-elements.csv", "net-plan.csv"]
    assert all(p.exists() for p in written)


def test_a_redacted_export_holds_no_contact(sample: Path, tmp_path: Path) -> None:
    entries = Document.open(sample).snapshot().entries
    contact = next(s.contact for s in Document.open(sample).workbook.stakeholders if s.contact)
    (plain_file,) = write_output(Output(fmt=ExportFormat.JSON), entries, sample, tmp_path / "a.json", Language.TH)
    (masked,) = write_output(
        Output(fmt=ExportFormat.JSON, redact=True), entries, sample, tmp_path / "b.json", Language.TH
    )
    assert contact in plain_file.read_text(encoding="utf-8")
    assert contact not in masked.read_text(encoding="utf-8")


async def wait_for(pilot, path: Path) -> None:
    for _ in range(300):
        if path.exists():
            return
        await pilot.pause(0.05)


async def choose(pilot, typed: str) -> OutputDialog:
    await run_palette(pilot, typed)
    dialog = pilot.app.screen
    assert isinstance(dialog, OutputDialog)
    return dialog


async def test_an_export_from_the_palette_is_written_beside_the_workbook(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    notes: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        dialog = await choose(pilot, "Export: GraphML")
        expected = sample.with_name("organic-farming.th.graphml")
        assert dialog.query_one("#output-path", Input).value == str(expected)
        await pilot.press("enter")
        await wait_for(pilot, expected)
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert expected.read_text(encoding="utf-8").startswith("<?xml")
    assert "กลุ่มเกษตรอินทรีย์" in expected.read_text(encoding="utf-8")
    assert (expected.stat().st_mode & 0o777) == 0o600
    assert notes[-1] == tr(Language.EN, "output.written", paths=str(expected))


async def test_a_picture_from_the_palette_in_thai_under_the_name_typed(sample: Path, tmp_path: Path) -> None:
    pytest.importorskip("PIL", reason="pictures need the 'picture' extra")
    app = make_app(Document.open(sample), Language.TH)
    notes: list[str] = []
    target = tmp_path / "แผนที่.png"
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        dialog = await choose(pilot, tr(Language.TH, "command.picture", name=tr(Language.TH, "screen.map")))
        assert dialog.query_one("#output-path", Input).value == str(sample.with_name("organic-farming.th-map.png"))
        dialog.query_one("#output-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.press("escape")  # keys work while the picture is drawn
        await wait_for(pilot, target)
        await app.workers.wait_for_complete()
        await pilot.pause()
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">I", data[16:20])[0] == 1080
    assert notes[-1] == tr(Language.TH, "output.written", paths=str(target))


async def test_keys_work_while_a_file_is_written(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writing runs in a worker thread: held there until the test lets it go, the app still
    opens the map on "m", and the file comes after."""
    import threading

    import tui.writing_files

    release = threading.Event()
    real = tui.writing_files.write_output

    def held(*args, **kwargs):
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(tui.writing_files, "write_output", held)
    app = make_app(Document.open(sample), Language.EN)
    expected = sample.with_name("organic-farming.th.dot")
    async with app.run_test(size=SIZE) as pilot:
        await choose(pilot, "Export: DOT")
        await pilot.press("enter")
        await pilot.press("m")
        for _ in range(100):
            if type(app.screen).__name__ == "MapScreen":
                break
            await pilot.pause(0.05)
        assert type(app.screen).__name__ == "MapScreen"
        assert not expected.exists()
        release.set()
        await wait_for(pilot, expected)
        await app.workers.wait_for_complete()
    assert expected.read_text(encoding="utf-8").startswith("graph phakhi {")


async def test_a_folder_that_cannot_be_written_is_said_with_the_fix(sample: Path, tmp_path: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    notes: list[str] = []
    target = tmp_path / "no-such-folder" / "net.gexf"
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        dialog = await choose(pilot, "Export: GEXF")
        dialog.query_one("#output-path", Input).value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert not target.parent.exists()
    assert str(target) in notes[-1] and "choose a folder you can write to" in notes[-1]


async def test_the_workbook_itself_is_never_written_over(sample: Path) -> None:
    before = sample.read_bytes()
    app = make_app(Document.open(sample), Language.EN)
    notes: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        dialog = await choose(pilot, "Export: JSON")
        dialog.query_one("#output-path", Input).value = str(sample)
        await pilot.press("enter")
        await pilot.pause()
    assert sample.read_bytes() == before
    assert notes[-1] == tr(Language.EN, "output.same_file", path=str(sample))
