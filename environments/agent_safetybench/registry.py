"""Finds the class of a benchmark environment: module `envs/<snake_case name>.py`, attribute `ENVIRONMENT`.

Modules are imported on first use, so a world (or a container) loads only the environments it needs."""

from __future__ import annotations

import importlib
import re
from functools import cache

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from environments.errors import WorldSetupError
from records import EnvironmentSetup

ENVS_PACKAGE = "environments.agent_safetybench.envs"


def module_name(environment: str) -> str:
    """`SmartHomeHub` -> `smart_home_hub`, `EC` -> `ec`, `Eicu_ac` -> `eicu_ac`."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", environment)
    return spaced.lower()


@cache
def environment_class(environment: str) -> type[AgentSafetyBenchEnvironment]:
    if not re.fullmatch(r"[A-Za-z0-9_]+", environment):
        raise WorldSetupError(f"invalid Agent-SafetyBench environment name {environment!r}")
    try:
        module = importlib.import_module(f"{ENVS_PACKAGE}.{module_name(environment)}")
    except ModuleNotFoundError:
        raise WorldSetupError(f"Agent-SafetyBench environment {environment!r} is not implemented") from None
    found: type[AgentSafetyBenchEnvironment] = module.ENVIRONMENT
    return found


def build_agent_safetybench_environment(environment: str, setup: EnvironmentSetup) -> AgentSafetyBenchEnvironment:
    if setup.tool_schemas is None:
        raise WorldSetupError(f"Agent-SafetyBench environment {environment!r} needs its published tool schemas")
    return environment_class(environment)(dict(setup.state), setup.tool_schemas)
