"""What every Phakhi screen shares: a typed way to the app, language, the key bar."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from textual import events, messages
from textual.geometry import Region, Size
from textual.screen import ModalScreen, Screen
from textual.scrollbar import ScrollBar, ScrollBarCorner
from textual.strip import Strip
from textual.worker import Worker, WorkerState

from tui.core import memory
from tui.core.document import Document
from tui.core.vocab import Language
from tui.screens import app_watch
from tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from tui.app import PhakhiApp


#: Seconds after a screen closes, or a worker ends, before freed memory is given back:
#: after the frame that follows, so the screen's widgets are gone and no key waits.
GIVE_BACK_AFTER = 0.2
#: Crops of a screen's own lines kept (PhakhiScreen.render_lines): the whole screen and a few parts.
OWN_LINES_KEPT = 8
#: The kinds the scrollbars Textual makes for a widget are of (for rules scoped to them).
SCROLLBAR_KINDS = ScrollBar._css_type_names | ScrollBarCorner._css_type_names


def give_back_soon() -> None:
    """Give freed memory back (tui/core/memory.py) in GIVE_BACK_AFTER seconds. Outside the
    screen's context: a timer made in it would keep a closed screen alive until it fired."""
    asyncio.get_running_loop().call_later(GIVE_BACK_AFTER, memory.give_back, context=contextvars.Context())


