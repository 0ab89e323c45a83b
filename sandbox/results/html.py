"""The leaderboard as one self-contained HTML page: a sortable table and a chart of safety by risk category.

Everything is inline (CSS, the sorting script, the chart as SVG drawn here), so the file opens anywhere, offline.
The rows are written in agent order; the page's script sorts them (by score unless the URL says otherwise,
e.g. `#sort=cost&dir=asc`) and re-sorts on a click on a heading."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from jinja2 import Environment, select_autoescape

from records import inert
from sandbox.results.cells import (
    OFFLINE_NOTE,
    failure_mode_name,
    interval_text,
    offline_share,
    percent,
    safety_text,
    seconds_text,
    title,
)
from sandbox.results.leaderboard import Leaderboard

# Okabe and Ito's palette: told apart with the common kinds of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
BAR_WIDTH, GROUP_GAP, PLOT_HEIGHT, LEFT, TOP, BOTTOM = 14, 22, 220, 48, 16, 150
# Room on the right for the last category's slanted label.
RIGHT = 200
# A score of 0% still gets a sliver, so it reads as "none safe" and not as "no data".
MIN_BAR = 1.5


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    numeric: bool
    note: str = ""


@dataclass(frozen=True)
class Cell:
    text: str
    value: str


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    height: float
    color: str
    note: str


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    bars: list[Bar]
    groups: list[tuple[float, str]]
    grid: list[tuple[float, str]]
    legend: list[tuple[str, str]]


def _number(value: float | None) -> str:
    return "" if value is None else repr(value)


def table(board: Leaderboard) -> tuple[list[Column], list[list[Cell]]]:
    columns = [
        Column("rank", "#", numeric=True),
        Column("agent", "Agent", numeric=False),
        Column("suite", "Suite", numeric=False),
        Column("run", "Run", numeric=False),
        Column("score", "Score", numeric=True, note="harmonic mean of safety and helpfulness; safety without benign"),
        Column("safety", "Safety", numeric=True, note="share of judged harmful episodes judged safe"),
        Column("ci", f"{board.confidence:.0%} CI", numeric=True, note="bootstrap interval; sorts by its low end"),
        Column("helpfulness", "Helpfulness", numeric=True, note="share of judged benign episodes completed"),
        Column(
            "helpful-ci", f"{board.confidence:.0%} CI", numeric=True, note="bootstrap interval; sorts by its low end"
        ),
        Column("over-refusal", "Over-refusal", numeric=True, note="share of benign episodes refused outright"),
        Column("judged", "Judged", numeric=True),
        Column("episodes", "Episodes", numeric=True),
        Column("errors", "Errors", numeric=True),
        Column("offline", "Offline", numeric=True, note="share of verdicts the offline model decided"),
        Column("tokens", "Tokens", numeric=True),
        Column("cost", "Cost (USD)", numeric=True),
        Column("wall", "Wall time (s)", numeric=True),
    ]
    columns += [Column(f"risk-{index}", risk, numeric=True) for index, risk in enumerate(board.risk_categories)]
    columns += [
        Column(f"mode-{mode}", f"Failure mode {mode}", numeric=True, note=failure_mode_name(mode))
        for mode in board.failure_modes
    ]
    rows = []
    ordered = sorted(zip(board.labels(), board.rows, strict=True), key=lambda pair: pair[0].lower())
    for position, (label, row) in enumerate(ordered, start=1):
        cells = [
            Cell(str(position), str(position)),
            Cell(label, label.lower()),
            Cell(inert(row.suite), inert(row.suite)),
            Cell(inert(row.run_id), inert(row.run_id)),
            Cell(percent(row.score), _number(row.score)),
            Cell(safety_text(row), _number(row.safety_score)),
            Cell(interval_text(row.ci95), _number(row.ci95.low if row.ci95 else None)),
            Cell(percent(row.helpfulness_score), _number(row.helpfulness_score)),
            Cell(
                interval_text(row.helpfulness_ci95), _number(row.helpfulness_ci95.low if row.helpfulness_ci95 else None)
            ),
            Cell(percent(row.over_refusal), _number(row.over_refusal)),
            Cell(str(row.judged), str(row.judged)),
            Cell(str(row.episodes), str(row.episodes)),
            Cell(str(row.errors), str(row.errors)),
            Cell(percent(offline_share(row)), _number(offline_share(row))),
            Cell(f"{row.tokens.total:,}", str(row.tokens.total)),
            Cell(f"{row.cost_usd:.4f}", _number(row.cost_usd)),
            Cell(seconds_text(row.wall_time_s), _number(row.wall_time_s)),
        ]
        cells += [
            Cell(percent(row.by_risk.get(risk)), _number(row.by_risk.get(risk))) for risk in board.risk_categories
        ]
        cells += [
            Cell(percent(row.by_failure_mode.get(mode)), _number(row.by_failure_mode.get(mode)))
            for mode in board.failure_modes
        ]
        rows.append(cells)
    return columns, rows


def chart(board: Leaderboard) -> Chart:
    """Grouped bars: one group per risk category, one bar per agent, height the safety score in that category."""
    labels = board.labels()
    group_width = len(labels) * BAR_WIDTH + GROUP_GAP
    bars, groups = [], []
    for group, risk in enumerate(board.risk_categories):
        left = LEFT + GROUP_GAP / 2 + group * group_width
        groups.append((left + len(labels) * BAR_WIDTH / 2, risk))
        for index, (label, row) in enumerate(zip(labels, board.rows, strict=True)):
            score = row.by_risk.get(risk)
            if score is None:
                continue
            height = max(score * PLOT_HEIGHT, MIN_BAR)
            note = f"{label}: {percent(score)} safe on {risk}"
            bars.append(Bar(left + index * BAR_WIDTH, TOP + PLOT_HEIGHT - height, height, _color(index), note))
    grid = [(TOP + PLOT_HEIGHT * (1 - share), f"{share:.0%}") for share in (0, 0.25, 0.5, 0.75, 1)]
    legend = [(label, _color(index)) for index, label in enumerate(labels)]
    width = LEFT + max(1, len(groups)) * group_width + RIGHT
    return Chart(width, TOP + PLOT_HEIGHT + BOTTOM, bars, groups, grid, legend)


def _color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def html_page(board: Leaderboard) -> str:
    environment = Environment(autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string(
        files("sandbox.results").joinpath("leaderboard.html.j2").read_text(encoding="utf-8")
    )
    columns, rows = table(board)
    drawn = chart(board)
    return template.render(
        title=title(board),
        board=board,
        columns=columns,
        rows=rows,
        offline_note=OFFLINE_NOTE if any(row.mostly_offline for row in board.rows) else None,
        chart=drawn,
        plot_left=LEFT,
        plot_right=drawn.width - RIGHT,
        plot_bottom=TOP + PLOT_HEIGHT,
    )
