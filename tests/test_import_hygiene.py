"""The core stays importable without the terminal UI or the graph library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE_MODULES = ["tui.core.store", "tui.core.edit", "tui.core.codec", "tui.core.i18n"]


def loaded_after(imports: str) -> dict[str, bool]:
    code = f"{imports}\nimport sys\nprint('textual' in sys.modules, 'networkx' in sys.modules, 'rich' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    textual, networkx, rich = result.stdout.split()
    return {"textual": textual == "True", "networkx": networkx == "True", "rich": rich == "True"}


def printed_by(code: str) -> str:
    """What ``code`` prints, run in a fresh process from the project's folder."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_core_modules_import_neither_textual_nor_networkx():
    loaded = loaded_after("import " + ", ".join(CORE_MODULES))
    assert loaded == {"textual": False, "networkx": False, "rich": False}


@pytest.mark.parametrize(
    "module",
    [
        "tui.core.model",
        "tui.core.vocab",
        "tui.core.schema",
        "tui.core.toml_lines",
        "tui.core.toml_text",
        "tui.core.problems",
        "tui.core.derived",
    ],
)
def test_each_core_module_alone_stays_light(module):
    assert loaded_after(f"import {module}") == {"textual": False, "networkx": False, "rich": False}


def test_the_check_finds_textual_when_it_is_imported():
    # The subprocess check itself can fail: importing textual is seen.
    assert loaded_after("import textual")["textual"] is True


#: Printed by a child: has the Thai word list been read (tui/core/thai_words.py)?
WORD_LIST_READ = (
    "(lambda words: bool(words and words._dictionary.cache_info().currsize))(sys.modules.get('tui.core.thai_words'))"
)


def test_starting_the_app_loads_the_home_screen_only() -> None:
    """The first paint waits for imports: the step screens, the map, the plan and the report come when
    opened, the analyses when asked for, the TOML reader when a file must be parsed."""
    code = (
        "import sys, tui.app, tui.cli\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('tui.screens.'))))\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('tui.core.analysis'))))\n"
        "names = ('networkx', 'tomli', 'tomllib', 'json', 'textual.widgets._text_area', 'PIL', 'uharfbuzz',"
        " 'freetype')\n"
        f"print(*(name in sys.modules for name in names), {WORD_LIST_READ})\n"
    )
    screens, analyses, others = printed_by(code).splitlines()
    # The step screens' base, what it keeps per change of the workbook and how it follows the app:
    # small, with no screen of its own.
    assert screens.split() == [
        "tui.screens.app_watch",
        "tui.screens.base",
        "tui.screens.home",
        "tui.screens.per_change",
        "tui.screens.step",
    ]
    assert analyses == ""
    # TextArea: 1.2 MB with its editor's modules; the picture's libraries (0.1 s) come with a picture
    assert others == " ".join(["False"] * 9)


def test_the_first_paint_of_a_thai_workbook_loads_no_thai_dictionary() -> None:
    """The Thai word list (8.5 MB) waits for the first text
    wrapped (the report, the plan, the map's legend), never the home screen; the picture's
    libraries (Pillow, HarfBuzz, FreeType) wait for a picture, even with the palette open."""
    code = (
        "import asyncio, sys\n"
        "from tui.app import make_app\n"
        "from tui.core.document import Document\n"
        "async def main():\n"
        "    app = make_app(Document.open('samples/organic-farming.th.toml'))\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.pause()\n"
        f"        print(type(app.screen).__name__, {WORD_LIST_READ})\n"
        "        await pilot.press('ctrl+p')\n"
        "        await pilot.pause(0.3)\n"
        "        print(type(app.screen).__name__, *(n in sys.modules for n in ('PIL', 'uharfbuzz', 'freetype')))\n"
        "asyncio.run(main())\n"
    )
    assert printed_by(code).split() == ["HomeScreen", "False", "CommandPalette", "False", "False", "False"]


@pytest.mark.parametrize("number", range(1, 8))
def test_each_step_screen_can_be_found_by_its_name(number: int) -> None:
    from tui.places import step

    assert number == step(number).screen_class().NUMBER
