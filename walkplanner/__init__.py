"""Walk Planner: plan group walks, share the invite, print the paper for the day."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Walk Planner"
APP_ID = "walkplanner"
# Tile servers and geocoders ask every client to identify itself.
USER_AGENT = f"WalkPlanner/{__version__} (desktop app for planning group walks)"
