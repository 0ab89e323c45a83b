"""Every key of the replay UI, screen by screen, read from the bindings themselves so the list cannot drift."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

MOUSE = (
    "Mouse: click a row to put the cursor on it and click it again to open it; click a step to look at it; "
    "click a filter to pick from it; click a key in the footer to press it; the wheel scrolls."
)


@dataclass(frozen=True)
class HelpSection:
    title: str
    bindings: Sequence[BindingType]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,f1", "app.pop_screen", "Close")]

    def __init__(self, sections: Sequence[HelpSection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as box:
            box.border_title = "Keys"
            box.border_subtitle = "escape to close"
            yield Static(MOUSE, classes="note help-section", markup=False)
            for section in self.sections:
                yield Static(self.keys_table(section), classes="help-section")
        yield Footer()

    def keys_table(self, section: HelpSection) -> Table:
        table = Table(title=section.title, title_justify="left", show_header=False, box=None)
        table.add_column("keys", style="bold", width=16)
        table.add_column("does")
        keys: dict[str, list[str]] = {}
        for binding in Binding.make_bindings(section.bindings):
            keys.setdefault(binding.description or binding.action, []).append(self.app.get_key_display(binding))
        for description, shown in keys.items():
            table.add_row(" / ".join(shown), description)
        return table
