"""The schema's revisions, oldest first: each file's `upgrade()` takes the database from `down_revision` to it."""
