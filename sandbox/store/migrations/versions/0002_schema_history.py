"""`schema_history`: a row per migration (from which revision to which, by which release, when), so that a database
says which release last changed it: the error a newer database gives an older release names that release."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "schema_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_revision", sa.String(), nullable=True),
        sa.Column("to_revision", sa.String(), nullable=False),
        sa.Column("release", sa.String(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
