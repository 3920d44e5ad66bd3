"""A session imports asyncio without its TLS, so OpenSSL's ``ssl`` stays out of it.

asyncio imports Python's ``ssl`` as it is itself imported, for the encrypted
connections it could open; ``ssl`` loads OpenSSL's libssl and libcrypto and
makes its dozens of enumerations: 6.3 MB of resident memory in a bare
Python, 1.1 MB in a session, where hashlib has loaded libcrypto already, in
each of a workshop server's forty sessions. A session opens no connection
of its own: its terminal is a pseudo-terminal or its standard streams, its
analysis service a Unix socket, and Textual asks asyncio for neither TLS nor
any network.

asyncio takes an ``ssl`` that fails to import as a Python built without
OpenSSL (each of its modules sets its ``ssl`` to None, and raises "stdlib ssl
module not available" only if a TLS connection is asked for), so
:func:`import_asyncio` imports it while ``import ssl`` fails, then lets
``ssl`` be imported again: asyncio alone goes without it, anything that asks
for it later gets it. ``phakhi FILE`` calls it before Textual is imported
(``tui.cli``); the server, the workshop and the browser view, which do open
connections, never do. ``PHAKHI_TLS=keep`` leaves asyncio as it is, to
compare.
"""

from __future__ import annotations

import os
import sys

#: The environment switch: "keep" lets asyncio import ssl as it does.
TLS_ENV = "PHAKHI_TLS"


def import_asyncio() -> bool:
    """Import asyncio without ssl; False where it was imported already (or ssl was), or the
    switch keeps it."""
    if "asyncio" in sys.modules or "ssl" in sys.modules or os.environ.get(TLS_ENV, "").lower() == "keep":
        return False
    sys.modules["ssl"] = None  # type: ignore[assignment]  # the import system's "no such module" mark
    try:
        import asyncio  # noqa: F401  # every asyncio module that asks for ssl is imported with it
    finally:
        del sys.modules["ssl"]
    return True