class PhakhiScreen(Screen[None]):
    """A screen that redraws its words when the language changes, and its records after
    an edit: at once while it is in sight, else when it is shown again.

    A screen out of sight (home under a step, a step kept for its next visit) is
    not redrawn at every edit: the redraw was work for nothing, and an update to a
    screen under the current one repaints the current one in full. It catches up
    when it comes back (:meth:`catch_up`).

    A screen whose ``KEPT`` is true is built once and shown again at each visit (the
    app keeps it: ``PhakhiApp.action_go``): building and laying out a screen is most of
    a visit's processor time. :meth:`reopen` puts it back as it was when first shown.
    """

    #: Built once, then kept and shown again at each visit (it says how in :meth:`reopen`).
    KEPT = False
    #: The language and the workbook changed while the screen was out of sight.
    _missed_language = False
    _missed_workbook = False

    @property
    def phakhi(self) -> PhakhiApp:
        return cast("PhakhiApp", self.app)

    @property
    def document(self) -> Document:
        return self.phakhi.document

    @property
    def lang(self) -> Language:
        return self.phakhi.lang

    def key_bar(self) -> KeyBar:
        return KeyBar(self.lang, self.phakhi.save_state)

    def on_mount(self) -> None:
        # Textual calls on_mount of every class in the MRO: subclasses must not call super().
        app_watch.follow(self, lang=self._language_changed, save_state=self._save_state_changed)
        self.phakhi.workbook_changed_signal.subscribe(self, lambda _change: self._workbook_changed(), immediate=True)

    def on_unmount(self) -> None:
        # Closed: nothing the app holds may keep it (and its widgets) alive (tui/screens/app_watch.py),
        # and what they held goes back to the system.
        app_watch.forget(self, self.phakhi.workbook_changed_signal)
        give_back_soon()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker of the screen's (the map's drawing, say) has ended: what it made and
        dropped goes back to the system (tui/core/memory.py)."""
        if event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            give_back_soon()

    def in_sight(self) -> bool:
        """On the screen stack with nothing above it but dialogs (which show it around them)."""
        stack = self.app.screen_stack
        if self not in stack:
            return False
        return all(isinstance(screen, ModalScreen) for screen in stack[stack.index(self) + 1 :])

    def _language_changed(self, lang: Language) -> None:
        if not self.in_sight():
            self._missed_language = True
            return
        self.query_one(KeyBar).show(lang=lang)
        self.show_language()

    def _workbook_changed(self) -> None:
        if not self.in_sight():
            self._missed_workbook = True
            return
        self.show_workbook()

    def catch_up(self) -> None:
        """Redraw what changed while the screen was out of sight (show_language redraws
        the records too)."""
        if self._missed_language:
            self._missed_language = self._missed_workbook = False
            self.query_one(KeyBar).show(lang=self.lang)
            self.show_language()
        elif self._missed_workbook:
            self._missed_workbook = False
            self.show_workbook()

    def reopen(self) -> None:
        """A kept screen is shown again (from home, from another step): as up to date, and
        as it was when first shown (its fields empty, its cursor at the start); screens
        with ``KEPT`` override, after this."""
        self.catch_up()

    def _save_state_changed(self, state_key: str) -> None:
        # Only on the top screen: an update to the screen under it (home, under
        # a step) repaints the top one in full. It catches up when shown again.
        if self.is_active:
            self.query_one(KeyBar).show(state_key=state_key)

    #: What the app's styles depended on when the screen was last put aside (:meth:`_styles_inputs`).
    _styles_put_aside: tuple[object, ...] | None = None

    def _styles_inputs(self) -> tuple[object, ...]:
        """What the styles of this screen's widgets depend on beyond the widgets themselves:
        the stylesheet's rules (parsed anew whenever the CSS, the theme or its variables
        change), the theme, and the app's own classes and pseudo-classes."""
        app = self.app
        return (app.stylesheet.rules, app.theme, app.app_focus, app.ansi_color, app.no_color, frozenset(app.classes))

    #: The stylesheet's sources when the screen was last put aside, by where each was read from.
    _sources_put_aside: dict[Any, Any] | None = None

    def on_screen_suspend(self) -> None:
        self._styles_put_aside = self._styles_inputs()
        self._sources_put_aside = dict(self.app.stylesheet.source)

    def _styles_still_hold(self) -> bool:
        """Nothing the screen's styles depend on changed while it was out of sight."""
        aside = self._styles_put_aside
        if aside is None:
            return False
        now = self._styles_inputs()
        if aside[1:] != now[1:]:
            return False
        return aside[0] is now[0] or self._only_rules_for_others_added()

    def _only_rules_for_others_added(self) -> bool:
        """The stylesheet was parsed again only because widgets of kinds new to the app brought
        their own styles (a step built for the first time while this one was aside): those
        rules are scoped to their kind (Textual's ``SCOPED_CSS``), and can match only inside
        a widget of that kind, of which this screen has none. Its styles still hold; worked
        out again, every rule of every widget was set anew from nothing on its scrollbars,
        and the screen laid out (each kept step once after the first visit to each other)."""
        before = self._sources_put_aside
        if before is None:
            return False
        now = self.app.stylesheet.source
        for place, source in before.items():
            # A source shared by several kinds of widget takes the lowest tie-breaker of theirs
            # (it settles two default rules of equal specificity), so a base class's goes lower
            # as subclasses come; Textual restyles nothing in sight for that either.
            current = now.get(place)
            if current is None or current._replace(tie_breaker=source.tie_breaker) != source:
                return False  # a source changed or went: any rule may read otherwise
        added = [source for place, source in now.items() if place not in before]
        if not all(source.is_defaults and source.scope for source in added):
            return False  # the app's own rules, or a widget's for every widget
        kinds = {kind for node in (self.app, *self.walk_children(with_self=True)) for kind in node._css_type_names}
        kinds |= SCROLLBAR_KINDS  # the scrollbars Textual makes for the screen's widgets are no children
        return not any(source.scope in kinds for source in added)

    #: This update repaints the whole screen (see :meth:`_on_timer_update`).
    _whole_frame = False
    #: Inside Textual's ``_refresh_layout``.
    _laying_out = False

    def _on_timer_update(self) -> None:
        """Textual's screen update, but one frame where it drew two or three.

        When an update repaints the whole screen (a screen shown again) and also lays
        it out (its content changed meanwhile, as every step's after a name added in
        step 2), Textual's ``Screen._on_timer_update`` draws the regions the layout
        moved (``_refresh_layout`` ends with a frame of its own) and then the whole
        screen: the first frame is rendered and compared cell by cell for nothing. And
        the widgets the layout or the screen's catching up refreshed (scrollbars, the
        key bar) send their requests to be drawn after the whole frame has drawn them,
        for a third frame of the same cells. Here the layout's frame is left out when
        the whole one follows, and the whole frame takes the requests made before it:
        those already sent draw nothing again, and those not sent yet (a widget sends
        its own once its messages are handled, after the frame) are not sent at all,
        where each made a frame of nothing (a step shown again after a save, its key
        bar's save mark changed, had one)."""
        self._whole_frame = self._repaint_required
        try:
            super()._on_timer_update()
        finally:
            self._whole_frame = False

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        self._laying_out = True
        try:
            super()._refresh_layout(size, scroll)
        finally:
            self._laying_out = False

    def _compositor_refresh(self) -> None:
        if self._whole_frame:
            if self._laying_out:
                return  # the layout's frame: the whole one that follows draws its regions too
            for widget in self._compositor.visible_widgets:
                widget._repaint_regions.clear()  # drawn in this frame, not again when asked
                widget._repaint_required = False  # nor asked for after it
        top = self.app.screen
        if self is not top and top.styles.background.a == 1 and self._compositor._dirty_regions:
            # Under a screen that hides it (home under a step): Textual has the screen on top
            # draw what changed here again, though none of it shows, for a frame of its own
            # (pressing 5 at home moves home's highlight to step 5 as step 5 opens: a second
            # frame of step 5, and on the map a second frame of the whole screen). It is kept
            # to be drawn when this screen is shown again, as Textual keeps it.
            self._set_dirty(*self._compositor._dirty_regions)
            self._repaint_required = True
            self._compositor._dirty_regions.clear()
            self._dirty_widgets.clear()
            return
        super()._compositor_refresh()

    async def _on_update(self, message: messages.Update) -> None:
        """A widget's request to be drawn, sent before a whole frame drew it and handled after
        (its region was taken by that frame, see :meth:`_compositor_refresh`): dropped here,
        where Textual made a frame of nothing for it (a step shown again, its key bar's save
        mark changed, had one). Any other request goes on to Textual's handler."""
        widget = message.widget
        if widget in self._compositor.visible_widgets and not widget._repaint_regions:
            message.stop()
            message.prevent_default()

    #: The screen's own lines (its background, under its widgets) by what they were drawn from.
    _own_lines: dict[tuple[object, ...], list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """The screen's own lines, under its widgets: drawn again only when its size, its
        styles or the theme changed.

        Textual draws them anew at every repaint of the whole screen (each time a step
        or home is shown again) and wherever a screen under it changed: 24 lines of
        background, about 2 ms, and each a new strip that the compositor then cuts
        anew at every widget's edge. The same lines, kept, are cut once. A screen
        whose background lets the one under it show through is drawn as Textual draws it."""
        if self.styles.background.a < 1:
            return super().render_lines(crop)
        app = self.app
        key = (crop, self.size, self.styles._cache_key, app.theme, app.ansi_color, app.no_color)
        kept = self._own_lines
        if kept is None or len(kept) > OWN_LINES_KEPT:
            kept = self._own_lines = {}
        lines = kept.get(key)
        if lines is None:
            lines = kept[key] = super().render_lines(crop)
        return lines

    def _watch__pointer_shape(self, pointer_shape: Any) -> None:
        # Textual tells the terminal the mouse pointer's shape as a screen is mounted: a
        # screen made ready out of sight (tui/ready_ahead.py) sends nothing while the user
        # reads; it is told when a screen on top changes it.
        if self.is_active:
            super()._watch__pointer_shape(pointer_shape)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual works out the styles of every widget of a screen pushed again
        # (``Screen._on_screen_resume``, called after this handler), in case the theme or
        # the CSS changed while it was out of sight: for a kept step, a quarter of
        # the processor time of coming to it, for nothing, as a change to a widget's
        # classes restyles it at once, in sight or not. Only when something the styles
        # depend on changed are they worked out again.
        if self._styles_still_hold():
            event.refresh_styles = False
        self.catch_up()
        self.query_one(KeyBar).show(state_key=self.phakhi.save_state)
        # A screen come to the top means the user left the field they typed in (on the
        # screen before, or under a dialog); its field is never told, as Textual removes
        # or covers a screen without taking the focus from it. Typing from here on is a
        # new undo step, not more of the last.
        self.document.editor.end_typing()

    #: True while a form's own edit is being applied: the form already shows the
    #: value, and reloading it would drop keys typed since the edit was sent.
    typing = False

    def edit_from_form(self, apply: Callable[[], object]) -> None:
        """Apply an edit made in a form; a refused one is told, not raised."""
        from tui.core.edit import EditError

        self.typing = True
        try:
            apply()
        except EditError as error:
            self.phakhi.refuse(error)
        finally:
            self.typing = False

    def show_language(self) -> None:
        """Redraw every translated word; screens override."""

    def show_workbook(self) -> None:
        """Redraw what comes from the workbook after an edit, undo or redo; screens override."""
