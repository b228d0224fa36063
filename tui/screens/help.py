"""The help screen: every key, generated from ``tui.bindings`` so it cannot drift."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.bindings import HELP_SECTIONS


def help_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold #e5c07b", no_wrap=True)
    table.add_column()
    for n, (section, rows) in enumerate(HELP_SECTIONS):
        if n:
            table.add_row("", "")
        table.add_row(Text(section, style="bold underline"), "")
        for keys, what in rows:
            table.add_row(Text(keys), Text(what))
    return table


class HelpScreen(ModalScreen[None]):
    """Keys of the explorer; Escape, ``?`` or ``q`` closes it."""

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close", key_display="esc"),
        Binding("j,down", "scroll('down')", "Down", id="help.down", show=False),
        Binding("k,up", "scroll('up')", "Up", id="help.up", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc closes"
            yield Static(help_table(), id="help-body")
            yield Static(
                Text(
                    "Every figure shows the sentence it was read from. ! in the fact list marks a "
                    "figure another source contradicts, = one another source confirms.",
                    style="italic #7f8c98",
                ),
                id="help-note",
            )

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_down(animate=False) if direction == "down" else box.scroll_up(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
