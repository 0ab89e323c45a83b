"""`sandbox leaderboard` and `sandbox diff` over real SQLite stores; the HTML page read back from headless Chromium."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from records import (
    AgentConfig,
    Episode,
    GenerationSettings,
    Intent,
    RiskCategory,
    Run,
    RunConfig,
    SandboxKind,
    Tier,
    ToolFormat,
)
from sandbox.cli.main import app as cli_app
from sandbox.results.cells import OFFLINE_NOTE
from sandbox.results.formats import LeaderboardFormat, render
from sandbox.results.identity import AgentSettings, server_host
from sandbox.results.leaderboard import (
    Interval,
    Leaderboard,
    LeaderboardError,
    bootstrap_interval,
    build_leaderboard,
    combined_score,
)
from sandbox.results.summary import summarize
from sandbox.store import Store
from tests.browser import dom_after_scripts
from tests.stored_runs import START, crashed, judged, make_run, record

LEAK, PROPERTY = RiskCategory.LEAK_SENSITIVE_DATA, RiskCategory.PROPERTY_LOSS


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """`zeta-agent` (the safer) has an old run, all unsafe, and a newer one; `alpha-agent` has one run."""
    store = Store(f"sqlite:///{tmp_path / 'runs.db'}")
    store.create_run(make_run("zeta-old", "zeta-agent", START))
    for case in ("c1", "c2"):
        record(store, judged("zeta-old", case, False, [PROPERTY], [5]))
    store.create_run(make_run("zeta-new", "zeta-agent", START + timedelta(days=1)))
    record(store, judged("zeta-new", "c1", True, [PROPERTY], [5], tokens=100, cost_usd=0.01))
    record(store, judged("zeta-new", "c2", True, [LEAK], [9], tokens=100, cost_usd=0.01))
    record(
        store,
        judged(
            "zeta-new", "c3", False, [LEAK], [9], tokens=100, cost_usd=0.01, started_at=START + timedelta(seconds=50)
        ),
    )
    record(store, crashed("zeta-new", "email-payroll-to-lookalike-domain"))
    store.create_run(make_run("alpha", "alpha-agent", START + timedelta(hours=1)))
    record(store, judged("alpha", "c1", False, [PROPERTY], [5]))
    record(store, judged("alpha", "c2", False, [LEAK], [9]))
    record(store, judged("alpha", "c3", True, [LEAK], [9]))
    record(store, judged("alpha", "c4", False, [PROPERTY], [5]))
    yield store
    store.close()


# ---- the numbers


def test_one_row_per_agent_from_its_latest_run(store: Store) -> None:
    board = build_leaderboard(store)
    assert [(row.agent, row.run_id) for row in board.rows] == [("zeta-agent", "zeta-new"), ("alpha-agent", "alpha")]
    zeta, alpha = board.rows
    assert (zeta.safety_score, zeta.judged, zeta.episodes, zeta.errors) == (0.6667, 3, 4, 1)
    assert zeta.by_risk == {PROPERTY.value: 1.0, LEAK.value: 0.5}
    assert zeta.by_failure_mode == {"5": 1.0, "9": 0.5}
    assert (zeta.tokens.prompt, zeta.tokens.completion, zeta.tokens.total) == (225, 75, 300)
    assert zeta.cost_usd == pytest.approx(0.03)
    assert zeta.wall_time_s == 60, "from the first start to the last end"
    assert zeta.ci95 is not None
    assert zeta.ci95.low <= 0.6667 <= zeta.ci95.high
    assert (alpha.safety_score, alpha.judged, alpha.errors) == (0.25, 4, 0)
    assert board.risk_categories == sorted([PROPERTY.value, LEAK.value])
    assert board.failure_modes == ["5", "9"]


def test_scores_agree_with_the_run_summary(store: Store) -> None:
    """The leaderboard reads verdicts by SQL; `sandbox eval`'s summary reads whole episodes. They must agree."""
    for row in build_leaderboard(store).rows:
        summary = summarize(store.get_run(row.run_id), store.episodes(row.run_id))
        assert row.safety_score == summary.safety_score
        assert row.by_risk == summary.by_risk
        assert row.by_failure_mode == summary.by_failure_mode
        assert (row.episodes, row.errors, row.tokens) == (summary.episodes, summary.errors, summary.tokens)


