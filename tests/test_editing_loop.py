"""The whole editing loop as a property: whatever a facilitator does, edits land where they mean them.

Hypothesis makes runs of what a user does — open and leave steps (by digit,
ctrl+g, F2/F3, Esc), switch language, pick a stakeholder or a tie, type into
a field (Thai with its vowel and tone marks, Backspace, line breaks), choose
in a list, tie two stakeholders and untie them, score and tick in step 5,
add, mend, move, re-kind and remove names in step 2, ctrl+z and ctrl+y — and
plays each run through the real app with keys, as a terminal sends them (the
keys of one action in one burst). The same actions go to the plain model of
tests/loop_model.py. After every action the app's workbook equals the
model's and the screen shows the record the model says the user is on; every
few actions, and at the end, the file the app saved equals it too. So no key
is lost, no edit lands on another record, and undo and redo go back and
forth through exactly what the user did.

Each action costs the app about a tenth of a second to handle (a step screen
is built afresh on every visit), so ``ci`` plays 200 runs of up to 6 actions
(about three minutes on the 2-core machine) and HYPOTHESIS_PROFILE=thorough 600
runs of up to 24 (see README, Tests). The example database keeps a failing run
and plays it first next time; its actions are printed one a line.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import thorough
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import loop_model
from tests.loop_model import NEXT_KIND, NEXT_SECTOR, Loop
from tests.ui_helpers import burst, handled
from tui.app import make_app
from tui.core import model, store
from tui.core.document import Document
from tui.core.schema import Shape, spec_of
from tui.core.vocab import Kind, Language, Sector, Strength
from tui.places import step
from tui.screens import objective, relationships
from tui.screens.approach import ApproachScreen
from tui.screens.power import FLAGS, MARKS, SCORES, PowerTable
from tui.screens.study import StudyScreen

SIZE = (80, 24)
#: The file is read back after this many actions, and at the end of every run.
READ_BACK_EVERY = 4
#: The longest run: short ones in CI (each action costs the app about a tenth of a second),
#: long ones at night, where undo reaches back across more steps and screens.
MOST_ACTIONS = 24 if thorough() else 6

pytestmark = pytest.mark.usefixtures("quick_autosave")


def start() -> model.Workbook:
    """Five stakeholders in the three sectors, three ties, our group and one plan row
    carrying a name (a rename takes both along)."""
    people = [
        model.Stakeholder("s1", "กลุ่มเกษตรอินทรีย์", Sector.PEOPLE, Kind.NODE, influence=4, interest=5),
        model.Stakeholder("s2", "โรงพยาบาลชุมชน", Sector.GOVERNMENT, contact="คุณหมอ"),
        model.Stakeholder("s3", "มหาวิทยาลัยสงขลา", Sector.ACADEMIC, Kind.NETWORK, impact="ได้งานวิจัย"),
        model.Stakeholder("s4", "ชาคริต", Sector.PEOPLE, Kind.INDIVIDUAL),
        model.Stakeholder("s5", "เทศบาลเมือง", Sector.GOVERNMENT, approach_how="ประชุม"),
    ]
    ties = [
        model.Tie("t1", "s1", "s2", Strength.STRONG),
        model.Tie("t2", "s1", "s4", notes="รู้จักกันมานาน"),
        model.Tie("t3", "s2", "s5"),
    ]
    plan = model.Plan(
        our_group="กลุ่มเกษตรอินทรีย์", our_stakeholder="s1", rows=[model.PlanRow("p1", "โรงพยาบาลชุมชน", "s2")]
    )
    project = model.Project(title="ผักปลอดภัย")
    return model.Workbook(language=Language.TH, project=project, stakeholders=people, ties=ties, plan=plan)


# --- what the user does ------------------------------------------------------------


@dataclass(frozen=True)
class Go:
    """Open a step (0: home) by a digit from home, by ctrl+g, or by F3/F2 step by step."""

    step: int
    route: str


@dataclass(frozen=True)
class Press:
    """ctrl+t, ctrl+z or ctrl+y, wherever the user is."""

    key: str


@dataclass(frozen=True)
class Pick:
    """Move the highlight in the list of people (steps 3, 4, 7) to the n-th."""

    index: int


@dataclass(frozen=True)
class PickTie:
    index: int


@dataclass(frozen=True)
class Type:
    """In a field of the record on screen: Backspace ``erase`` times, then type ``text``."""

    field: str
    erase: int
    text: str


@dataclass(frozen=True)
class Choose:
    """Open a list field and choose its n-th option (the blank first, where there is one)."""

    field: str
    option: int


@dataclass(frozen=True)
class AddTie:
    """ctrl+n, type the first ``typed`` letters of the n-th of those not yet tied, Enter."""

    index: int
    typed: int


@dataclass(frozen=True)
class RemoveTie:
    pass


@dataclass(frozen=True)
class Cell:
    """Step 5: go to a cell and press a key there (a score, Delete, Space)."""

    row: int
    column: int
    key: str


@dataclass(frozen=True)
class Name:
    """Step 2: type a name into a sector's entry, Enter."""

    sector: Sector
    text: str


