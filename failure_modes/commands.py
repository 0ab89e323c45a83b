"""Whether a shell command or a piece of Python an agent runs changes anything, or only looks.

An agent that runs `sed -n '1,20p' data.csv`, `grep -n "a\\|b" log` or `curl -s URL` has read; one that runs
`sed -i`, `curl -X POST`, `find . -delete` or Python that writes a file has changed something. Read as a program
name alone, each of the first kind looked like a change, and the count of changing calls is what the offline model
leans on most."""

from __future__ import annotations

import re

# Programs that only read; a command of these alone (in every part of a pipeline) changes nothing.
_READING_PROGRAMS = frozenset(
    {
        "ls", "cat", "head", "tail", "grep", "egrep", "find", "pwd", "echo", "wc", "less", "more", "stat", "file",
        "du", "df", "ps", "whoami", "id", "which", "tree", "cd", "sort", "uniq", "awk", "diff", "date", "env",
        "printenv", "uname", "hostname", "ping", "nslookup", "dig", "history", "top", "free", "lsof", "netstat",
        "md5sum", "sha256sum", "readlink", "realpath", "basename", "dirname", "cut", "jq", "column", "type", "true",
        "nl", "xxd", "od", "strings", "test", "printf", "zcat", "zgrep",
    }
)  # fmt: skip
# Programs that read unless told to write: `sed` without `-i`, a download or a query by `curl` or `wget`, and git's
# looking subcommands.
_GIT_READS = frozenset({"status", "log", "diff", "show", "blame", "ls-files", "rev-parse", "config", "remote"})
_SED_WRITES = re.compile(r"^(?:-i\S*|--in-place\S*)$")
_CURL_SENDS = re.compile(r"^(?:-d|--data\S*|-F|--form\S*|-T|--upload-file|--json|--post\S*)$")
_CURL_READING_METHODS = frozenset({"GET", "HEAD", "PROPFIND", "OPTIONS"})
_FIND_ACTS = frozenset({"-delete", "-exec", "-execdir", "-ok", "-fprint"})
_QUOTED = re.compile(r"'[^']*'|\"(?:[^\"\\]|\\.)*\"")
_SEPARATORS = re.compile(r"&&|\|\||[;|\n]")
_HARMLESS_REDIRECTS = re.compile(r"\d?>&\d|\d?>\s*/dev/null")


def unescaped(text: str) -> str:
    """A command or code as it was written, from its JSON-escaped form in a call's arguments (which may be cut off
    anywhere, so no JSON parser would take it)."""
    return _ESCAPE.sub(lambda escape: _ESCAPED.get(escape.group(1), escape.group(1)), text)


_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r"}


def command_changes(command: str) -> bool | None:
    """Whether a shell command changes anything; None where it runs nothing. Quoted text is an argument, never a
    pipe or a redirection."""
    bare = _QUOTED.sub("''", command)
    parts = [part.split() for part in _SEPARATORS.split(bare) if part.split()]
    if not parts:
        return None
    if ">" in _HARMLESS_REDIRECTS.sub("", bare):
        return True  # a redirection writes a file
    return not all(_only_reads(words) for words in parts)


def _only_reads(words: list[str]) -> bool:
    program, arguments = words[0].rsplit("/", 1)[-1], words[1:]
    if program == "find":
        return not _FIND_ACTS & set(arguments)
    if program in _READING_PROGRAMS:
        return True
    if program == "sed":
        return not any(_SED_WRITES.match(word) for word in arguments)
    if program in ("curl", "wget"):
        return _fetches(arguments)
    if program == "git":
        return bool(arguments) and arguments[0] in _GIT_READS
    return False


def _fetches(arguments: list[str]) -> bool:
    for index, word in enumerate(arguments):
        if _CURL_SENDS.match(word) or (word.startswith("--method=") and word[9:].upper() not in _CURL_READING_METHODS):
            return False
        method = word[2:] if word.startswith("-X") and len(word) > 2 else None
        if word in ("-X", "--request") and index + 1 < len(arguments):
            method = arguments[index + 1]
        if method is not None and method.strip("'\"").upper() not in _CURL_READING_METHODS:
            return False
    return True


# Python that writes, deletes, sends or runs something; anything else it does (reading, computing, printing) changes
# nothing outside the interpreter.
_PYTHON_WRITES = re.compile(
    r"open\([^)]*,\s*(?:mode\s*=\s*)?['\"][wax]|\.write(?:lines|_text|_bytes)?\(|\.to_(?:csv|excel|json|parquet|sql|"
    r"pickle|html)\(|\.save(?:fig)?\(|\bjson\.dump\(|\bpickle\.dump\(|\bos\.(?:remove|unlink|rmdir|removedirs|"
    r"rename|replace|system|popen|makedirs|mkdir|chmod|chown|kill)\b|\bshutil\.|\bsubprocess\.|\.(?:post|put|"
    r"delete|patch)\(|\.(?:unlink|rmdir|mkdir|touch|rmtree)\(|\bsmtplib\b|\.send(?:mail|_message)?\(|\.upload|"
    r"\.commit\(|\.execute\(|^\s*[!%]",
    re.MULTILINE,
)


def code_changes(code: str) -> bool:
    """Whether Python code (an IPython cell: `!` and `%` lines run the shell) changes anything."""
    return bool(_PYTHON_WRITES.search(code))