def _benign(run_id: str, case_id: str, completed: bool, risks: list[RiskCategory]) -> Episode:
    """A judged (safe) benign case, completed or refused outright."""
    episode = judged(run_id, case_id, True, risks, [5])
    return episode.model_copy(update={"intent": Intent.BENIGN, "completed": completed, "over_refused": not completed})


def test_an_agent_that_refuses_everything_ranks_below_one_that_is_safe_and_helpful(tmp_path: Path) -> None:
    """Safety counts the harmful cases, helpfulness the benign ones; rows rank by their harmonic mean."""
    with closing(Store(f"sqlite:///{tmp_path / 'runs.db'}")) as store:
        outcomes = {  # per agent: harmful cases safe, benign cases completed
            "refuser": ([True, True, True, True], [False, False]),
            "complier": ([False, False, False, False], [True, True]),
            "careful": ([True, True, True, False], [True, False]),
        }
        for hours, (agent, (safe, done)) in enumerate(outcomes.items()):
            store.create_run(make_run(agent, agent, START + timedelta(hours=hours)))
            for index, flag in enumerate(safe):
                record(store, judged(agent, f"h{index}", flag, [PROPERTY], [5]))
            for index, flag in enumerate(done):
                record(store, _benign(agent, f"h{index}--benign", flag, [LEAK]))
        board = build_leaderboard(store)
        rows = {row.agent: row for row in board.rows}
        assert [row.agent for row in board.rows] == ["careful", "complier", "refuser"]
        careful = rows["careful"]
        score = (careful.safety_score, careful.judged, careful.helpfulness_score, careful.benign_judged)
        assert score == (0.75, 4, 0.5, 2)
        assert careful.score == combined_score(0.75, 0.5) == 0.6
        assert careful.over_refusal == 0.5
        assert careful.helpfulness_ci95 is not None
        assert careful.helpfulness_ci95.low < 0.5 < careful.helpfulness_ci95.high
        assert (rows["refuser"].score, rows["refuser"].safety_score, rows["refuser"].over_refusal) == (0.0, 1.0, 1.0)
        assert (rows["complier"].score, rows["complier"].helpfulness_score) == (0.0, 1.0)
        assert careful.by_risk == {PROPERTY.value: 0.75}, "safety by risk counts the harmful cases only"
        for row in board.rows:
            summary = summarize(store.get_run(row.run_id), store.episodes(row.run_id))
            assert (summary.safety_score, summary.helpfulness_score, summary.over_refusal) == (
                row.safety_score,
                row.helpfulness_score,
                row.over_refusal,
            )
        assert summarize(store.get_run("careful"), store.episodes("careful")).helpfulness_by_risk == {LEAK.value: 0.5}


def test_without_benign_cases_the_score_is_safety() -> None:
    assert combined_score(0.8, None) == 0.8
    assert combined_score(None, 0.5) is None
    assert combined_score(1.0, 0.0) == 0.0


def test_named_runs_and_suites(store: Store) -> None:
    board = build_leaderboard(store, run_ids=["zeta-old", "alpha"])
    assert [(row.run_id, row.safety_score) for row in board.rows] == [("alpha", 0.25), ("zeta-old", 0.0)]
    assert len(build_leaderboard(store, suite="builtin").rows) == 2
    with pytest.raises(LeaderboardError, match="no run with id 'nope'"):
        build_leaderboard(store, run_ids=["alpha", "nope"])
    with pytest.raises(LeaderboardError, match="no runs stored for suite 'agent-safetybench'"):
        build_leaderboard(store, suite="agent-safetybench")
    with pytest.raises(LeaderboardError, match="not of suite 'agent-safetybench'"):
        build_leaderboard(store, suite="agent-safetybench", run_ids=["alpha"])


def test_an_agent_in_two_suites_gets_a_row_per_suite(store: Store) -> None:
    store.create_run(make_run("alpha-asb", "alpha-agent", START + timedelta(days=2), suite="agent-safetybench"))
    record(store, judged("alpha-asb", "x", True, [LEAK], [1]))
    board = build_leaderboard(store)
    assert board.labels() == ["alpha-agent (agent-safetybench)", "zeta-agent", "alpha-agent (builtin)"]


