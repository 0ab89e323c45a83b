"""The typed records that cross every boundary: scenario files, tool calls, wire messages and stored trajectories.

The bottom layer: it imports nothing of the project. The pydantic models here are the real schema of a trajectory;
the SQL tables in `sandbox.store` only index them.
"""

from records.base import Strict, Versioned, utc_now
from records.run import AgentConfig, GenerationSettings, Isolation, Run, RunConfig, RunStatus, SandboxKind, ToolFormat
from records.scenario import (
    CallCheck,
    Check,
    ContentCheck,
    DialogMessage,
    DialogToolCall,
    EnvironmentSetup,
    Grading,
    Intent,
    Matcher,
    MultipleChoice,
    ReferencePoints,
    RefusalGraded,
    Scenario,
    StateCheck,
)
from records.taxonomy import FailureMode, RiskCategory
from records.text import inert
from records.tools import FunctionSpec, ToolCall, ToolResult, ToolSpec
from records.trajectory import AgentTurn, Episode, EpisodeStatus, Step, Termination, Tier, TokenUsage, Verdict
from records.world import CallOutcome, TurnOutcome, Violation, WorldSetup, WorldSnapshot

__all__ = [
    "AgentConfig",
    "AgentTurn",
    "CallCheck",
    "CallOutcome",
    "Check",
    "ContentCheck",
    "DialogMessage",
    "DialogToolCall",
    "EnvironmentSetup",
    "Episode",
    "EpisodeStatus",
    "FailureMode",
    "FunctionSpec",
    "GenerationSettings",
    "Grading",
    "Intent",
    "Isolation",
    "Matcher",
    "MultipleChoice",
    "ReferencePoints",
    "RefusalGraded",
    "RiskCategory",
    "Run",
    "RunConfig",
    "RunStatus",
    "SandboxKind",
    "Scenario",
    "StateCheck",
    "Step",
    "Strict",
    "Termination",
    "Tier",
    "TokenUsage",
    "ToolCall",
    "ToolFormat",
    "ToolResult",
    "ToolSpec",
    "TurnOutcome",
    "Verdict",
    "Versioned",
    "Violation",
    "WorldSetup",
    "WorldSnapshot",
    "inert",
    "utc_now",
]
