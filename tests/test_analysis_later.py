"""A save never waits for the analyses: the entries reach the file at once, the
``[analysis]`` section follows when it is worked out, and the file always says
which entries its analysis belongs to, so a stale one is never taken as current."""

from __future__ import annotations

import asyncio
import hashlib
import sys
import threading
import time
import tomllib
from pathlib import Path

import pytest

from tui.app import make_app
from tui.cli import main
from tui.core import analysis_child, derived, parsed_copy, store
from tui.core.analysis import analyse
from tui.core.analysis_child import AnalysisChild
from tui.core.document import Document
from tui.core.i18n import tr
from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Language, Sector

pytestmark = pytest.mark.usefixtures("quick_autosave")


@pytest.fixture
def workbook_file(tmp_path: Path) -> Path:
    workbook = Workbook(language=Language.TH)
    workbook.stakeholders += [Stakeholder("s1", "นายก ทม.", Sector.GOVERNMENT), Stakeholder("s2", "โรงพยาบาล")]
    path = tmp_path / "w.toml"
    store.save(workbook, path, store.NO_FILE)
    return path


@pytest.fixture
def in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even the small workbooks here are worked out in a child process, as a province's is."""
    monkeypatch.setattr(analysis_child, "IN_A_CHILD_FROM", 0)


def section(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))["analysis"]


def before_analysis(path: Path) -> bytes:
    """What a reader hashes, as FORMAT.md says: every byte before the ``[analysis]`` line."""
    data = path.read_bytes()
    return data[: data.rindex(b"\n[analysis]\n") + 1]


