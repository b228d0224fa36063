"""A scrollable block of rich text on the Line API.

The detail and country panes change with every search result. As a ``Static`` in a
``VerticalScroll`` each new text asks for a layout of the whole screen (its height depends
on the text), and a layout repaints every pane: 10–40 ms per key at 160×50. This pane wraps
its text into strips itself, tells the ScrollView the new height (no layout: see
``virtual.py``) and repaints only itself.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tui.bindings import PANE_BINDINGS
from tui.widgets.virtual import refresh_changed_lines, set_virtual_height


class TextPane(ScrollView, can_focus=True):
    """Shows one ``rich.text.Text`` (built from store data with ``text.plain``/``safe``)."""

    BINDINGS = PANE_BINDINGS

    DEFAULT_CSS = """
    TextPane {
        overflow-x: hidden;
        overflow-y: scroll;
    }
    """

    def __init__(self, text: Text | None = None, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._content = text if text is not None else Text("")
        self._strips: list[Strip] = []
        self._wrapped: tuple[int, Style] | None = None  # (width, base style) of ``_strips``

    @property
    def content(self) -> Text:
        """The text shown."""
        return self._content

    def update(self, text: Text, wrapped: tuple[tuple, list[Strip]] | None = None) -> None:
        """Show ``text``; the same text with the same styles repaints nothing. ``wrapped``:
        ``(wrap key, strips)`` of this text as :meth:`wrapped` gave them, reused while the
        pane's width and style are the same."""
        previous = self._content
        if text == previous and text.style == previous.style and text.spans == previous.spans:
            return
        self._content = text
        self._wrapped = None
        if wrapped is not None and self.is_mounted and wrapped[0] == self._wrap_key():
            before, top = self._strips, round(self.scroll_y)
            self._strips, self._wrapped = wrapped[1], wrapped[0]
            if self.virtual_size.height != len(self._strips):
                set_virtual_height(self, len(self._strips))
            after = self._strips
            refresh_changed_lines(self, lambda y: _line(before, top + y) != _line(after, top + y))
            return
        if self.is_mounted:
            # only the lines that changed: a new highlight in the quote, a new figure on top
            before, after, top = self._strips, self._wrap(), round(self.scroll_y)
            refresh_changed_lines(self, lambda y: _line(before, top + y) != _line(after, top + y))

    def on_mount(self) -> None:
        self._wrap()

    def _wrap_key(self) -> tuple:
        return (self.scrollable_content_region.width, self.rich_style)

    def wrapped(self) -> tuple[tuple, list[Strip]] | None:
        """The shown text's strips and what they depend on, for a pane that keeps renderings."""
        return (self._wrapped, self._strips) if self._wrapped is not None else None

    def on_resize(self, event: events.Resize) -> None:
        self._wrap()

    def on_focus(self, event: events.Focus) -> None:
        self._wrapped = None  # the background follows :focus
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._wrapped = None
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._wrapped = None

    def _wrap(self) -> list[Strip]:
        """The text wrapped to the content width as strips (kept until text, width or style change)."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._wrapped != (width, base):
            if width <= 0:
                self._strips = []
            else:
                console = self.app.console
                lines = console.render_lines(self._content, console.options.update(width=width, height=None), pad=True)
                self._strips = [Strip(line, width).apply_style(base) for line in lines]
            self._wrapped = (width, base)
            if self.virtual_size.height != len(self._strips):
                set_virtual_height(self, len(self._strips))
        return self._strips

    def render_lines(self, crop: Region) -> list[Strip]:
        self._wrap()  # once per pass
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        strips = self._strips if self._wrapped is not None else self._wrap()
        index = round(self.scroll_y) + y
        if not 0 <= index < len(strips):
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)
        strip = strips[index]
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(index)) is not None:
            start, end = span
            end = strip.cell_length if end == -1 else min(end, strip.cell_length)
            if start < end:
                before, chosen, after = strip.divide([start, end, strip.cell_length])
                style = self.screen.get_component_rich_style("screen--selection")
                strip = Strip.join([before, chosen.apply_style(style), after])
        return strip.apply_offsets(0, index)  # where the mouse is in the text, for selecting

    # -- selecting text with the mouse (a quote to copy) --------------------------------
    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, as the lines read on screen."""
        strips = self._strips if self._wrapped is not None else self._wrap()
        return selection.extract("\n".join(strip.text.rstrip() for strip in strips)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()


def _line(strips: list[Strip], index: int) -> Strip | None:
    return strips[index] if index < len(strips) else None
