"""Garbage collection between keystrokes instead of inside them.

Every frame leaves reference cycles behind (Textual's strips cache their own pieces, so
thousands of small cycles a second while typing), and CPython collects the young generation
after a fixed number of allocations, wherever that falls: measured at 100,000 facts, a
5–12 ms pause inside one key's frame in four keys of sixty. Once the store is loaded and
frozen (``app._freeze_heap``), automatic collection is turned off and this collector runs the
same generational collections from a timer, when no key, click or paste has come for a
moment. A hard limit still collects during non-stop input, so memory stays bounded.
"""

from __future__ import annotations

import gc
import threading
import time

YOUNG = 20_000  # allocations before the young generation is collected (CPython: 700)
HARD_LIMIT = 200_000  # collect even while input keeps coming
QUIET = 0.04  # s without input before a collection may run


class IdleCollector:
    """Owns the garbage collector while the app runs; ``stop`` gives it back."""

    def __init__(self) -> None:
        self.last_input = 0.0
        self.running = False
        self.closed = False
        self.collections = 0
        self._lock = threading.Lock()

    def start(self) -> None:
        """Take over (from any thread; never after ``stop``)."""
        with self._lock:
            if not self.running and not self.closed:
                self.running = True
                gc.disable()

    def stop(self) -> None:
        """Give collection back to CPython for good (the app is closing)."""
        with self._lock:
            self.closed = True
            if self.running:
                self.running = False
                gc.enable()

    def touch(self) -> None:
        """Input arrived: the next frames are for it."""
        self.last_input = time.monotonic()

    def tick(self) -> None:
        """Timer: collect what CPython would have collected by now, if input is quiet."""
        if not self.running:
            return
        young, middle, old = gc.get_count()
        if young < YOUNG:
            return
        if young < HARD_LIMIT and time.monotonic() - self.last_input < QUIET:
            return
        _, t1, t2 = gc.get_threshold()
        generation = 2 if middle >= t1 and old >= t2 else 1 if middle >= t1 else 0
        gc.collect(generation)
        self.collections += 1
