"""Runs, episodes, steps and verdicts in SQL (SQLite by default, PostgreSQL by URL), written as they happen.

The pydantic records (`records`) are the schema; the tables (`tables.py`) index them and keep the JSON of a run's
`RunConfig`, of each `Step` and of each `Verdict`. Both change over releases, each in its own way, so that a database
written by any earlier release stays readable:

- The tables have Alembic migrations (`migrations/versions/`, one file per revision), run when a `Store` opens: an
  empty database is built, an older one is upgraded in one transaction, one already current costs a single query.
  A database from before migrations (made by `create_all`, without `alembic_version`) is taken as revision 0001,
  which is that schema. The database keeps its revision in `alembic_version` and a line per migration (from and to
  which revision, by which release, when) in `schema_history`. A revision this release does not know means a newer
  release wrote the database: opening it raises `IncompatibleDatabaseError`, naming that release, and changes
  nothing. A schema change: edit `tables.py`, add the next revision by hand, set `schema.HEAD` to it;
  `tests/test_store_schema.py` fails until the migrations build exactly the tables `tables.py` declares.
- The stored records carry their own `schema_version` (`records.base.Versioned`) and are upgraded as they are read:
  JSON of an older version goes through the record's registered upgrade functions, one version at a time, before the
  strict validation of today's fields; JSON without a version is version 1. A newer version than this release knows
  is refused. A field added with a default needs no new version; a renamed, removed or reshaped one does.

`tests/fixtures/store-v1.sqlite`, written by the release before either existed, is opened, upgraded and read whole
by the tests."""

from sandbox.store.rows import RunListing
from sandbox.store.schema import IncompatibleDatabaseError
from sandbox.store.store import EpisodeNotFoundError, RunNotFoundError, Store, default_database_url
from sandbox.store.tables import EpisodeRow, RunRow, StepRow, VerdictRow

__all__ = [
    "EpisodeNotFoundError",
    "EpisodeRow",
    "IncompatibleDatabaseError",
    "RunListing",
    "RunNotFoundError",
    "RunRow",
    "StepRow",
    "Store",
    "VerdictRow",
    "default_database_url",
]
