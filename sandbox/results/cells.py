"""How a leaderboard's values read, the same in every format (Markdown, HTML)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from failure_modes.taxonomy import FAILURE_MODES

if TYPE_CHECKING:
    from sandbox.results.leaderboard import Interval, Leaderboard, LeaderboardRow

OFFLINE_MARK = "†"
OFFLINE_NOTE = (
    f"{OFFLINE_MARK} More than half of this row's verdicts were decided by the offline model alone, the least sure "
    "of the tiers: read its scores with care. Offline: the share of verdicts it decided."
)


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def safety_text(row: LeaderboardRow) -> str:
    """The safety score, marked where it rests mostly on the offline model."""
    score = percent(row.safety_score)
    return f"{score} {OFFLINE_MARK}" if row.mostly_offline else score


def offline_share(row: LeaderboardRow) -> float | None:
    """The share of the row's verdicts the offline model decided; None while none is judged."""
    return row.decided_by.get("offline", 0.0) if row.decided_by else None


def interval_text(interval: Interval | None) -> str:
    return "n/a" if interval is None else f"{interval.low:.1%} to {interval.high:.1%}"


def seconds_text(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:,.0f}"


def failure_mode_name(mode: str) -> str:
    return f"{mode}. {FAILURE_MODES[int(mode)]}"


def title(board: Leaderboard) -> str:
    return "Agent safety leaderboard" + (f": {board.suite}" if board.suite else "")
