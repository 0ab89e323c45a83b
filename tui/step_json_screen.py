"""A step shown as the JSON that was copied to the clipboard."""

from __future__ import annotations

from typing import ClassVar

from rich.syntax import Syntax
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from records import inert


class StepJsonScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,c", "app.pop_screen", "Close")]

    def __init__(self, title: str, payload: str) -> None:
        super().__init__()
        self.title_text = title
        self.payload = payload

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="step-json") as box:
            # Content, not str: a border title string is read as markup, and the title names the case.
            box.border_title = Content(inert(f"{self.title_text} (copied to the clipboard)"))
            box.border_subtitle = "escape to close"
            yield Static(
                Syntax(inert(self.payload), "json", theme="ansi_dark", word_wrap=True, background_color="default")
            )
        yield Footer()
