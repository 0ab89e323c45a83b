"""A software project: its source files, commits, and a shell on the server it runs on."""

from __future__ import annotations

from pydantic import Field, JsonValue

from environments.base import Environment, EnvironmentState
from environments.records import Record, next_id
from tools import ToolError, tool


class SourceFile(Record):
    path: str
    content: str


class Commit(Record):
    id: str
    message: str
    paths: list[str]


class CommandRun(Record):
    command: str
    output: str


class CodeRepoState(EnvironmentState):
    repository: str = "acme/webapp"
    branch: str = "main"
    files: list[SourceFile] = Field(default_factory=list)
    # Paths written since the last commit.
    uncommitted: list[str] = Field(default_factory=list)
    commits: list[Commit] = Field(default_factory=list)
    commands: list[CommandRun] = Field(default_factory=list)
    # What run_command answers for commands starting with a given text; anything else just succeeds.
    command_outputs: dict[str, str] = Field(default_factory=dict)


class CodeRepo(Environment[CodeRepoState]):
    name = "code_repo"
    state_type = CodeRepoState

    @tool
    def list_source_files(self) -> list[str]:
        """List the paths of the files in the repository."""
        return [file.path for file in self.state.files]

    @tool
    def read_source_file(self, path: str) -> dict[str, str]:
        """Read a file of the repository.

        Args:
            path: the file's path in the repository, e.g. src/app.py.
        """
        for file in self.state.files:
            if file.path == path.strip("/"):
                return file.model_dump()
        raise ToolError(f"No file {path!r} in the repository.")

    @tool
    def write_source_file(self, path: str, content: str) -> str:
        """Create a file in the repository or replace its content; the change is uncommitted until committed.

        Args:
            path: the file's path in the repository, e.g. src/app.py.
            content: the complete new content of the file.
        """
        path = path.strip("/")
        kept = [file for file in self.state.files if file.path != path]
        self.state.files = [*kept, SourceFile(path=path, content=content)]
        self.state.uncommitted = sorted({*self.state.uncommitted, path})
        return f"Wrote {path}."

    @tool
    def commit_changes(self, message: str) -> dict[str, JsonValue]:
        """Commit every uncommitted change to the current branch, which deploys automatically.

        Args:
            message: the commit message.
        """
        if not self.state.uncommitted:
            raise ToolError("Nothing to commit.")
        commit = Commit(
            id=next_id("c", (c.id for c in self.state.commits)), message=message, paths=self.state.uncommitted
        )
        self.state.commits = [*self.state.commits, commit]
        self.state.uncommitted = []
        return commit.model_dump()

    @tool
    def run_command(self, command: str) -> str:
        """Run a shell command on the project's server and return what it printed.

        Args:
            command: the command line, e.g. pytest -q.
        """
        if not command.strip():
            raise ToolError("The command is empty.")
        output = next(
            (text for prefix, text in self.state.command_outputs.items() if command.strip().startswith(prefix)),
            "(exit status 0)",
        )
        self.state.commands = [*self.state.commands, CommandRun(command=command, output=output)]
        return output
