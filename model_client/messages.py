"""A chat message as the OpenAI chat API shapes it (role, content, tool calls): what the client sends."""

from typing import Any

Message = dict[str, Any]
