"""How asking an agent can fail; kept apart from the litellm adapter so the episode loop imports no litellm."""


class AgentError(RuntimeError):
    """The model could not be asked this time (refused request, retries exhausted): this episode fails."""


class FatalAgentError(AgentError):
    """Going on is pointless (credentials refused, quota spent): the run stops, resumable once it is fixed."""
