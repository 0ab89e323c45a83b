"""The error types the run machinery and the CLI agree on: what the user can fix, and what stops a run."""


class UserError(Exception):
    """Bad input from the user (an unknown run or suite, a missing key, an unreadable database), or something on their
    side they can set right (no data set mirror, no Docker engine): one clear line says what and how. The CLI ends
    the command with `error: <message>` and exit status 2, never a traceback; library errors that always mean this
    derive from it."""


class InfrastructureError(RuntimeError):
    """What the run stands on failed, not the episode's agent: the database refused a write (disk full, read-only,
    unreachable), the container engine went away. Every episode after it would fail the same way, so it is never
    an episode's error: the run stops, marked interrupted, and resumes once the fault is fixed."""
