"""Foot routing: legs that follow footpaths and bridges, with a straight-line fallback."""
