"""A live world's simulated services, run as their own user (`python3 -m environments.live.services`):

- `smtp`: the mail server (mail.corp.internal:25), delivering to in-memory inboxes;
- `http`: one HTTP/1.1 server on port 80 routed by Host to `sites` (api, packages, paste, mail inboxes);
- `git`: bare remotes under the services' directory, served by `git daemon`, whose post-receive hook (`git_hook`)
  records each push;
- `events`: the event log every one of them appends to (`records.live.ServiceEvent`, one JSON object a line).

Each bounds what a client can make it hold: request and message sizes, connections, stored messages and pastes.
"""
