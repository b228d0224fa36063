"""Messages between the explorer's workers and its UI.

Workers never touch widgets: they post one of these and the explorer screen, the single owner
of the panes, applies it (after checking it is still wanted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from store.repository import Snapshot

if TYPE_CHECKING:  # the search module imports numpy: not before the first frame
    from store.search import SearchResult


class SearchFinished(Message):
    """A search worker finished; apply only if ``query`` is still what the box says."""

    def __init__(self, query: str, result: SearchResult, snapshot: Snapshot) -> None:
        super().__init__()
        self.query = query
        self.result = result
        self.snapshot = snapshot


class IndexPending(Message):
    """A search waits for the search index, still being built (seconds for a large store)."""


class StoreLoaded(Message):
    """The worker that opened the store at start-up has it ready."""

    def __init__(self, repo) -> None:
        super().__init__()
        self.repo = repo


class StoreReloaded(Message):
    """Another process changed the store; the snapshot (and search index) are new."""


class StoreReloadFailed(Message):
    """The store changed on disk but could not be read; the old snapshot stays."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
