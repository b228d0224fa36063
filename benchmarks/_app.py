"""Shared helpers for the benchmarks: the synthetic stores they all measure, the frames an app
writes, and keys typed into a search box timed to their frame."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def ensure_store(facts: int, seed: int = 1, path: Path | None = None) -> Path:
    """``path`` if given, else a synthetic store of ``facts`` facts, generated once and reused."""
    if path is not None:
        return path
    path = Path(f"/tmp/takedown-bench-{facts}-{seed}.json")
    if not path.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("synth.py")), "--facts", str(facts),
                        "--out", str(path), "--seed", str(seed), *(["--no-validate"] if facts > 200_000 else [])],
                       check=True)
    return path


def record_frames(app, tag: Callable | None = None) -> list:
    """The list every frame ``app`` writes is timed into (``App._display``, not the test
    harness): ``perf_counter()`` times, or ``(time, tag(screen))`` pairs when ``tag`` is given."""
    frames: list = []
    display = app._display

    def timed_display(screen, renderable):
        display(screen, renderable)
        now = time.perf_counter()
        frames.append(now if tag is None else (now, tag(screen)))

    app._display = timed_display
    return frames


def record_applied(screen_class, method: str = "on_search_finished") -> list[tuple[float, str]]:
    """``(time, query)`` of every search result ``screen_class`` applies (patched into its
    ``method``): the time is when the handler starts, since it may paint the frame itself
    before it returns; a result dropped as stale (not kept in ``self.result``) is not listed."""
    applied: list[tuple[float, str]] = []
    original = getattr(screen_class, method)

    def timed(self, message):
        started = time.perf_counter()
        original(self, message)
        if self.result is message.result:
            applied.append((started, message.query))

    setattr(screen_class, method, timed)
    return applied


@dataclass(frozen=True)
class Keystroke:
    """One key typed into a search box, timed: from just before ``pilot.press`` to the first
    frame written after the screen applied the result for the box's new text."""

    query: str  # the box's text after the key
    sent: float
    sent_cpu: float  # the UI thread's CPU time (``time.thread_time``) when it was sent
    applied: float  # when the screen began applying this query's result
    frame: float | None  # None: no frame followed (the result changed nothing on screen)

    @property
    def ms(self) -> float:
        return ((self.frame if self.frame is not None else self.applied) - self.sent) * 1000


async def _settle(pilot) -> None:
    await pilot.pause()
    await asyncio.sleep(0.03)


async def type_queries(pilot, box, queries, applied: list[tuple[float, str]], frames: list[float], *,
                       settle: Callable[[Any], Awaitable[None]] = _settle,
                       after_key: Callable[[Keystroke], None] | None = None) -> list[Keystroke]:
    """Type each of ``queries`` into ``box`` one key at a time, from an empty box, and time
    every key (``applied`` from :func:`record_applied`, ``frames`` from :func:`record_frames`).
    ``settle`` waits after each key for what follows its frame; ``after_key`` sees each key
    once it settled (e.g. to time panes painted after the first frame)."""
    keys: list[Keystroke] = []
    for query in queries:
        box.focus()
        box.value = ""  # clearing the box refills every pane: let that finish first
        await pilot.pause()
        await asyncio.sleep(0.1)
        await pilot.pause()
        for ch in query:
            sent, sent_cpu = time.perf_counter(), time.thread_time()
            await pilot.press(ch if ch != " " else "space")
            expected = box.value
            deadline = sent + 5
            while time.perf_counter() < deadline and not any(q == expected and a >= sent for a, q in applied):
                await asyncio.sleep(0.001)
            await settle(pilot)
            applied_at = min((a for a, q in applied if q == expected and a >= sent), default=time.perf_counter())
            frame = next((f for f in frames if f >= applied_at), None)
            keys.append(Keystroke(expected, sent, sent_cpu, applied_at, frame))
            if after_key is not None:
                after_key(keys[-1])
    return keys


def stats(prefix: str, values: list[float], digits: int = 1) -> dict:
    """p50, p99 and max of ``values`` (ms) under ``prefix``."""
    values = sorted(values)
    return {f"{prefix}p50_ms": round(statistics.median(values), digits),
            f"{prefix}p99_ms": round(values[min(len(values) - 1, int(len(values) * 0.99))], digits),
            f"{prefix}max_ms": round(values[-1], digits)}
