"""The database schema as SQLAlchemy 2.0 models. Changes go through an alembic migration."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class WalkRow(Base):
    __tablename__ = "walks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String, nullable=False)
    description: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    timezone: Mapped[str] = mapped_column(String, nullable=False)
    meeting_name: Mapped[str] = mapped_column(String, nullable=False)
    meeting_lat: Mapped[float] = mapped_column(Float, nullable=False)
    meeting_lon: Mapped[float] = mapped_column(Float, nullable=False)
    meeting_note: Mapped[str] = mapped_column(Text, default="")
    headcount: Mapped[int] = mapped_column(Integer, nullable=False)
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pace_kmh: Mapped[float] = mapped_column(Float, nullable=False)
    organiser_name: Mapped[str] = mapped_column(String, default="")
    organiser_contact: Mapped[str] = mapped_column(String, default="")
    link: Mapped[str] = mapped_column(String, default="", server_default="")
    slowest_kmh: Mapped[float | None] = mapped_column(Float, nullable=True)
    split_groups: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    group_size: Mapped[int] = mapped_column(Integer, default=15, server_default="15")
    stagger_min: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    follow_streets: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    emergency_phone: Mapped[str] = mapped_column(String, default="112", server_default="112")
    accessibility: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Kept with the walk so the library lists distances without loading any geometry.
    distance_m: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    # Raised by every save; a save based on an older version is refused (no lost update).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    stops: Mapped[list[StopRow]] = relationship(
        order_by="StopRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    legs: Mapped[list[LegRow]] = relationship(
        order_by="LegRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class StopRow(Base):
    __tablename__ = "stops"
    __table_args__ = (UniqueConstraint("walk_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    walk_id: Mapped[int] = mapped_column(ForeignKey("walks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String, nullable=False)
    lat: Mapped[float] = mapped_column(Float, nullable=False)
    lon: Mapped[float] = mapped_column(Float, nullable=False)
    kind: Mapped[str] = mapped_column(String, nullable=False)
    dwell_min: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    seats: Mapped[int | None] = mapped_column(Integer, nullable=True)


class LegRow(Base):
    """Leg i joins stop i and stop i+1; its geometry is packed little-endian float64 pairs."""

    __tablename__ = "legs"
    __table_args__ = (UniqueConstraint("walk_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    walk_id: Mapped[int] = mapped_column(ForeignKey("walks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String, nullable=False)
    geometry: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    mode: Mapped[str] = mapped_column(String, default="default", server_default="default")
    vias: Mapped[bytes] = mapped_column(LargeBinary, default=b"", server_default=text("X''"))


class RouteCacheRow(Base):
    """A routed path between exact points on one router: asking again costs nothing."""

    __tablename__ = "route_cache"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    geometry: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    distance_m: Mapped[float] = mapped_column(Float, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class GeocodeCacheRow(Base):
    """A place search's answer, kept so the same search never asks the geocoder twice."""

    __tablename__ = "geocode_cache"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    results: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class SavedPlaceRow(Base):
    __tablename__ = "saved_places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False)
    lat: Mapped[float] = mapped_column(Float, nullable=False)
    lon: Mapped[float] = mapped_column(Float, nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    walk_id: Mapped[int] = mapped_column(ForeignKey("walks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String, nullable=False)
    contact: Mapped[str] = mapped_column(String, default="", server_default="")
    status: Mapped[str] = mapped_column(String, default="going", server_default="going")
    role: Mapped[str] = mapped_column(String, default="walker", server_default="walker")
    needs: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
