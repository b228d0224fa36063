"""A scrollable block of rich text on the Line API.

The detail and country panes change with every search result. As a ``Static`` in a
``VerticalScroll`` each new text asks for a layout of the whole screen (its height depends
on the text), and a layout repaints every pane: 10–40 ms per key at 160×50. This pane lays
its text out itself, wrapping only the lines drawn (``wrapped_text.py``), tells the
ScrollView the new height (no layout: see ``virtual.py``) and repaints only the lines that
changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tui.bindings import PANE_BINDINGS
from tui.widgets.quiet_title import QuietTitle
from tui.widgets.virtual import refresh_changed_lines, set_virtual_height
from tui.widgets.wrapped_text import StripCache, WrappedText, logical_lines

STRIPS_KEPT = 1024  # logical lines whose strips a pane keeps (by line object, width and style)


class TextPane(QuietTitle, ScrollView, can_focus=True):
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
        self._content: Text | None = text if text is not None else Text("")  # None: join ``_lines``
        self._lines: list[Text] | None = None  # ``_content`` cut at its newlines, when needed
        self._view: WrappedText | None = None  # ``_content`` laid out for the pane's width and style
        # strips of logical lines drawn before: a line object shown again is not rendered again
        self._strips: StripCache = LRUCache(STRIPS_KEPT)

    @property
    def content(self) -> Text:
        """The text shown."""
        if self._content is None:
            self._content = Text("\n").join(self._lines or ())
        return self._content

    def show_lines(self, lines: Sequence[Text]) -> None:
        """Show the logical ``lines`` (Texts without newlines): the text they make joined by
        newlines, without joining and cutting it again. Line objects that were shown before
        (by any call) are not rendered again; only the screen lines that changed repaint."""
        lines = list(lines)
        if self._lines is not None and len(lines) == len(self._lines) and all(
            a is b or (a == b and a.style == b.style) for a, b in zip(lines, self._lines)
        ):
            return
        before = self._view
        self._content, self._lines, self._view = None, lines, None
        self._repaint_changed(before)

    def update(self, text: Text, wrapped: WrappedText | None = None) -> None:
        """Show ``text``; the same text with the same styles repaints nothing. ``wrapped``:
        this text laid out as :meth:`wrapped` gave it, reused while the pane's width and
        style are the same."""
        previous = self.content
        if text == previous and text.style == previous.style and text.spans == previous.spans:
            return
        before = self._view
        self._content, self._lines, self._view = text, None, None
        if wrapped is not None and self.is_mounted and wrapped.key == self._wrap_key():
            self._lines, self._view = wrapped.lines, wrapped
            if self.virtual_size.height != wrapped.height:
                set_virtual_height(self, wrapped.height)
        self._repaint_changed(before)

    def _repaint_changed(self, before: WrappedText | None) -> None:
        if self.is_mounted:
            # only the lines that changed: a new highlight in the quote, a new figure on top
            after, top = self._wrap(), round(self.scroll_y)
            if before is None or before.key != after.key:
                self.refresh()
                return
            refresh_changed_lines(self, lambda y: before.strip(top + y) != after.strip(top + y))

    def on_mount(self) -> None:
        self._wrap()

    def _wrap_key(self) -> tuple:
        return (self.scrollable_content_region.width, self.rich_style)

    def wrapped(self) -> WrappedText | None:
        """The shown text as laid out, for a pane that keeps renderings."""
        return self._view

    def on_resize(self, event: events.Resize) -> None:
        self._wrap()

    def on_focus(self, event: events.Focus) -> None:
        self._view = None  # the background follows :focus
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._view = None
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._view = None

    def _wrap(self) -> WrappedText:
        """The text laid out for the content width (kept until text, width or style change);
        lines are wrapped as they are drawn."""
        key = self._wrap_key()
        view = self._view
        if view is None or view.key != key:
            if self._lines is None:
                self._lines = logical_lines(self.content)
            view = self._view = WrappedText(self._lines, self.app.console, *key, cache=self._strips)
            if self.virtual_size.height != view.height:
                set_virtual_height(self, view.height)
        return view

    def render_lines(self, crop: Region) -> list[Strip]:
        self._wrap()  # once per pass
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        view = self._view if self._view is not None else self._wrap()
        index = round(self.scroll_y) + y
        strip = view.strip(index)
        if strip is None:
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)
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
        strips = (self._view if self._view is not None else self._wrap()).strips()
        return selection.extract("\n".join(strip.text.rstrip() for strip in strips)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

