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
import statistics
import time

from _app import ensure_store, record_frames

QUERIES = ["германии", "spector arrests", "hydar", "country:de арест", "monopoly market"]


async def measure(path, per_key: bool = False, size: tuple[int, int] = (120, 36), profile: str | None = None) -> dict:
    from textual.widgets import Input

    from store.repository import Repository
    from tui.app import TakedownApp

    repo = Repository.open(path, create_missing=False)
    app = TakedownApp(repo, poll_interval=0)
    times: list[float] = []
    applied: list[float] = []
    frames: list[float] = record_frames(app)
    cpu_at: dict[float, float] = {}  # frame time → the UI thread's CPU time then
    display = app._display

    def cpu_display(screen, renderable):
        display(screen, renderable)
        cpu_at[frames[-1]] = time.thread_time()

    app._display = cpu_display
    from tui.screens.explorer import ExplorerScreen

    apply = ExplorerScreen.on_search_finished

    def timed_apply(self, message):  # when the explorer applies a result to its panes
        started = time.perf_counter()  # the handler may paint the frame itself before it returns
        apply(self, message)
        if self.result is message.result:  # applied, not dropped as stale
            applied.append((started, message.query))

    ExplorerScreen.on_search_finished = timed_apply  # type: ignore[method-assign]
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
    cpu: list[float] = []  # the UI thread's CPU time from the key to its settled frame
    keys: list[str] = []
    unchanged = 0
    panes_unchanged = 0
    async with app.run_test(size=size) as pilot:
        while not app.warmed.is_set():  # the background index and summaries
            await asyncio.sleep(0.01)
        box = app.query_one(Input)
        profiler = None
        if profile:  # where the time of the keys goes (UI thread and workers alike)
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        for query in QUERIES:
            box.focus()
            box.value = ""  # clearing the box refills every pane: let that finish first
            await pilot.pause()
            await asyncio.sleep(0.1)
            await pilot.pause()
            for ch in query:
                t, t_cpu = time.perf_counter(), time.thread_time()
                await pilot.press(ch if ch != " " else "space")
                expected = box.value
                deadline = t + 5
                while time.perf_counter() < deadline and not any(q == expected and a >= t for a, q in applied):
                    await asyncio.sleep(0.001)
                await pilot.pause()
                await pilot.pause()
                await asyncio.sleep(0.05)  # the panes deferred after the lists' frame
                await pilot.pause()
                applied_at = min((a for a, q in applied if q == expected and a >= t), default=time.perf_counter())
                after = [f for f in frames if f >= applied_at]
                if not after:  # the result changed nothing on screen ("spector" -> "spector "):
                    unchanged += 1  # the frame already showing it came before the result
                times.append(((after[0] if after else applied_at) - t) * 1000)
                keys.append(expected)
                panes_at = min((p for p in panes if p >= applied_at), default=None)
                later = [f for f in frames if panes_at is not None and f >= panes_at]
                if panes_at in unchanged_panes:  # the panes already showed this key's state
                    settled.append(times[-1])  # (else the next frame timed would be any later one)
                    panes_unchanged += 1
                    frame = after[0] if after else None
                else:
                    settled.append(((later[0] if later else panes_at or applied_at) - t) * 1000)
                    frame = later[0] if later else None
                if frame in cpu_at:
                    cpu.append((cpu_at[frame] - t_cpu) * 1000)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
    out = {"keystrokes": len(times), "no_repaint_needed": unchanged, "panes_unchanged": panes_unchanged, **_stats("", times), **_stats("settled_", settled), **_stats("ui_cpu_", cpu)}
    if per_key:
        out["per_key"] = [[k, round(a, 1), round(b, 1)] for k, a, b in zip(keys, times, settled)]
    return out


def _stats(prefix: str, values: list[float]) -> dict:
    values = sorted(values)
    return {f"{prefix}p50_ms": round(statistics.median(values), 1),
            f"{prefix}p99_ms": round(values[min(len(values) - 1, int(len(values) * 0.99))], 1),
            f"{prefix}max_ms": round(values[-1], 1)}


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
