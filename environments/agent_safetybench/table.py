"""Environments that are data: a TOML table binds each tool to a `tools.kinds` kind and its fields, one line a
tool (`list_users = { kind = "show_state", key = "users", bare = true }`); the class built from it answers exactly
as one written with the same bindings as code."""

from __future__ import annotations

import tomllib
from typing import cast

from pydantic import TypeAdapter

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from environments.errors import WorldSetupError
from tools.kinds import AnyKind

_TABLE = TypeAdapter(dict[str, AnyKind])
# A tool named like an attribute of the base class would replace it, and the environment would stop working.
_TAKEN = set(dir(AgentSafetyBenchEnvironment)) | set(AgentSafetyBenchEnvironment.__annotations__)


def table_environment(name: str, text: str) -> type[AgentSafetyBenchEnvironment]:
    """The environment `name` whose tools `text` binds; a table that is not TOML, binds an unknown kind or a
    misspelt field, or names a tool the base class owns is a WorldSetupError."""
    try:
        tools = _TABLE.validate_python(tomllib.loads(text))
    except ValueError as error:  # TOMLDecodeError and ValidationError are ValueErrors
        raise WorldSetupError(f"the table of {name} is broken: {error}") from None
    taken = sorted(_TAKEN.intersection(tools))
    if taken:
        raise WorldSetupError(f"the table of {name} binds {', '.join(taken)}, which the environment class owns")
    return cast(type[AgentSafetyBenchEnvironment], type(name, (AgentSafetyBenchEnvironment,), dict(tools)))
