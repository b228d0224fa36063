"""Time to first paint of the explorer, headless, the way ``takedown --db FILE`` starts it.

    python benchmarks/first_paint.py --facts 100000 [--runs 5] [--json]

Times from process start: ``first_frame_s``, the first frame the app writes (a store over
4 MB is opened by a worker behind a frame that says what is being read); ``data_frame_s``, the
first frame with the explorer's panes filled; ``index_ready_s``, when the background worker has
built the search index and the summaries. ``store_open_s`` is ``Repository.open`` alone, run
after the app for comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time

T0 = time.perf_counter()

from _app import ensure_store, record_frames  # noqa: E402


async def measure(path) -> dict:
    from store.repository import Repository
    from tui.app import TakedownApp
    from tui.screens.explorer import ExplorerScreen

    app = TakedownApp(path=path, poll_interval=0)
    frames: list[tuple[float, bool]] = record_frames(app, lambda screen: isinstance(screen, ExplorerScreen))
    out: dict = {}
    async with app.run_test(size=(160, 50)):
        while not app.warmed.is_set():
            await asyncio.sleep(0.01)
        out["index_ready_s"] = round(time.perf_counter() - T0, 3)
    out["first_frame_s"] = round(frames[0][0] - T0, 3)
    out["data_frame_s"] = round(next(t for t, explorer in frames if explorer) - T0, 3)
    t = time.perf_counter()
    Repository.open(path, create_missing=False)
    out["store_open_s"] = round(time.perf_counter() - t, 3)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1, help="fresh processes to run; medians and ranges are printed")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    path = ensure_store(args.facts)
    if args.runs > 1:
        runs = [json.loads(subprocess.run([sys.executable, __file__, "--facts", str(args.facts), "--json"],
                                          capture_output=True, text=True, check=True).stdout) for _ in range(args.runs)]
        out = {"facts": args.facts, "runs": args.runs}
        for key in runs[0]:
            if key != "facts":
                values = sorted(run[key] for run in runs)
                out[f"{key}_median"] = statistics.median(values)
                out[f"{key}_range"] = [values[0], values[-1]]
    else:
        out = {"facts": args.facts, **asyncio.run(measure(path))}
    print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k:>24}: {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
