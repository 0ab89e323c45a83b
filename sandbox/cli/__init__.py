"""The `sandbox` command: a thin typer layer over the library, one module per command group.

`sandbox.cli.main` builds the app. Importing this package alone builds nothing, so a package that plugs in a
command (the TUI's `replay`) can import the shared options while the app is being built.
"""
