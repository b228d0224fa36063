"""The cross-operation views at scale (headless): the facts table's keystroke-to-frame while
typing a query, a sort key and a cursor key to their frame, the first rows and sorts right
after start-up (``open``: what a user of a million facts meets), and sorting every column of the
whole table (the issue's targets: keystroke p50 <= 16 ms, p99 <= 33 ms at 100,000 facts;
a sort of 100,000 rows <= 100 ms; the timeline drawn <= 50 ms at 1,250 operations).

Keys are timed as in ``repaint.py``: from just before ``pilot.press`` to the first frame the
app writes after the view applied that key's result (``App._display`` is timed).

    python benchmarks/views.py --facts 100000 [--size 120x36] [--rounds N] [--only table] [--store PATH] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path

from _app import ensure_store, record_applied, record_frames, stats, type_queries

QUERIES = ["германии", "spector arrests", "hydar", "country:de арест", "monopoly market"]


def _stats(prefix: str, values: list[float]) -> dict:
    return stats(prefix, values, digits=2)


def sort_times(path) -> dict:
    """The table's base (the explorer's order, from ranks), then sorting all rows and a
    query's rows by every column: a column's first sort makes its keys and its argsort."""
    from store.repository import Repository
    from store.search import SearchIndex
    from store.views.fact_table import COLUMN_KEYS, FactTable
    from store.views.matched import matched_mask

    repo = Repository.open(path, create_missing=False)
    t = time.perf_counter()
    table = FactTable(repo.snapshot, None, repo.agreement)
    built = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    table.marks  # noqa: B018 - every fact's agreement mark (the mark column's key)
    marks = (time.perf_counter() - t) * 1000
    firsts, again, masked = [], [], []
    mask = matched_mask(repo.snapshot, SearchIndex(repo.snapshot).search("country:de", limit=1))
    for column in COLUMN_KEYS:
        for descending in (False, True):
            t = time.perf_counter()
            table.rows(None, column, descending)  # first sort of the column: its keys and argsort
            firsts.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            table.rows(None, column, descending)
            again.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            table.rows(mask, column, descending)
            masked.append((time.perf_counter() - t) * 1000)
    return {"rows": table.size, "query_rows": int(mask.sum()), "explorer_order_ms": round(built, 1),
            "all_marks_ms": round(marks, 1), **_stats("first_sort_", firsts), **_stats("presorted_sort_", again),
            **_stats("query_sort_", masked)}


async def first_rows(path, size: tuple[int, int]) -> dict:
    """Right after the first frame (the warm-up still running, as at a million facts): key
    ``2`` to the frame with rows, to the explorer's order, then ``s`` to its sorted frame."""
    from store.repository import Repository
    from tui.app import TakedownApp
    from tui.screens.facts_view import FactsView

    repo = Repository.open(path, create_missing=False)
    app = TakedownApp(repo, poll_interval=0)
    frames: list[float] = record_frames(app)
    out: dict = {}
    async with app.run_test(size=size) as pilot:
        while not frames:
            await asyncio.sleep(0.01)

        async def until(done, label: str) -> None:
            t = time.perf_counter()
            while not done() and time.perf_counter() - t < 120:
                await asyncio.sleep(0.002)
            at = time.perf_counter()
            await pilot.pause()
            frame = next((f for f in frames if f >= at), time.perf_counter())
            out[label] = round((frame - start) * 1000, 1)

        start = time.perf_counter()
        await pilot.press("2")
        await until(lambda: isinstance(app.screen, FactsView), "key_2_to_view_ms")
        await until(lambda: isinstance(app.screen, FactsView) and bool(app.screen.table.rows), "key_2_to_rows_ms")
        view = app.screen
        await until(lambda: view._table is not None and not view._unsorted, "key_2_to_explorer_order_ms")
        for n in range(3):  # operation, date, metric: each column's first sort, warm-up or not
            start = time.perf_counter()
            await pilot.press("s")
            await until(lambda: view._table is not None and view._table.has_order(view.sort_column, view.descending)
                        and "sorting" not in str(view.box.border_title), f"first_sort_{n + 1}_ms")
        out["warm_up_done"] = app.warmed.is_set()
    return out


