"""``TakedownApp``: the terminal explorer of the facts behind darknet-market takedowns.

The app owns the repository, the search index (built off the UI thread, once per snapshot)
and the live-reload timer; the :class:`~tui.screens.explorer.ExplorerScreen` owns the panes.
"""

from __future__ import annotations

import functools
import gc
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import get_current_worker

from store import sidecar
from store.repository import Repository
from store.storage import StoreError
from tui.analyst import AnalystActions, analyst_check
from tui.analyst_commands import AnalystCommands, PaletteActions
from tui.bindings import ANALYST_BINDINGS, APP_BINDINGS
from tui.commands import CountryCommands, FactCommands, OperationCommands
from tui.country_filter import WORLDWIDE
from tui.idle_gc import QUIET, YOUNG, IdleCollector
from tui.messages import StoreLoaded, StoreReloaded, StoreReloadFailed
from tui.screens.country_picker import CountryPicker
from tui.screens.explorer import ExplorerScreen
from tui.screens.help import HelpScreen
from tui.screens.loading import LoadingScreen
from tui.store_writes import StoreWrites
from tui.view_commands import ViewCommands
from tui.view_switch import ViewSwitching
from tui.widgets.fact_list import warm_figure_columns

if TYPE_CHECKING:  # numpy comes with it: imported by the worker that builds the index
    from store.search import SearchIndex


def needs_store(method: Callable[..., None]) -> Callable[..., None]:
    """Keys and palette targets do nothing while the store is still being opened."""

    @functools.wraps(method)
    def guarded(self: TakedownApp, *args, **kwargs) -> None:
        if self.explorer is not None:
            method(self, *args, **kwargs)

    return guarded


