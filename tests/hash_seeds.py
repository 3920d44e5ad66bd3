"""Run a piece of Python under several hash seeds: what the map draws must not depend on them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def outputs_under_hash_seeds(code: str, seeds: tuple[str, ...] = ("0", "12345")) -> set[str]:
    """What ``code`` prints, run from the project's folder once per seed (one output if none depends on it)."""
    outputs = set()
    for seed in seeds:
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    return outputs
