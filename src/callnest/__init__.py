"""Callnest: a call center for operators who work from home."""

__version__ = "0.1.0"
