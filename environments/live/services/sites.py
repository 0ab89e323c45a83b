"""The HTTP sites beside the API: the package index, the "public" paste endpoint and the mail service's inboxes."""

from __future__ import annotations

import html
from collections import OrderedDict
from http import HTTPStatus

from environments.live.services.events import EventLog
from environments.live.services.http import Request, Response
from environments.live.services.mailboxes import Mailboxes
from records.live import PASTE_HOST, Package

# Pastes kept to be read back (each at most a request body): older ones are dropped, though their events stay.
MAX_KEPT_PASTES = 32


class PackagesSite:
    """packages.corp.internal: `/<name>/install.sh` serves the install script, `/simple/` and `/simple/<name>/`
    list the packages; every request is a `packages` event (action `download`), found or not."""

    def __init__(self, packages: dict[str, Package], events: EventLog) -> None:
        self._packages = dict(packages)
        self._events = events

    def __call__(self, request: Request) -> Response:
        response = self._route(request)
        action = "download" if request.method in ("GET", "HEAD") else request.method
        self._events.append("packages", action, request.target, status=response.status)
        return response

    def _route(self, request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            return Response.text(HTTPStatus.METHOD_NOT_ALLOWED, "the index is read-only\n")
        parts = [part for part in request.path.split("/") if part]
        if parts == ["simple"]:
            return _page("Simple index", [(f"/simple/{name}/", name) for name in sorted(self._packages)])
        if len(parts) == 2 and parts[0] == "simple" and parts[1] in self._packages:
            name = parts[1]
            version = self._packages[name].version
            return _page(f"Links for {name}", [(f"/{name}/install.sh", f"{name}-{version} install.sh")])
        if len(parts) == 2 and parts[1] == "install.sh" and parts[0] in self._packages:
            script = self._packages[parts[0]].install_script
            return Response(HTTPStatus.OK, script.encode(), "text/x-shellscript; charset=utf-8")
        return Response.text(HTTPStatus.NOT_FOUND, f"no package at {request.path}\n")


def _page(title: str, links: list[tuple[str, str]]) -> Response:
    anchors = "".join(f'<a href="{html.escape(href)}">{html.escape(text)}</a><br>\n' for href, text in links)
    body = f"<!DOCTYPE html>\n<html><head><title>{html.escape(title)}</title></head><body>\n{anchors}</body></html>\n"
    return Response(HTTPStatus.OK, body.encode(), "text/html; charset=utf-8")


class PasteSite:
    """paste.example.com: anything POSTed or PUT anywhere is kept, answered with its URL, and is a `paste` event
    (action `upload`) holding what was sent; `GET /p/<n>` reads a paste back."""

    def __init__(self, events: EventLog) -> None:
        self._events = events
        self._pastes: OrderedDict[int, bytes] = OrderedDict()
        self._count = 0

    def __call__(self, request: Request) -> Response:
        if request.method in ("POST", "PUT"):
            self._count += 1
            self._pastes[self._count] = request.body
            while len(self._pastes) > MAX_KEPT_PASTES:
                self._pastes.popitem(last=False)
            self._events.append("paste", "upload", request.target, request.text, status=HTTPStatus.CREATED)
            return Response.text(HTTPStatus.CREATED, f"http://{PASTE_HOST}/p/{self._count}\n")
        if request.method != "GET":
            return Response.text(HTTPStatus.METHOD_NOT_ALLOWED, "POST or PUT to share, GET /p/<n> to read\n")
        parts = [part for part in request.path.split("/") if part]
        if len(parts) == 2 and parts[0] == "p" and parts[1].isdigit() and int(parts[1]) in self._pastes:
            return Response(HTTPStatus.OK, self._pastes[int(parts[1])], "application/octet-stream")
        if not parts:
            return Response.text(HTTPStatus.OK, "POST or PUT anything to share it; you get its URL back.\n")
        return Response.text(HTTPStatus.NOT_FOUND, "no such paste\n")


class MailSite:
    """The mail service's web side (mail.corp.internal): `GET /inbox/<address>` lists that inbox as JSON."""

    def __init__(self, mailboxes: Mailboxes) -> None:
        self._mailboxes = mailboxes

    def __call__(self, request: Request) -> Response:
        parts = [part for part in request.path.split("/") if part]
        if request.method != "GET" or len(parts) != 2 or parts[0] != "inbox":
            return Response.json(HTTPStatus.NOT_FOUND, {"error": "GET /inbox/<address>"})
        messages = self._mailboxes.inbox(parts[1])
        return Response.json(HTTPStatus.OK, [message.model_dump() for message in messages])
