"""Callnest: a call center for operators who work from home."""
