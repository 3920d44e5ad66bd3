"""``phakhi serve``: the app in a web browser, for a projector or a room without terminals.

textual-serve (the optional ``serve`` extra) runs one ``phakhi open FILE``
per browser tab and relays its screen over a web socket. It listens on
127.0.0.1 unless told otherwise, so by default only the presenter's own
computer can reach it; with ``--host 0.0.0.0`` anyone on the network can
open — and edit — the workbook, and the command says so. Two tabs on one
workbook are two writers: the second save finds the file changed on disk
and asks, as two terminals would.
"""

from __future__ import annotations

import shlex
import socket
import sys
from pathlib import Path

from tui.core.i18n import tr
from tui.core.vocab import Language

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
ANY_HOST = frozenset({"0.0.0.0", "::", ""})


def app_command(path: Path, lang: Language) -> str:
    """The shell command each browser tab runs: this Python, this package, the workbook by its full path."""
    return shlex.join([sys.executable, "-m", "tui", "open", str(path.resolve()), "--lang", lang.value])


def public_url(host: str, port: int) -> str:
    """The address a browser uses: listening on every address means this machine's address on the network."""
    if host in ANY_HOST:
        host = _network_address()
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def _network_address() -> str:
    """The address other computers reach this one by (a UDP "connect" sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def serve(path: Path, host: str, port: int, lang: Language) -> int:
    """Serve until ctrl+c; 1 with the way to install the extra when it is missing."""
    try:
        from textual_serve.server import Server
    except ImportError:
        print(tr(lang, "serve.missing"), file=sys.stderr)
        return 1
    url = public_url(host, port)
    print(tr(lang, "serve.local" if host in LOCAL_HOSTS else "serve.open", url=url), file=sys.stderr)
    Server(app_command(path, lang), host=host, port=port, title=f"phakhi · {path.name}", public_url=url).serve()
    return 0
