"""The base of the App's mixins, so that the type checker knows what ``self`` is.

The framework workarounds mixed into the App (before ``App`` in its bases:
``KeysInOrder``, ``DifferentialOutput``, ``CrashWithoutLocals``) call the
App's methods, among them the private ones they wrap (``_display``,
``_fatal_error``), through ``self`` and ``super()``. To the type checker each
of them is an App, so those calls are checked against Textual's own
signatures; at run time their base is ``object``, so the App's bases and
method order are what they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

    AppMixin = App[Any]
else:
    AppMixin = object

__all__ = ["AppMixin"]
