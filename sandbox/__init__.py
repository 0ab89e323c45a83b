"""Running evaluations: agents, runtimes, the store, a run's episodes and its results, with the CLI (`sandbox.cli`) on
top. The layers inside are an import-linter contract (`.importlinter`, "run-machinery")."""
