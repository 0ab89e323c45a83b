"""The world a scenario runs in: our tool environments (each a typed state and the tools that act on it), the
benchmarks' environments, the `World` that hosts a scenario's environments and its checks, and `server/`, the world
server a container runs.

In-container code: it imports only `records`, `tools`, itself, the stdlib and pydantic (an import-linter contract),
so the image copies the three packages whole."""
