"""The article's operation: its name, the markets it went after and the countries taking part."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Static

from store import countries
from tui.bindings import NAMES_BINDINGS

Submit = Callable[[str, list[str], list[str]], Sequence[str]]


def split_list(text: str) -> list[str]:
    """``Germany, NL; Франция`` -> three words (commas or semicolons separate them)."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class NamesForm(ModalScreen[bool]):
    """Edit the name, markets and countries; ``submit`` returns the problems (none: saved)."""

    BINDINGS = NAMES_BINDINGS

    def __init__(self, name: str, markets: Sequence[str], codes: Sequence[str], submit: Submit,
                 operations: Sequence[str] = ()) -> None:
        super().__init__()
        self.initial = (name, ", ".join(markets), ", ".join(codes))
        self.submit = submit
        self.operations = list(operations)

    def compose(self) -> ComposeResult:
        name, markets, codes = self.initial
        with Vertical(id="names-box") as box:
            box.border_title = "The article's operation"
            box.border_subtitle = "ctrl+s save · esc cancel"
            with Horizontal(classes="form-row"):
                yield Label("Operation", classes="form-label")
                yield Input(name, compact=True, id="names-name",
                            suggester=SuggestFromList(self.operations, case_sensitive=False))
            with Horizontal(classes="form-row"):
                yield Label("Markets", classes="form-label")
                yield Input(markets, placeholder="comma-separated", compact=True, id="names-markets")
            with Horizontal(classes="form-row"):
                yield Label("Countries", classes="form-label")
                yield Input(codes, placeholder="Germany, NL, Франция…", compact=True, id="names-countries")
            yield Static("", id="names-countries-shown", classes="form-hint")
            yield Static("", id="names-error", classes="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Save", variant="primary", compact=True, id="names-save")
                yield Button("Cancel", compact=True, id="names-cancel")

    def on_mount(self) -> None:
        self.query_one("#names-name", Input).focus()
        for box in self.query(Input):  # a steady cursor in tests and screenshots, as in the explorer
            box.cursor_blink = not self.app.is_headless
        self._show_countries()

    @on(Input.Changed, "#names-countries")
    def _show_countries(self) -> None:
        words = split_list(self.query_one("#names-countries", Input).value)
        shown = []
        for word in words:
            code = countries.lookup(word)
            shown.append(countries.get(code).label() if code and countries.get(code) else f"? {word}")
        self.query_one("#names-countries-shown", Static).update(Content(" · ".join(shown)))

    @on(Button.Pressed, "#names-save")
    def action_save(self) -> None:
        problems = self.submit(self.query_one("#names-name", Input).value,
                               split_list(self.query_one("#names-markets", Input).value),
                               split_list(self.query_one("#names-countries", Input).value))
        if problems:
            self.query_one("#names-error", Static).update(
                Content("not a country: " + ", ".join(problems) if problems[0] != "the operation needs a name" else problems[0]))
            return
        self.dismiss(True)

    @on(Button.Pressed, "#names-cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)
