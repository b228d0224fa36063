"""A bordered container whose title can change on every key without repainting what it holds."""

from __future__ import annotations

from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region


class TitledBox(Vertical):
    """Assigning ``border_title`` repaints the whole widget (every line of the table inside
    it); :meth:`set_title` repaints only the top border, as ``RowList.set_title`` does."""

    _title: str | None = None
    _quiet = False

    def set_title(self, title: str) -> None:
        if title == self._title:
            return
        self._title = title
        self._quiet = True
        try:
            self.border_title = Content(title)
        finally:
            self._quiet = False
        if self.is_mounted and self.size:
            x, y = self.content_offset
            self.refresh(Region(-x, -y, self.outer_size.width, 1))

    def refresh(self, *regions: Region, **kwargs) -> TitledBox:  # type: ignore[override]
        if self._quiet:
            return self
        return super().refresh(*regions, **kwargs)