def timeline_times(path) -> dict:
    """The timeline's rows of the whole store, and every row drawn (not only the visible ones)."""
    from store.repository import Repository
    from store.views.timeline import span, timeline_rows
    from tui.widgets.timeline import axis_for, draw

    repo = Repository.open(path, create_missing=False)
    t = time.perf_counter()
    rows = timeline_rows(repo.snapshot)
    built = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    axis = axis_for(116, span(rows))
    for row in rows:
        draw(row, axis)
    drawn = (time.perf_counter() - t) * 1000
    return {"timeline_rows": len(rows), "timeline_markets": sum(r.kind == "market" for r in rows),
            "timeline_build_ms": round(built, 1), "timeline_draw_all_rows_ms": round(drawn, 1)}


async def timeline_frames(path, size: tuple[int, int]) -> dict:
    """Key ``3`` (the timeline, first shown and shown again) and a query in it, to the frame."""
    from store.repository import Repository
    from tui.app import TakedownApp
    from tui.screens.timeline_view import TimelineView

    repo = Repository.open(path, create_missing=False)
    app = TakedownApp(repo, poll_interval=0)
    frames: list[float] = record_frames(app)
    out: dict[str, float] = {}
    async with app.run_test(size=size) as pilot:
        while not app.warmed.is_set():
            await asyncio.sleep(0.01)
        for label in ("timeline_first_open_ms", "timeline_open_again_ms"):
            t = time.perf_counter()
            await pilot.press("3")
            while not isinstance(app.screen, TimelineView) or not app.screen.timeline.rows:
                await asyncio.sleep(0.001)
            await pilot.pause()
            after = [f for f in frames if f >= t]
            out[label] = round(((after[0] if after else time.perf_counter()) - t) * 1000, 1)
            await pilot.press("1")
            await pilot.pause()
        moves = []
        await pilot.press("3")
        await pilot.pause()
        for _ in range(40):
            t = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            after = [f for f in frames if f >= t]
            moves.append(((after[0] if after else time.perf_counter()) - t) * 1000)
        out.update(_stats("timeline_cursor_key_", moves))
    return out


async def table_keys(path, size: tuple[int, int], rounds: int = 1) -> dict:
    """Typing in the facts view's search box, ``s`` and ``j`` in the table: key to frame."""
    from textual.widgets import Input

    from store.repository import Repository
    from tui.app import TakedownApp
    from tui.screens.facts_view import FactsView

    repo = Repository.open(path, create_missing=False)
    app = TakedownApp(repo, poll_interval=0)
    applied = record_applied(FactsView)
    frames: list[float] = record_frames(app)
    sorting: list[float] = []
    moving: list[float] = []
    async with app.run_test(size=size) as pilot:
        while not app.warmed.is_set():
            await asyncio.sleep(0.01)
        await pilot.press("2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen
        box = view.query_one("#view-search", Input)
        keys = await type_queries(pilot, box, QUERIES * rounds, applied, frames)
        view.set_focus(view.table)
        box.value = ""
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key, out in (("s", sorting), ("j", moving)):
            for _ in range(24 if key == "s" else 60):
                t = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                await asyncio.sleep(0.02)
                after = [f for f in frames if f >= t]
                out.append(((after[0] if after else time.perf_counter()) - t) * 1000)
    slowest = sorted(keys, key=lambda k: k.ms, reverse=True)[:3]
    return {"keystrokes": len(keys), **_stats("type_", [k.ms for k in keys]),
            "type_slowest": [f"{k.query!r} {k.ms:.1f}" for k in slowest], **_stats("sort_key_", sorting),
            **_stats("cursor_key_", moving)}


SECTIONS = ("sort", "open", "table", "timeline")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--size", default="120x36")
    parser.add_argument("--rounds", type=int, default=1, help="type the queries this many times (more keys, a steadier p99)")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="measure only this part (repeatable)")
    parser.add_argument("--store", type=Path, help="measure this store (default: a synthetic one of --facts)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    path = ensure_store(args.facts, path=args.store)
    only = set(args.only or SECTIONS)
    out: dict = {"facts": args.facts, "size": args.size}
    if "sort" in only:
        out.update(sort_times(path))
    if "open" in only:
        out.update(asyncio.run(first_rows(path, (width, height))))
    if "table" in only:
        out.update(asyncio.run(table_keys(path, (width, height), args.rounds)))
    if "timeline" in only:
        out.update(timeline_times(path))
        out.update(asyncio.run(timeline_frames(path, (width, height))))
    print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k:>22}: {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
