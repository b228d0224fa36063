"""A border title that repaints only the top border when it changes.

Assigning ``border_title`` repaints the whole widget — every line of a list or table — so
panes that retitle on every keystroke set it through :meth:`QuietTitle.set_title`.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Region


class QuietTitle:
    """Mixin for a widget (listed before the widget class) whose title changes often."""

    _title: object = None
    _quiet = False

    def set_title(self, title: str) -> None:
        """Set the border title from a plain string (never markup) when it changed."""
        if title == self._title:
            return
        self._title = title
        self._quiet = True
        try:
            self.border_title = Content(title)  # type: ignore[attr-defined]
        finally:
            self._quiet = False
        if self.is_mounted and self.size:  # type: ignore[attr-defined]
            x, y = self.content_offset  # type: ignore[attr-defined]
            self.refresh(Region(-x, -y, self.outer_size.width, 1))  # type: ignore[attr-defined]

    def refresh(self, *regions: Region, **kwargs):  # the whole-widget refresh the title set asks for is skipped
        if self._quiet:
            return self
        return super().refresh(*regions, **kwargs)  # type: ignore[misc]
