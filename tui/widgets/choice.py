"""A choice field of a record form: Textual's Select, its current value drawn by one widget.

Textual's Select shows its value with a row of widgets: a row (SelectCurrent)
holding the value's text and two arrows, one of them hidden. Each is styled
when the form is built and its styles worked out again with the screen's, laid
out, and drawn in every frame of the whole screen: step 4's form has four
choices, 16 of the 48 widgets drawn each time the step is shown (the list
that opens is one more, hidden). Here the row
draws its text and its arrow itself, as Textual's widgets draw them (the same
cells, the same colours: ``tests/test_choice.py`` draws both side by side),
and is two widgets a choice where it was four. The list that opens (Enter,
Space, the arrows) is Select's own.
"""

from __future__ import annotations

from typing import Any

from rich.console import RenderableType
from rich.segment import Segment
from textual.app import ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual, visualize
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay  # private to Textual: Select's parts
from textual.widgets.select import NoSelection

#: The arrow shown, by whether the list is open (Textual's SelectCurrent shows one of the two).
ARROWS = {False: "▼", True: "▲"}


class ChoiceCurrent(SelectCurrent):
    """SelectCurrent with no widgets inside: its text (the value, or the prompt, greyed) and
    its arrow are drawn as the text of its label and arrow widgets would be."""

    COMPONENT_CLASSES = {"choice-current--label", "choice-current--arrow"}
    # The colours of SelectCurrent's label and arrow (Textual's styles for them), as components.
    DEFAULT_CSS = """
    ChoiceCurrent {
        & > .choice-current--label { color: $foreground 50%; }
        &.-has-value > .choice-current--label { color: $foreground; }
        & > .choice-current--arrow { color: $foreground 50%; }
    }
    """

    def compose(self) -> ComposeResult:
        return iter(())

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1  # a record form's choice is one line (tui/screens/steps.tcss)

    def update(self, label: RenderableType | NoSelection) -> None:
        self.label = label
        self.has_value = label is not Select.NULL
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """The line Textual's label and arrow widgets make, segment for segment: the text in
        the label's colours, the rest of the label's width in its background, then the
        arrow's blank and the arrow."""
        width = self.content_region.width
        if y or width < 2:
            return Strip.blank(width, self.visual_style.rich_style)
        label = self.placeholder if isinstance(self.label, NoSelection) else self.label
        room = width - 2
        background = self.background_colors[1]  # the label's and the arrow's, which have none of their own
        blank = Style(background=background + background).rich_style  # as Textual pads a widget's line
        text = Visual.to_strips(self, visualize(self, label), room, 1, self.get_visual_style("choice-current--label"))
        line = text[0].adjust_cell_length(room, blank) if text and room else Strip.blank(room, blank)
        expanded = isinstance(self.parent, Select) and self.parent.expanded
        arrow = Visual.to_strips(self, Content(ARROWS[expanded]), 1, 1, self.get_visual_style("choice-current--arrow"))[
            0
        ]
        return Strip.join([line, Strip([Segment(" ", blank)], 1), arrow])


class Choice(Select[Any]):
    """Select, with its current value drawn by one widget (:class:`ChoiceCurrent`)."""

    def compose(self) -> ComposeResult:
        yield ChoiceCurrent(self.prompt)
        yield SelectOverlay(type_to_search=self._type_to_search).data_bind(compact=Select.compact)

    def _watch_expanded(self, expanded: bool) -> None:
        super()._watch_expanded(expanded)
        for current in self.query_children(ChoiceCurrent):
            current.refresh()  # its arrow
