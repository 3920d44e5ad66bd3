"""A crash report without the values of local variables.

Textual prints the traceback of a crash with each frame's local variables,
and in Phakhi those can be a stakeholder — name, contact and all — shown on
the terminal and pasted into a bug report. The report keeps the frames and
their lines, which is what it takes to find the bug, and leaves the values out.

App._fatal_error is private, but it is the one place Textual builds that
report. The override does not copy it: it lets it run, with rich's Traceback
told to show no locals.
"""

from __future__ import annotations

from typing import Any

from tui.app_mixin import AppMixin


class CrashWithoutLocals(AppMixin):
    """Mixin for the App (before ``App`` in the bases)."""

    def _fatal_error(self) -> None:
        import rich.traceback

        shown = rich.traceback.Traceback

        class WithoutLocals(rich.traceback.Traceback):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **{**kwargs, "show_locals": False})

        # The workaround itself: rich's class replaced while Textual builds the report, then put back.
        rich.traceback.Traceback = WithoutLocals  # type: ignore[misc]
        try:
            super()._fatal_error()
        finally:
            rich.traceback.Traceback = shown  # type: ignore[misc]  # rich's own class put back
