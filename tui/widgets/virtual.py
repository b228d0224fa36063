"""Telling a Line-API widget how tall its content is, without a layout of the whole screen."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


def set_virtual_height(view: ScrollView, height: int, width: int = 0) -> None:
    """Give ``view`` a content of ``height`` lines.

    Assigning ``virtual_size`` asks for a layout of the whole screen (tens of ms at 160×50),
    which is needed only when the vertical scrollbar appears or goes, since that changes
    the width of the content. The explorer's panes always show theirs (``overflow-y:
    scroll``; columns and wrapped text also stay put as the content changes), so for them a
    new height only updates the scrollbar and clamps the scroll offset."""
    size = Size(width, height)
    styles = view.styles
    if not view.is_mounted or not view.container_size or (styles.overflow_x, styles.overflow_y) != ("hidden", "scroll"):
        view.virtual_size = size
        return
    view.set_reactive(ScrollView.virtual_size, size)
    view._scroll_update(size)  # what a layout would do for this widget: scrollbar and clamp
