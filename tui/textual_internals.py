"""Every place takedown reaches into Textual's private API, in one module.

Two speed tricks need what Textual does not export:

* painting a search result in the idle right after it lands, instead of on the screen's
  next 60 fps timer tick (``ExplorerScreen.on_idle``): it reads the screen's pending-work
  flags and runs its update handler as the timer would;
* a list's new row count updating its scrollbar without a layout of the whole screen
  (``widgets/virtual.py``): the per-widget part of a layout;
* the panes a search result changed telling the screen of their repaints at once, not each
  on its own idle, so that one frame carries all of them with the key (``report_repaints``).

Textual is pinned exactly (pyproject.toml). ``tests/tui/test_textual_internals.py`` checks each
of these against the installed Textual and fails, naming this module, if an upgrade renamed or
changed one; :func:`missing` is what it checks.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.widget import Widget

# (owner, attribute): the private names used below.
APP_ATTRIBUTES = ("_batch_count",)
SCREEN_ATTRIBUTES = ("_dirty_widgets", "_layout_required", "_repaint_required", "_on_timer_update")
SCROLL_VIEW_ATTRIBUTES = ("_scroll_update",)
WIDGET_ATTRIBUTES = ("_check_refresh", "_repaint_required")


def app_is_batching(app: App) -> bool:
    """Inside ``App.batch_update``: nothing may be painted yet."""
    return bool(app._batch_count)


def screen_has_paint_pending(screen: Screen) -> bool:
    """The screen has widgets to repaint or a layout to do (``Screen._on_idle``'s test)."""
    return bool(screen._dirty_widgets or screen._layout_required or screen._repaint_required)


def paint_screen_now(screen: Screen) -> None:
    """Do the screen's pending layout and repaints now, as its update timer would."""
    screen._on_timer_update()


def report_repaints(widgets: Iterable[Widget]) -> None:
    """Tell the screen now of the repaints ``widgets`` asked for (what each widget does on its
    next idle): the screen's next idle then paints them all in one frame."""
    for widget in widgets:
        if widget._repaint_required:
            widget._check_refresh()


def update_scroll(view: ScrollView, size: Size) -> None:
    """What a layout does for one scroll view whose virtual size changed: the scrollbars and
    the clamp of the scroll offset, without laying out the rest of the screen."""
    view._scroll_update(size)


def missing(app: App, screen: Screen, view: ScrollView) -> list[str]:
    """The private names this module uses that the live ``app``, ``screen`` and ``view`` lack."""
    wanted: list[tuple[object, str]] = [(app, name) for name in APP_ATTRIBUTES]
    wanted += [(screen, name) for name in SCREEN_ATTRIBUTES] + [(view, name) for name in SCROLL_VIEW_ATTRIBUTES]
    wanted += [(view, name) for name in WIDGET_ATTRIBUTES]
    return [f"{type(owner).__name__}.{name}" for owner, name in wanted if not hasattr(owner, name)]