def test_a_save_writes_the_entries_and_says_the_analysis_is_on_its_way(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    document.editor.add_tie("s1", "s2")
    document.save()
    written = section(workbook_file)
    assert written == {
        "note": derived.PENDING_NOTE,
        "entries": hashlib.sha256(before_analysis(workbook_file)).hexdigest(),
        "ready": False,
    }
    assert derived.standing(workbook_file.read_bytes()) == "pending"
    assert len(store.load(workbook_file)[0].ties) == 1  # the edit is in the file already

    document.work_out_analysis(document.analysis_wanted)
    assert document.add_analysis()
    written = section(workbook_file)
    assert written["ready"] is True and written["entries"] == hashlib.sha256(before_analysis(workbook_file)).hexdigest()
    assert written["degree"] == {"s1": 1, "s2": 1}
    assert derived.standing(workbook_file.read_bytes()) == "current"


def test_an_analysis_of_older_entries_is_never_written_over_newer_ones(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    document.editor.add_tie("s1", "s2")
    document.save()
    older = document.analysis_wanted
    document.editor.update_stakeholder("s2", "name", "โรงพยาบาลชุมชน")
    document.save()  # newer entries reach the file while the older analysis is worked out
    document.work_out_analysis(older)
    assert not document.add_analysis()
    assert section(workbook_file)["ready"] is False
    assert store.load(workbook_file)[0].stakeholders[1].name == "โรงพยาบาลชุมชน"


def test_saving_entries_already_worked_out_writes_their_analysis_at_once(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    document.editor.add_tie("s1", "s2")
    document.save()
    document.work_out_analysis(document.analysis_wanted)
    document.editor.update_stakeholder("s2", "name", "อื่น")
    document.save()
    document.editor.undo()  # back to entries whose analysis is known
    document.save()
    assert section(workbook_file)["ready"] is True
    assert document.analysis_wanted is None


def test_a_file_edited_by_hand_says_its_analysis_is_stale(workbook_file: Path, capsys) -> None:
    assert derived.standing(workbook_file.read_bytes()) == "current"
    assert main(["check", str(workbook_file)]) == 0
    assert "[analysis]" not in capsys.readouterr().out
    text = workbook_file.read_text(encoding="utf-8").replace('name = "โรงพยาบาล"', 'name = "โรงเรียน"')
    workbook_file.write_text(text, encoding="utf-8")
    assert derived.standing(workbook_file.read_bytes()) == "stale"
    assert main(["check", str(workbook_file), "--lang", "en"]) == 0
    assert "the [analysis] section describes earlier entries" in capsys.readouterr().out


def test_a_section_that_names_no_entries_is_stale_and_none_is_none() -> None:
    assert derived.standing(b'format = "phakhi-workbook"\n\n[analysis]\nnote = "x"\n') == "stale"
    assert derived.standing(b'format = "phakhi-workbook"\n') is None


async def test_the_app_writes_the_entries_first_and_the_analysis_when_ready(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch, in_a_child: None
) -> None:
    """The analysis is held back until the entries are on disk: the file has the edit and
    says its analysis is on the way; then the analysis arrives, for those very entries."""
    release = threading.Event()
    real = AnalysisChild.work_out

    def slow_child(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(AnalysisChild, "work_out", slow_child)
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=(80, 24)) as pilot:
        document.editor.add_tie("s1", "s2")
        for _ in range(50):
            await pilot.pause(0.05)
            if app.save_state == "status.saved":
                break
        assert app.save_state == "status.saved"
        assert len(store.load(workbook_file)[0].ties) == 1
        assert section(workbook_file)["ready"] is False
        release.set()
        deadline = time.monotonic() + 60  # a child process starts and imports networkx: slow on a busy machine
        while time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            await app.workers.wait_for_complete()
            if derived.standing(workbook_file.read_bytes()) == "current":
                break
        assert derived.standing(workbook_file.read_bytes()) == "current"
        found = analyse(store.load(workbook_file)[0])
        assert section(workbook_file)["key_players"] == list(found.grid.key_players)


async def test_an_analysis_that_fails_says_so_and_the_entries_stay_saved(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch, in_a_child: None
) -> None:
    def broken(self, path: Path) -> list[str]:  # a child that fails as a broken analysis would
        return [sys.executable, "-c", r"import sys; sys.stderr.write('หาร\x1b[2Jศูนย์'); sys.exit(1)"]

    monkeypatch.setattr(AnalysisChild, "command", broken)
    document = Document.open(workbook_file)
    app = make_app(document, Language.EN)
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
    async with app.run_test(size=(80, 24)) as pilot:
        document.editor.add_tie("s1", "s2")
        for _ in range(100):
            await pilot.pause(0.05)
            if said:
                break
    assert said == [tr(Language.EN, "analysis.failed", reason="หาร\\x1b[2Jศูนย์")]
    assert len(store.load(workbook_file)[0].ties) == 1
    assert derived.standing(workbook_file.read_bytes()) == "pending"


# -- the analysis is worked out in a child process --


def test_the_child_works_out_the_section_a_load_would_and_keeps_the_parsed_copy(sample: Path) -> None:
    """The section comes back through the pipe as the app itself would work it out, and
    the file the app then writes opens from its parsed copy without a parse."""
    workbook = store.load(sample)[0]
    entries = store.entries_text(workbook)
    found = AnalysisChild().work_out(entries, sample)
    assert found == derived.section(workbook, entries)
    data = store.file_text(entries, found).encode("utf-8")
    assert parsed_copy.read(data) == workbook


def test_a_small_workbook_is_worked_out_without_a_child(workbook_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A child's start costs more than a small workbook's whole analysis: none is started."""

    def no_child(self, path: Path) -> list[str]:
        raise AssertionError("a child was started")

    monkeypatch.setattr(AnalysisChild, "command", no_child)
    document = Document.open(workbook_file)
    document.editor.add_tie("s1", "s2")
    document.save()
    document.work_out_analysis(document.analysis_wanted)
    assert document.add_analysis()
    assert section(workbook_file)["degree"] == {"s1": 1, "s2": 1}
    assert parsed_copy.read(workbook_file.read_bytes()) == document.workbook  # the next open need not parse


def test_quitting_stops_the_child(workbook_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def sleepy(self, path: Path) -> list[str]:
        return [sys.executable, "-c", "import time; time.sleep(60)"]

    monkeypatch.setattr(AnalysisChild, "command", sleepy)
    child = AnalysisChild()
    failed: list[Exception] = []

    def wait() -> None:
        try:
            child.work_out("", workbook_file)
        except RuntimeError as error:
            failed.append(error)

    waiting = threading.Thread(target=wait)
    waiting.start()
    while not child._processes:
        time.sleep(0.01)
    child.stop()
    waiting.join(10)
    assert not waiting.is_alive() and len(failed) == 1  # killed: it says so instead of a section
