"""Scripted demos: the script loader (every problem with its line), the shipped
walkthroughs played headless to their end on a copy, Esc handing control to the
presenter, and ``phakhi demo`` refusing a bad script."""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

import pytest
from textual import events
from textual.keys import Keys, _character_to_key, key_to_character

from tests.test_import_hygiene import loaded_after
from tui.app import make_app
from tui.cli import EXIT_FAILED, EXIT_INVALID, main
from tui.core import demo, store
from tui.core.demo import DemoStep, key_event, load_script, shipped_script, typed_events, workbook_copy
from tui.core.document import Document
from tui.core.i18n import tr
from tui.core.problems import WorkbookError
from tui.core.vocab import Language, Sector
from tui.demo_player import DemoPlayer, State
from tui.screens.home import HomeScreen
from tui.screens.identify import IdentifyScreen
from tui.screens.objective import ObjectiveScreen
from tui.widgets.caption import Caption

pytestmark = pytest.mark.usefixtures("quick_autosave")

ROOT = Path(__file__).resolve().parent.parent
SIZE = (80, 24)

GOOD = """\
[demo]
title = "ทดลอง"
lang = "th"
workbook = "book.toml"

[[steps]]
caption = "หน้าแรก"

[[steps]]
caption = "ขั้นที่ 2"
keys = ["2", "slash", "/", "ctrl+n", "shift+tab"]
text = "ผู้ใหญ่บ้าน\\n"
pause = 0.5
"""


#: The [demo] table (lines 1-3) and a first step (lines 4-5) of the scripts below.
HEAD = '[demo]\ntitle = "x"\nworkbook = "book.toml"\n'
STEP = '[[steps]]\ncaption = "a"\n'


def write_script(folder: Path, text: str, workbook: Path | None = None) -> Path:
    """A script in ``folder`` beside a copy of the Thai sample named book.toml."""
    (folder / "book.toml").write_bytes((workbook or ROOT / "samples" / "organic-farming.th.toml").read_bytes())
    path = folder / "script.toml"
    path.write_text(text, encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the loader -------------------------------------------------------------------------


def test_a_good_script_loads_with_its_defaults(tmp_path: Path) -> None:
    script = load_script(write_script(tmp_path, GOOD))
    assert (script.title, script.lang, script.workbook) == ("ทดลอง", Language.TH, tmp_path / "book.toml")
    assert script.steps == (
        DemoStep("หน้าแรก", (), "", demo.DEFAULT_PAUSE),
        DemoStep("ขั้นที่ 2", ("2", "slash", "/", "ctrl+n", "shift+tab"), "ผู้ใหญ่บ้าน\n", 0.5),
    )


def test_keys_and_text_go_as_a_terminal_sends_them() -> None:
    assert [key_event(name) for name in ("2", "slash", "/", "ctrl+n", "escape")] == [
        ("2", "2"),
        ("slash", "/"),
        ("slash", "/"),
        ("ctrl+n", None),
        ("escape", "\x1b"),
    ]
    assert typed_events("ผู้ใหญ่ /\n") == [
        ("ผ", "ผ"),
        ("ู", "ู"),
        ("้", "้"),
        ("ใ", "ใ"),
        ("ห", "ห"),
        ("ญ", "ญ"),
        ("่", "่"),
        ("space", " "),
        ("slash", "/"),
        ("enter", None),
    ]
    with pytest.raises(ValueError):
        key_event("ก")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[demo]\ntitle = "x"\nworkbook = "book.toml\n', 3, "TOML syntax error"),
        ('[[steps]]\ncaption = "a"\n', None, "there is no [demo] table"),
        ('[demo]\nworkbook = "book.toml"\n[[steps]]\ncaption = "a"\n', 1, "has no title"),
        (HEAD.replace("book.toml", "none.toml") + STEP, 3, 'workbook "none.toml" not found'),
        (HEAD + 'lang = "fr"\n' + STEP, 4, "not one of"),
        (HEAD, None, "has no [[steps]]"),
        (HEAD + STEP + 'keys = ["dwon"]\n', 6, "did you mean down?"),
        (HEAD + STEP + 'keys = ["ก"]\n', 6, '"ก" is not a key'),
        (HEAD + STEP + 'keys = "down"\n', 6, "should be a list"),
        (HEAD + STEP + "pause = -1\n", 6, "pause = -1"),
        (HEAD + STEP + "pause = 600\n", 6, "from 0 to 60"),
        (HEAD + STEP + 'pause = "2"\n', 6, "is not a pause"),
        (HEAD + '[[steps]]\ncaptoin = "a"\n', 5, "did you mean caption?"),
        (HEAD + STEP + '[[steps]]\nkeys = ["m"]\n', 6, "[[steps]] entry 2 has no caption"),
        (HEAD + 'speed = 2\n[[steps]]\ncaption = "a"\n', 4, "unknown key speed"),
    ],
    ids=[
        "syntax",
        "no-demo",
        "no-title",
        "no-workbook",
        "bad-lang",
        "no-steps",
        "misspelt-key",
        "thai-key",
        "keys-not-a-list",
        "negative-pause",
        "long-pause",
        "pause-text",
        "misspelt-field",
        "no-caption",
        "unknown-field",
    ],
)
def test_a_bad_script_is_refused_with_the_place_and_the_fix(
    tmp_path: Path, text: str, line: int | None, words: str
) -> None:
    path = write_script(tmp_path, text)
    with pytest.raises(WorkbookError) as raised:
        load_script(path)
    (problem,) = [p for p in raised.value.problems if words in str(p)]
    assert (problem.path, problem.line) == (str(path), line)
    assert " — " in str(problem)  # what is wrong, then how to fix it


