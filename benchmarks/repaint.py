"""Keystroke-to-repaint in the running explorer (headless): type a query one character at a
time and time each key press until the explorer has applied that query's result and the
screen has settled.

    python benchmarks/repaint.py --facts 100000 [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

from _app import ensure_store

QUERIES = ["германии", "spector arrests", "hydar", "country:de арест", "monopoly market"]


async def measure(path) -> dict:
    from textual.widgets import Input

    from store.repository import Repository
    from tui.app import TakedownApp

    repo = Repository.open(path, create_missing=False)
    app = TakedownApp(repo, poll_interval=0)
    times: list[float] = []
    async with app.run_test(size=(160, 50)) as pilot:
        while not app.warmed.is_set():  # the background index and summaries
            await asyncio.sleep(0.01)
        box = app.query_one(Input)
        for query in QUERIES:
            box.focus()
            box.value = ""
            await pilot.pause()
            for ch in query:
                t = time.perf_counter()
                await pilot.press(ch if ch != " " else "space")
                expected = box.value
                deadline = t + 5
                while time.perf_counter() < deadline:
                    result = getattr(app.explorer, "result", None)
                    if result is not None and result.query == expected:
                        break
                    await asyncio.sleep(0.001)
                await pilot.pause()
                times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"keystrokes": len(times), "p50_ms": round(statistics.median(times), 1),
            "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 1), "max_ms": round(times[-1], 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out = {"facts": args.facts, **asyncio.run(measure(ensure_store(args.facts)))}
    print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k:>12}: {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
