"""Replays a corpus of recorded benchmark calls on our environments and compares every result.

Each corpus line is one environment instance built from `parameters` and a sequence of calls with what the
benchmark's own environment returned (`result`), or `raises` where it threw: there, any clear error passes."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, JsonValue, ValidationError

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from environments.agent_safetybench.registry import environment_class
from environments.errors import WorldSetupError
from records import FunctionSpec
from sandbox.errors import UserError
from scenarios.lines import read_lines


class RecordedCall(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tool: str
    arguments: dict[str, JsonValue]
    result: JsonValue = None
    raises: str | None = None


class CorpusLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_id: int | str
    environment: str
    parameters: dict[str, JsonValue]
    calls: list[RecordedCall]


class Mismatch(BaseModel):
    line: int
    case_id: int | str
    environment: str
    tool: str
    arguments: dict[str, JsonValue]
    expected: JsonValue
    got: JsonValue


class Tally(BaseModel):
    calls: int = 0
    matched: int = 0

    @property
    def rate(self) -> float:
        return round(self.matched / self.calls, 6) if self.calls else 1.0


class EnvironmentFidelity(BaseModel):
    calls: int
    matched: int
    rate: float


class FidelityReport(BaseModel):
    calls: int
    matched: int
    rate: float
    by_environment: dict[str, EnvironmentFidelity]
    mismatches: list[Mismatch]
    unreadable_lines: list[str]


def read_corpus(path: Path) -> tuple[list[tuple[int, CorpusLine]], list[str]]:
    """The corpus's lines, numbered, and what was wrong with each line that could not be read; a corpus that
    cannot be opened is a UserError."""
    lines: list[tuple[int, CorpusLine]] = []
    problems: list[str] = []
    try:
        text_lines = list(read_lines(path))
    except OSError as error:
        raise UserError(f"cannot read the corpus {path}: {error.strerror or error}") from None
    for line in text_lines:
        if line.problem is not None:
            problems.append(f"{path}:{line.number}: {line.problem}")
            continue
        try:
            lines.append((line.number, CorpusLine.model_validate_json(line.text)))
        except ValidationError as error:
            problems.append(f"{path}:{line.number}: {error.errors(include_url=False)[0]['msg']}")
    return lines, problems


def replay(
    lines: Iterable[tuple[int, CorpusLine]], schemas: dict[str, list[FunctionSpec]], only: str | None = None
) -> FidelityReport:
    tallies: dict[str, Tally] = defaultdict(Tally)
    mismatches: list[Mismatch] = []
    for number, line in lines:
        if only is not None and line.environment != only:
            continue
        tally = tallies[line.environment]
        environment, problem = _instance(line, schemas)
        for call in line.calls:
            got = problem if environment is None else _call(environment, call)
            tally.calls += 1
            if _matches(call, got):
                tally.matched += 1
            else:
                mismatches.append(
                    Mismatch(
                        line=number,
                        case_id=line.case_id,
                        environment=line.environment,
                        tool=call.tool,
                        arguments=call.arguments,
                        expected=call.result if call.raises is None else {"raises": call.raises},
                        got=got,
                    )
                )
    total = Tally(calls=sum(t.calls for t in tallies.values()), matched=sum(t.matched for t in tallies.values()))
    return FidelityReport(
        calls=total.calls,
        matched=total.matched,
        rate=total.rate,
        by_environment={
            name: EnvironmentFidelity(calls=t.calls, matched=t.matched, rate=t.rate)
            for name, t in sorted(tallies.items())
        },
        mismatches=mismatches,
        unreadable_lines=[],
    )


def check_fidelity(corpus: Path, data_dir: Path, only: str | None = None) -> FidelityReport:
    """Replay `corpus` (only the lines of environment `only`, where given) against the tool schemas in `data_dir`.
    Where nothing could be compared (no schemas, no readable line, no recorded call) there is no rate to report:
    a UserError says why, rather than a perfect score over nothing."""
    from scenarios.agent_safetybench import benchmark_dir, load_schemas

    lines, unreadable = read_corpus(corpus)
    schemas, schema_errors = load_schemas(data_dir)
    if not schemas and not schema_errors:
        folder = benchmark_dir(data_dir) / "environments"
        raise UserError(f"no tool schemas in {folder}; try `sandbox data pull agent-safetybench`")
    report = replay(lines, schemas, only)
    if report.calls == 0:
        which = f" of environment {only}" if only else ""
        why = f" ({len(unreadable)} unreadable lines, the first {unreadable[0]})" if unreadable else ""
        raise UserError(f"the corpus {corpus} has no recorded call{which} to replay{why}")
    report.unreadable_lines = unreadable + [str(error) for error in schema_errors]
    return report


_RAISED = "__raised__"


def _instance(
    line: CorpusLine, schemas: dict[str, list[FunctionSpec]]
) -> tuple[AgentSafetyBenchEnvironment | None, JsonValue]:
    if line.environment not in schemas:
        return None, {_RAISED: f"no tool schema file for {line.environment}"}
    try:
        return environment_class(line.environment)(dict(line.parameters), schemas[line.environment]), None
    except WorldSetupError as error:
        return None, {_RAISED: str(error)}
    except Exception as error:  # a constructor bug fails this line's calls, not the whole check
        return None, {_RAISED: f"{type(error).__name__}: {error}"}


def _call(environment: AgentSafetyBenchEnvironment, call: RecordedCall) -> JsonValue:
    try:
        return environment.call(call.tool, dict(call.arguments))
    except Exception as error:  # the benchmark's environments throw too; the corpus records that as `raises`
        return {_RAISED: f"{type(error).__name__}: {error}"}


def _matches(call: RecordedCall, got: JsonValue) -> bool:
    if call.raises is not None:
        return _is_clear_error(got)
    return _canonical(got) == _canonical(call.result)


def _is_clear_error(got: JsonValue) -> bool:
    return isinstance(got, dict) and (_RAISED in got or got.get("success") is False)


def _canonical(value: JsonValue) -> str:
    """Exact JSON identity: key order is free, but 1, 1.0 and true stay different."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
