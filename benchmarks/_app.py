"""Shared helpers for the benchmarks: the synthetic stores they all measure, and the frames
an app writes."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

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
