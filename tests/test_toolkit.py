"""Typed methods become tools whose schema and validation come from the signature."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import Field

from environments.base import Environment, EnvironmentState
from environments.world import World, WorldSetupError
from records import EnvironmentSetup, ToolCall, WorldSetup
from tools import ToolError, invoke, spec_for, tool


class NotesState(EnvironmentState):
    notes: dict[str, str] = Field(default_factory=dict)


class Notes(Environment[NotesState]):
    name = "notes"
    state_type = NotesState

    @tool
    def add_note(self, title: str, text: str, color: Literal["red", "blue"] = "red", pinned: bool = False) -> str:
        """Add a note.

        Args:
            title: what the note is called.
            text: the note itself,
                which may run over two lines.
        """
        self.state.notes = {**self.state.notes, title: text}
        return f"added {title} ({color}, pinned={pinned})"

    def helper(self) -> None:
        """Not a tool: not decorated."""


def test_schema_comes_from_the_signature_and_docstring() -> None:
    spec = spec_for(Notes({}).tools()["add_note"])
    assert spec.name == "add_note"
    assert spec.function.description == "Add a note."
    parameters = spec.function.parameters
    assert parameters["required"] == ["title", "text"]
    assert set(parameters["properties"]) == {"title", "text", "color", "pinned"}  # a property named title survives
    assert parameters["properties"]["title"] == {"type": "string", "description": "what the note is called."}
    assert parameters["properties"]["text"]["description"] == "the note itself, which may run over two lines."
    assert parameters["properties"]["color"]["enum"] == ["red", "blue"]
    assert parameters["additionalProperties"] is False


def test_only_decorated_methods_are_tools() -> None:
    assert list(Notes({}).tools()) == ["add_note"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"title": "a"}, "text: Missing required argument"),
        ({"title": "a", "text": "b", "color": "green"}, "color: Input should be 'red' or 'blue'"),
        ({"title": "a", "text": "b", "extra": 1}, "extra: Unexpected keyword argument"),
        ({"title": ["a"], "text": "b"}, "title: Input should be a valid string"),
    ],
)
def test_bad_arguments_become_readable_errors(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(ToolError, match=message):
        invoke(Notes({}).tools()["add_note"], arguments)  # type: ignore[arg-type]


def test_world_reports_unknown_environment_and_tool() -> None:
    with pytest.raises(WorldSetupError, match="unknown environment 'nowhere'"):
        World(WorldSetup(environments=[EnvironmentSetup(name="nowhere")]))
    with pytest.raises(WorldSetupError, match="has no tool"):
        World(WorldSetup(environments=[EnvironmentSetup(name="email", tools=["launch_rocket"])]))
    with pytest.raises(WorldSetupError, match="invalid initial state for email"):
        World(WorldSetup(environments=[EnvironmentSetup(name="email", state={"inbox": "not a list"})]))


def test_world_answers_bad_calls_with_errors() -> None:
    world = World(WorldSetup(environments=[EnvironmentSetup(name="email", tools=["send_email"])]))
    assert [spec.name for spec in world.tool_specs()] == ["send_email"]
    unknown = world.call(ToolCall(id="1", name="list_emails"))
    assert unknown.result.error == "Unknown tool 'list_emails'. Available tools: send_email."
    malformed = world.call(ToolCall(id="2", name="send_email", malformed_arguments="{to: nobody"))
    assert malformed.result.error is not None
    assert "not a JSON object" in malformed.result.error
    assert world.state()["email"]["sent"] == []
