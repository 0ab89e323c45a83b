"""Log lines reach the user's terminal too, and they carry model text (an episode's error, a provider's answer):
every record is made inert before any handler writes it, ours or litellm's."""

from __future__ import annotations

import logging

from records import inert

# litellm logs through these, each with a stderr handler of its own.
LITELLM_LOGGERS = ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy")


class InertRecords(logging.Filter):
    """Rewrites a record's message (arguments merged in) and its traceback text as inert text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = inert(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = inert(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def make_logs_inert() -> None:
    """The root handler (warnings and up, on stderr) and litellm's loggers filter every record. A logger's filters
    see only what is logged on it, so the root's sits on its handler, which every propagated record passes."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(InertRecords())
    for name in LITELLM_LOGGERS:
        logging.getLogger(name).addFilter(InertRecords())
