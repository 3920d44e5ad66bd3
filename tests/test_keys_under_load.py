"""Every key typed after a screen was asked for acts on that screen, however busy the machine.

A workshop puts forty people on one small server, and they all start scoring
when the facilitator says so. On a starved processor a screen can take
seconds to draw, and the keys typed meanwhile arrive before it is ready: at
40 sessions two lost the first score typed after step 5 appeared (the score
column took the cursor only once the screen had drawn), so every later score
landed a row off. These tests slow the app's event loop on purpose, type in
bursts, and check the workbook key by key.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from textual.message_pump import MessagePump

from tests.ui_helpers import burst, handled
from tui.app import make_app
from tui.core import document as document_module
from tui.core import store
from tui.core.document import Document
from tui.screens.home import HomeScreen
from tui.screens.map import MapScreen
from tui.screens.power import PowerScreen

#: Seconds each message takes on top of its work: a processor shared by forty sessions.
STARVED = 0.01


@pytest.fixture(params=[0.0, STARVED], ids=["idle machine", "starved machine"])
def starved(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> float:
    """Every message the app's widgets handle takes ``STARVED`` seconds longer, blocking the loop."""
    real = MessagePump._dispatch_message

    async def slowly(self: MessagePump, message) -> None:
        time.sleep(request.param)
        await real(self, message)

    if request.param:
        monkeypatch.setattr(MessagePump, "_dispatch_message", slowly)
    return request.param


async def test_scores_typed_as_step_5_opens_land_on_their_rows(sample: Path, starved: float) -> None:
    """From home: 5, then scores at once. Each score sets the influence of the next row,
    from the first, whenever the table is ready for it."""
    scores = ["3", "1", "5", "2", "4", "1", "2"]
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        before = [s.influence for s in app.document.workbook.stakeholders]
        burst(app, "5", *scores)
        await handled(pilot)
        await pilot.press("ctrl+q")
    influence = [s.influence for s in store.load(sample)[0].stakeholders]
    assert influence == [int(score) for score in scores] + before[len(scores) :]


async def test_names_typed_as_step_2_opens_are_added_in_order(sample: Path, starved: float) -> None:
    """From home: 2, then two names, each with Enter, at once: both added, whole, in order."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        count = len(app.document.workbook.stakeholders)
        burst(app, "2", "ก", "ข", "enter", "ค", "ง", "enter")
        await handled(pilot)
        await pilot.press("ctrl+q")
    assert [s.name for s in store.load(sample)[0].stakeholders[count:]] == ["กข", "คง"]


async def test_keys_across_screens_in_one_burst_each_act_where_they_were_typed(sample: Path, starved: float) -> None:
    """Scores, back home, a name in step 2, back home, scores again: screen after screen
    built while the keys wait, and each key lands where the keys before it led."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        workbook = app.document.workbook
        count = len(workbook.stakeholders)
        burst(app, "5", "2", "2", "escape", "2", "ญ", "enter", "escape", "5", "4")
        await handled(pilot)
        await pilot.press("ctrl+q")
    saved = store.load(sample)[0].stakeholders
    assert [s.influence for s in saved[:2]] == [4, 2]  # the second visit starts at the top again
    assert [s.name for s in saved[count:]] == ["ญ"]