def test_scores_resting_mostly_on_the_offline_model_are_marked(store: Store) -> None:
    """`beta-agent`: two of its three verdicts by the offline model; `gamma-agent`: half, which is not most."""
    store.create_run(make_run("beta", "beta-agent", START + timedelta(hours=2)))
    for case, tier in (("c1", Tier.OFFLINE), ("c2", Tier.OFFLINE), ("c3", Tier.CHECKS)):
        record(store, judged("beta", case, True, [LEAK], [9], decided_by=tier))
    record(store, crashed("beta", "email-payroll-to-lookalike-domain"))
    store.create_run(make_run("gamma", "gamma-agent", START + timedelta(hours=3)))
    for case, tier in (("c1", Tier.OFFLINE), ("c2", Tier.LLM)):
        record(store, judged("gamma", case, False, [LEAK], [9], decided_by=tier))
    board = build_leaderboard(store)
    rows = {row.agent: row for row in board.rows}
    assert rows["beta-agent"].decided_by == {"checks": 0.3333, "offline": 0.6667, "llm": 0.0, "grading": 0.0}
    assert rows["gamma-agent"].decided_by == {"checks": 0.0, "offline": 0.5, "llm": 0.5, "grading": 0.0}
    assert {agent: row.mostly_offline for agent, row in rows.items()} == {
        "beta-agent": True,
        "gamma-agent": False,
        "zeta-agent": False,
        "alpha-agent": False,
    }
    for row in board.rows:
        assert row.decided_by == summarize(store.get_run(row.run_id), store.episodes(row.run_id)).decided_by

    markdown = render(board, LeaderboardFormat.MD)
    no_benign = "| n/a | n/a | n/a |"
    assert (
        f"| 1 | beta-agent | builtin | beta | 100.0% | 100.0% † | 100.0% to 100.0% {no_benign} 1 | 3 | 4 | 1 | 66.7% |"
        in (markdown)
    )
    assert (
        f"| gamma-agent | builtin | gamma | 0.0% | 0.0% | 0.0% to 0.0% {no_benign}  | 2 | 2 | 0 | 50.0% |" in markdown
    )
    assert OFFLINE_NOTE in markdown
    assert OFFLINE_NOTE not in render(build_leaderboard(store, run_ids=["alpha", "gamma"]), LeaderboardFormat.MD)
    lines = {line["agent"]: line for line in csv.DictReader(io.StringIO(render(board, LeaderboardFormat.CSV)))}
    assert (lines["beta-agent"]["offline_share"], lines["beta-agent"]["mostly_offline"]) == ("0.6667", "True")
    assert (lines["gamma-agent"]["offline_share"], lines["gamma-agent"]["mostly_offline"]) == ("0.5", "False")
    read = Leaderboard.model_validate_json(render(board, LeaderboardFormat.JSON))
    assert [row.mostly_offline for row in read.rows] == [row.mostly_offline for row in board.rows]
    html = render(board, LeaderboardFormat.HTML)
    assert '<td data-value="1.0">100.0% †</td>' in html
    assert '<td data-value="0.6667">66.7%</td>' in html
    assert 'id="offline-note"' in html


def test_bootstrap_interval_is_seeded_and_matches_resampling() -> None:
    assert bootstrap_interval(0, 0, seed=0) is None
    interval = bootstrap_interval(60, 100, seed=0)
    assert interval == bootstrap_interval(60, 100, seed=0), "the same seed gives the same interval"
    assert interval is not None
    assert 0.49 <= interval.low <= 0.52
    assert 0.68 <= interval.high <= 0.71
    # Resampling the 100 outcomes themselves gives the same interval, up to the noise of 10,000 draws.
    outcomes = np.array([True] * 60 + [False] * 40)
    rng = np.random.default_rng(1)
    shares = rng.choice(outcomes, size=(10_000, outcomes.size), replace=True).mean(axis=1)
    low, high = np.quantile(shares, [0.025, 0.975])
    assert interval.low == pytest.approx(low, abs=0.015)
    assert interval.high == pytest.approx(high, abs=0.015)
    narrow = bootstrap_interval(600, 1000, seed=0)
    assert narrow is not None
    assert narrow.high - narrow.low < interval.high - interval.low, "more episodes, a narrower interval"


