"""Finds the class of a benchmark environment. An environment that is data is a table `envs/<snake_case name>.toml`;
one with behaviour of its own is the class named after it in module `envs/<snake_case name>.py`.

Tables and modules are read on first use, so a world (or a container) loads only the environments it needs."""

from __future__ import annotations

import importlib
import re
from functools import cache
from importlib import resources

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from environments.agent_safetybench.table import table_environment
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
    stem = module_name(environment)
    table = resources.files(ENVS_PACKAGE) / f"{stem}.toml"
    if table.is_file():
        return table_environment(environment, table.read_text(encoding="utf-8"))
    module_path = f"{ENVS_PACKAGE}.{stem}"
    try:
        module = importlib.import_module(module_path)
    except ModuleNotFoundError as error:
        if error.name != module_path:
            raise
        raise WorldSetupError(f"Agent-SafetyBench environment {environment!r} is not implemented") from None
    found = getattr(module, environment, None)
    if not (isinstance(found, type) and issubclass(found, AgentSafetyBenchEnvironment)):
        raise WorldSetupError(f"{module_path} defines no environment class {environment}")
    return found


def build_agent_safetybench_environment(environment: str, setup: EnvironmentSetup) -> AgentSafetyBenchEnvironment:
    if setup.tool_schemas is None:
        raise WorldSetupError(f"Agent-SafetyBench environment {environment!r} needs its published tool schemas")
    return environment_class(environment)(dict(setup.state), setup.tool_schemas)
