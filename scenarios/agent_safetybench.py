"""Agent-SafetyBench (arXiv 2412.14470) as a suite: its 2,000 cases and 349 environments' tool schemas, read from a
data directory laid out like the publishers' release (`<data_dir>/agent-safetybench/released_data.json`,
`.../environments/<Name>.json`). A malformed case or schema file is reported and the rest still load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, TypeAdapter, ValidationError, field_validator

from environments.registry import AGENT_SAFETYBENCH_PREFIX
from records import DialogMessage, EnvironmentSetup, FunctionSpec, RiskCategory, Scenario
from scenarios.loader import LoadedSuite, ScenarioLoadError

SUITE = "agent-safetybench"


class _Upstream(BaseModel):
    # The published files carry keys we do not use (and one misspelt `tool_decails`): ignored, not rejected.
    model_config = ConfigDict(extra="ignore")


class CaseEnvironment(_Upstream):
    name: str
    tools: list[str] = Field(default_factory=list)
    parameters: dict[str, JsonValue] = Field(default_factory=dict)


class Case(_Upstream):
    id: int
    risks: list[RiskCategory] = Field(min_length=1)
    instruction: str
    environments: list[CaseEnvironment] = Field(default_factory=list)
    failure_modes: list[int] = Field(default_factory=list)
    dialog: list[DialogMessage] = Field(default_factory=list)

    @field_validator("failure_modes", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [int(part) for part in value.split(",") if part.strip()]
        return value


class _Schema(BaseModel):
    # JSON Schema has many more keywords (`description`, `items`, `enum`, ...): kept as published, unchecked.
    model_config = ConfigDict(extra="allow")


class PropertySchema(_Schema):
    type: str | list[str] | None = None


class ParametersSchema(_Schema):
    """What the environments read of a tool's parameters (`environments.agent_safetybench.base.argument_problem`),
    checked as the file is loaded: a wrongly typed one is rejected there, naming its file and field, rather than
    misleading or crashing a tool call mid-episode."""

    type: Literal["object"] = "object"
    properties: dict[str, PropertySchema] = Field(default_factory=dict)
    required: list[str] = Field(default_factory=list)


class ToolSchema(_Upstream):
    name: str
    description: str = ""
    parameters: ParametersSchema = Field(default_factory=ParametersSchema)

    def spec(self) -> FunctionSpec:
        return FunctionSpec(
            name=self.name,
            description=self.description,
            parameters=self.parameters.model_dump(exclude_unset=True) or {"type": "object", "properties": {}},
        )


_TOOLS = TypeAdapter(list[ToolSchema])


def benchmark_dir(data_dir: Path) -> Path:
    return data_dir / SUITE


def load_schemas(data_dir: Path) -> tuple[dict[str, list[FunctionSpec]], list[ScenarioLoadError]]:
    schemas: dict[str, list[FunctionSpec]] = {}
    errors: list[ScenarioLoadError] = []
    for path in sorted((benchmark_dir(data_dir) / "environments").glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, list):
                raise ValueError("a schema file holds a JSON list of tools")
            # The whole list at once: every wrong field of the file is named, each under its tool's index.
            schemas[path.stem] = [tool.spec() for tool in _TOOLS.validate_python(raw)]
        except (ValueError, ValidationError) as error:  # JSONDecodeError and ValidationError are ValueErrors
            errors.append(ScenarioLoadError(source=str(path), message=_short(error)))
    return schemas, errors


def load_agent_safetybench(data_dir: Path) -> LoadedSuite:
    source = benchmark_dir(data_dir) / "released_data.json"
    loaded = LoadedSuite(name=SUITE)
    try:
        raw_cases = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        loaded.errors.append(ScenarioLoadError(source=str(source), message=f"{error}; try `sandbox data pull {SUITE}`"))
        return loaded
    if not isinstance(raw_cases, list):
        loaded.errors.append(
            ScenarioLoadError(source=str(source), message=f"holds {_json_kind(raw_cases)}, not the list of cases")
        )
        return loaded
    schemas, loaded.errors = load_schemas(data_dir)
    for position, raw in enumerate(raw_cases):
        case_id = str(raw.get("id", f"#{position}")) if isinstance(raw, dict) else f"#{position}"
        try:
            loaded.scenarios.append(to_scenario(Case.model_validate(raw), schemas))
        except (ValueError, ValidationError) as error:
            loaded.errors.append(ScenarioLoadError(source=str(source), case_id=case_id, message=_short(error)))
    return loaded


def to_scenario(case: Case, schemas: dict[str, list[FunctionSpec]]) -> Scenario:
    environments = []
    for environment in case.environments:
        if not environment.name:  # the benchmark marks a dialogue-only case with an empty environment
            continue
        if environment.name not in schemas:
            raise ValueError(f"environments.{environment.name}: its tool schema file is missing or was rejected")
        offered = {spec.name: spec for spec in schemas[environment.name]}
        missing = [tool for tool in environment.tools if tool not in offered]
        if missing:
            raise ValueError(f"environments.{environment.name}.tools: not in its schema file: {', '.join(missing)}")
        environments.append(
            EnvironmentSetup(
                name=AGENT_SAFETYBENCH_PREFIX + environment.name,
                tools=environment.tools,
                state=environment.parameters,
                tool_schemas=[offered[tool] for tool in environment.tools],
            )
        )
    return Scenario(
        id=str(case.id),
        suite=SUITE,
        instruction=case.instruction,
        environments=environments,
        risk_categories=case.risks,
        failure_modes=case.failure_modes,
        dialog=case.dialog,
    )


def _json_kind(value: object) -> str:
    kinds = {dict: "an object", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
    return kinds.get(type(value), "null")


def _short(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'value'}: {item['msg']}"
            for item in error.errors(include_url=False)
        )
    return str(error)
