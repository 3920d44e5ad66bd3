"""Who may reach a served workbook: the holder of this run's secret link, from its own page.

A workbook holds contacts, personal data, and ``phakhi serve`` lets whoever
reaches it read and edit it. Listening on 127.0.0.1 keeps other computers
out, but not other web pages in the presenter's own browser: any page can
open a web socket to ``ws://127.0.0.1:8000/ws``, and a name that resolves to
127.0.0.1 (DNS rebinding) can even read the answers. So, as Jupyter does:

* each run makes a random secret (Python's ``secrets``) and prints the
  address with it; the first visit with ``?token=`` trades it for an
  HttpOnly, SameSite=Strict cookie (named for the port: cookies do not tell
  ports apart) and is sent on to ``/`` without it;
* every request without the secret, in the address or the cookie, is
  refused (403) before any app starts;
* the ``Host`` header must name an address the server listens on (a
  rebound name does not);
* a web socket must come from the server's own page: its ``Origin`` must
  be the server's own address. A page elsewhere cannot send another Origin,
  nor a cookie marked SameSite=Strict.

What the secret does not protect: anyone who has the link (it is printed,
and a browser's history keeps it) can edit, and with ``--host 0.0.0.0``
the network carries it in the clear (http, not https).

Plain functions and one small class: tested without a server.
"""

from __future__ import annotations

import hmac
import secrets
import socket
from dataclasses import dataclass, field
from enum import Enum

LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]")
ANY_HOST = frozenset({"0.0.0.0", "::", ""})


class Verdict(Enum):
    REFUSE = "refuse"
    ENTER = "enter"  # the secret came in the address: set the cookie, go on to / without it
    PASS = "pass"


@dataclass(frozen=True)
class Door:
    """The checks for one run: its secret, and the ``host:port`` names it answers to."""

    port: int
    hosts: frozenset[str]
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @classmethod
    def for_listening(cls, host: str, port: int, public_host: str, token: str | None = None) -> Door:
        """The names a browser may use: the one printed, and this computer's own when it listens there.
        ``token``: the secret to use (``phakhi workshop`` makes one per group); else a new one."""
        names = {_bracketed(public_host), _bracketed(host)}
        if host in ANY_HOST or host in ("127.0.0.1", "localhost", "::1"):
            names.update(LOCAL_NAMES)
        if host in ANY_HOST:
            names.update({socket.gethostname(), socket.getfqdn()})
        names.discard("")
        hosts = frozenset(f"{name.lower()}:{port}" for name in names)
        return cls(port, hosts, token) if token else cls(port, hosts)

    @property
    def cookie(self) -> str:
        return f"phakhi_{self.port}"

    def link(self, base_url: str) -> str:
        return f"{base_url}/?token={self.token}"

    def verdict(
        self,
        path: str,
        host: str,
        origin: str | None,
        query_token: str | None,
        cookie_token: str | None,
        *,
        socket_: bool,
    ) -> Verdict:
        if _with_port(host.lower()) not in self.hosts:
            return Verdict.REFUSE
        if socket_ and (origin is None or not self._own_origin(origin)):
            return Verdict.REFUSE  # a browser always sends Origin on a web socket
        if cookie_token is not None and self._is_secret(cookie_token):
            return Verdict.PASS
        if query_token is not None and self._is_secret(query_token):
            return Verdict.ENTER if path == "/" and not socket_ else Verdict.PASS
        return Verdict.REFUSE

    def _is_secret(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self.token.encode())

    def _own_origin(self, origin: str) -> bool:
        scheme, _, rest = origin.lower().partition("://")
        return scheme in ("http", "https") and _with_port(rest.rstrip("/")) in self.hosts


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _with_port(host: str) -> str:
    """``host`` as ``name:port``: a Host header (and an Origin) leaves out http's port 80."""
    return f"{host}:80" if host.endswith("]") or ":" not in host else host
