"""The terminal replay UI (textual): browse stored runs and step through episodes.

Only `sandbox replay` imports this package, inside the command, so the core never depends on the TUI.
"""