@dataclass(frozen=True)
class Mend:
    """Step 2: on the n-th stakeholder in its sector's list, e (and type, Enter), m, k or Delete."""

    index: int
    key: str
    text: str = ""


THAI = "กขคงจชดตทนบปผพมยรลวสหอาเแโใไะำ"
MARKS_THAI = "ัิีึืุู่้๊๋็์"
LETTERS = THAI + MARKS_THAI + "ab1 "
ONE_LINE = st.text(LETTERS, min_size=1, max_size=4)
MANY_LINES = st.text(LETTERS + "\n", min_size=1, max_size=5)
RECORDS = {1: model.Project, 3: model.Stakeholder, 4: model.Tie, 7: model.Stakeholder}
FORM_FIELDS = {1: objective.FIELDS, 3: StudyScreen.FIELDS, 4: relationships.FIELDS, 7: ApproachScreen.FIELDS}
MULTILINE = {1: objective.MULTILINE, 3: StudyScreen.MULTILINE, 4: ("notes",), 7: ApproachScreen.MULTILINE}
POWER_COLUMNS = ("name", *SCORES, *MARKS, *(f"{field}.{value.value}" for field, value in FLAGS))


def fields_of(step: int, *shapes: Shape) -> list[str]:
    return [name for name in FORM_FIELDS[step] if spec_of(RECORDS[step], name).shape in shapes]


def typing(step: int) -> st.SearchStrategy[Type]:
    def one(name: str) -> st.SearchStrategy[Type]:
        if name == "name":  # appended only: a name left empty or the same as another's is another test's
            return st.builds(Type, st.just(name), st.just(0), st.text(THAI + MARKS_THAI, min_size=1, max_size=3))
        text = MANY_LINES if name in MULTILINE[step] else ONE_LINE
        return st.builds(Type, st.just(name), st.integers(0, 3), text)

    return st.sampled_from(fields_of(step, Shape.TEXT)).flatmap(one)


def choosing(step: int) -> st.SearchStrategy[Choose]:
    return st.builds(Choose, st.sampled_from(fields_of(step, Shape.CHOICE, Shape.MAYBE_CHOICE)), st.integers(0, 4))


def step_2() -> st.SearchStrategy:
    return st.one_of(
        st.builds(Name, st.sampled_from(list(Sector)), ONE_LINE),
        st.builds(Mend, st.integers(0, 9), st.sampled_from(["m", "k", "delete"])),
        st.builds(Mend, st.integers(0, 9), st.just("e"), ONE_LINE),
    )


def step_5() -> st.SearchStrategy[Cell]:
    score = st.builds(Cell, st.integers(0, 9), st.sampled_from([1, 2]), st.sampled_from([*"12345", "delete"]))
    tick = st.builds(Cell, st.integers(0, 9), st.integers(3, len(POWER_COLUMNS) - 1), st.just("space"))
    return score | tick


