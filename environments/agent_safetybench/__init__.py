"""Agent-SafetyBench's environments, written by us to answer every call exactly as the benchmark's do.

The tool schemas the agent sees are the benchmark's published ones, read from the user's data directory; the
behaviour behind them is ours, checked call for call against recorded outputs (`sandbox fidelity`)."""
