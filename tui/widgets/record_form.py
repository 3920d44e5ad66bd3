"""A form for some fields of one record: a label beside each field.

Screens give the record type and field names; the form builds the right
widget for each field's shape (one-line text, multi-line text, a choice),
translates the labels, and reports each edit as a ``FieldEdited`` message
naming the record the form was showing when the user made it, so an edit
lands on that record even if the screen has moved on since. It never touches
the model: the screen passes edits to the editor.

Values the form sets itself (loading a record, a language switch, a field's
first value as it mounts) post no message at all (Textual's ``prevent``): an
echo that arrived late could otherwise be taken for the user's edit.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label, Select, TextArea

from tui.core.i18n import field_label, label, tr
from tui.core.schema import SECTION, Shape, spec_of
from tui.core.vocab import SCORE_MAX, SCORE_MIN, Language
from tui.widgets.choice import Choice
from tui.widgets.many_lines import ManyLines
from tui.widgets.one_line import OneLine

#: What the form's fields post when their value changes.
FIELD_CHANGES = (Input.Changed, TextArea.Changed, Select.Changed)


class RecordForm(VerticalScroll, can_focus=False):
    class FieldEdited(Message):
        def __init__(self, record: Any, name: str, value: Any) -> None:
            super().__init__()
            self.record = record
            self.name = name
            self.value = value

    class FieldLeft(Message):
        """The user left a field: typing in it is one undo step from here on."""

    def __init__(
        self,
        record_type: type,
        names: tuple[str, ...],
        lang: Language,
        *,
        multiline: tuple[str, ...] = (),
        stacked: bool = False,
        id: str | None = None,
    ) -> None:
        """``stacked`` puts each label above its field, for long labels in narrow space."""
        super().__init__(id=id, classes="record-form -stacked" if stacked else "record-form")
        self.record_type = record_type
        self.section = SECTION[record_type]
        self.names = names
        self.multiline = multiline
        self.lang = lang
        #: The record the fields show; None until the first load.
        self.record: Any = None
        self.choices_lang = lang  # the language the choice lists were built in
        #: Each field by its name, found once (:meth:`field`).
        self._fields: dict[str, Widget] = {}

    def compose(self) -> ComposeResult:
        for name in self.names:
            with Horizontal(classes="form-row"):
                yield Label(field_label(self.lang, self.section, name), id=f"label-{name}", classes="field-label")
                # A widget made under prevent() keeps it for its mount: a Select's first
                # option, chosen as it mounts, is then no Changed message.
                with self.prevent(*FIELD_CHANGES):
                    field = self._field(name)
                yield field

    def _field(self, name: str) -> Widget:
        spec = spec_of(self.record_type, name)
        assert spec is not None
        field_id = f"field-{name}"
        if spec.shape in (Shape.CHOICE, Shape.MAYBE_CHOICE, Shape.SCORE):
            return Choice(
                self._options(name),
                prompt=tr(self.lang, "form.choose"),
                allow_blank=spec.shape is not Shape.CHOICE,  # a required choice has no "(choose)"
                id=field_id,
                classes="field",
            )
        if name in self.multiline or spec.shape is Shape.TEXTS:  # a list: one item per line
            return ManyLines(id=field_id, classes="field multiline")
        return OneLine(id=field_id, classes="field")

    def _options(self, name: str) -> list[tuple[str, str | int]]:
        spec = spec_of(self.record_type, name)
        assert spec is not None
        if spec.shape is Shape.SCORE:  # 1 to 5, as the scores of step 5
            return [(str(score), score) for score in range(SCORE_MIN, SCORE_MAX + 1)]
        assert spec.vocab is not None
        return [(label(self.lang, value), value.value) for value in spec.vocab]

    def load(self, record: object) -> None:
        """Show ``record``'s values in every field.

        Screens skip this for the form's own edits: the model then already
        holds what the field shows, and keys typed since would be lost.
        """
        self.record = record
        with self.prevent(*FIELD_CHANGES):
            for name in self.names:
                value = getattr(record, name)
                widget = self.field(name)
                if isinstance(widget, Select):
                    wanted = Select.NULL if value is None else value if isinstance(value, int) else value.value
                    if widget.value != wanted:
                        widget.value = wanted
                elif isinstance(widget, ManyLines):
                    text = "\n".join(value) if isinstance(value, list) else value
                    if widget.text != text:
                        widget.show(text)
                elif isinstance(widget, OneLine) and widget.value != value:
                    widget.show(value)

    def field(self, name: str) -> Widget:
        """The field of ``name``. Found once: a query walks the whole form (step 3's has
        hundreds of widgets), and a kept step shown again asked for every field twice."""
        found = self._fields.get(name)
        if found is None:
            found = self.query_one(f"#field-{name}")
            if found.is_mounted:
                self._fields[name] = found
        return found

    def to_start(self) -> None:
        """As a new form shows its record (a kept screen shown again): scrolled to its top,
        each text put in anew, its start in sight and the cursor after it on coming in."""
        _scroll_home(self)
        fields = [self.field(name) for name in self.names]
        with self.prevent(*FIELD_CHANGES):
            for area in fields:
                if isinstance(area, ManyLines):
                    area.show(area.text)
                    _scroll_home(area)
            for line in fields:
                if isinstance(line, OneLine):
                    line.show(line.value)

    def show_language(self, lang: Language) -> None:
        self.lang = lang
        for name in self.names:
            self.query_one(f"#label-{name}", Label).update(field_label(lang, self.section, name))
            widget = self.query_one(f"#field-{name}")
            if isinstance(widget, Select):
                if self.choices_lang is lang:
                    continue
                value = widget.value
                with self.prevent(*FIELD_CHANGES):  # set_options clears the value, and it is put back
                    widget.set_options(self._options(name))
                    widget.prompt = tr(lang, "form.choose")
                    widget.value = value
        self.choices_lang = lang

    def _edited(self, widget: Widget | None, value: Any) -> None:
        if widget is None or not widget.id or not widget.id.startswith("field-"):
            return
        name = widget.id.removeprefix("field-")
        if self.record is None or getattr(self.record, name) == value:
            return  # nothing shown yet, or nothing to change
        self.post_message(self.FieldEdited(self.record, name, value))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._edited(event.input, event.value)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        area = event.text_area
        spec = spec_of(self.record_type, (area.id or "").removeprefix("field-"))
        if spec is not None and spec.shape is Shape.TEXTS:
            # One item per line; a blank line is no item, but the text the user is
            # typing stays as typed (the list is saved, the field is not rewritten).
            self._edited(area, [line.strip() for line in area.text.split("\n") if line.strip()])
        else:
            self._edited(area, area.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a one-line field goes on to the next field, as in a paper form:
        the value is in the workbook already, there is nothing to submit."""
        event.stop()
        self.screen.focus_next()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._edited(event.select, None if event.value is Select.NULL else event.value)

    def on_descendant_blur(self) -> None:
        self.post_message(self.FieldLeft())


def _scroll_home(widget: Widget) -> None:
    """Scrolled to its start, if it is not there already: a kept form shown again mostly
    is, and a scroll asked of each of its fields is work for nothing."""
    if widget.scroll_offset != (0, 0):
        widget.scroll_home(animate=False, immediate=True)
