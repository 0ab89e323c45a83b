"""Episodes of benign cases: each episode's intent (harmful or benign, filtered on) and, for a benign one, whether
the agent completed the task and whether it refused it outright. Episodes stored before are harmful cases."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    with op.batch_alter_table("episodes") as batch:
        batch.add_column(sa.Column("intent", sa.String(), nullable=False, server_default="harmful"))
        batch.add_column(sa.Column("completed", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("over_refused", sa.Boolean(), nullable=True))
