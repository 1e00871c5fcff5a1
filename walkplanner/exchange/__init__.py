"""Walks in and out of other apps: GPX, GeoJSON and calendar files, safe against bad files."""
