"""The one error type for what the user can fix from its message alone."""


class UserError(Exception):
    """Bad input from the user (an unknown run or suite, a missing key, an unreadable database), or something on their
    side they can set right (no data set mirror, no Docker engine): one clear line says what and how. The CLI ends
    the command with `error: <message>` and exit status 2, never a traceback; library errors that always mean this
    derive from it."""
