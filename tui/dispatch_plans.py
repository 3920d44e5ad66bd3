"""Textual finds a message's handlers once per kind of receiver and message, not every time.

To hand a message to a widget, Textual walks the widget's classes, all of
them (about twenty for a list or a table, from the widget up to ``object``),
and in each looks up the handlers decorated with ``@on`` for every class of
the message, then a method named after it. The classes do not change while
the app runs, so the walk comes out the same every time: in a workshop's
worksheet, about fifteen messages a key, each walked anew.

``install()`` has Textual keep, for each kind of receiver, handler name and
kind of message, the classes that have a handler and what they have; a
message then visits those alone, in the same order, with Textual's own
checks done as Textual does them at each: a handler that prevents the
default stops the classes after its own, an ``@on`` with selectors is
matched against the message's widgets when it comes. A handler given to a
class after its first message of a kind would not be seen: Phakhi gives
none. ``PHAKHI_DISPATCH=textual`` leaves Textual's own walk in place, for
comparison.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

from textual._on import OnNoWidget
from textual.css.match import match
from textual.message import Message
from textual.message_pump import MessagePump
from textual.widget import Widget

#: The environment switch: "textual" keeps Textual's own walk.
DISPATCH_ENV = "PHAKHI_DISPATCH"

#: One class of a receiver that handles a message: the class, its ``@on`` handlers for the
#: message's classes (each with its selectors, in Textual's order), and its method by name.
Stop = tuple[type, tuple[tuple[Callable[..., Any], dict[str, Any]], ...], Callable[..., Any] | None]
#: Textual's own walk, kept to compare with (tests/test_dispatch_plans.py).
TEXTUALS_WALK = MessagePump._get_dispatch_methods
#: The classes worth a visit, by receiver's class, handler name and message's class.
_PLANS: dict[tuple[type, str, type], tuple[Stop, ...]] = {}


def _plan(receiver: type, method_name: str, message: type) -> tuple[Stop, ...]:
    """Textual's walk, done once: what each of the receiver's classes has for the message."""
    message_mro = [kind for kind in message.__mro__ if issubclass(kind, Message)]
    stops: list[Stop] = []
    for cls in receiver.__mro__:
        decorated_handlers = cls.__dict__.get("_decorated_handlers")
        decorated = tuple(
            handler
            for message_class in message_mro
            for handler in (decorated_handlers.get(message_class, []) if decorated_handlers else [])
        )
        method = cls.__dict__.get(f"_{method_name}") or cls.__dict__.get(method_name)
        if method is not None and getattr(method, "_textual_on", None):
            method = None  # a decorated handler: called as one, not by its name
        if decorated or method is not None:
            stops.append((cls, decorated, method))
    return tuple(stops)


def _get_dispatch_methods(
    self: MessagePump, method_name: str, message: Message
) -> Iterator[tuple[type, Callable[[Message], Any]]]:
    """Textual's ``MessagePump._get_dispatch_methods``, over the classes worth a visit."""
    key = (self.__class__, method_name, message.__class__)
    stops = _PLANS.get(key)
    if stops is None:
        stops = _PLANS[key] = _plan(*key)
    methods_dispatched: set[Callable[..., Any]] = set()
    for cls, decorated, method in stops:
        if message._no_default_action:
            break
        for handler, selectors in decorated:
            if handler in methods_dispatched:
                continue
            if not selectors:
                yield cls, handler.__get__(self, cls)
                methods_dispatched.add(handler)
                continue
            if not message._sender:
                continue
            for attribute, selector in selectors.items():
                node = getattr(message, attribute)
                if node is None:
                    break
                if not isinstance(node, Widget):
                    raise OnNoWidget(f"on decorator can't match against {attribute!r} as it is not a widget.")
                if not match(selector, node):
                    break
            else:
                yield cls, handler.__get__(self, cls)
                methods_dispatched.add(handler)
        if method is not None:
            yield cls, method.__get__(self, cls)


def install() -> bool:
    """Messages visit the kept classes from now on; False if the switch keeps Textual's walk."""
    if os.environ.get(DISPATCH_ENV, "").lower() == "textual":
        return False
    MessagePump._get_dispatch_methods = _get_dispatch_methods  # type: ignore[method-assign]  # for the whole process
    return True
