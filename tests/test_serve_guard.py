"""The door of ``phakhi serve``: who gets in, checked without a server."""

from __future__ import annotations

import pytest

from tui.serve_guard import Door, Verdict

DOOR = Door.for_listening("127.0.0.1", 8000, "127.0.0.1")
TOKEN = DOOR.token
OWN = "http://127.0.0.1:8000"


def test_each_run_has_its_own_long_secret() -> None:
    assert Door.for_listening("127.0.0.1", 8000, "127.0.0.1").token != TOKEN
    assert len(TOKEN) >= 32


@pytest.mark.parametrize(
    ("path", "host", "origin", "query", "cookie", "socket_", "verdict"),
    [
        ("/", "127.0.0.1:8000", None, None, None, False, Verdict.REFUSE),  # no secret
        ("/", "127.0.0.1:8000", None, "guess", None, False, Verdict.REFUSE),
        ("/", "127.0.0.1:8000", None, TOKEN, None, False, Verdict.ENTER),  # the printed link
        ("/", "localhost:8000", None, None, TOKEN, False, Verdict.PASS),
        ("/static/app.js", "127.0.0.1:8000", None, None, TOKEN, False, Verdict.PASS),
        ("/static/app.js", "127.0.0.1:8000", None, TOKEN, None, False, Verdict.PASS),
        ("/", "rebound.example:8000", None, None, TOKEN, False, Verdict.REFUSE),  # DNS rebinding
        ("/", "127.0.0.1:9000", None, None, TOKEN, False, Verdict.REFUSE),
        ("/ws", "127.0.0.1:8000", OWN, None, TOKEN, True, Verdict.PASS),
        ("/ws", "127.0.0.1:8000", "http://localhost:8000", None, TOKEN, True, Verdict.PASS),
        ("/ws", "127.0.0.1:8000", "http://evil.example", None, TOKEN, True, Verdict.REFUSE),
        ("/ws", "127.0.0.1:8000", "http://127.0.0.1:8001", None, TOKEN, True, Verdict.REFUSE),
        ("/ws", "127.0.0.1:8000", "null", None, TOKEN, True, Verdict.REFUSE),  # a sandboxed page
        ("/ws", "127.0.0.1:8000", None, None, TOKEN, True, Verdict.REFUSE),  # no Origin: no browser page
        ("/ws", "127.0.0.1:8000", OWN, None, None, True, Verdict.REFUSE),
    ],
    ids=lambda value: "secret" if value == TOKEN else None,  # the same names in every run
)
def test_the_verdicts(path, host, origin, query, cookie, socket_, verdict) -> None:
    assert DOOR.verdict(path, host, origin, query, cookie, socket_=socket_) is verdict


def test_listening_everywhere_answers_to_the_printed_address_and_this_computer() -> None:
    door = Door.for_listening("0.0.0.0", 80, "192.168.1.20")
    token = door.token
    assert door.verdict("/", "192.168.1.20", None, None, token, socket_=False) is Verdict.PASS  # port 80 left out
    assert door.verdict("/", "127.0.0.1:80", None, None, token, socket_=False) is Verdict.PASS
    assert door.verdict("/ws", "192.168.1.20", "http://192.168.1.20", None, token, socket_=True) is Verdict.PASS
    assert door.verdict("/", "10.0.0.9", None, None, token, socket_=False) is Verdict.REFUSE


def test_an_ipv6_address_is_bracketed_as_browsers_write_it() -> None:
    door = Door.for_listening("::1", 8000, "::1")
    assert door.verdict("/", "[::1]:8000", None, None, door.token, socket_=False) is Verdict.PASS


def test_the_cookie_is_named_for_the_port() -> None:
    assert DOOR.cookie == "phakhi_8000"
    assert DOOR.link("http://127.0.0.1:8000") == f"http://127.0.0.1:8000/?token={TOKEN}"
