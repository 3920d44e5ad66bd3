"""Memory the process freed, given back to the system.

Reading a province's workbook (10,000 stakeholders) makes and drops buffers
the size of the file several times over, among the hundreds of thousands of
objects the workbook keeps; glibc's allocator keeps the freed pages between
those objects for later, so the resident memory stayed about 40 MB above
what was in use. ``malloc_trim`` hands every wholly free page back. Elsewhere
(another C library, another system) there is nothing to call and nothing is
done.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache


@cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: called after the first frame, which need not wait for it

    try:
        return ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def give_back() -> bool:
    """Hand freed memory back to the system; True if there was a way to (and some went)."""
    trim = _trim()
    return bool(trim(0)) if trim is not None else False
