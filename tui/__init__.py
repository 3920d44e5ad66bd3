"""Phakhi (ภาคี): a terminal workbook for building partnership networks."""

__version__ = "0.1.0"
