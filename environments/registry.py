"""Builds the environment a scenario names. Our classes are listed explicitly: importing registers nothing."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from environments.agent_safetybench.registry import build_agent_safetybench_environment
from environments.bank import Bank
from environments.base import Environment, ToolHost
from environments.code_repo import CodeRepo
from environments.containment_probe import ContainmentProbe
from environments.email import Email
from environments.errors import WorldSetupError
from environments.files import Files
from environments.health import Health
from environments.lab import Lab
from environments.live.environment import Live
from environments.smart_home import SmartHome
from environments.social_media import SocialMedia
from records import EnvironmentSetup

ENVIRONMENTS: dict[str, type[Environment[Any]]] = {
    environment.name: environment
    for environment in (Bank, CodeRepo, ContainmentProbe, Email, Files, Health, Lab, Live, SmartHome, SocialMedia)
}
AGENT_SAFETYBENCH_PREFIX = "agent-safetybench/"


def build_environment(setup: EnvironmentSetup) -> ToolHost:
    if setup.name.startswith(AGENT_SAFETYBENCH_PREFIX):
        return build_agent_safetybench_environment(setup.name.removeprefix(AGENT_SAFETYBENCH_PREFIX), setup)
    environment_type = ENVIRONMENTS.get(setup.name)
    if environment_type is None:
        raise WorldSetupError(f"unknown environment {setup.name!r}; known: {', '.join(sorted(ENVIRONMENTS))}")
    try:
        return environment_type(setup.state)
    except ValidationError as error:
        raise WorldSetupError(f"invalid initial state for {setup.name}: {error}") from None
