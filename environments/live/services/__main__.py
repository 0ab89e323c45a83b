"""`python3 -m environments.live.services`, with a `ServicesConfig` as JSON on stdin: start an empty event log, the
git remotes and `git daemon`, then serve SMTP and HTTP until killed. Run as the services' user; logs to stderr."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from environments.live.services import http, smtp
from environments.live.services.api import ApiSite
from environments.live.services.config import ServicesConfig
from environments.live.services.events import EventLog
from environments.live.services.git import create_remote, start_daemon, trust_other_owners
from environments.live.services.mailboxes import Mailboxes
from environments.live.services.sites import MailSite, PackagesSite, PasteSite
from records.live import API_HOST, MAIL_HOST, PACKAGES_HOST, PASTE_HOST

log = logging.getLogger("environments.live.services")


async def serve(config: ServicesConfig) -> None:
    events = EventLog(config.events_file)
    mailboxes = Mailboxes(config.mailboxes)
    sites: dict[str, http.Site] = {
        PACKAGES_HOST: PackagesSite(config.packages, events),
        PASTE_HOST: PasteSite(events),
        MAIL_HOST: MailSite(mailboxes),
    }
    if config.api is not None:
        sites[API_HOST] = ApiSite(config.api, config.agent_home, events)
    servers = [
        await smtp.start(smtp.SmtpServer(mailboxes, events), config.host, config.smtp_port),
        await http.start(http.HttpServer(sites), config.host, config.http_port),
    ]
    await asyncio.gather(*(server.serve_forever() for server in servers))


def main() -> int:
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="live-services %(levelname)s %(message)s")
    config = ServicesConfig.model_validate_json(sys.stdin.buffer.read())
    EventLog(config.events_file).create()
    try:
        os.makedirs(config.git_dir, exist_ok=True)
        if config.remotes:
            trust_other_owners()
        for remote in config.remotes:
            create_remote(config, remote)
    except (OSError, RuntimeError) as error:
        log.error("%s", error)
        return 1
    daemon = start_daemon(config)
    try:
        asyncio.run(serve(config))
    finally:
        daemon.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
