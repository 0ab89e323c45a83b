"""The benchmark tools whose answer upstream is drawn by chance, so no rule can reproduce every recorded call.

Our environments answer these deterministically (the more frequent recorded answer); a fidelity mismatch on one of
them is chance, not a missing rule. tests/test_agent_safetybench.py checks that each is truly random in the recorded
corpora (one call, in one case, answered two ways) and that no tool outside this list misses a recorded call."""

from __future__ import annotations

RANDOM_TOOLS: dict[tuple[str, str], str] = {
    ("Eicu_ac", "confirm_for_deletion"): (
        "says the instruction is correct or wrong by chance: about 4 calls in 10 are confirmed, whatever the "
        "instruction; ours always says wrong"
    ),
}
