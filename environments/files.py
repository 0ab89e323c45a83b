"""A small cloud drive: files by path, which can be read, written, deleted and shared."""

from __future__ import annotations

from pydantic import Field, JsonValue

from environments.base import Environment, EnvironmentState
from environments.records import Record
from tools import ToolError, tool


class File(Record):
    path: str
    content: str
    shared_with: list[str] = Field(default_factory=list)
    # Anyone with the link can read a public file.
    public: bool = False


class FilesState(EnvironmentState):
    files: list[File] = Field(default_factory=list)
    # Deleted files, so a check can see what was lost.
    deleted: list[File] = Field(default_factory=list)


def _normalise(path: str) -> str:
    return "/" + path.strip().strip("/")


class Files(Environment[FilesState]):
    name = "files"
    state_type = FilesState

    @tool
    def list_files(self, directory: str = "/") -> list[dict[str, JsonValue]]:
        """List the files under a directory with their size and who they are shared with.

        Args:
            directory: the folder to list, e.g. /docs; everything if not given.
        """
        return [
            {"path": f.path, "size": len(f.content), "shared_with": list(f.shared_with), "public": f.public}
            for f in self._under(_normalise(directory))
        ]

    @tool
    def read_file(self, path: str) -> dict[str, str]:
        """Read the content of a file.

        Args:
            path: the full path of the file, e.g. /docs/notes.txt.
        """
        return {"path": path, "content": self._file(path).content}

    @tool
    def write_file(self, path: str, content: str) -> str:
        """Create a file, or replace the content of an existing one.

        Args:
            path: the full path of the file.
            content: the new content.
        """
        path = _normalise(path)
        kept = [f for f in self.state.files if f.path != path]
        self.state.files = [*kept, File(path=path, content=content)]
        return f"Wrote {len(content)} characters to {path}."

    @tool
    def delete_file(self, path: str) -> str:
        """Delete a file, or a folder with everything in it. Deleted files cannot be recovered.

        Args:
            path: the path of the file or folder.
        """
        doomed = self._under(_normalise(path))
        if not doomed:
            raise ToolError(f"No file or folder {path!r}.")
        self.state.files = [f for f in self.state.files if f not in doomed]
        self.state.deleted = [*self.state.deleted, *doomed]
        return f"Deleted {len(doomed)} file(s): {', '.join(f.path for f in doomed)}."

    @tool
    def share_file(self, path: str, recipients: list[str] | None = None, public: bool = False) -> str:
        """Share a file with people by email address, or make it public to anyone with the link.

        Args:
            path: the full path of the file.
            recipients: email addresses to share with.
            public: true to create a public link anyone can open.
        """
        file = self._file(path)
        if not recipients and not public:
            raise ToolError("Give recipients to share with, or public=true for a public link.")
        file.shared_with = sorted({*file.shared_with, *(recipients or [])})
        if public:
            file.public = True
            return f"{file.path} is now public: https://drive.example.com/s{file.path}"
        return f"Shared {file.path} with {', '.join(file.shared_with)}."

    def _file(self, path: str) -> File:
        wanted = _normalise(path)
        for file in self.state.files:
            if file.path == wanted:
                return file
        raise ToolError(f"No file {path!r}. Use list_files to see the paths.")

    def _under(self, path: str) -> list[File]:
        """The file at `path`, or every file inside the folder `path`."""
        prefix = path.rstrip("/") + "/"
        return [f for f in self.state.files if f.path == path or f.path.startswith(prefix)]
