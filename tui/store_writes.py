"""The explorer's writes (edit, delete, undo, redo, move, merge, a stored text's review) off the UI thread.

A write takes the store's lock, appends to the journal, fsyncs and reloads the snapshot: some
70 ms on a large store, and for as long as another process holds the lock. Run on the UI thread
it froze keys and repaints for that long. Here the write runs in a thread worker, one at a time
and in the order asked; the worker touches no widget: it posts :class:`WriteFinished` and the
app, the owner of the screens, applies the result (refills the panes, says what changed). A
write that fails — the store locked too long, a fact changed by another process, a disk error,
or a bug — becomes a notice, never a crash.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message

from store.storage import StoreError

if TYPE_CHECKING:
    from tui.app import TakedownApp

_ONE_AT_A_TIME = threading.Lock()  # writes run in the order they were asked for, never two at once


class WriteFinished(Message):
    """A background write ended: ``done(result)`` applies it on the UI thread, else ``error``."""

    def __init__(self, title: str, done: Callable[[Any], None], result: Any = None,
                 error: BaseException | None = None, failed: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.title, self.done, self.result, self.error, self.failed = title, done, result, error, failed


class StoreWrites:
    """Mixed into :class:`~tui.app.TakedownApp`."""

    def write_in_background(self: TakedownApp, write: Callable[[], Any], done: Callable[[Any], None],
                            title: str = "Not saved", *, failed: Callable[[], None] | None = None) -> None:
        """Run ``write`` (a ``store.edits`` call) in a worker; ``done(its result)`` runs on the
        UI thread once it is written, ``failed()`` after the notice if it failed. While another
        process holds the store's lock, say so."""
        from store.storage import lock_busy

        if lock_busy(self.repo.path):
            self.notify("Another takedown process is writing the store; waiting for it…", markup=False, timeout=8)
        self._write_worker(write, done, title, failed)

    @work(thread=True, group="store-writes")
    def _write_worker(self: TakedownApp, write: Callable[[], Any], done: Callable[[Any], None], title: str,
                      failed: Callable[[], None] | None) -> None:
        with _ONE_AT_A_TIME:
            try:
                result = write()
            except Exception as exc:  # noqa: BLE001 - every failure is a notice on the UI thread
                self.post_message(WriteFinished(title, done, error=exc, failed=failed))
                return
        self.post_message(WriteFinished(title, done, result=result))

    def on_write_finished(self: TakedownApp, message: WriteFinished) -> None:
        """The owner applies a finished write: its ``done``, or the error as a notice."""
        from store import edits

        error = message.error
        if error is None:
            message.done(message.result)
        elif isinstance(error, edits.NothingToUndo | edits.NothingToChange):
            self.notify(str(error), severity="warning", markup=False)
        elif isinstance(error, StoreError | OSError | ValueError):
            self.notify(" ".join(str(error).split()), title=message.title, severity="error", markup=False, timeout=8)
        else:
            self.notify(f"{type(error).__name__}: {error}", title=message.title, severity="error", markup=False,
                        timeout=10)
        if error is not None and message.failed is not None:
            message.failed()
