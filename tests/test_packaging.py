"""Installing from the repository (``uv tool install``, ``pipx install``) gives the whole app.

Both install the wheel hatchling builds; a file missing from it (a style
sheet, a demo script) would only show on a user's machine, so the wheel is
built here and compared with the files git holds under ``tui/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
UV = os.environ.get("UV") or shutil.which("uv")


def tracked_package_files() -> set[str]:
    listed = subprocess.run(
        ["git", "ls-files", "tui"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return {name for name in listed if (ROOT / name).exists()}


@pytest.mark.skipif(UV is None or not (ROOT / ".git").exists(), reason="needs uv and the git checkout")
def test_the_wheel_holds_every_file_of_the_package_and_the_command(tmp_path: Path) -> None:
    subprocess.run([UV, "build", "--wheel", "-o", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("phakhi-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
        samples = {name: archive.read(name) for name in names if name.startswith("tui/demos/") and "walk" not in name}
    missing = tracked_package_files() - names
    assert not missing, f"not in the wheel: {sorted(missing)}"
    assert any(name.endswith(".tcss") for name in names)
    assert "phakhi = tui.cli:entry" in entry_points
    # The demo scripts' samples travel with them, byte for byte.
    from tui.core.demo import SAMPLES

    assert samples == {f"tui/demos/{name}": (ROOT / "samples" / name).read_bytes() for name in SAMPLES}


def test_help_lists_every_command(capsys) -> None:
    from tui.cli import COMMANDS

    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    for command in COMMANDS:
        assert command in shown
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        assert f"usage: phakhi {command}" in capsys.readouterr().out
