"""Textual's strips make their caches when first used (tui/strip_caches.py), and draw the same."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.cache import FIFOCache
from textual.strip import Strip

from tui import strip_caches
from tui.app import make_app
from tui.core.document import Document


def has_field(strip: Strip, name: str) -> bool:
    try:
        object.__getattribute__(strip, name)
    except AttributeError:
        return False
    return True


def test_a_strip_makes_a_cache_the_first_time_it_uses_it() -> None:
    assert strip_caches.install()
    strip = Strip([Segment("ภาคี "), Segment("network", Style(bold=True))])
    assert not has_field(strip, "_crop_cache")
    assert not has_field(strip, "_style_cache")
    cropped = strip.crop(1, 6)
    assert has_field(strip, "_crop_cache")
    assert not has_field(strip, "_style_cache")  # only what was used
    assert strip.crop(1, 6) is cropped  # the cache answers the second time
    assert (cropped.text, cropped.cell_length) == (Strip([Segment("ภาคี network")]).crop(1, 6).text, 5)
    assert strip._render_cache is None and strip._link_ids is None
    with pytest.raises(AttributeError):
        _ = strip.not_a_field  # type: ignore[attr-defined]


def test_the_caches_have_textual_s_sizes() -> None:
    strip_caches.install()
    strip = Strip([Segment("a")])
    assert isinstance(strip._crop_cache, FIFOCache)
    assert strip._crop_cache._maxsize == 16
    assert strip._divide_cache._maxsize == 4


async def test_no_strip_the_app_draws_carries_a_cache_it_never_filled(sample: Path) -> None:
    """Textual's own strips carry seven caches each, most of them empty all their life."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("2", "escape", "5", "escape"):
            await pilot.press(key)
            await pilot.pause()
        gc.collect()
        strips = [thing for thing in gc.get_objects() if isinstance(thing, Strip)]
        assert len(strips) > 100
        caches = [name for name in Strip.__slots__ if name.endswith("_cache") and name != "_render_cache"]
        assert len(caches) == 7
        empty = [
            (strip, name)
            for strip in strips
            for name in caches
            if has_field(strip, name) and not object.__getattribute__(strip, name)
        ]
        assert empty == []
