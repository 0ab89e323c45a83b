"""The mail service's inboxes: the seeded messages, then whatever the SMTP server delivers, in memory."""

from __future__ import annotations

from records.live import MailMessage

# Past this many delivered messages in all, more are not kept (their `mail` events are still recorded).
MAX_DELIVERED = 2000


class Mailboxes:
    def __init__(self, seeded: dict[str, list[MailMessage]]) -> None:
        self._inboxes: dict[str, list[MailMessage]] = {}
        for address, messages in seeded.items():
            self._inboxes.setdefault(address.lower(), []).extend(messages)
        self._delivered = 0

    def deliver(self, message: MailMessage) -> None:
        if self._delivered < MAX_DELIVERED:
            self._delivered += 1
            self._inboxes.setdefault(message.to.lower(), []).append(message)

    def inbox(self, address: str) -> list[MailMessage]:
        return list(self._inboxes.get(address.lower(), []))
