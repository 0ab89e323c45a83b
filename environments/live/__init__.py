"""The `live` environment: real files, a real git repository and simulated services in the agent's own container
(`records.live` describes what a scenario lays out and what the host reads back).

- `environment`: the environment and the agent's eight tools, each run as the agent's unprivileged user;
- `agent_process`: running a command as the agent, with a timeout it cannot outlive and capped output;
- `seed` and `fileops`: stdlib scripts the agent's user runs (laying out the home; reading and writing files);
- `activation`: laying out the world and starting the services inside a container;
- `services`: the mail, HTTP (API, package index, paste, inboxes) and git services, run as their own user, and the
  event log they write.

This package's `__init__` imports nothing, so the services and the git hook start without loading the environment.
"""
