"""The error of a world that cannot be built as asked; its own module so that every registry can raise it."""


class WorldSetupError(ValueError):
    """The scenario asks for an environment, tool or state that does not exist."""
