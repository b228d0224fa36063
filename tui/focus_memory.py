"""Which pane had focus before the terminal got too small, so it gets it back afterwards.

Below the minimum size the explorer hides every pane, and Textual blurs a hidden widget, so
nothing would have focus when the terminal grows again (``j``/``k`` dead, no "⏎ Open" in the
footer). The screen tells this keeper about each focus change while its panes are shown and
about each change of size; coming back from "too small" it focuses the last pane again.
"""

from __future__ import annotations

from textual.widget import Widget


class FocusMemory:
    """The last widget focused while the panes were shown."""

    def __init__(self, fallback: Widget | None = None) -> None:
        self.last: Widget | None = None
        self.fallback = fallback
        self.small = False

    def focused(self, widget: Widget) -> None:
        """A widget of the screen got focus; ignored while hidden (Textual hands focus
        around as it blurs the hidden panes)."""
        if not self.small:
            self.last = widget

    def resized(self, small: bool) -> bool:
        """The screen is now ``small`` (or not): True when focus has to be given back."""
        back = self.small and not small
        self.small = small
        return back

    def target(self) -> Widget | None:
        """What to focus after coming back: the last pane if it is still there."""
        widget = self.last
        if widget is not None and widget.is_attached and widget.focusable:
            return widget
        return self.fallback
