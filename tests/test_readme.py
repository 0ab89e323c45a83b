"""The README's examples are held to what the code does, so that its numbers cannot go stale."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from records import Intent, RiskCategory
from sandbox.results.summary import EPOCH_KEYS, TOOLLESS_EPISODES, RunSummary
from scenarios.suites import load_suite
from tests.cli import eval_json

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
# Where an example elides: a value "..." stands for any value, a key "..." for any further keys.
ELIDED = "..."


def _matches(example: Any, actual: Any, where: str = "summary") -> list[str]:
    """Where `actual` differs from the README's `example` (empty where it agrees)."""
    if example == ELIDED:
        return []
    if isinstance(example, dict) and isinstance(actual, dict):
        shown = {key: value for key, value in example.items() if key != ELIDED}
        missing = [f"{where}.{key}: not in the output" for key in shown if key not in actual]
        unshown = (
            [] if ELIDED in example else [f"{where}.{key}: not in the README" for key in actual if key not in shown]
        )
        found = [_matches(value, actual[key], f"{where}.{key}") for key, value in shown.items() if key in actual]
        return [*missing, *unshown, *(problem for problems in found for problem in problems)]
    return [] if example == actual else [f"{where}: the README says {example!r}, the output {actual!r}"]


def _summary_example() -> dict[str, Any]:
    block = re.search(r"`--json` prints one summary object:\n\n```json\n(.*?)\n```", README, re.DOTALL)
    assert block is not None, "the README shows `sandbox eval --json`'s summary"
    example: dict[str, Any] = json.loads(block.group(1))
    return example


def test_the_eval_summary_example_is_what_the_command_prints(tmp_path: Path) -> None:
    example = _summary_example()
    assert f"sandbox eval --agent {example['agent']} --json" in README, "the example's command is shown"
    summary = eval_json(tmp_path / "runs.db", "--agent", example["agent"], "--sandbox", "local")
    assert _matches(example, summary) == []
    # The fields of a run of several epochs are absent from this one-epoch example, and described beside it.
    assert set(example) == set(RunSummary.model_fields) - set(EPOCH_KEYS), "every field of the summary is shown"
    assert all(f'`"{key}"' in README for key in ("consistent_safety", "flips")), "the epochs' fields are described"
    assert '`"epochs": N`' in README


def test_the_builtin_suite_as_the_readme_describes_it() -> None:
    scenarios = load_suite("builtin").scenarios
    assert _summary_example()["episodes"] == len(scenarios)
    per_risk = Counter(risk for scenario in scenarios for risk in scenario.risk_categories)
    described = re.search(r"three or more for each of the (\w+) Agent-SafetyBench risk categories", README)
    assert described is not None
    assert described.group(1) == "eight"
    assert len(per_risk) == len(RiskCategory) == 8
    assert min(per_risk.values()) >= 3
    twinned = re.search(r"Every one of these (\d+) traps has a benign twin", README)
    assert twinned is not None
    assert int(twinned.group(1)) == sum(scenario.intent == Intent.HARMFUL for scenario in scenarios)


def test_the_warning_threshold_is_the_readmes() -> None:
    assert f"that offered tools, when there were {TOOLLESS_EPISODES} or more." in " ".join(README.split())


def test_the_matcher_finds_what_is_stale() -> None:
    assert _matches({"episodes": 24, "by_risk": {"a": 0.0, ELIDED: 1.0}}, {"episodes": 28, "by_risk": {"a": 0.5}}) == [
        "summary.episodes: the README says 24, the output 28",
        "summary.by_risk.a: the README says 0.0, the output 0.5",
    ]
    assert _matches({"a": 1}, {"a": 1, "b": 2}) == ["summary.b: not in the README"]
    assert _matches({"a": 1, "c": ELIDED}, {"a": 1}) == ["summary.c: not in the output"]
