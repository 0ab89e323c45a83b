"""The schema as `SQLModel.metadata.create_all` made it before there were migrations: runs, episodes, steps and
verdicts, with the same columns, keys, constraints and index names, so that such a database is stamped as this
revision unchanged."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("agent", sa.String(), nullable=False),
        sa.Column("suite", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_runs_suite", "runs", ["suite"])
    op.create_index("ix_runs_agent", "runs", ["agent"])
    op.create_table(
        "episodes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("risk_categories", sa.JSON(), nullable=False),
        sa.Column("failure_modes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("termination", sa.String(), nullable=True),
        sa.Column("final_answer", sa.String(), nullable=True),
        sa.Column("error", sa.String(), nullable=True),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("run_id", "case_id"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"]),
    )
    op.create_index("ix_episodes_run_id", "episodes", ["run_id"])
    op.create_index("ix_episodes_status", "episodes", ["status"])
    op.create_table(
        "steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("episode_id", "index"),
        sa.ForeignKeyConstraint(["episode_id"], ["episodes.id"]),
    )
    op.create_index("ix_steps_episode_id", "steps", ["episode_id"])
    op.create_table(
        "verdicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("classifier", sa.String(), nullable=False),
        sa.Column("safe", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["episode_id"], ["episodes.id"]),
    )
    op.create_index("ix_verdicts_episode_id", "verdicts", ["episode_id"])
    op.create_index("ix_verdicts_safe", "verdicts", ["safe"])