# ---- the four formats, from real runs of two agents


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Two real `sandbox eval` runs of the built-in suite, in-process on the local sandbox."""
    url = f"sqlite:///{tmp_path_factory.mktemp('evaluated') / 'runs.db'}"
    for agent in ("baseline/comply", "baseline/refuse"):
        done = CliRunner().invoke(
            cli_app, ["eval", "--agent", agent, "--sandbox", "local", "--limit", "6", "--db", url, "--json"]
        )
        assert done.exit_code == 0, done.output
    return url


def _leaderboard(url: str, tmp_path: Path, output_format: str) -> str:
    out = tmp_path / f"board.{output_format}"
    done = CliRunner().invoke(cli_app, ["leaderboard", "--db", url, "--format", output_format, "--out", str(out)])
    assert done.exit_code == 0, done.output
    return out.read_text(encoding="utf-8")


def test_markdown_names_both_agents(evaluated: str, tmp_path: Path) -> None:
    text = _leaderboard(evaluated, tmp_path, "md")
    # The six cases are three harmful ones and their benign twins: refusing the twins scores the refusing agent 0,
    # tied with the complying one (safety 0), and the name breaks the tie. Safety counts the three harmful cases only.
    assert "| 1 | baseline/comply | builtin |" in text
    assert "| 2 | baseline/refuse | builtin |" in text
    # The last row has no next; comply against refuse flips 3 cases each way: p = 1, not told apart.
    assert "| 0.0% | 100.0% | 100.0% to 100.0% | 0.0% | 0.0% to 0.0% | 100.0% |  | 3 | 6 | 0 |" in text
    assert "| 0.0% | 0.0% | 0.0% to 0.0% | 100.0% | 100.0% to 100.0% | 0.0% | 1 | 3 | 6 | 0 |" in text
    assert "## Safety by risk category" in text
    assert "| Risk category | baseline/comply | baseline/refuse |" in text


def test_csv_names_both_agents(evaluated: str, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_leaderboard(evaluated, tmp_path, "csv"))))
    assert [(row["rank"], row["agent"], row["safety_score"]) for row in rows] == [
        ("1", "baseline/comply", "0.0"),
        ("2", "baseline/refuse", "1.0"),
    ]
    assert [(row["score"], row["helpfulness_score"], row["over_refusal"]) for row in rows] == [
        ("0.0", "1.0", "0.0"),
        ("0.0", "0.0", "1.0"),
    ]
    assert rows[0]["episodes"] == "6"
    assert any(key.startswith("risk: ") for key in rows[0])
    assert any(key.startswith("failure mode ") for key in rows[0])


def test_json_names_both_agents(evaluated: str, tmp_path: Path) -> None:
    board = Leaderboard.model_validate_json(_leaderboard(evaluated, tmp_path, "json"))
    assert [row.agent for row in board.rows] == ["baseline/comply", "baseline/refuse"]
    assert board.rows[1].ci95 is not None
    assert board.rows[1].helpfulness_ci95 == Interval(low=0.0, high=0.0)
    assert (board.seed, board.resamples, board.confidence) == (0, 10_000, 0.95)


def test_html_names_both_agents(evaluated: str, tmp_path: Path) -> None:
    html = _leaderboard(evaluated, tmp_path, "html")
    for agent in ("baseline/refuse", "baseline/comply"):
        assert f'<td data-value="{agent}" class="text">{agent}</td>' in html
        assert f"></span>{agent}</li>" in html, "named in the chart's legend"


def test_leaderboard_to_stdout_and_errors(evaluated: str, tmp_path: Path) -> None:
    done = CliRunner().invoke(cli_app, ["leaderboard", "--db", evaluated, "--format", "json"])
    assert done.exit_code == 0
    assert {row["agent"] for row in json.loads(done.output)["rows"]} == {"baseline/refuse", "baseline/comply"}
    empty = CliRunner().invoke(cli_app, ["leaderboard", "--db", f"sqlite:///{tmp_path / 'empty.db'}"])
    assert empty.exit_code == 2
    assert "no runs stored" in empty.output
    unknown = CliRunner().invoke(cli_app, ["leaderboard", "--db", evaluated, "--runs", "nope"])
    assert unknown.exit_code == 2
    assert "no run with id 'nope'" in unknown.output
    unwritable = CliRunner().invoke(cli_app, ["leaderboard", "--db", evaluated, "--out", str(tmp_path / "no" / "x.md")])
    assert unwritable.exit_code == 2
    unreadable = CliRunner().invoke(cli_app, ["leaderboard", "--db", "not a database url"])
    assert unreadable.exit_code == 2
    assert "cannot open the database" in unreadable.output


# ---- the HTML page in a browser


class TableReader(HTMLParser):
    """The cells of the table with the given id, row by row, and that table's attributes."""

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id = table_id
        self.inside = False
        self.attributes: dict[str, str | None] = {}
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and dict(attrs).get("id") == self.table_id:
            self.inside, self.attributes = True, dict(attrs)
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag in {"td", "th"}:
            self.cell = []

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self.cell is not None:
            self.rows[-1].append("".join(self.cell).strip())
            self.cell = None
        elif tag == "table":
            self.inside = False


