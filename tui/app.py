"""``TakedownApp``: the terminal explorer of the facts behind darknet-market takedowns.

The app owns the repository, the search index (built off the UI thread, once per snapshot)
and the live-reload timer; the :class:`~tui.screens.explorer.ExplorerScreen` owns the panes.
"""

from __future__ import annotations

import os
import threading

from textual import work
from textual.app import App
from textual.binding import Binding

from store.repository import Repository
from store.search import SearchIndex
from store.storage import StoreError
from tui.bindings import APP_BINDINGS
from tui.commands import CountryCommands, FactCommands, OperationCommands
from tui.messages import StoreReloaded, StoreReloadFailed
from tui.screens.country_picker import CountryPicker
from tui.screens.explorer import ExplorerScreen
from tui.screens.help import HelpScreen


class TakedownApp(App[None]):
    """Search and read every figure of the store, with the sentence it came from."""

    CSS_PATH = "app.tcss"
    TITLE = "takedown"
    BINDINGS: list[Binding] = APP_BINDINGS
    COMMANDS = App.COMMANDS | {OperationCommands, CountryCommands, FactCommands}

    def __init__(self, repo: Repository, *, poll_interval: float = 1.5, path_label: str | None = None) -> None:
        """``poll_interval``: seconds between checks of the store file; ``path_label``: what
        the header calls the store (tests and screenshots pin it)."""
        super().__init__()
        # Set before mount: changing the theme later re-applies every style (a third of start-up).
        if "tokyo-night" in self.available_themes:
            self.theme = "tokyo-night"
        self.repo = repo
        self.poll_interval = poll_interval
        self.path_label = path_label
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self._failed_stamp: tuple | None = None
        self.warmed = threading.Event()  # set when the index and summaries are ready
        self.explorer = ExplorerScreen(repo, path_label)

    def get_default_screen(self) -> ExplorerScreen:
        return self.explorer

    def on_mount(self) -> None:
        # After the first frame: the build holds the GIL for seconds and would delay the paint.
        self.call_after_refresh(self.warm_index)
        if self.poll_interval > 0:
            self.set_interval(self.poll_interval, self.check_store, name="store-poll")

    # -- search index -------------------------------------------------------------------
    def search_index(self) -> SearchIndex:
        """The index of the current snapshot, built on first use (thread-safe)."""
        snapshot = self.repo.snapshot
        with self._index_lock:
            if self._index is None or self._index.snapshot is not snapshot:
                self._index = SearchIndex(snapshot)
            return self._index

    @work(thread=True, exclusive=True, group="index")
    def warm_index(self) -> None:
        """Build the index and the summaries in the background so keys never wait for them."""
        self.search_index()
        self.repo.warm()
        self.warmed.set()

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
            self.search_index()
            self.repo.warm()
            self.explorer.post_message(StoreReloaded())

    # -- actions ------------------------------------------------------------------------
    def action_focus_search(self) -> None:
        self.explorer.search_box.focus()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_pick_country(self) -> None:
        def picked(code: str | None) -> None:
            if code:
                self.explorer.goto_country(code)

        self.push_screen(CountryPicker(self.repo.countries_in_store()), picked)

    # -- palette targets ------------------------------------------------------------------
    def goto_operation(self, op_id: str) -> None:
        self.explorer.goto_operation(op_id)

    def goto_fact(self, fact_id: str) -> None:
        self.explorer.goto_fact(fact_id)

    def goto_country(self, code: str) -> None:
        self.explorer.goto_country(code)


def _stamp(path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)
