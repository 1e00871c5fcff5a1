"""What the main window needs from the rest of the app, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from walkplanner.geocode.search import PlaceSearch
from walkplanner.routing.legs import LegRouter
from walkplanner.store.repository import ParticipantRepository, PlaceRepository, WalkRepository
from walkplanner.tiles.basemaps import Basemaps


@dataclass(frozen=True)
class Services:
    walks: WalkRepository
    places: PlaceRepository
    participants: ParticipantRepository
    basemaps: Basemaps
    router: LegRouter
    search: PlaceSearch
    data_dir: Path