async def test_keys_held_with_their_looks_lost_go_on_at_the_next_key(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen session in a room of forty held its keys with nothing scheduled at all: the
    looks that release them were lost. The next key typed a second later starts them again."""
    from tui.key_order import KeysInOrder

    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        real_look_soon = KeysInOrder._look_soon
        monkeypatch.setattr(KeysInOrder, "_look_soon", lambda self, awaited: None)  # every look lost
        burst(app, "5", "3")
        await pilot.pause(0.3)
        assert app._awaited is not None and len(app._held) == 1  # held, and nothing will let it go
        monkeypatch.setattr(KeysInOrder, "_look_soon", real_look_soon)
        app._last_look -= 2  # a second and more without a look
        burst(app, "4")
        await handled(pilot)
        await pilot.press("ctrl+q")
    assert [s.influence for s in store.load(sample)[0].stakeholders[:2]] == [3, 4]


@pytest.fixture
def late_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reading of the clock by a starting timer comes 3 ms after the one before, as when
    the process waits its turn for a processor between them (forty sessions on two cores)."""
    import textual.timer
    from textual import _time

    readings = [0]

    def get_time() -> float:
        readings[0] += 1
        return _time.get_time() + 0.003 * readings[0]

    monkeypatch.setattr(textual.timer, "_time", type("LateClock", (), {"get_time": staticmethod(get_time)}))


async def test_keys_held_while_the_process_is_late_to_every_timer_are_let_go(sample: Path, late_process: None) -> None:
    """The cause of the frozen sessions: the looks that let held keys go are 2 ms apart, and
    a timer whose moment had passed by the time it started never went off, leaving the keys
    held with nothing scheduled. Scores typed as step 5 opens all land, and a move on the map."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "5", "3", "1", "escape", "m", "tab")
        await handled(pilot)
        assert isinstance(app.screen, MapScreen)
        await pilot.press("ctrl+q")
    assert [s.influence for s in store.load(sample)[0].stakeholders[:2]] == [3, 1]


@pytest.fixture
def read_on_cue(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every workbook opens in two parts, as a province's does (Document.open_first_look), and
    the rest is read only once the returned event is set: keys are typed before it is."""
    monkeypatch.setattr(document_module, "OPEN_LATER_BYTES", 0)
    cue = threading.Event()
    real = Document.open_rest

    def when_cued(self: Document) -> Document:
        assert cue.wait(10)
        return real(self)

    monkeypatch.setattr(Document, "open_rest", when_cued)
    return cue


async def rest_read(pilot) -> None:
    """Until the app has the whole workbook and has let the keys held meanwhile go."""
    for _ in range(200):
        if not pilot.app.document.first_look and pilot.app._held_input is None:
            return
        await pilot.pause(0.05)


async def test_keys_typed_while_the_workbook_is_read_act_once_it_is(
    sample: Path, starved: float, read_on_cue: threading.Event
) -> None:
    """The first frame shows the top of the file; 5 and scores typed before the records are
    read wait for them, then open step 5 and set each row's influence, from the first."""
    scores = ["3", "1", "5", "2"]
    before = [s.influence for s in store.load(sample)[0].stakeholders]
    app = make_app(Document.open_first_look(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.document.first_look and not app.document.workbook.stakeholders
        burst(app, "5", *scores)
        await pilot.pause(0.2)
        assert isinstance(app.screen, HomeScreen)  # nothing acted on a workbook not read yet
        read_on_cue.set()
        await rest_read(pilot)
        await handled(pilot)
        assert isinstance(app.screen, PowerScreen)
        await pilot.press("ctrl+q")
    influence = [s.influence for s in store.load(sample)[0].stakeholders]
    assert influence == [int(score) for score in scores] + before[len(scores) :]


async def test_a_file_whose_rest_does_not_read_ends_the_app_and_stays_as_it_was(
    tmp_path: Path, read_on_cue: threading.Event
) -> None:
    """The top reads, the records do not (a tie to nobody): the app ends saying why, and
    nothing typed meanwhile touched the file."""
    path = tmp_path / "broken.toml"
    path.write_text(
        'format = "phakhi-workbook"\nversion = 1\nlanguage = "en"\n\n[project]\ntitle = "Broken"\n\n'
        '[[ties]]\nid = "t1"\na = "s1"\nb = "s2"\n',
        encoding="utf-8",
    )
    data = path.read_bytes()
    app = make_app(Document.open_first_look(path))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.document.workbook.project.title == "Broken"
        burst(app, "2", "A", "enter")
        read_on_cue.set()
        for _ in range(200):
            if app.open_failed is not None:
                break
            await pilot.pause(0.05)
    assert app.open_failed is not None and app.open_failed.problems
    assert path.read_bytes() == data


async def test_the_quit_key_ends_the_app_while_the_workbook_is_being_read(
    sample: Path, read_on_cue: threading.Event
) -> None:
    """A read that does not end (a network folder that stopped answering) holds every key but
    ctrl+q, which ends the app at once; the file is left as it was."""
    data = sample.read_bytes()
    app = make_app(Document.open_first_look(sample))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            burst(app, "2", "A")
            await pilot.press("ctrl+q")
            for _ in range(100):
                if app.return_code is not None:
                    break
                await pilot.pause(0.05)
            assert app.return_code is not None and app.document.first_look
    finally:
        read_on_cue.set()
    assert sample.read_bytes() == data


async def test_a_hang_up_while_the_workbook_is_read_saves_the_keys_typed_meanwhile(
    sample: Path, read_on_cue: threading.Event
) -> None:
    """The link drops (SIGHUP) while the records are still being read: the app waits for them,
    lets the held keys act, saves, and only then goes."""
    app = make_app(Document.open_first_look(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "5", "2")
        app.save_and_exit()
        await pilot.pause(0.5)
        assert app.return_code is None  # still waiting for the workbook
        read_on_cue.set()
        for _ in range(100):
            if app.return_code is not None:
                break
            await pilot.pause(0.05)
        assert app.return_code is not None
    assert store.load(sample)[0].stakeholders[0].influence == 2


def test_printable_keys_type_into_inputs_and_text_areas_only() -> None:
    """A key typed into a field never waits for a binding; TextArea is asked about only once
    some screen imported it (a session that shows none never loads its 1.2 MB)."""
    from textual.widgets import Input, Static, TextArea

    from tui.key_order import _takes_text

    assert _takes_text(Input())
    assert _takes_text(TextArea())
    assert not _takes_text(Static())
    assert not _takes_text(None)


async def test_a_key_s_binding_is_found_as_textual_finds_every_key_s(sample: Path) -> None:
    """Whether a key waits for its binding is asked of that key alone, not of every binding of the
    screen (a fifth of a Tab's processor time on the map): the answer is Textual's, key for key,
    on screens with keys that cannot act now (the map's pans at an edge), priority keys and
    keys bound twice (the app's and a screen's)."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        keys = {"tab", "enter", "escape", "left", "right", "up", "down", "x", "ctrl+q", "ctrl+t", "f1", "slash"}
        keys |= set("0123456789+-=amhfopst")
        for step in ("", "2", "5", "m"):
            if step:
                await pilot.press("escape", step) if step != "2" else await pilot.press(step)
                await pilot.pause()
            active = app.screen.active_bindings
            for key in sorted(keys | set(active)):
                expected = active[key].binding if key in active else None
                assert app._active_binding(key) is expected, (type(app.screen).__name__, key)


async def test_looks_slow_down_while_nothing_is_held_and_speed_up_for_a_key_held(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a key is acted on the app looks whether it is done, to let the keys held behind it
    go. With none held, on a starved server (a screen half a second coming) looks every 8 ms
    were 60 looks of the whole screen for nothing: they slow to one every 64 ms. A key typed
    meanwhile is held, and the looks come every 8 ms again at once."""
    from textual import events

    from tui.key_order import LOOK_EVERY, LOOK_EVERY_ALONE_MOST, LOOK_EVERY_MOST

    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await handled(pilot)
        awaited = events.Key("5", "5")
        app._awaited, app._held, app._back, app._quiet_looks = awaited, [], False, 0
        app._look_every, app._wait_until = LOOK_EVERY, time.monotonic() + 30
        monkeypatch.setattr(app, "_busy", lambda: True)  # the screen still coming
        monkeypatch.setattr(app, "_look_soon", lambda key: None)  # each look by hand, none by timer
        intervals = []
        for _ in range(8):
            app._look(awaited)
            intervals.append(app._look_every)
        assert intervals[-1] == LOOK_EVERY_ALONE_MOST > LOOK_EVERY_MOST
        await app.on_event(events.Key("x", "x"))  # typed meanwhile: held behind it
        assert len(app._held) == 1 and app._look_every == LOOK_EVERY_MOST
        app._look(awaited)
        assert app._look_every == LOOK_EVERY_MOST  # as often while a key is held
        app._awaited, app._held = None, []