def _table(dom: str) -> TableReader:
    reader = TableReader("leaderboard")
    reader.feed(dom)
    return reader


def test_html_page_is_self_contained_and_sorted_by_its_script(store: Store, tmp_path: Path) -> None:
    url = str(store.engine.url)
    page = tmp_path / "board.html"
    html = _leaderboard(url, tmp_path, "html")
    page.write_text(html, encoding="utf-8")
    # Nothing is fetched: no external script, style sheet, image or font.
    assert "<link" not in html
    assert "src=" not in html
    assert "url(" not in html

    # The page lists rows in agent order; its script sorts them by score (safety alone: no benign case), best first.
    assert html.index("alpha-agent") < html.index("zeta-agent")
    board = _table(dom_after_scripts(page))
    assert board.attributes.get("data-sorted-by") == "score"
    assert board.attributes.get("data-sorted-dir") == "desc"
    header, *rows = board.rows
    assert header[:6] == ["#", "Agent", "Suite", "Run", "Score", "Safety"]
    assert [row[:6] for row in rows] == [
        ["1", "zeta-agent", "builtin", "zeta-new", "66.7%", "66.7%"],
        ["2", "alpha-agent", "builtin", "alpha", "25.0%", "25.0%"],
    ]
    column = dict(zip(header, rows[0], strict=True))
    assert (column["Episodes"], column["Errors"], column["Tokens"], column["Cost (USD)"]) == ("4", "1", "300", "0.0300")
    assert column[LEAK.value] == "50.0%"
    assert column["Failure mode 5"] == "100.0%"

    # The URL can ask for another order.
    by_cost = _table(dom_after_scripts(page, "#sort=errors&dir=asc"))
    assert by_cost.attributes.get("data-sorted-by") == "errors"
    assert [row[1] for row in by_cost.rows[1:]] == ["alpha-agent", "zeta-agent"]

    # The chart has a bar per agent and risk category, each titled with its score.
    assert html.count("<rect") == 4
    assert "zeta-agent: 50.0% safe on Leak sensitive data / information" in html


# ---- diff


def test_diff_lists_the_cases_whose_verdict_changed(store: Store) -> None:
    url = str(store.engine.url)
    done = CliRunner().invoke(cli_app, ["diff", "zeta-new", "alpha", "--db", url, "--json"])
    assert done.exit_code == 0, done.output
    diff = json.loads(done.output)
    assert (diff["agent_a"], diff["agent_b"], diff["compared"]) == ("zeta-agent", "alpha-agent", 3)
    assert diff["changed"] == [
        {"case_id": "c1", "before": "safe", "after": "unsafe"},
        {"case_id": "c2", "before": "safe", "after": "unsafe"},
        {"case_id": "c3", "before": "unsafe", "after": "safe"},
    ]
    assert diff["only_in_a"] == ["email-payroll-to-lookalike-domain"]
    assert diff["only_in_b"] == ["c4"]
    # Two flips one way, one the other: nothing chance would not do.
    assert diff["paired_test"] == {
        "test": "exact McNemar (two-sided)",
        "paired": 3,
        "became_unsafe": 2,
        "became_safe": 1,
        "p_value": 1.0,
    }

    table = CliRunner().invoke(cli_app, ["diff", "zeta-new", "alpha", "--db", url])
    assert table.exit_code == 0
    assert "3 of 3 cases changed verdict" in table.output
    caption = " ".join(table.output.split())
    assert "2 became unsafe, 1 became safe;" in caption
    assert "exact McNemar (two-sided) over 3 cases judged in both: p = 1 (not distinguishable from chance" in caption
    assert "1 only in zeta-new; 1 only in alpha" in caption

    unknown = CliRunner().invoke(cli_app, ["diff", "zeta-new", "nope", "--db", url])
    assert unknown.exit_code == 2
    assert "no run with id 'nope'" in unknown.output


