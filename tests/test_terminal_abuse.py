"""The terminal treated roughly: tiny and huge sizes, a storm of resizes, a 100 KB
paste, and keys arriving faster than they are handled.

Every screen (home, the seven steps, map, plan, report, help and the dialogs
that open with one key) is drawn at 20x8, 40x12, 80x24, 132x43 and 300x100
and through 50 random resizes; the app must not raise, must keep the screen
it was on, and must still answer a key afterwards.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.geometry import Size
from textual.pilot import Pilot
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

from tests.ui_helpers import burst, handled
from tui.app import PhakhiApp, make_app
from tui.core import store
from tui.core.document import Document
from tui.core.schema import MAX_NAME, MAX_TEXT
from tui.core.vocab import Language
from tui.screens.approach import ApproachScreen
from tui.screens.conflict import ConflictDialog
from tui.screens.go_step import GoStepDialog
from tui.screens.health import HealthScreen
from tui.screens.help import HelpScreen
from tui.screens.home import HomeScreen
from tui.screens.identify import IdentifyScreen
from tui.screens.map import MapScreen
from tui.screens.objective import ObjectiveScreen
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.plan import PlanScreen
from tui.screens.plan_row import PlanRowDialog, VisionDialog
from tui.screens.power import PowerScreen
from tui.screens.prioritise import PrioritiseScreen
from tui.screens.relationships import RelationshipsScreen
from tui.screens.report import ReportScreen
from tui.screens.study import StudyScreen

pytestmark = pytest.mark.usefixtures("quick_autosave")

SIZES = [(20, 8), (40, 12), (80, 24), (132, 43), (300, 100)]
STORM = 50

#: Each screen: the keys that open it from the home screen, and what it is.
SCREENS: dict[str, tuple[tuple[str, ...], type[Screen]]] = {
    "home": ((), HomeScreen),
    "step1": (("1",), ObjectiveScreen),
    "step2": (("2",), IdentifyScreen),
    "step3": (("3",), StudyScreen),
    "step4": (("4",), RelationshipsScreen),
    "step5": (("5",), PowerScreen),
    "step6": (("6",), PrioritiseScreen),
    "step7": (("7",), ApproachScreen),
    "map": (("m",), MapScreen),
    "plan": (("p",), PlanScreen),
    "report": (("r",), ReportScreen),
    "health": (("h",), HealthScreen),
    "help": (("f1",), HelpScreen),
    "go_step": (("1", "ctrl+g"), GoStepDialog),
    "pick_tie": (("4", "ctrl+n"), StakeholderPicker),
    "plan_row": (("p", "enter"), PlanRowDialog),
    "vision": (("p", "ctrl+e"), VisionDialog),
}


async def open_screen(pilot: Pilot, name: str) -> type[Screen]:
    keys, screen_type = SCREENS[name]
    await pilot.press(*keys)
    await pilot.pause()
    assert isinstance(pilot.app.screen, screen_type), (name, pilot.app.screen)
    return screen_type


async def still_answers(pilot: Pilot, screen_type: type[Screen]) -> None:
    """The app is alive: a dialog (or the help) closes with Escape; on a full
    screen F1 opens the help over it and Escape closes that."""
    app = pilot.app
    if issubclass(screen_type, ModalScreen):
        depth = len(app.screen_stack)
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == depth - 1 and not isinstance(app.screen, screen_type)
        return
    await pilot.press("f1")
    assert isinstance(app.screen, HelpScreen)
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, screen_type)


@pytest.mark.parametrize("name", list(SCREENS))
async def test_every_screen_at_every_size_and_through_a_storm_of_resizes(sample: Path, name: str) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        screen_type = await open_screen(pilot, name)
        for width, height in SIZES:
            await pilot.resize_terminal(width, height)
            assert app.size == (width, height)
            assert isinstance(app.screen, screen_type)
        # The storm: sizes as a window manager sends them while a corner is dragged,
        # with no pause between (the app sees them all queued at once).
        shuffle = random.Random(name)
        storm = [(shuffle.randint(20, 300), shuffle.randint(8, 100)) for _ in range(STORM)]
        for width, height in storm:
            app.post_message(events.Resize(Size(width, height), Size(width, height)))
        await pilot.resize_terminal(*storm[-1])
        assert app.size == storm[-1]
        assert isinstance(app.screen, screen_type)
        await still_answers(pilot, screen_type)


@pytest.mark.parametrize("opener", ["ask_about_conflict", "action_save_as"])
async def test_the_conflict_and_save_as_dialogs_at_every_size(sample: Path, opener: str) -> None:
    """Opened by a save that meets someone else's file, or from the command palette; here directly."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        getattr(app, opener)()
        await pilot.pause()
        dialog = type(app.screen)
        assert issubclass(dialog, ConflictDialog)
        for width, height in SIZES:
            await pilot.resize_terminal(width, height)
            assert isinstance(app.screen, dialog)
        await still_answers(pilot, dialog)


