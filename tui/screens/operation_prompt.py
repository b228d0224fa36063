"""Name an operation (merge into it, move a fact to it): type with suggestions, ⏎ to go."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from tui.bindings import PROMPT_BINDINGS

# Called with the typed name; returns an error to show, or None when done.
Act = Callable[[str], str | None]


class OperationPrompt(ModalScreen[bool]):
    BINDINGS = PROMPT_BINDINGS

    def __init__(self, question: str, names: Sequence[str], act: Act) -> None:
        super().__init__()
        self.question, self.names, self.act = question, list(names), act

    def compose(self) -> ComposeResult:
        with Vertical(id="names-box") as box:
            box.border_title = "Operation"
            box.border_subtitle = "⏎ go · esc cancel · → takes the suggestion"
            yield Static(Content(self.question), id="prompt-question")
            yield Input(placeholder="an operation's name or alias", compact=True, id="prompt-input",
                        suggester=SuggestFromList(self.names, case_sensitive=False))
            yield Static("", id="prompt-error", classes="form-error")

    def on_mount(self) -> None:
        self.query_one("#prompt-input", Input).focus()
        for box in self.query(Input):  # a steady cursor in tests and screenshots, as in the explorer
            box.cursor_blink = not self.app.is_headless

    @on(Input.Submitted, "#prompt-input")
    def action_save(self) -> None:
        name = self.query_one("#prompt-input", Input).value.strip()
        error = self.act(name) if name else "type an operation's name"
        if error:
            widget = self.query_one("#prompt-error", Static)
            widget.update(Content(error))
            widget.display = True
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
