"""Time to first paint of the explorer, headless: process start -> store open -> app ready.

    python benchmarks/first_paint.py --facts 100000 [--json]

``ready_s`` is when Textual has mounted and painted the first screen (``run_test`` yields);
``index_ready_s`` is when the background worker has built the search index and summaries.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

T0 = time.perf_counter()

from _app import ensure_store  # noqa: E402


async def measure(path) -> dict:
    from store.repository import Repository
    from tui.app import TakedownApp

    t = time.perf_counter()
    repo = Repository.open(path, create_missing=False)
    out = {"repository_open_s": round(time.perf_counter() - t, 3)}
    app = TakedownApp(repo, poll_interval=0)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        out["ready_s"] = round(time.perf_counter() - T0, 3)
        while not app.warmed.is_set():  # index and summaries built in the background
            await asyncio.sleep(0.01)
        out["index_ready_s"] = round(time.perf_counter() - T0, 3)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    path = ensure_store(args.facts)
    out = {"facts": args.facts, **asyncio.run(measure(path))}
    print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k:>20}: {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
