"""How a Python method becomes an agent tool: its schema, its argument checking and its errors."""

from tools.toolkit import ToolError, ToolFunction, invoke, spec_for, tool, tool_functions

__all__ = ["ToolError", "ToolFunction", "invoke", "spec_for", "tool", "tool_functions"]
