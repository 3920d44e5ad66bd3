"""``phakhi serve``: the app in a web browser, for a projector or a room without terminals.

textual-serve (the optional ``serve`` extra) runs one ``phakhi open FILE``
per browser tab and relays its screen over a web socket. It listens on
127.0.0.1 unless told otherwise, so by default only the presenter's own
computer can reach it; with ``--host 0.0.0.0`` anyone on the network who
has the link can open — and edit — the workbook, and the command says so.
Either way only the link printed at the start, with this run's secret,
opens it (tui/serve_guard.py says who else is kept out, and how). Two tabs
on one workbook are two writers: the second save finds the file changed on
disk and asks, as two terminals would.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.i18n import tr
from tui.core.vocab import Language
from tui.serve_guard import ANY_HOST, Verdict

if TYPE_CHECKING:
    from tui.serve_guard import Door

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
#: The secret to use instead of a new one: ``phakhi workshop`` serves each group's workbook
#: from a ``phakhi serve`` of its own and must know the link it prints.
TOKEN_VARIABLE = "PHAKHI_SERVE_TOKEN"


def app_command(path: Path, lang: Language) -> str:
    """The shell command each browser tab runs: this Python, this package, the workbook by its full path."""
    return shlex.join([sys.executable, "-m", "tui", "open", str(path.resolve()), "--lang", lang.value])


def public_host(host: str) -> str:
    """The host a browser uses: listening on every address means this machine's address on the network."""
    return _network_address() if host in ANY_HOST else host


def public_url(host: str, port: int) -> str:
    host = public_host(host)
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def _network_address() -> str:
    """The address other computers reach this one by (a UDP "connect" sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def serve(path: Path, host: str, port: int, lang: Language) -> int:
    """Serve until ctrl+c; 1 with the way to install the extra when it is missing."""
    try:
        from textual_serve.server import Server
    except ImportError:
        print(tr(lang, "serve.missing"), file=sys.stderr)
        return 1
    from tui.serve_guard import Door

    shown = public_host(host)
    url = public_url(shown, port)
    door = Door.for_listening(host, port, shown, os.environ.get(TOKEN_VARIABLE) or None)
    link = door.link(url)
    print(tr(lang, "serve.local" if host in LOCAL_HOSTS else "serve.open", url=link), file=sys.stderr)
    guarded = _guarded(Server, door, lang)
    with analysis_service():
        guarded(app_command(path, lang), host=host, port=port, title=f"phakhi · {path.name}", public_url=url).serve()
    return 0


@contextlib.contextmanager
def analysis_service() -> Iterator[None]:
    """The sessions started meanwhile send their analyses to one service (tui/core/analysis_service.py),
    this server's, or the one given to it (``phakhi workshop`` starts one for all its servers)."""
    from tui.core.analysis_service import SOCKET_VARIABLE, running

    if os.environ.get(SOCKET_VARIABLE):
        yield
        return
    with running() as address:
        if address is None:
            yield
            return
        os.environ[SOCKET_VARIABLE] = address  # textual-serve gives each session this process's environment
        try:
            yield
        finally:
            del os.environ[SOCKET_VARIABLE]


def _guarded(server_class: type, door: Door, lang: Language) -> type:
    """textual-serve's server with the door in front of every route (its index, the web socket,
    the static files and downloads). textual-serve offers no hook for this but the method that
    builds its aiohttp application; the check is added there, once, before the app is frozen."""
    from aiohttp import web
    from aiohttp.typedefs import Handler

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        verdict = door.verdict(
            request.path,
            request.host,
            request.headers.get("Origin"),
            request.query.get("token"),
            request.cookies.get(door.cookie),
            socket_=request.headers.get("Upgrade", "").lower() == "websocket",
        )
        if verdict is Verdict.REFUSE:
            return web.Response(status=403, text=tr(lang, "serve.refused") + "\n")
        if verdict is Verdict.ENTER:
            response = web.Response(status=303, headers={"Location": "/"})
            response.set_cookie(door.cookie, door.token, httponly=True, samesite="Strict", path="/")
            return response
        return await handler(request)

    class GuardedServer(server_class):  # type: ignore[misc]  # a base class given as an argument
        async def _make_app(self) -> web.Application:
            app: web.Application = await super()._make_app()
            app.middlewares.append(check)
            return app

    return GuardedServer
