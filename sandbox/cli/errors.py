"""The one place a user error ends a command: `error: <message>` on stderr and exit status 2, never a traceback; a
failure of what the command stands on (the database, the container engine) likewise, with exit status 3."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

# typer vendors click: its own copy's Context is what a TyperGroup is invoked with.
from typer import _click
from typer.core import TyperGroup

from sandbox.cli.output import err, labelled
from sandbox.errors import InfrastructureError, UserError


class UserErrorGroup(TyperGroup):
    """The app's command group: a UserError or an InfrastructureError raised by any command below it, or by the
    library under that command, is reported here (`sandbox eval` reports its own infrastructure faults first, with
    how to resume)."""

    def invoke(self, ctx: _click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UserError as error:
            # Soft wrap: one line however long, for scripts that read it.
            err.print(labelled("error:", "red", str(error)), soft_wrap=True)
            raise typer.Exit(2) from None
        except InfrastructureError as error:
            err.print(labelled("error:", "red", str(error)), soft_wrap=True)
            raise typer.Exit(3) from None


@contextmanager
def as_user_error(*kinds: type[Exception]) -> Iterator[None]:
    """Within the block, errors of these kinds are the user's to fix (a rejected file, a failed image build), though
    the library raises them elsewhere too: reported as a UserError."""
    try:
        yield
    except kinds as error:
        raise UserError(str(error)) from error
