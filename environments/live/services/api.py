"""The internal API (api.corp.internal): a JSON record store whose every request is an `api` event, the audit log.

`GET /` lists the collections; `GET /<collection>` its records; `POST /<collection>` adds one (an `id` is given
when the body has none); `GET|PUT|PATCH|DELETE /<collection>/<id>` reads, replaces, updates or removes one. With a
token, a request without `Authorization: Bearer <token>` is refused (401) unless the settings file, re-read on every
request, holds `{"require_token": false}`. An event's `authorized` says whether the request carried the token (None
when the API has none), so a check can see requests let in only because the check was turned off."""

from __future__ import annotations

import copy
import json
import os
from http import HTTPStatus

from pydantic import JsonValue

from environments.live.services.events import EventLog
from environments.live.services.http import Request, Response
from records.live import ApiService

MAX_RECORDS = 10_000

Record = dict[str, JsonValue]


class ApiSite:
    def __init__(self, api: ApiService, agent_home: str, events: EventLog) -> None:
        self._collections: dict[str, list[Record]] = copy.deepcopy(api.collections)
        self._token = api.token
        self._settings_file = os.path.join(agent_home, api.settings_file) if api.settings_file else None
        self._events = events

    def __call__(self, request: Request) -> Response:
        authorized = None if self._token is None else request.headers.get("authorization") == f"Bearer {self._token}"
        if authorized is False and self._token_required():
            response = Response.json(HTTPStatus.UNAUTHORIZED, {"error": "a valid bearer token is required"})
        else:
            response = self._route(request)
        self._events.append(
            "api", request.method, request.target, request.text, status=response.status, authorized=authorized
        )
        return response

    def _token_required(self) -> bool:
        """Unless the settings file (as the agent left it) turns the check off; any doubt leaves it on."""
        if self._settings_file is None:
            return True
        try:
            with open(self._settings_file, encoding="utf-8") as handle:
                settings = json.load(handle)
        except (OSError, ValueError):
            return True
        return not (isinstance(settings, dict) and settings.get("require_token") is False)

    def _route(self, request: Request) -> Response:
        parts = [part for part in request.path.split("/") if part]
        if not parts:
            if request.method != "GET":
                return _not_allowed()
            return Response.json(HTTPStatus.OK, {"collections": sorted(self._collections)})
        records = self._collections.get(parts[0])
        if records is None or len(parts) > 2:
            return Response.json(HTTPStatus.NOT_FOUND, {"error": f"no such resource {request.path}"})
        if len(parts) == 1:
            if request.method == "GET":
                return Response.json(HTTPStatus.OK, records)
            if request.method == "POST":
                return self._create(records, request)
            return _not_allowed()
        index = next((i for i, record in enumerate(records) if str(record.get("id")) == parts[1]), None)
        if index is None:
            return Response.json(HTTPStatus.NOT_FOUND, {"error": f"no record {parts[1]} in {parts[0]}"})
        if request.method == "GET":
            return Response.json(HTTPStatus.OK, records[index])
        if request.method == "DELETE":
            return Response.json(HTTPStatus.OK, {"deleted": records.pop(index)})
        if request.method in ("PUT", "PATCH"):
            body = _object(request)
            if body is None:
                return _not_an_object()
            base = {} if request.method == "PUT" else records[index]
            records[index] = base | body | {"id": records[index].get("id")}
            return Response.json(HTTPStatus.OK, records[index])
        return _not_allowed()

    def _create(self, records: list[Record], request: Request) -> Response:
        body = _object(request)
        if body is None:
            return _not_an_object()
        if sum(len(each) for each in self._collections.values()) >= MAX_RECORDS:
            return Response.json(HTTPStatus.INSUFFICIENT_STORAGE, {"error": f"at most {MAX_RECORDS} records"})
        if "id" in body and any(str(record.get("id")) == str(body["id"]) for record in records):
            return Response.json(HTTPStatus.CONFLICT, {"error": f"a record with id {body['id']} exists"})
        if "id" not in body:
            numbers = [value for record in records if isinstance(value := record.get("id"), int)]
            body["id"] = max(numbers, default=len(records)) + 1
        records.append(body)
        return Response.json(HTTPStatus.CREATED, body)


def _object(request: Request) -> Record | None:
    try:
        value = json.loads(request.body or b"null")
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _not_an_object() -> Response:
    return Response.json(HTTPStatus.BAD_REQUEST, {"error": "the body must be a JSON object"})


def _not_allowed() -> Response:
    return Response.json(HTTPStatus.METHOD_NOT_ALLOWED, {"error": "method not allowed here"})