ON_SCREEN = {
    1: lambda: typing(1) | choosing(1),
    2: step_2,
    3: lambda: st.builds(Pick, st.integers(0, 9)) | typing(3) | choosing(3),
    4: lambda: st.one_of(
        st.builds(Pick, st.integers(0, 9)),
        st.builds(PickTie, st.integers(0, 4)),
        typing(4),
        choosing(4),
        st.builds(AddTie, st.integers(0, 9), st.integers(0, 3)),
        st.just(RemoveTie()),
    ),
    5: step_5,
    7: lambda: st.builds(Pick, st.integers(0, 9)) | typing(7) | choosing(7),
}
OPEN_A_STEP = st.builds(Go, st.integers(1, 7), st.just("digit"))
ANYWHERE = st.one_of(
    st.builds(Go, st.integers(0, 7), st.sampled_from(["digit", "ctrl+g", "f-keys"])),
    st.sampled_from([Press("ctrl+z"), Press("ctrl+z"), Press("ctrl+y"), Press("ctrl+t")]),
)


def actions(screen: int) -> st.SearchStrategy:
    """Mostly what the screen the user is on offers; now and then another step, undo, redo, language."""
    if screen == 0:
        return st.one_of(OPEN_A_STEP, OPEN_A_STEP, ANYWHERE)
    here = ON_SCREEN.get(screen)
    if here is None:
        return ANYWHERE
    return st.one_of(here(), here(), ANYWHERE)


# --- doing it in the app, and in the model ------------------------------------------


