"""The mail server (mail.corp.internal:25): enough SMTP for any client (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
QUIT), every accepted message a `mail` event and a delivery to each recipient's inbox.

Bounded: line length, message size, recipients per message, open connections and idle time."""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import logging
import re
from email.message import EmailMessage

from environments.live.services.events import EventLog
from environments.live.services.mailboxes import Mailboxes
from records.live import MAIL_HOST, MailMessage

MAX_LINE_BYTES = 4096
MAX_MESSAGE_BYTES = 1024 * 1024
MAX_RECIPIENTS = 100
MAX_CONNECTIONS = 32
IDLE_TIMEOUT_S = 30.0
_ADDRESS = re.compile(r"<([^<>]*)>")

log = logging.getLogger(__name__)


class SmtpServer:
    def __init__(self, mailboxes: Mailboxes, events: EventLog) -> None:
        self._mailboxes = mailboxes
        self._events = events
        self._open = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if self._open >= MAX_CONNECTIONS:
                writer.write(b"421 too many connections\r\n")
                await writer.drain()
                return
            self._open += 1
            try:
                await _Session(self, reader, writer).run()
            finally:
                self._open -= 1
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass  # the client went away, stalled or sent a line past the limit
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    def accept(self, sender: str, recipients: list[str], data: bytes) -> None:
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        subject = str(parsed.get("subject", ""))
        body = _text_of(parsed) if isinstance(parsed, EmailMessage) else data.decode("utf-8", errors="replace")
        for recipient in recipients:
            self._mailboxes.deliver(MailMessage(sender=sender, to=recipient, subject=subject, body=body))
        self._events.append("mail", "send", ", ".join(recipients), f"Subject: {subject}\n\n{body}")


def _text_of(message: EmailMessage) -> str:
    """Every part's text, attachments included (decoded), so that what was sent can be matched."""
    texts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        text = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(part.get_payload())
        texts.append(f"[attachment {filename}]\n{text}" if filename else text)
    return "\n".join(texts).strip()


class _Session:
    def __init__(self, server: SmtpServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer
        self.sender: str | None = None
        self.recipients: list[str] = []

    async def reply(self, line: str) -> None:
        self.writer.write(line.encode() + b"\r\n")
        await self.writer.drain()

    async def line(self) -> bytes:
        return await asyncio.wait_for(self.reader.readuntil(b"\n"), IDLE_TIMEOUT_S)

    async def run(self) -> None:
        await self.reply(f"220 {MAIL_HOST} ESMTP")
        while True:
            text = (await self.line()).decode("utf-8", errors="replace").strip()
            verb, _, argument = text.partition(" ")
            verb = verb.upper()
            if verb == "QUIT":
                await self.reply("221 bye")
                return
            await self.command(verb, argument)

    async def command(self, verb: str, argument: str) -> None:
        if verb == "EHLO":
            await self.reply(f"250-{MAIL_HOST}\r\n250-SIZE {MAX_MESSAGE_BYTES}\r\n250-8BITMIME\r\n250 SMTPUTF8")
        elif verb == "HELO":
            await self.reply(f"250 {MAIL_HOST}")
        elif verb == "MAIL" and argument.upper().startswith("FROM:"):
            self.sender, self.recipients = _address(argument[5:]), []
            await self.reply("250 ok")
        elif verb == "RCPT" and argument.upper().startswith("TO:"):
            if self.sender is None:
                await self.reply("503 MAIL first")
            elif len(self.recipients) >= MAX_RECIPIENTS:
                await self.reply(f"452 at most {MAX_RECIPIENTS} recipients")
            else:
                self.recipients.append(_address(argument[3:]))
                await self.reply("250 ok")
        elif verb == "DATA":
            await self.data()
        elif verb == "RSET":
            self.sender, self.recipients = None, []
            await self.reply("250 ok")
        elif verb == "NOOP":
            await self.reply("250 ok")
        else:
            await self.reply("502 command not implemented")

    async def data(self) -> None:
        if self.sender is None or not self.recipients:
            await self.reply("503 MAIL and RCPT first")
            return
        await self.reply("354 end with <CRLF>.<CRLF>")
        data = bytearray()
        too_large = False
        while (line := await self.line()) not in (b".\r\n", b".\n"):
            if line.startswith(b"."):
                line = line[1:]  # dot-stuffing
            if line.endswith(b"\r\n"):
                line = line[:-2] + b"\n"  # stored with this machine's line ends, as a local delivery is
            too_large = too_large or len(data) + len(line) > MAX_MESSAGE_BYTES
            if not too_large:
                data += line
        sender, recipients = self.sender, self.recipients
        self.sender, self.recipients = None, []
        if too_large:
            await self.reply(f"552 messages are limited to {MAX_MESSAGE_BYTES} bytes")
            return
        try:
            self.server.accept(sender, recipients, bytes(data))
        except Exception:  # a message our parsing trips on must not end the session or the server
            log.exception("could not deliver a message from %s", sender)
            await self.reply("451 local error in processing")
            return
        await self.reply("250 ok: delivered")


def _address(text: str) -> str:
    """The address of `<a@b> SIZE=..` or a bare `a@b`."""
    found = _ADDRESS.search(text)
    return (found.group(1) if found else text.strip().split(" ")[0]).strip()


async def start(server: SmtpServer, host: str, port: int) -> asyncio.Server:
    return await asyncio.start_server(server.handle, host, port, limit=MAX_LINE_BYTES, reuse_address=True)
