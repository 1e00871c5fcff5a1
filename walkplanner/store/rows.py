"""The ORM's classes, mapped onto the Core tables of store/tables.py.

Loaded by the repository's reads and writes of whole walks (relationships, cascades,
identity); never by the start's demo check or by `walkplanner list`.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase, relationship

from walkplanner.store import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class StopRow(Base):
    __table__ = tables.stops


class LegRow(Base):
    __table__ = tables.legs


class WalkRow(Base):
    __table__ = tables.walks

    stops = relationship(
        StopRow,
        order_by=tables.stops.c.position,
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    legs = relationship(
        LegRow,
        order_by=tables.legs.c.position,
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class RouteCacheRow(Base):
    __table__ = tables.route_cache


class SettingRow(Base):
    __table__ = tables.settings


class GeocodeCacheRow(Base):
    __table__ = tables.geocode_cache


class SavedPlaceRow(Base):
    __table__ = tables.saved_places


class ParticipantRow(Base):
    __table__ = tables.participants
