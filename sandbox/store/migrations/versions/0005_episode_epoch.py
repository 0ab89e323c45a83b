"""Epochs: a case runs once per epoch of its run, so an episode is one (run, case, epoch), no longer one (run,
case). Episodes stored before are epoch 0."""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"

# Revision 0001 left the (run, case) constraint unnamed: PostgreSQL named it itself, SQLite keeps no name, so batch
# mode (which rebuilds a SQLite table) is given a name for it by convention.
_OLD_POSTGRES = "episodes_run_id_case_id_key"
_OLD_CONVENTION = {"uq": "uq_%(table_name)s_%(column_0_N_name)s"}
_OLD_SQLITE = "uq_episodes_run_id_case_id"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("episodes", naming_convention=_OLD_CONVENTION if sqlite else None) as batch:
        batch.add_column(sa.Column("epoch", sa.Integer(), nullable=False, server_default="0"))
        batch.drop_constraint(_OLD_SQLITE if sqlite else _OLD_POSTGRES, type_="unique")
        batch.create_unique_constraint("uq_episodes_trial", ["run_id", "case_id", "epoch"])
