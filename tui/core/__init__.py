"""Phakhi's core: the workbook model, its file, edits, analyses and words.

Pure Python, no terminal and no Textual: usable from scripts, the CLI's
subcommands and tests. A test checks that importing it never imports textual.
"""
