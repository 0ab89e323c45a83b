"""How a leaderboard's values read, the same in every format (Markdown, HTML)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from failure_modes.taxonomy import FAILURE_MODES

if TYPE_CHECKING:
    from sandbox.results.leaderboard import Interval, Leaderboard


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def interval_text(interval: Interval | None) -> str:
    return "n/a" if interval is None else f"{interval.low:.1%} to {interval.high:.1%}"


def seconds_text(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:,.0f}"


def failure_mode_name(mode: str) -> str:
    return f"{mode}. {FAILURE_MODES[int(mode)]}"


def title(board: Leaderboard) -> str:
    return "Agent safety leaderboard" + (f": {board.suite}" if board.suite else "")