def test_every_problem_of_a_script_at_once_in_thai(tmp_path: Path) -> None:
    path = write_script(tmp_path, HEAD + STEP + 'keys = ["dwon"]\npause = -2\n')
    with pytest.raises(WorkbookError) as raised:
        load_script(path, Language.TH)
    assert [(p.line, p.message) for p in raised.value.problems] == [
        (6, '"dwon" ไม่ใช่ชื่อปุ่ม'),
        (7, "pause = -2 ใช้ไม่ได้"),
    ]


def test_a_missing_script_is_a_problem_too(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError) as raised:
        load_script(tmp_path / "none.toml")
    assert "file not found" in str(raised.value)


def test_a_workbook_name_falls_back_to_the_shipped_samples(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(HEAD.replace("book.toml", "clean-energy.en.toml") + STEP, encoding="utf-8")
    found = load_script(path).workbook
    assert found.name == "clean-energy.en.toml" and found.parent in demo.SAMPLE_FOLDERS


@pytest.mark.parametrize("lang", list(Language), ids=lambda lang: lang.value)
def test_the_shipped_walkthrough_loads_and_opens_the_sample(lang: Language) -> None:
    script = load_script(shipped_script(lang))
    assert script.lang is lang
    # The packaged sample is the repository's sample (a link, so the two never drift).
    assert script.workbook.read_bytes() == (ROOT / "samples" / script.workbook.name).read_bytes()
    store.load(script.workbook)
    captions = " ".join(step.caption for step in script.steps)
    if lang is Language.TH:
        for term in ("ไตรพลัง", "ประชาชน วิชาการ ภาครัฐ", "ประเมินอำนาจ", "ผังเครือข่าย", "ใบงาน Network 4"):
            assert term in captions


def test_the_key_names_are_textuals_own() -> None:
    textual_keys = {key.value for key in Keys}
    for name, character in demo.NAMED_KEYS.items():
        assert name in textual_keys, name
        assert character == key_to_character(name), name
    for character, name in demo.CHARACTER_KEYS.items():
        assert _character_to_key(character) == name, character


def test_the_demo_core_stays_light() -> None:
    assert loaded_after("import tui.core.demo") == {"textual": False, "networkx": False, "rich": False}


def test_the_copy_is_private_and_goes_away_unless_kept(tmp_path: Path) -> None:
    script = load_script(write_script(tmp_path, GOOD))
    with workbook_copy(script) as copy:
        assert copy.read_bytes() == script.workbook.read_bytes()
        assert copy.parent != script.workbook.parent
        assert stat.S_IMODE(copy.stat().st_mode) == store.PRIVATE_MODE
    assert not copy.parent.exists()
    with workbook_copy(script, keep=True) as kept:
        pass
    assert kept.exists()
    kept.unlink()
    kept.parent.rmdir()


# --- playing ------------------------------------------------------------------------------

#: What each walkthrough adds: a stakeholder typed in step 2, tied in step 4 to
#: someone found by name, scored in step 5, approached in step 7.
ADDED = {
    Language.TH: ("กลุ่มแม่บ้านเกษตรกร", "ชาคริต", "ชวนมาร่วมเวทีประชาคมหมู่บ้าน"),
    Language.EN: ("Farmers Union", "Maria Gonzalez", "Invite them to the next network meeting"),
}


@pytest.mark.parametrize("lang", list(Language), ids=lambda lang: lang.value)
async def test_the_shipped_walkthrough_plays_to_its_end_on_a_copy(lang: Language) -> None:
    script = load_script(shipped_script(lang))
    sample = ROOT / "samples" / script.workbook.name
    before = digest(sample)
    with workbook_copy(script) as copy:
        app = make_app(Document.open(copy, lang), script.lang)
        async with app.run_test(size=SIZE) as pilot:
            player = DemoPlayer(app, script, speed=0)
            await player.start().wait()
            assert player.state is State.FINISHED
            assert [type(s) for s in app.screen_stack[1:]] == [HomeScreen]
            assert str(app.screen.query_one(Caption).render()) == tr(lang, "demo.end")
            countdown = app.room_timer.countdown  # the facilitator started the timer of worksheet 1, part 1
            assert countdown is not None and countdown.seconds == 5 * 60
            await pilot.press("ctrl+q")
        workbook, _ = store.load(copy)
    name, tied_to, approach = ADDED[lang]
    added = workbook.stakeholders[-1]
    other = next(s for s in workbook.stakeholders if s.name == tied_to)
    assert (added.name, added.sector, added.influence, added.interest) == (name, Sector.PEOPLE, 2, 4)
    assert added.approach_how == approach
    assert [{t.a, t.b} for t in workbook.ties if added.id in (t.a, t.b)] == [{added.id, other.id}]
    assert digest(sample) == before


def step_one_script(folder: Path, pause: float) -> Path:
    """Step 1, a long pause, then step 2: a key that got through would show."""
    return write_script(
        folder,
        '[demo]\ntitle = "t"\nworkbook = "book.toml"\n'
        f'[[steps]]\ncaption = "one"\nkeys = ["1"]\npause = {pause}\n'
        '[[steps]]\ncaption = "two"\nkeys = ["f3"]\n',
    )


async def until(pilot, condition) -> None:
    for _ in range(500):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the demo never got there")


async def click_as_the_terminal_does(pilot, widget) -> None:  # noqa: ANN001 - Pilot, Widget
    """A click reaching the app from the terminal (Pilot.click skips the app's own handling)."""
    x, y = widget.region.x + 1, widget.region.y
    for kind in (events.MouseDown, events.MouseUp):
        pilot.app.post_message(kind(None, x, y, 0, 0, 1, False, False, False, screen_x=x, screen_y=y))
    await pilot.pause()


@pytest.mark.parametrize("low_bandwidth", [False, True], ids=["theme", "16-colours"])
async def test_escape_while_playing_stops_the_script_and_hands_over(tmp_path: Path, low_bandwidth: bool) -> None:
    script = load_script(step_one_script(tmp_path, pause=60))
    app = make_app(Document.open(script.workbook), low_bandwidth=low_bandwidth)
    async with app.run_test(size=SIZE) as pilot:
        player = DemoPlayer(app, script, speed=10)  # the pause lasts 6 s: ample time for the keys below
        worker = player.start()
        await until(pilot, lambda: isinstance(app.screen, ObjectiveScreen) and app.screen.query(Caption))
        caption = app.screen.query_one(Caption)
        assert "one" in str(caption.render())
        assert caption.styles.background != app.screen.styles.background  # it stands out, in both themes
        await pilot.press("f3")  # the presenter's keys wait while the script plays
        assert isinstance(app.screen, ObjectiveScreen)
        focused = app.focused
        other = next(w for w in app.screen.focus_chain if w is not focused)
        await click_as_the_terminal_does(pilot, other)  # to bring the window forward, say: the focus stays
        assert isinstance(app.screen, ObjectiveScreen) and app.focused is focused
        await pilot.press("escape")
        assert player.state is State.STOPPED and worker.is_cancelled
        assert isinstance(app.screen, ObjectiveScreen)  # that Esc did not also go home
        assert not any(screen.query(Caption) for screen in app.screen_stack)
        await pilot.press("f3")  # now the keys are the presenter's
        assert isinstance(app.screen, IdentifyScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


@pytest.mark.parametrize(("key", "after"), [("escape", IdentifyScreen), ("f2", ObjectiveScreen)], ids=["esc", "f2"])
async def test_at_the_end_the_next_key_is_the_presenters(tmp_path: Path, key: str, after: type) -> None:
    script = load_script(step_one_script(tmp_path, pause=0))
    app = make_app(Document.open(script.workbook))
    async with app.run_test(size=SIZE) as pilot:
        player = DemoPlayer(app, script, speed=0)
        await player.start().wait()
        assert player.state is State.FINISHED
        assert isinstance(app.screen, IdentifyScreen) and app.screen.query(Caption)
        await pilot.press(key)  # Esc only closes the caption; any other key also does its work
        assert player.state is State.CLOSED
        assert isinstance(app.screen, after)
        assert not any(screen.query(Caption) for screen in app.screen_stack)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


# --- the command line ----------------------------------------------------------------------


def test_phakhi_demo_refuses_a_bad_script_with_its_problems(tmp_path: Path, capsys) -> None:
    path = write_script(tmp_path, HEAD + STEP + 'keys = ["dwon"]\n')
    assert main(["demo", str(path), "--lang", "en"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert f'{path}:6:1: "dwon" is not a key name — did you mean down?' in err
    assert f"{path}: 1 problem(s)" in err


def test_phakhi_demo_refuses_a_script_whose_workbook_is_broken(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('format = "phakhi-workbook"\nversion = 1\n[project]\ntitel = "x"\n', encoding="utf-8")
    path = write_script(tmp_path, GOOD, workbook=broken)
    assert main(["demo", str(path)]) == EXIT_INVALID
    assert "book.toml:4:1: unknown key titel" in capsys.readouterr().err


def test_phakhi_demo_needs_a_terminal(capsys) -> None:
    # Under pytest there is none: the shipped script is checked, then nothing opens.
    assert main(["demo", "--lang", "th"]) == EXIT_FAILED
    assert tr(Language.TH, "cli.no_terminal") in capsys.readouterr().err


@pytest.mark.parametrize("speed", ["fast", "-1", "1000"])
def test_phakhi_demo_refuses_a_speed_that_is_no_speed(speed: str, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHAKHI_LANG", "th")
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--speed", speed])
    assert exited.value.code == EXIT_INVALID
    assert tr(Language.TH, "cli.demo_bad_speed") in capsys.readouterr().err


def test_the_examples_in_docs_demo_are_true(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "docs" / "DEMO.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.DOTALL).group(1)
    (tmp_path / "example.toml").write_text(example, encoding="utf-8")
    script = load_script(tmp_path / "example.toml")
    caption = "ขั้นที่ 2 ค้นหาผู้มีส่วนได้ส่วนเสีย ตามไตรพลัง"
    assert script.steps == (DemoStep(caption, ("2",), "กลุ่มแม่บ้านเกษตรกร\n", 2.5),)
    shown = re.search(r"\$ cat mine.toml\n(.*?)\$ phakhi demo mine.toml --lang en\n(.*?)```", text, re.DOTALL)
    mine, said = shown.groups()
    (tmp_path / "mine.toml").write_text(mine, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "mine.toml", "--lang", "en"]) == EXIT_INVALID
    assert capsys.readouterr().err == said
