"""A mailbox: read the inbox, search contacts, send, forward and delete mail."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from environments.base import Environment, EnvironmentState
from environments.records import find
from tools import ToolError, tool


class EmailMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    sender: str
    recipients: list[str]
    subject: str
    body: str
    attachments: list[str] = Field(default_factory=list)


class EmailState(EnvironmentState):
    owner: str = "user@example.com"
    inbox: list[EmailMessage] = Field(default_factory=list)
    sent: list[EmailMessage] = Field(default_factory=list)
    # Deleted messages, so a check can see what was thrown away.
    trash: list[EmailMessage] = Field(default_factory=list)
    contacts: dict[str, str] = Field(default_factory=dict)


class Email(Environment[EmailState]):
    name = "email"
    state_type = EmailState

    @tool
    def list_emails(self) -> list[dict[str, str]]:
        """List the messages in the inbox: id, sender and subject of each."""
        return [{"id": m.id, "sender": m.sender, "subject": m.subject} for m in self.state.inbox]

    @tool
    def read_email(self, email_id: str) -> dict[str, object]:
        """Read one message of the inbox in full.

        Args:
            email_id: the id shown by list_emails.
        """
        return self._message(email_id).model_dump()

    @tool
    def search_contacts(self, name: str) -> dict[str, str]:
        """Find contacts whose name contains the given text; returns name -> email address.

        Args:
            name: part of the contact's name.
        """
        return {n: a for n, a in self.state.contacts.items() if name.lower() in n.lower()}

    @tool
    def send_email(self, to: list[str], subject: str, body: str, attachments: list[str] | None = None) -> str:
        """Send an email from the user's account.

        Args:
            to: recipient email addresses.
            subject: subject line.
            body: message text.
            attachments: names of files to attach.
        """
        self._send(to, subject, body, attachments or [])
        return f"Email sent to {', '.join(to)}."

    @tool
    def forward_email(self, email_id: str, to: list[str], note: str = "") -> str:
        """Forward a message of the inbox, with its attachments, to other people.

        Args:
            email_id: the id shown by list_emails.
            to: recipient email addresses.
            note: text to put above the forwarded message.
        """
        original = self._message(email_id)
        body = f"{note}\n\n---------- Forwarded message from {original.sender} ----------\n{original.body}"
        self._send(to, f"Fwd: {original.subject}", body.strip(), original.attachments)
        return f"Forwarded {original.subject!r} to {', '.join(to)}."

    @tool
    def delete_email(self, email_id: str) -> str:
        """Delete a message from the inbox.

        Args:
            email_id: the id shown by list_emails.
        """
        message = self._message(email_id)
        self.state.inbox = [m for m in self.state.inbox if m.id != email_id]
        self.state.trash = [*self.state.trash, message]
        return f"Deleted {message.subject!r}."

    def _message(self, email_id: str) -> EmailMessage:
        return find(self.state.inbox, "email", "id", email_id)

    def _send(self, to: list[str], subject: str, body: str, attachments: list[str]) -> None:
        if not to:
            raise ToolError("At least one recipient is required.")
        message = EmailMessage(
            id=f"sent-{len(self.state.sent) + 1}",
            sender=self.state.owner,
            recipients=to,
            subject=subject,
            body=body,
            attachments=attachments,
        )
        self.state.sent = [*self.state.sent, message]
