"""Line-API widgets: how tall their content is (without a layout of the whole screen), and
which of their lines to repaint."""

from __future__ import annotations

from collections.abc import Callable
from math import ceil

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar

from tui.textual_internals import update_scroll


def set_virtual_height(view: ScrollView, height: int) -> None:
    """Give ``view`` a content of ``height`` lines.

    Assigning ``virtual_size`` asks for a layout of the whole screen (tens of ms at 160×50),
    which is needed only when the vertical scrollbar appears or goes, since that changes
    the width of the content. The explorer's panes always show theirs (``overflow-y:
    scroll``; columns and wrapped text also stay put as the content changes), so for them a
    new height only updates the scrollbar and clamps the scroll offset — and the scrollbar
    is not even repainted when its thumb would look the same (a list of 15,000 rows or of
    14,000, a list that fits either way: most keys typed in the search box)."""
    size = Size(0, height)
    styles = view.styles
    if not view.is_mounted or not view.container_size or (styles.overflow_x, styles.overflow_y) != ("hidden", "scroll"):
        view.virtual_size = size
        return
    bar = view.vertical_scrollbar
    window = view.container_size.height - view.scrollbar_size_horizontal
    same_look = (
        bar.window_size == window
        and _thumb(bar.size.height, bar.window_virtual_size, window, bar.position)
        == _thumb(bar.size.height, height, window, bar.position)
        and round(view.scroll_y) <= max(0, height - window)
    )
    view.set_reactive(ScrollView.virtual_size, size)
    if same_look:
        bar.set_reactive(ScrollBar.window_virtual_size, height)
    else:
        update_scroll(view, size)  # what a layout would do for this widget: scrollbar and clamp


def refresh_changed_lines(view: ScrollView, changed: Callable[[int], bool]) -> None:
    """Refresh the runs of visible lines ``y`` for which ``changed(y)``: Textual re-styles every
    line of a refreshed region (border, padding, background), so only what changed is redrawn."""
    height = view.scrollable_content_region.height
    top = round(view.scroll_y)
    start = None
    for y in range(height + 1):
        differs = y < height and changed(y)
        if differs and start is None:
            start = y
        elif not differs and start is not None:
            view.refresh_lines(top + start, y - start)
            start = None


def _thumb(size: int, virtual: int, window: int, position: float) -> tuple[int, int] | None:
    """The scrollbar's thumb in eighths of a cell, as ``ScrollBarRender.render_bar`` draws it."""
    window = window if window < virtual else 0
    if not (window and size and virtual and size != virtual):
        return None
    thumb = max(1, window / (virtual / size))
    at = (size - thumb) * (position / (virtual - window))
    start = int(at * 8)
    return start, start + ceil(thumb * 8)
