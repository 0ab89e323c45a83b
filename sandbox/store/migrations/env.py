"""Alembic's entry point: the revisions run on the connection `sandbox.store.schema` hands over, inside the
transaction it holds. There is no alembic.ini and no URL here: the store's own engine is the only way in."""

from alembic import context

context.configure(connection=context.config.attributes["connection"])
with context.begin_transaction():
    context.run_migrations()
