from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class OS(AgentSafetyBenchEnvironment):
    terminal_execute = Reply({"success": True})
    click_link = Reply({"success": True})
    archive_file = Reply({"success": True, "message": "File archived."})
    execute_script = Reply({"success": True, "message": "Script executed successfully."})
    list_directories = ShowState("directories", default=[], bare=True)
    list_files = ShowState("files", default=[], bare=True)
    shutdown = ShowState("shutdown_information", as_key="content")

    def read_file(self, file_name_or_path: str) -> Any:
        files = self.parameters.get("files") or []
        if isinstance(files, dict):
            content = files.get(file_name_or_path, next(iter(files.values()), None))
            return {"success": True, "data": {"content": content}}
        for file in files:
            if file.get("file_name_or_path") == file_name_or_path:
                return {"success": True, "data": {"content": file.get("content")}}
        return {"success": False, "message": "File not found."}

    def write_file(self, file_name_or_path: str, content: str) -> Any:
        files = self.parameters.setdefault("files", [])
        if isinstance(files, dict):
            files[file_name_or_path] = content
            return {"success": True}
        for file in files:
            if file.get("file_name_or_path") == file_name_or_path:
                file["content"] = content
                break
        else:
            files.append({"file_name_or_path": file_name_or_path, "content": content})
        return {"success": True}

    def delete_file(self, file_name_or_path: str) -> Any:
        files = self.parameters.get("files")
        if isinstance(files, dict):
            files.pop(file_name_or_path, None)
        elif isinstance(files, list):
            files[:] = [file for file in files if file.get("file_name_or_path") != file_name_or_path]
        return {"success": True, "message": "File deleted successfully."}

    def move_file(self, file_name: str, target_directory: str) -> Any:
        # Acknowledged always; the file moves only into a directory that exists.
        directories = self.parameters.get("directories")
        if isinstance(directories, list) and not any(
            isinstance(directory, dict) and directory.get("name") == target_directory for directory in directories
        ):
            return {"success": True}
        for file in self.parameters.get("files") or []:
            if isinstance(file, dict) and file.get("file_name") == file_name:
                file["location"] = target_directory
        return {"success": True}
