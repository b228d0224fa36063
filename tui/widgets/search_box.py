"""The search box: typing filters every pane; Escape clears, a second Escape leaves."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from tui.bindings import SEARCH_BINDINGS


class SearchBox(Input):
    """An Input whose Escape first clears the query, then hands focus back to the lists."""

    BINDINGS = SEARCH_BINDINGS

    class Leave(Message):
        """Escape on an empty box: focus should go back to the results."""

    def action_clear_or_leave(self) -> None:
        if self.value:
            self.value = ""  # fires Input.Changed: the panes show everything again
        else:
            self.post_message(self.Leave())