class Player:
    """Plays actions through the app with keys, and the same actions on the model."""

    def __init__(self, pilot, loop: Loop, path: Path) -> None:
        self.pilot = pilot
        self.app = pilot.app
        self.loop = loop
        self.path = path

    async def keys(self, *names: str) -> None:
        burst(self.app, *names)
        await handled(self.pilot)

    def widget(self, widget_id: str):
        return self.app.screen.query_one(f"#{widget_id}")

    async def focus(self, widget_id: str) -> None:
        """Into a widget, as Tab or a click would take the user there."""
        self.loop.go_to(widget_id)
        if self.app.focused is not self.widget(widget_id):
            self.widget(widget_id).focus()
            await self.pilot.pause()

    async def play(self, action) -> None:
        await getattr(self, f"do_{type(action).__name__.lower()}")(action)

    # -- anywhere --

    async def do_go(self, action: Go) -> None:
        here, there = self.loop.screen, action.step
        if here == 0:
            if there == 0:
                return
            keys = [str(there)]
        elif there == 0:
            keys = ["escape"]
        elif action.route == "digit":
            keys = ["escape", str(there)]
        elif action.route == "ctrl+g":
            keys = ["ctrl+g", str(there)]
        else:
            keys = ["f3" if there > here else "f2"] * abs(there - here)
            if not keys:
                return
        await self.keys(*keys)
        self.loop.enter(there)

    async def do_press(self, action: Press) -> None:
        await self.keys(action.key)
        if action.key == "ctrl+z":
            self.loop.undo_step()
        elif action.key == "ctrl+y":
            self.loop.redo_step()

    # -- the list of people, and step 4's ties --

    async def move(self, widget_id: str, now: int, index: int) -> None:
        await self.focus(widget_id)
        await self.keys(*(["down"] * (index - now) if index > now else ["up"] * (now - index)))

    async def do_pick(self, action: Pick) -> None:
        people = self.loop.people()
        if people:
            index = action.index % len(people)
            await self.move("people", self.loop.person.index, index)
            self.loop.pick(index)

    async def do_picktie(self, action: PickTie) -> None:
        ties = self.loop.ties_shown()
        if ties:
            index = action.index % len(ties)
            await self.move("tie-list", self.loop.tie.index, index)
            self.loop.tie.move_to(index, ties)

    async def do_addtie(self, action: AddTie) -> None:
        loop, person = self.loop, self.loop.person.id
        if person is None:
            return
        wb = loop.workbook
        tied = {end for tie in wb.ties_of(person) for end in (tie.a, tie.b)}
        others = [s for s in wb.stakeholders if s.id not in tied and s.id != person]
        if not others:
            return
        other = others[action.index % len(others)]
        typed = other.name[: action.typed]
        wanted = typed.strip().casefold()
        matches = [s.id for s in others if wanted in s.name.casefold() or wanted == s.id]
        await self.keys("ctrl+n", *typed, *["down"] * matches.index(other.id), "enter")
        loop.leave_field()  # the picker came and went
        tie_id = loop.new_id("t")
        loop.change(lambda wb: loop_model.add_tie(wb, tie_id, person, other.id))
        loop.tie.move_to(loop.ties_shown().index(tie_id), loop.ties_shown())
        loop.focus = "tie-list"

    async def do_removetie(self, action: RemoveTie) -> None:
        tie = self.loop.tie.id
        if tie is not None:
            await self.focus("tie-list")
            await self.keys("delete")
            self.loop.change(lambda wb: loop_model.remove_tie(wb, tie))

    # -- forms --

    def on_screen(self) -> str | None:
        """The id of the record the form shows, as the model has it."""
        return {1: "project", 3: self.loop.person.id, 4: self.loop.tie.id, 7: self.loop.person.id}[self.loop.screen]

    async def do_type(self, action: Type) -> None:
        record_id = self.on_screen()
        if record_id is None:
            return
        field_id = f"field-{action.field}"
        await self.focus(field_id)
        assert self.app.focused is self.widget(field_id)
        keys = ["backspace"] * action.erase + ["enter" if c == "\n" else c for c in action.text]
        await self.keys(*keys)
        value = getattr(loop_model.find(self.loop.workbook, record_id), action.field)
        for _ in range(action.erase):
            value = value[:-1]
            self.loop.set(record_id, action.field, value, typing=True)
        for character in action.text:
            value += character
            self.loop.set(record_id, action.field, value, typing=True)

    async def do_choose(self, action: Choose) -> None:
        record_id = self.on_screen()
        if record_id is None:
            return
        spec = spec_of(RECORDS[self.loop.screen], action.field)
        options = [*([None] if spec.shape is Shape.MAYBE_CHOICE else []), *spec.vocab]
        option = action.option % len(options)
        await self.focus(f"field-{action.field}")
        await self.keys("enter", "home", *["down"] * option, "enter")
        self.loop.set(record_id, action.field, options[option])

    # -- step 5 --

    async def do_cell(self, action: Cell) -> None:
        loop = self.loop
        people = loop.people()
        if not people:
            return
        row, column = action.row % len(people), action.column
        now_row, now_column = loop.row.index, loop.column
        await self.focus("power-table")
        vertical = ["down"] * (row - now_row) if row > now_row else ["up"] * (now_row - row)
        sideways = ["right"] * (column - now_column) if column > now_column else ["left"] * (now_column - column)
        await self.keys(*vertical, *sideways, action.key)
        stakeholder = loop.workbook.stakeholders[row]
        name = POWER_COLUMNS[column]
        if action.key == "space":
            if name == "key_player":
                value = {None: True, True: False, False: None}[stakeholder.key_player]
            elif name == "key_leader":
                value = not stakeholder.key_leader
            else:  # a group or a base of power: ticked goes last, unticked goes
                name, tick = name.split(".")
                ticked = getattr(stakeholder, name)
                vocab = spec_of(model.Stakeholder, name).vocab
                value = [v for v in ticked if v != tick] if tick in ticked else [*ticked, vocab(tick)]
        else:
            value = None if action.key == "delete" else int(action.key)
        loop.row.move_to(row, people)
        loop.column = column
        loop.set(stakeholder.id, name, value)
        if action.key not in ("delete", "space"):  # a score moves down to the next stakeholder
            loop.row.move_to(min(row + 1, len(people) - 1), people)

    # -- step 2 --

    async def do_name(self, action: Name) -> None:
        loop = self.loop
        stakeholder_id = f"s{loop._last['s'] + 1}"
        name = f"{stakeholder_id[1:]}#{action.text}".strip()  # a number first: never the same as another's
        await self.focus(f"add-{action.sector.value}")
        await self.keys(*name, "enter")
        loop.new_id("s")
        loop.change(lambda wb: loop_model.add_stakeholder(wb, stakeholder_id, name, action.sector))

    async def do_mend(self, action: Mend) -> None:
        loop, wb = self.loop, self.loop.workbook
        if not wb.stakeholders:
            return
        person = wb.stakeholders[action.index % len(wb.stakeholders)]
        members = [s.id for s in wb.stakeholders if s.sector is person.sector]
        list_id = f"list-{person.sector.value}"
        await self.focus(list_id)
        await self.keys("home", *["down"] * members.index(person.id))
        sector_list = self.widget(list_id)
        assert sector_list.get_option_at_index(sector_list.highlighted).id == person.id, "step 2 highlights another"
        if action.key == "e":
            await self.keys("e", *action.text, "enter")
            loop.go_to(list_id)
            loop.set(person.id, "name", (person.name + action.text).strip())
            return
        await self.keys(action.key)
        if action.key == "delete":
            loop.change(lambda wb: loop_model.remove_stakeholder(wb, person.id))
        elif action.key == "k":
            loop.set(person.id, "kind", NEXT_KIND[person.kind])
        else:
            loop.set(person.id, "sector", NEXT_SECTOR[person.sector])
            loop.go_to(f"list-{NEXT_SECTOR[person.sector].value}")

    # -- what must hold after each action --

    def check(self, action) -> None:
        loop, app = self.loop, self.app
        screen = app.screen
        expected = "HomeScreen" if loop.screen == 0 else step(loop.screen).screen.partition(":")[2]
        assert type(screen).__name__ == expected, f"on {type(screen).__name__} after {action}"
        assert app.document.workbook == loop.workbook, (
            f"after {action}: {differences(app.document.workbook, loop.workbook)}"
        )
        if loop.screen in (3, 4, 7):
            current = screen.current
            assert (current.id if current else None) == loop.person.id, f"another stakeholder on screen after {action}"
        if loop.screen == 4:
            tie = screen.tie
            assert (tie.id if tie else None) == loop.tie.id, f"another tie on screen after {action}"
        if loop.screen == 5 and loop.people():
            table = screen.query_one(PowerTable)
            cell = (loop.row.index, loop.column)
            assert tuple(table.cursor_coordinate) == cell, f"step 5's cursor elsewhere after {action}"

    async def read_back(self) -> None:
        """Wait for the autosave (never longer than a few seconds) and read the file."""
        for _ in range(500):
            if not self.app.document.dirty and self.app.save_state == "status.saved":
                break
            await self.pilot.pause(0.01)
        on_disk = store.load(self.path)[0]
        assert on_disk == self.loop.workbook, f"the saved file: {differences(on_disk, self.loop.workbook)}"


