"""The database schema as SQLAlchemy Core tables. Changes go through an alembic migration.

The app reads and writes these tables in plain sqlite3 (store/reads.py, store/writes.py);
alembic compares its migrations against them, and the round-trip tests read a written walk
back through their column types.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)

metadata = MetaData()


def _required(name: str, *kind: object, **options: object) -> Column:
    """A NOT NULL column (what the former `Mapped[X]`, X not optional, declared)."""
    return Column(name, *kind, nullable=False, **options)


walks = Table(
    "walks",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("title", String),
    _required("description", Text, default=""),
    _required("date", Date),
    _required("start_time", Time),
    _required("timezone", String),
    _required("meeting_name", String),
    _required("meeting_lat", Float),
    _required("meeting_lon", Float),
    _required("meeting_note", Text, default=""),
    _required("headcount", Integer),
    Column("capacity", Integer, nullable=True),
    _required("pace_kmh", Float),
    _required("organiser_name", String, default=""),
    _required("organiser_contact", String, default=""),
    _required("link", String, default="", server_default=""),
    Column("slowest_kmh", Float, nullable=True),
    _required("split_groups", Boolean, default=False, server_default=false()),
    _required("group_size", Integer, default=15, server_default="15"),
    _required("stagger_min", Integer, default=10, server_default="10"),
    _required("follow_streets", Boolean, default=True, server_default=true()),
    _required("emergency_phone", String, default="112", server_default="112"),
    _required("accessibility", Text, default="", server_default=""),
    # Kept with the walk so the library lists distances without loading any geometry.
    _required("distance_m", Float, default=0.0),
    _required("created_at", DateTime),
    _required("updated_at", DateTime),
    # Raised by every save; a save based on an older version is refused (no lost update).
    _required("version", Integer, default=1, server_default="1"),
)

stops = Table(
    "stops",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("walk_id", Integer, ForeignKey("walks.id", ondelete="CASCADE"), index=True),
    _required("position", Integer),
    _required("name", String),
    _required("lat", Float),
    _required("lon", Float),
    _required("kind", String),
    _required("dwell_min", Integer, default=0),
    _required("note", Text, default=""),
    Column("seats", Integer, nullable=True),
    UniqueConstraint("walk_id", "position"),
)

# Leg i joins stop i and stop i+1; its geometry is packed little-endian float64 pairs.
legs = Table(
    "legs",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("walk_id", Integer, ForeignKey("walks.id", ondelete="CASCADE"), index=True),
    _required("position", Integer),
    _required("source", String),
    _required("geometry", LargeBinary),
    _required("mode", String, default="default", server_default="default"),
    _required("vias", LargeBinary, default=b"", server_default=text("X''")),
    UniqueConstraint("walk_id", "position"),
)

# A routed path between exact points on one router: asking again costs nothing.
route_cache = Table(
    "route_cache",
    metadata,
    Column("key", String, primary_key=True),
    _required("geometry", LargeBinary),
    _required("distance_m", Float),
    _required("created_at", DateTime),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String, primary_key=True),
    _required("value", Text),
)

# A place search's answer, kept so the same search never asks the geocoder twice.
geocode_cache = Table(
    "geocode_cache",
    metadata,
    Column("key", String, primary_key=True),
    _required("results", Text),
    _required("created_at", DateTime),
)

saved_places = Table(
    "saved_places",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("name", String),
    _required("lat", Float),
    _required("lon", Float),
    _required("note", Text, default="", server_default=""),
)

participants = Table(
    "participants",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("walk_id", Integer, ForeignKey("walks.id", ondelete="CASCADE"), index=True),
    _required("position", Integer),
    _required("name", String),
    _required("contact", String, default="", server_default=""),
    _required("status", String, default="going", server_default="going"),
    _required("role", String, default="walker", server_default="walker"),
    _required("needs", Text, default="", server_default=""),
    _required("note", Text, default="", server_default=""),
)
