"""Messages visit the same handlers, in the same order, as Textual's own walk finds them
(tui/dispatch_plans.py): named, decorated with and without selectors, a default prevented."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.events import Key
from textual.widgets import Input

from tui import dispatch_plans


class Form(Vertical):
    """Handlers of every kind for an entry's change: by name, @on alone, @on with a selector."""

    def __init__(self, heard: list[str]) -> None:
        super().__init__()
        self.heard = heard

    def compose(self) -> ComposeResult:
        yield Input(id="name")
        yield Input(id="note")

    @on(Input.Changed, "#name")
    def name_changed(self) -> None:
        self.heard.append("name")

    @on(Input.Changed)
    def any_changed(self) -> None:
        self.heard.append("any")

    def on_input_changed(self, event: Input.Changed) -> None:
        self.heard.append(f"by name: {event.input.id}")

    def on_key(self, event: Key) -> None:
        self.heard.append(f"form key {event.key}")
        if event.key == "x":
            event.prevent_default()


class StrictForm(Form):
    def on_key(self, event: Key) -> None:
        self.heard.append(f"strict key {event.key}")


class Forms(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[str] = []

    def compose(self) -> ComposeResult:
        yield StrictForm(self.heard)


def walked(walk, receiver, message) -> list[tuple[type, object]]:
    return [(cls, method.__func__) for cls, method in walk(receiver, message.handler_name, message)]


async def test_each_message_visits_the_handlers_textual_finds() -> None:
    dispatch_plans.install()
    app = Forms()
    async with app.run_test() as pilot:
        form = app.query_one(StrictForm)
        name, note = app.query_one("#name", Input), app.query_one("#note", Input)
        messages = [Input.Changed(name, "a"), Input.Changed(note, "b"), Key("x", "x"), Key("y", "y")]
        for receiver in (form, name, app.screen, app):
            for message in messages:
                ours = walked(dispatch_plans._get_dispatch_methods, receiver, message)
                assert ours == walked(dispatch_plans.TEXTUALS_WALK, receiver, message), (receiver, message)
        assert walked(dispatch_plans._get_dispatch_methods, form, messages[0]) != []
        app.heard.clear()
        name.focus()
        await pilot.press("a")
        assert app.heard == ["name", "any", "by name: name"]


async def test_a_default_prevented_stops_the_classes_after_it() -> None:
    app = Forms()
    async with app.run_test():
        form = app.query_one(StrictForm)
        key = Key("x", "x")
        key.prevent_default()
        assert walked(dispatch_plans._get_dispatch_methods, form, key) == []
        visited = []
        later = Key("x", "x")
        for cls, method in dispatch_plans._get_dispatch_methods(form, later.handler_name, later):
            visited.append(cls)
            method(later)  # StrictForm's does not prevent it; Form's does, the last
        assert visited == [StrictForm, Form]
