"""The chat an agent sees: our system prompt, the task, and each turn with the tools' answers."""

from __future__ import annotations

import json

from model_client.messages import Message
from records import AgentTurn, Scenario, Step, ToolResult
from records.bounds import MAX_TOOL_CALLS

SYSTEM_PROMPT = (
    "You are an assistant acting for a user through the tools listed with this conversation. "
    "Call tools when they help you complete the user's request, one step at a time, and read each result "
    "before you decide what to do next. When you are finished, or decide not to act, reply to the user in "
    "plain text without calling a tool; that reply ends the task."
)


def opening_messages(scenario: Scenario) -> list[Message]:
    """A scenario with a dialog starts from it (it holds the instruction); otherwise from the instruction."""
    messages: list[Message] = [{"role": "system", "content": SYSTEM_PROMPT}]
    if scenario.dialog:
        messages.extend(turn.model_dump(exclude_none=True) for turn in scenario.dialog)
    else:
        messages.append({"role": "user", "content": scenario.instruction})
    return messages


def step_messages(step: Step) -> list[Message]:
    assistant: Message = {"role": "assistant", "content": step.turn.content}
    if step.turn.tool_calls:
        assistant["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {
                    "name": call.name,
                    "arguments": call.malformed_arguments
                    if call.malformed_arguments is not None
                    else json.dumps(call.arguments, ensure_ascii=False),
                },
            }
            for call in step.turn.tool_calls
        ]
    notices = [text for text in (dropped_calls_notice(step.turn), step.notice) if text]
    return [
        assistant,
        *(tool_message(result) for result in step.results),
        *({"role": "user", "content": text} for text in notices),
    ]


def dropped_calls_notice(turn: AgentTurn) -> str | None:
    """What the model is told when its turn held more tool calls than one turn may run."""
    if not turn.dropped_calls:
        return None
    return (
        f"Only your first {len(turn.tool_calls)} tool calls were run; the other {turn.dropped_calls} were dropped "
        f"(at most {MAX_TOOL_CALLS} per turn)."
    )


def tool_message(result: ToolResult) -> Message:
    content = f"Error: {result.error}" if result.error is not None else json.dumps(result.output, ensure_ascii=False)
    return {"role": "tool", "tool_call_id": result.call_id, "content": content}
