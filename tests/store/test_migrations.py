from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from walkplanner.store import DATABASE_NAME, open_store
from walkplanner.store.database import HEAD_REVISION, MIGRATIONS
from walkplanner.store.errors import CorruptDatabase


def test_head_constant_matches_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_a_new_database_is_migrated_to_head_without_a_backup(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.backup_made is None
    store.close()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"walks", "stops", "legs", "settings"} <= tables
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_an_existing_older_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('from before the app had a schema')")
    store = open_store(tmp_path)
    backup = store.backup_made
    store.close()
    assert backup is not None and backup.parent == tmp_path / "backups"
    assert backup.name.endswith("-from-none.sqlite")
    with sqlite3.connect(backup) as db:
        assert db.execute("SELECT text FROM notes").fetchone() == (
            "from before the app had a schema",
        )


def test_an_up_to_date_database_opens_without_backup_or_alembic(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    store = open_store(tmp_path)
    assert store.backup_made is None
    assert not (tmp_path / "backups").exists()
    store.close()


def test_a_corrupt_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    garbage = b"this is not a database, it is a shopping list" * 100
    (tmp_path / DATABASE_NAME).write_bytes(garbage)
    with pytest.raises(CorruptDatabase, match="left untouched") as error:
        open_store(tmp_path)
    assert error.value.newest_backup is None
    assert (tmp_path / DATABASE_NAME).read_bytes() == garbage


def test_a_database_at_0001_keeps_its_walks_through_0002(tmp_path: Path) -> None:
    from alembic import command

    from walkplanner.store.database import open_engine

    path = tmp_path / DATABASE_NAME
    engine = open_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO walks (title, date, start_time, timezone, meeting_name, meeting_lat,"
            " meeting_lon, headcount, pace_kmh, distance_m, created_at, updated_at) VALUES"
            " ('Old walk', '2026-05-02', '10:00:00.000000', 'Europe/Paris', 'Gare', 48.88, 2.35,"
            " 8, 3.5, 0, '2026-04-01 10:00:00.000000', '2026-04-01 10:00:00.000000')"
        )
    engine.dispose()
    store = open_store(tmp_path)
    assert store.backup_made is not None and store.backup_made.name.endswith("-from-0001.sqlite")
    old = store.repository.find("Old walk")
    assert old.link == "" and old.headcount == 8
    old = replace(old, link="https://chat.example/invite")
    store.repository.save(old)
    assert store.repository.get(old.id).link == "https://chat.example/invite"
    store.close()