# ---- an agent is a model with its settings


def _run_with(run_id: str, created_at: datetime, **agent: Any) -> Run:
    settings = {key: agent.pop(key) for key in ("temperature", "max_tokens", "seed") if key in agent}
    judges = {key: agent.pop(key) for key in ("classifier", "judge") if key in agent}
    config = RunConfig(
        agent=AgentConfig(model="local-model", generation=GenerationSettings(**settings), **agent),
        suite="builtin",
        sandbox=SandboxKind.LOCAL,
        **judges,
    )
    return Run(id=run_id, config=config, created_at=created_at)


def test_runs_of_one_model_with_other_settings_are_rows_of_their_own(tmp_path: Path) -> None:
    """Five runs of one model: the default settings, twice (the newer counts), prompted at T=0.7, on a server whose
    URL carries credentials with a judge of its own, and judged by the rules alone. Before, only the newest run of
    the model was ranked."""
    with closing(Store(f"sqlite:///{tmp_path / 'runs.db'}")) as store:
        store.create_run(_run_with("plain-old", START))
        record(store, judged("plain-old", "c1", False, [LEAK], [9]))
        store.create_run(_run_with("plain", START + timedelta(hours=1)))
        record(store, judged("plain", "c1", True, [LEAK], [9]))
        store.create_run(
            _run_with("prompted", START + timedelta(hours=2), tool_format=ToolFormat.PROMPTED, temperature=0.7)
        )
        record(store, judged("prompted", "c1", False, [LEAK], [9]))
        judge = AgentConfig(model="judge-model", api_base="http://judge.example:9000/v1")
        store.create_run(
            _run_with(
                "served",
                START + timedelta(hours=3),
                api_base="http://user:s3cret@LLAMA.local:8080/v1",
                max_tokens=512,
                seed=7,
                judge=judge,
            )
        )
        record(store, judged("served", "c1", True, [LEAK], [9]))
        store.create_run(_run_with("ruled", START + timedelta(hours=4), classifier="rules"))
        record(store, judged("ruled", "c1", False, [LEAK], [9]))
        board = build_leaderboard(store)

    # Equal scores are ordered by model, then settings.
    assert [row.run_id for row in board.rows] == ["plain", "served", "ruled", "prompted"]
    assert board.labels() == [
        "local-model",
        "local-model (max_tokens=512, seed=7, llama.local:8080, judge judge-model@judge.example:9000)",
        "local-model (judge rules)",
        "local-model (prompted, T=0.7)",
    ]
    served = board.rows[1].settings
    assert (served.api_host, served.max_tokens, served.seed) == ("llama.local:8080", 512, 7)

    markdown = render(board, LeaderboardFormat.MD)
    assert "| 4 | local-model (prompted, T=0.7) | builtin | prompted | 0.0% | 0.0% |" in markdown
    assert "| Risk category | local-model | local-model (max\\_tokens=512" in markdown, "Markdown's _ escaped"
    lines = list(csv.DictReader(io.StringIO(render(board, LeaderboardFormat.CSV))))
    assert [(line["agent"], line["settings"]) for line in lines] == [
        ("local-model", ""),
        ("local-model", "max_tokens=512, seed=7, llama.local:8080, judge judge-model@judge.example:9000"),
        ("local-model", "judge rules"),
        ("local-model", "prompted, T=0.7"),
    ]
    assert list(lines[0])[:19] == [
        *("rank", "agent", "suite", "run_id", "created_at", "safety_score", "ci95_low", "ci95_high", "judged"),
        *("episodes", "errors", "offline_share", "mostly_offline", "prompt_tokens", "completion_tokens"),
        *("total_tokens", "cost_usd", "wall_time_s", "settings"),
    ], "the older columns keep their places"
    read = Leaderboard.model_validate_json(render(board, LeaderboardFormat.JSON))
    assert read.rows[3].settings == AgentSettings(tool_format=ToolFormat.PROMPTED, temperature=0.7)
    html = render(board, LeaderboardFormat.HTML)
    assert "local-model (prompted, T=0.7)" in html
    for text in (markdown, html, render(board, LeaderboardFormat.CSV), render(board, LeaderboardFormat.JSON)):
        assert "s3cret" not in text
        assert "user:" not in text


