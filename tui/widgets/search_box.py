"""The search box: typing filters every pane; Escape clears, a second Escape leaves."""

from __future__ import annotations

from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import Input

from tui.bindings import SEARCH_BINDINGS


class SearchBox(Input):
    """An Input whose Escape first clears the query, then hands focus back to the lists."""

    BINDINGS = SEARCH_BINDINGS

    # Input sets its virtual size (the width of the text) on every key, and a Widget's
    # virtual_size asks for a layout of the whole screen when it changes. The box has a fixed
    # size in the layout (app.tcss), so the text length can move nothing but its own scroll,
    # which Input keeps to the cursor itself: a repaint of the box is enough.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    class Leave(Message):
        """Escape on an empty box: focus should go back to the results."""

    def action_clear_or_leave(self) -> None:
        if self.value:
            self.value = ""  # fires Input.Changed: the panes show everything again
        else:
            self.post_message(self.Leave())