class TakedownApp(ViewSwitching, AnalystActions, PaletteActions, StoreWrites, App[None]):
    """Search and read every figure of the store, with the sentence it came from."""

    CSS_PATH = ["app.tcss", "analyst.tcss"]
    TITLE = "takedown"
    BINDINGS: list[Binding] = APP_BINDINGS + ANALYST_BINDINGS
    COMMANDS = App.COMMANDS | {OperationCommands, CountryCommands, FactCommands, AnalystCommands, ViewCommands}

    def __init__(
        self,
        repo: Repository | None = None,
        *,
        path: Path | None = None,
        poll_interval: float = 1.5,
        path_label: str | None = None,
    ) -> None:
        """Give an open ``repo``, or a ``path`` to open in a worker after the first frame.
        ``poll_interval``: seconds between checks of the store file; ``path_label``: what the
        header calls the store (tests and screenshots pin it)."""
        super().__init__()
        # Set before mount: changing the theme later re-applies every style (a third of start-up).
        if "tokyo-night" in self.available_themes:
            self.theme = "tokyo-night"
        if repo is None and path is None:
            raise ValueError("TakedownApp needs a repository or a path")
        self.repo: Repository = repo  # type: ignore[assignment]  # set by the loader when None
        self.path = repo.path if repo is not None else Path(path)  # type: ignore[arg-type]
        self.load_error: str | None = None
        self.poll_interval = poll_interval
        self.path_label = path_label
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self._failed_stamp: tuple | None = None
        self.warmed = threading.Event()  # set when the index and summaries are ready
        self.collector = IdleCollector()
        self.explorer: ExplorerScreen | None = ExplorerScreen(repo, path_label) if repo is not None else None

    def get_default_screen(self) -> Screen:
        return self.explorer if self.explorer is not None else LoadingScreen(self.path)

    def on_mount(self) -> None:
        if self.explorer is None:
            self.call_after_refresh(self.open_store)
        else:
            self._start()

    def _start(self) -> None:
        # After the first frame: the build holds the GIL for seconds and would delay the paint.
        self.call_after_refresh(self.warm_index)
        self.set_interval(QUIET, self.collector.tick, name="idle-gc")
        if self.poll_interval > 0:
            self.set_interval(self.poll_interval, self.check_store, name="store-poll")

    @work(thread=True, exclusive=True, group="open")
    def open_store(self) -> None:
        """Read the store off the UI thread; the loading screen stays until it is ready."""
        try:
            repo = Repository.open(self.path)
        except StoreError as exc:
            self.call_from_thread(self._failed_to_open, str(exc))
            return
        self.post_message(StoreLoaded(repo))

    def _failed_to_open(self, error: str) -> None:
        self.load_error = error
        self.exit(return_code=1)

    def on_store_loaded(self, message: StoreLoaded) -> None:
        self.repo = message.repo
        self.explorer = ExplorerScreen(self.repo, self.path_label)
        self.push_screen(self.explorer)  # the loading screen stays beneath, never shown again
        self.call_after_refresh(self.show_pending_view)  # a view key pressed while it loaded (tui/view_switch.py)
        self.warm_source_index()
        self._start()

    @work(thread=True, exclusive=True, group="source-index")
    def warm_source_index(self) -> None:
        """The facts grouped by source (the detail pane's same-sentence facts), built off
        the UI thread before the long index build; until then the pane scans one source."""
        self.repo.snapshot.facts_by_source  # noqa: B018

    # -- search index -------------------------------------------------------------------
    def search_index(self) -> SearchIndex:
        """The index of the current snapshot, built on first use (thread-safe)."""
        snapshot = self.repo.snapshot
        with self._index_lock:
            if self._index is None or self._index.snapshot is not snapshot:
                self._index = sidecar.search_index(self.repo, snapshot)  # restored when cached
            return self._index

    def index_ready(self) -> bool:
        """Whether a search now would be answered at once (the index of this snapshot is built)."""
        index = self._index
        return index is not None and index.snapshot is self.repo.snapshot

    @work(thread=True, exclusive=True, group="index")
    def warm_index(self) -> None:
        """Build the index and the summaries in the background so keys never wait for them."""
        index = self.search_index()
        index.warm_first_keys()
        self.repo.warm()
        index.warm_orders(self.repo.ordered_facts)
        self.warm_views(get_current_worker())  # the facts table's orders, the timeline (tui/view_switch.py)
        warm_figure_columns(self.repo.snapshot)  # the facts list's figure column per operation
        _freeze_heap()
        self.collector.start()
        self.warmed.set()
        sidecar.save_for(self.repo, index)  # the next open reads this instead (store/sidecar.py)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown | events.Paste):
            self.collector.touch()
        await super().on_event(event)

    def on_unmount(self) -> None:
        self.collector.stop()

    # -- live reload --------------------------------------------------------------------
    def check_store(self) -> None:
        """Timer: a stat of the store file; reading it happens in a worker."""
        if self.repo.changed_on_disk() and _stamp(self.repo.path) != self._failed_stamp:
            self.reload_store()

    @work(thread=True, exclusive=True, group="reload")
    def reload_store(self) -> None:
        stamp = _stamp(self.repo.path)
        try:
            changed = self.repo.reload_if_changed()
        except (StoreError, OSError, ValueError) as exc:
            self._failed_stamp = stamp
            self.explorer.post_message(StoreReloadFailed(str(exc)))
            return
        if changed:
            self._failed_stamp = None
            index = self.search_index()
            self.repo.warm()
            index.warm_orders(self.repo.ordered_facts)
            warm_figure_columns(self.repo.snapshot)
            _freeze_heap(collect=True)
            self.explorer.post_message(StoreReloaded())
            self.views_reloaded()  # tui/view_switch.py
            sidecar.save_for(self.repo, index)

    # -- actions ------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``/`` is a character, not a command, while a text box has focus."""
        if action == "focus_search" and isinstance(self.focused, Input):
            return False
        return analyst_check(self, action)

    @needs_store
    def action_focus_search(self) -> None:
        getattr(self.screen, "focus_search", self.explorer.focus_search)()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    @needs_store
    def action_pick_country(self) -> None:
        def picked(code: str | None) -> None:
            if code:  # None: cancelled
                self.explorer.goto_country(None if code == WORLDWIDE else code)

        self.push_screen(CountryPicker(self.repo.countries_in_store()), picked)

    # -- palette targets ------------------------------------------------------------------
    @needs_store
    def goto_operation(self, op_id: str) -> None:
        self.show_view("explorer")
        self.explorer.goto_operation(op_id)

    @needs_store
    def goto_fact(self, fact_id: str) -> None:
        self.show_view("explorer")
        self.explorer.goto_fact(fact_id)

    @needs_store
    def goto_country(self, code: str | None) -> None:
        self.explorer.goto_country(code)


def _freeze_heap(*, collect: bool = False) -> None:
    """Move every object alive now (the store, its index and summaries: millions of objects
    at 100,000 facts) out of the garbage collector's sight. A full collection otherwise walks
    them all, ~100 ms with the UI thread stopped, now and then while typing. Frozen objects
    are still freed by reference counting; ``collect`` (after a reload, in its worker) first
    lets one collection see them, for any cycle the old snapshot left behind."""
    if collect:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    # Typing allocates result lists by the thousand: collect the young generation less often
    # (measured: keystroke p99 at 100k facts 72-76 ms -> 52-63 ms); see idle_gc.py.
    gc.set_threshold(YOUNG, 20, 20)


def _stamp(path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)