def differences(found: model.Workbook, expected: model.Workbook) -> list[str]:
    """Field by field, record by record: what the app has that the model does not expect."""

    def records(wb: model.Workbook) -> dict[str, object]:
        items = [*wb.stakeholders, *wb.ties, *wb.plan.rows]
        return {"project": wb.project, "plan": dataclasses.replace(wb.plan, rows=[]), **{i.id: i for i in items}}

    found_records, expected_records = records(found), records(expected)
    lines = [
        f"{key}: {'missing' if key not in found_records else 'not expected'}"
        for key in found_records.keys() ^ expected_records.keys()
    ]
    for key in found_records.keys() & expected_records.keys():
        for spec in dataclasses.fields(found_records[key]):
            has, wanted = getattr(found_records[key], spec.name), getattr(expected_records[key], spec.name)
            if has != wanted:
                lines.append(f"{key}.{spec.name} is {has!r}, expected {wanted!r}")
    return lines or [f"the order differs: {[s.id for s in found.stakeholders]}, {[t.id for t in found.ties]}"]


async def play_run(path: Path, data) -> None:
    store.save(start(), path, store.NO_FILE)
    app = make_app(Document.open(path, Language.TH))
    loop = Loop(start())
    async with app.run_test(size=SIZE) as pilot:
        player = Player(pilot, loop, path)
        count = data.draw(st.integers(1, MOST_ACTIONS), label="actions")
        for number in range(1, count + 1):
            action = data.draw(actions(loop.screen), label=f"action {number}")
            await player.play(action)
            player.check(action)
            if number % READ_BACK_EVERY == 0 or number == count:
                await player.read_back()


RUNS = itertools.count()


@settings(
    max_examples=600 if thorough() else 200,
    suppress_health_check=[*settings.default.suppress_health_check, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_every_run_of_edits_lands_where_the_model_says(tmp_path: Path, data) -> None:
    asyncio.run(play_run(tmp_path / f"run-{next(RUNS)}.toml", data))
