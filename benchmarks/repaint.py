"""Keystroke-to-repaint in the running explorer (headless): type a query one character at a
time and time each key from the moment it is sent to the first frame written after the
explorer applied that query's result (``App._display`` is timed, not the test harness:
``pilot.press`` + ``pause`` alone costs ~85 ms even for an app with one Input).

The clock starts before ``pilot.press`` hands the key to the driver (the app sees it ~0.5 ms
later), and "applied" is when the explorer's handler starts applying a result it keeps (it
may paint the frame itself before it returns). ``p50/p99`` time the frame with the new lists;
the explorer paints the fact detail and country panes right after that frame, and
``settled_p50/p99`` time the first frame after those panes were updated too (or the lists'
frame when the panes asked for no repaint: counted in ``panes_unchanged``); ``ui_cpu_p50/p99``
is the UI thread's CPU time over the same span (what the key cost the app, without the waits
for a core that a loaded machine adds to the wall-clock figures). A result that
changes nothing on screen (a trailing space, a prefix that matches the same facts) needs no
frame: it is timed to when it was applied and counted in ``no_repaint_needed``.

    python benchmarks/repaint.py --facts 100000 [--size 120x36] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

from _app import Keystroke, ensure_store, record_applied, record_frames, stats, type_queries

QUERIES = ["германии", "spector arrests", "hydar", "country:de арест", "monopoly market"]


async def measure(path, per_key: bool = False, size: tuple[int, int] = (120, 36), profile: str | None = None) -> dict:
    from textual.widgets import Input

    from store.repository import Repository
    from tui.app import TakedownApp
    from tui.screens.explorer import ExplorerScreen

    repo = Repository.open(path, create_missing=False)
    app = TakedownApp(repo, poll_interval=0)
    frames: list[float] = record_frames(app)
    applied = record_applied(ExplorerScreen)  # when the explorer applies a result to its panes
    cpu_at: dict[float, float] = {}  # frame time → the UI thread's CPU time then
    display = app._display

    def cpu_display(screen, renderable):
        display(screen, renderable)
        cpu_at[frames[-1]] = time.thread_time()

    app._display = cpu_display
    render_panes = ExplorerScreen._render_panes
    panes: list[float] = []
    unchanged_panes: set[float] = set()

    def timed_panes(self):  # the detail and country panes (painted after the lists' frame)
        asked: list[bool] = []
        hooked = (self.detail, self.country_pane)
        for pane in hooked:  # whether they ask for a repaint (new lines, a new title)
            pane.refresh = lambda *a, _refresh=pane.refresh, **k: (asked.append(True), _refresh(*a, **k))[1]
        try:
            render_panes(self)
        finally:
            for pane in hooked:
                del pane.refresh
        panes.append(time.perf_counter())
        if not asked:  # nothing on screen changed: the frame with the lists was the settled one
            unchanged_panes.add(panes[-1])

    ExplorerScreen._render_panes = timed_panes  # type: ignore[method-assign]
    settled: list[float] = []
    panes_unchanged: list[str] = []
    cpu: list[float] = []  # the UI thread's CPU time from the key to its settled frame

    def settle_panes(key: Keystroke) -> None:
        panes_at = min((p for p in panes if p >= key.applied), default=None)
        if panes_at in unchanged_panes:  # the panes already showed this key's state
            settled.append(key.ms)  # (else the next frame timed would be any later one)
            panes_unchanged.append(key.query)
            frame = key.frame
        else:
            frame = next((f for f in frames if panes_at is not None and f >= panes_at), None)
            settled.append(((frame or panes_at or key.applied) - key.sent) * 1000)
        if frame in cpu_at:
            cpu.append((cpu_at[frame] - key.sent_cpu) * 1000)

    async def wait_for_panes(pilot) -> None:
        await pilot.pause()
        await pilot.pause()
        await asyncio.sleep(0.05)  # the panes deferred after the lists' frame
        await pilot.pause()

    async with app.run_test(size=size) as pilot:
        while not app.warmed.is_set():  # the background index and summaries
            await asyncio.sleep(0.01)
        box = app.query_one(Input)
        profiler = None
        if profile:  # where the time of the keys goes (UI thread and workers alike)
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        keys = await type_queries(pilot, box, QUERIES, applied, frames, settle=wait_for_panes, after_key=settle_panes)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
    times = [key.ms for key in keys]
    out = {"keystrokes": len(keys), "no_repaint_needed": sum(key.frame is None for key in keys),
           "panes_unchanged": len(panes_unchanged), **stats("", times), **stats("settled_", settled),
           **stats("ui_cpu_", cpu)}
    if per_key:
        out["per_key"] = [[key.query, round(a, 1), round(b, 1)] for key, a, b in zip(keys, times, settled)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--per-key", action="store_true", help="also list each key's query and times")
    parser.add_argument("--size", default="120x36", help="terminal size, WIDTHxHEIGHT (the issue's target is at 120x36)")
    parser.add_argument("--profile", metavar="FILE", help="write cProfile stats of the typing to FILE (times are then not comparable)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    out = {"facts": args.facts, "size": args.size, **asyncio.run(measure(ensure_store(args.facts), args.per_key, (width, height), args.profile))}
    print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k:>12}: {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
