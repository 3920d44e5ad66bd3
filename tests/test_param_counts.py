"""Textual counts a callback's parameters once per code, not once per callback made."""

from __future__ import annotations

import functools
from functools import partial

import textual._callback
from textual._callback import count_parameters

from tui.param_counts import install


class Thing:
    def two(self, a, b):
        return a, b


def three(a, b, c=1):
    return a, b, c


def test_counts_are_textual_s_and_each_code_is_counted_once(monkeypatch) -> None:
    assert install()
    asked: list[object] = []
    real = textual._callback.signature
    monkeypatch.setattr(textual._callback, "signature", lambda func: asked.append(func) or real(func))

    def made(n: int):  # a new lambda each time, from one code
        return lambda x, y: n

    def wrapped(a):
        return a

    @functools.wraps(wrapped)
    def wrapper(*args):
        return wrapped(*args)

    thing = Thing()
    cases = [
        (made(1), 2),
        (made(2), 2),
        (partial(three, 1), 2),
        (partial(three, 1, c=2), 1),
        (partial(thing.two, 1), 1),
        (partial(thing.two, 2), 1),
        (partial(Thing().two, 3), 1),
        (wrapper, 1),  # a __wrapped__ counts as Textual counts it: the wrapped function's
        (partial(wrapper), 1),
    ]
    for callback, expected in cases:
        assert count_parameters(callback) == expected
    assert install()  # a second install changes nothing
    assert count_parameters(made(3)) == 2
    # One signature for the lambdas' code, one for three's, one for Thing.two's; each wrapper's asked.
    assert len(asked) == 5


def test_the_switch_keeps_textual_s_own_counting(monkeypatch) -> None:
    monkeypatch.setenv("PHAKHI_PARAMETERS", "textual")
    kept = textual._callback._count_parameters
    monkeypatch.setattr(textual._callback, "_count_parameters", kept)  # put back whatever install does
    assert install() is False
    assert textual._callback._count_parameters is kept
