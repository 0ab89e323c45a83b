"""Alembic's scripts for the store's schema: `env.py` and the revisions in `versions/`, run by `schema.py`."""
