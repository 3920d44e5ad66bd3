"""``python -m tui`` runs the same command as ``phakhi``."""

from tui.cli import entry

entry()
