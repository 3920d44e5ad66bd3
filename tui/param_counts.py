"""Textual counts a callback's parameters once per function, not once per callback made.

Before it calls a handler, a timer's or a ``call_later``'s callback, Textual
counts the callback's parameters with ``inspect.signature`` and keeps the
count on the function. A ``partial`` or a lambda made for the occasion is a
new object each time, so the count is made again at every call: in a
workshop's worksheet about 5,000 signatures, 0.46 s of 7 s of the
session's work, most of them the key order's looks every 2 ms
(``tui/key_order.py``) and Textual's own ``call_after_refresh`` lambdas.

A plain function's or method's number of parameters is fixed by its code,
so ``install()`` has Textual keep it by code object: the same answer,
worked out once per code. A callable with a ``__wrapped__`` or a
``__signature__`` of its own, or of any other kind, is counted as Textual
counts it. ``PHAKHI_PARAMETERS=textual`` leaves Textual's own counting in
place, for comparison or should a callable ever be counted wrong.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import CodeType, FunctionType, MethodType
from typing import Any

import textual._callback

#: The environment switch: "textual" keeps Textual's own counting.
PARAMETERS_ENV = "PHAKHI_PARAMETERS"
#: Parameters by code object, and whether the callable is a bound method (one fewer).
_COUNTS: dict[tuple[CodeType, bool], int] = {}


def _key(func: Callable[..., Any]) -> tuple[CodeType, bool] | None:
    """What the count depends on alone, or None when something else may change it."""
    bound = isinstance(func, MethodType)
    plain = func.__func__ if isinstance(func, MethodType) else func
    if type(plain) is not FunctionType or hasattr(plain, "__wrapped__") or hasattr(plain, "__signature__"):
        return None
    return plain.__code__, bound


def install() -> bool:
    """Textual counts parameters by code from now on; False if its counting is not as expected,
    or the switch says to keep Textual's."""
    if os.environ.get(PARAMETERS_ENV, "").lower() == "textual":
        return False
    counted: Callable[[Callable[..., Any]], int] | None = getattr(textual._callback, "_count_parameters", None)
    if counted is None:
        return False
    if getattr(counted, "_by_code", False):
        return True

    def _count_parameters(func: Callable[..., Any]) -> int:
        key = _key(func)
        if key is None:
            return counted(func)
        count = _COUNTS.get(key)
        if count is None:
            count = _COUNTS[key] = counted(func)
        return count

    setattr(_count_parameters, "_by_code", True)  # noqa: B010  # our mark that the function is changed
    # The workaround itself: Textual's count_parameters finds this one by its module's name.
    textual._callback._count_parameters = _count_parameters
    return True