# --- a 100 KB paste ---------------------------------------------------------------

#: About 100 KB of UTF-8: Thai (three bytes a letter) in lines, as copied from a document.
THAI_LINE = "ผู้ใหญ่บ้านประชุมกับกำนันเรื่องน้ำ ต.น้ำน้อย 🌾"
PASTE = "\n".join(f"{n} {THAI_LINE}" for n in range(1, 730))
ONE_LINE = PASTE.replace("\n", " ")


#: The Thai sample's message for text over a field's limit ("… is longer than N letters, not saved").
TOO_LONG = "ยาวเกิน"


def test_the_paste_is_100_kb() -> None:
    assert 100_000 <= len(PASTE.encode()) < 110_000 and len(PASTE) > MAX_TEXT and len(ONE_LINE) > MAX_NAME


async def paste(pilot: Pilot, text: str) -> None:
    """As a terminal's bracketed paste arrives: to the app, which hands it to the focused widget."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def notices(app: PhakhiApp) -> list[str]:
    """Every notification the app shows from now on (a message's text)."""
    seen: list[str] = []
    show = app.notify

    def notify(message: str, **options) -> None:
        seen.append(str(message))
        show(message, **options)

    app.notify = notify
    return seen


async def test_a_100_kb_paste_into_a_study_field_is_refused_with_a_message(sample: Path) -> None:
    before = store.load(sample)[0]
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        seen = notices(app)
        await pilot.press("3")
        first = app.document.workbook.stakeholders[0]
        area = app.screen.query_one("#field-characteristics", TextArea)
        area.focus()
        await pilot.pause()
        await paste(pilot, PASTE)
        assert PASTE in area.text  # the field shows what was pasted …
        assert first.characteristics == before.stakeholders[0].characteristics  # … the workbook never takes it
        assert any(TOO_LONG in text and str(MAX_TEXT) in text for text in seen), seen
        area.select_all()  # what the user does next: select it all, delete it …
        await pilot.press("backspace")
        await pilot.pause()
        await paste(pilot, "บันทึกสั้น ๆ")  # … and paste something that fits
        assert first.characteristics == "บันทึกสั้น ๆ"
        await pilot.press("ctrl+q")
    saved, _ = store.load(sample)
    assert saved.stakeholders[0].characteristics == "บันทึกสั้น ๆ"


async def test_a_paste_of_several_lines_into_a_one_line_field_keeps_every_line(sample: Path) -> None:
    """Textual's Input kept the first line of a paste and dropped the rest: a contact
    copied as a name and a number on two lines lost the number."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        contact = app.screen.query_one("#field-contact", Input)
        contact.focus()
        contact.value = ""
        await pilot.pause()
        await paste(pilot, "คุณสมพร ประธานกลุ่ม\r\n\n  081-234-5678 \nไลน์ @somporn\n")
        assert contact.value == "คุณสมพร ประธานกลุ่ม 081-234-5678 ไลน์ @somporn"
        contact.action_home()
        await paste(pilot, "โทร\n")  # one line, with its line break: Input's own paste
        assert contact.value.startswith("โทรคุณสมพร")
        assert app.document.workbook.stakeholders[0].contact == contact.value
        contact.value = ""
        await paste(pilot, "\nคุณสมพร\n")  # one line between line breaks: Input's paste kept the empty first
        assert contact.value == "คุณสมพร"
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert store.load(sample)[0].stakeholders[0].contact == "คุณสมพร"


async def test_a_100_kb_paste_into_the_quick_entry_of_step_2_is_refused_with_a_message(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        seen = notices(app)
        await pilot.press("2")
        count = len(app.document.workbook.stakeholders)
        entry = app.screen.focused
        assert isinstance(entry, Input)
        await paste(pilot, ONE_LINE)
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.document.workbook.stakeholders) == count
        assert any(TOO_LONG in text and str(MAX_NAME) in text for text in seen), seen
        assert isinstance(app.screen, IdentifyScreen)
        await pilot.press("ctrl+q")
    assert len(store.load(sample)[0].stakeholders) == count


# --- keys faster than they are handled ------------------------------------------------


async def test_500_keys_posted_at_once_all_arrive_in_order(sample: Path) -> None:
    """A burst (a paste typed by a terminal without bracketed paste, a stuck key):
    every key lands, in order, and the saved file holds them all."""
    text = ("ภาคีเครือข่าย " * 40)[:500]
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        area = await focus_field(pilot, "3", "characteristics", TextArea)
        area.select_all()
        await pilot.press("backspace")
        burst(app, *text)
        await pilot.pause()
        first = app.document.workbook.stakeholders[0]
        assert area.text == text
        assert first.characteristics == text
        await pilot.press("ctrl+q")
    assert store.load(sample)[0].stakeholders[0].characteristics == text


async def focus_field(pilot: Pilot, step: str, name: str, kind: type[Widget]) -> Any:
    """Open a step and put the cursor in one of its fields."""
    await pilot.press(step)
    field = pilot.app.screen.query_one(f"#field-{name}", kind)
    field.focus()
    await pilot.pause()
    return field


async def test_keys_after_tab_or_enter_in_one_burst_go_where_those_keys_lead(sample: Path) -> None:
    """Over a slow link keys arrive in bursts. Textual hands each key to the focused
    widget as it comes and acts on Tab and Enter only when they come back up to the
    app, so the letters typed after them went to the old field, or into the name
    about to be added, or to the screen a digit was leaving. Each burst here is
    posted at once, as a burst arrives."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await focus_field(pilot, "1", "title", Input)
        project = app.document.workbook.project
        before = (project.title, project.issue)
        burst(app, "X", "tab", "ก", "ข")  # the title, then the issue
        await handled(pilot)
        assert (project.title, project.issue) == (before[0] + "X", before[1] + "กข")
        burst(app, "shift+tab")
        app.post_message(events.Paste("ค"))  # a paste right behind the key
        await handled(pilot)
        assert (project.title, project.issue) == (before[0] + "Xค", before[1] + "กข")
        burst(app, "ง", "backspace", "จ")  # a typo put right: Backspace acts before the next letter lands
        await handled(pilot)
        assert project.title == before[0] + "Xคจ"
        await pilot.press("escape", "2")
        count = len(app.document.workbook.stakeholders)
        burst(app, "ก", "ข", "enter", "ค", "ง", "enter")  # two names into step 2's entry
        await handled(pilot)
        assert [s.name for s in app.document.workbook.stakeholders[count:]] == ["กข", "คง"]
        await pilot.press("escape")
        third = app.document.workbook.stakeholders[2]
        before = third.contact
        burst(app, "3", "down", "down", "tab", "ก", "ข")  # a step, a stakeholder, a field, its text
        await handled(pilot)  # building step 3 the first time (its module loaded) may take a while
        assert third.contact == before + "กข"


#: Keys of the burst and how often each comes: mostly moves within a screen, now and
#: then a switch to another (each switch builds a screen, the slow part of a burst).
BURST = {"down": 30, "up": 20, "pagedown": 5, "tab": 10, "5": 10, "1": 5, "f3": 3, "f2": 3, "escape": 3, "f1": 2}


async def test_500_mixed_keys_at_once_leave_a_consistent_app(sample: Path) -> None:
    """Arrows, steps, digits (scores in step 5, text in a form), Escape and F1 in a
    random burst: no exception; the workbook the keys made is one the file takes,
    it is what was saved on quitting, and undoing every change gives the original."""
    before = store.load(sample)[0]
    keys = random.Random(7).choices(list(BURST), weights=list(BURST.values()), k=500)
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, *keys)
        await handled(pilot)
        for _ in range(4):  # back to the home screen from wherever the burst ended
            await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        edited = app.document.workbook
        assert edited != before  # the burst did change something (a test that can fail)
        assert store.parse(store.dumps(edited).encode(), "burst.toml") == edited
        await pilot.press("ctrl+q")
    assert store.load(sample)[0] == edited
    editor = app.document.editor
    while editor.undo():
        pass
    assert editor.workbook == before


async def paste_too_much_in_step_3(pilot: Pilot) -> TextArea:
    """Step 3's first stakeholder: 100 KB pasted into its characteristics."""
    await pilot.press("3")
    area = pilot.app.screen.query_one("#field-characteristics", TextArea)
    area.focus()
    await pilot.pause()
    await paste(pilot, PASTE)
    return area


async def test_a_refusal_speaks_the_language_on_screen_not_the_workbooks(sample: Path) -> None:
    """A Thai workbook shown in English refuses in English; ctrl+t switches the refusals too."""
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        seen = notices(app)
        area = await paste_too_much_in_step_3(pilot)
        assert any("longer than" in text for text in seen) and not any(TOO_LONG in text for text in seen), seen
        seen.clear()
        await pilot.press("ctrl+t")
        area.focus()
        await paste(pilot, PASTE)
        assert any(TOO_LONG in text for text in seen), seen


async def test_a_refusal_is_said_once_not_at_every_key_typed_after_it(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        seen = notices(app)
        await paste_too_much_in_step_3(pilot)
        await pilot.press("x", "y", "z")  # each key is refused again: the notice stays one
        assert [text for text in seen if TOO_LONG in text] == [seen[0]], seen
