"""The terminal replay UI (textual): browse stored runs and step through episodes.

`tui.command` plugs `sandbox replay` into the CLI through an entry point, so the core never imports the TUI; the
app itself is imported only when the command runs.
"""