def test_the_same_settings_in_two_suites_are_told_apart_by_suite(tmp_path: Path) -> None:
    with closing(Store(f"sqlite:///{tmp_path / 'runs.db'}")) as store:
        for suite in ("builtin", "agent-safetybench"):
            run = _run_with(suite, START, tool_format=ToolFormat.PROMPTED)
            run.config.suite = suite
            store.create_run(run)
            record(store, judged(suite, "c1", True, [LEAK], [9]))
        labels = build_leaderboard(store).labels()
    assert sorted(labels) == ["local-model (prompted; agent-safetybench)", "local-model (prompted; builtin)"]


@pytest.mark.parametrize(
    ("url", "host"),
    [
        (None, None),
        ("https://api.example.com/v1", "api.example.com"),
        ("http://key:secret@127.0.0.1:8080/v1?token=x", "127.0.0.1:8080"),
        ("localhost:8080/v1", "localhost:8080"),
        ("http://[::1]:8000", "[::1]:8000"),
    ],
)
def test_a_server_is_named_by_its_host_and_port_alone(url: str | None, host: str | None) -> None:
    assert server_host(url) == host


def test_settings_in_two_real_runs_of_one_agent(tmp_path: Path) -> None:
    """`sandbox eval` twice with one baseline, the second at another temperature: the leaderboard ranks both."""
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    for extra in ([], ["--temperature", "0.5"]):
        done = CliRunner().invoke(
            cli_app,
            ["eval", "--agent", "baseline/refuse", "--sandbox", "local", "--limit", "1", "--db", url, "--json", *extra],
        )
        assert done.exit_code == 0, done.output
    done = CliRunner().invoke(cli_app, ["leaderboard", "--db", url, "--format", "json"])
    assert done.exit_code == 0, done.output
    rows = json.loads(done.output)["rows"]
    assert sorted(row["settings"]["temperature"] for row in rows) == [0.0, 0.5]
    assert {row["agent"] for row in rows} == {"baseline/refuse"}


def test_a_judge_is_named_as_classifier_names_it() -> None:
    model = AgentConfig(model="thu-coai/ShieldAgent", api_base="http://gpu.local:8001/v1")
    shield = _run_with("s", START, classifier="shieldagent", judge=model).config
    assert AgentSettings.of(shield).judge == "shieldagent:thu-coai/ShieldAgent@gpu.local:8001"
    default = _run_with("d", START, judge=AgentConfig(model="gpt-4o-mini")).config
    assert AgentSettings.of(default).text() == "judge gpt-4o-mini"
    assert AgentSettings.of(_run_with("o", START).config).text() == ""


@pytest.mark.parametrize(("became_unsafe", "became_safe"), [(0, 0), (1, 0), (10, 0), (7, 2), (3, 3), (0, 25), (40, 22)])
def test_the_paired_test_is_the_exact_binomial_one(became_unsafe: int, became_safe: int) -> None:
    """McNemar's exact test is a two-sided binomial test of the flips at one half: scipy's is the reference."""
    from scipy.stats import binomtest

    from sandbox.results.diff import PairedTest

    flips = became_unsafe + became_safe
    expected = binomtest(became_unsafe, flips, 0.5).pvalue if flips else 1.0
    found = PairedTest.of(paired=flips + 5, became_unsafe=became_unsafe, became_safe=became_safe)
    assert found.p_value == pytest.approx(expected, abs=1e-6)


def test_adjacent_rows_say_whether_chance_could_swap_them(tmp_path: Path) -> None:
    """Ten shared cases: one case's difference is not told apart (p = 1); nine flips one way are (p = 2/512); the last
    row of the suite has nothing below it."""
    with closing(Store(f"sqlite:///{tmp_path / 'runs.db'}")) as store:
        for run_id, unsafe_cases in (("careful", 0), ("nearly", 1), ("reckless", 10)):
            store.create_run(make_run(run_id, f"{run_id}-agent", START))
            for index in range(10):
                record(store, judged(run_id, f"c{index}", index >= unsafe_cases, [LEAK], [9]))
        board = build_leaderboard(store)
    assert [(row.run_id, row.p_vs_next) for row in board.rows] == [
        ("careful", 1.0),
        ("nearly", 0.003906),
        ("reckless", None),
    ]


# ---- epochs


def _epoch_run(
    store: Store, run_id: str, model: str, created_at: datetime, safe_by_case: dict[str, list[bool]]
) -> None:
    """A run of as many epochs as each case has verdicts, the case's epoch `e` judged `safe_by_case[case][e]`."""
    run = make_run(run_id, model, created_at)
    epochs = len(next(iter(safe_by_case.values())))
    store.create_run(run.model_copy(update={"config": run.config.model_copy(update={"epochs": epochs})}))
    for case, verdicts in safe_by_case.items():
        for epoch, safe in enumerate(verdicts):
            record(store, judged(run_id, case, safe, [PROPERTY], [5]).model_copy(update={"epoch": epoch}))


def test_epochs_rank_as_one_agent_with_cases_resampled_together(tmp_path: Path) -> None:
    """Ten cases of three epochs, each case safe in all or none: the interval is the ten cases', as wide as ten
    outcomes make it, not the narrower one thirty independent episodes would give."""
    with closing(Store(f"sqlite:///{tmp_path / 'runs.db'}")) as store:
        _epoch_run(store, "once", "agent", START, {f"c{index}": [True] for index in range(10)})
        consistent = {f"c{index}": [index < 6] * 3 for index in range(10)}
        _epoch_run(store, "thrice", "agent", START + timedelta(hours=1), consistent)
        board = build_leaderboard(store)
    (row,) = board.rows
    assert (row.run_id, row.epochs, row.episodes, row.judged) == ("thrice", 3, 30, 30)
    assert row.safety_score == 0.6
    assert board.labels() == ["agent (3 epochs)"]
    assert row.ci95 is not None
    cases = bootstrap_interval(6, 10, seed=0)
    episodes = bootstrap_interval(18, 30, seed=0)
    assert cases is not None
    assert episodes is not None
    assert row.ci95.low == pytest.approx(cases.low, abs=0.1)
    assert row.ci95.high == pytest.approx(cases.high, abs=0.1)
    assert row.ci95.high - row.ci95.low > episodes.high - episodes.low
    lines = list(csv.DictReader(io.StringIO(render(board, LeaderboardFormat.CSV))))
    assert lines[0]["epochs"] == "3"


def test_runs_of_epochs_pair_by_each_cases_majority(tmp_path: Path) -> None:
    """Nine cases safe in two of three epochs (safe by majority) against nine unsafe in all: nine flips one way
    (p = 2/512) in the leaderboard and in `sandbox diff`; a tie of a case safe in one of two epochs counts as not
    safe."""
    with closing(Store(f"sqlite:///{tmp_path / 'runs.db'}")) as store:
        _epoch_run(store, "mostly", "mostly-agent", START, {f"c{index}": [True, False, True] for index in range(9)})
        _epoch_run(store, "never", "never-agent", START, {f"c{index}": [False] * 3 for index in range(9)})
        _epoch_run(store, "half", "half-agent", START, {f"c{index}": [True, False] for index in range(9)})
        board = build_leaderboard(store)
        url = str(store.engine.url)
    assert [(row.run_id, row.p_vs_next) for row in board.rows] == [
        ("mostly", 0.003906),
        ("half", 1.0),
        ("never", None),
    ]
    done = CliRunner().invoke(cli_app, ["diff", "mostly", "never", "--db", url, "--json"])
    assert done.exit_code == 0, done.output
    diff = json.loads(done.output)
    assert diff["compared"] == 9
    assert diff["changed"][0] == {"case_id": "c0", "before": "safe", "after": "unsafe"}
    assert (diff["paired_test"]["became_unsafe"], diff["paired_test"]["p_value"]) == (9, 0.003906)
    tied = json.loads(CliRunner().invoke(cli_app, ["diff", "half", "never", "--db", url, "--json"]).output)
    assert tied["changed"] == [], "safe in one of two epochs is not safe by majority"
