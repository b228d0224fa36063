"""Reopening a large store with and without its sidecar cache (``store.json.cache``).

    python benchmarks/reopen.py --facts 1000000 [--runs 3] [--json]

Each run is a fresh process that starts the explorer headless, the way ``takedown --db FILE``
does, and times from process start: ``data_frame_s``, the first frame with the explorer's panes
filled; ``search_ready_s``, when the search index is ready (a query is then answered at once);
``warmed_s``, when the background worker also has every summary; and peak RSS. Three cases,
on a private copy of the synthetic store:

* ``cold``: no sidecar (the first open, or one deleted): the JSON is read, the index built,
  and the sidecar written by the background worker (``sidecar_write_s``, after ``warmed_s``);
* ``unchanged``: the store is as the sidecar was made from;
* ``changed``: another process added a fact to the store since: the sidecar is stale, the
  JSON is read, the index built, and the sidecar rewritten.

``bare_orjson_peak_rss_mb`` is a process that only reads the file and ``orjson.loads`` it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

T0 = time.perf_counter()

from _app import ensure_store, record_frames  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def child_app(path: Path) -> dict:
    from tui.app import TakedownApp
    from tui.screens.explorer import ExplorerScreen

    app = TakedownApp(path=path, poll_interval=0)
    frames: list[tuple[float, bool]] = record_frames(app, lambda screen: isinstance(screen, ExplorerScreen))
    out: dict = {}
    async with app.run_test(size=(160, 50)):
        while not app.warmed.is_set():
            if "search_ready_s" not in out and app.explorer is not None and app.index_ready():
                out["search_ready_s"] = round(time.perf_counter() - T0, 3)
            await asyncio.sleep(0.005)
        out.setdefault("search_ready_s", round(time.perf_counter() - T0, 3))
        out["warmed_s"] = round(time.perf_counter() - T0, 3)
        out["peak_rss_mb"] = round(rss_mb(), 1)
        sidecar = path.with_name(path.name + ".cache")
        before = sidecar.stat().st_mtime_ns if sidecar.exists() else None
        t = time.perf_counter()
        while time.perf_counter() - t < 120 and app.workers and any(w.group == "index" and not w.is_finished for w in app.workers):
            await asyncio.sleep(0.05)
        after = sidecar.stat().st_mtime_ns if sidecar.exists() else None
        out["sidecar_written"] = after is not None and after != before
        if out["sidecar_written"]:
            out["sidecar_write_s"] = round(time.perf_counter() - t, 3)
    out["data_frame_s"] = round(next(t for t, explorer in frames if explorer) - T0, 3)
    return out


def child_bare(path: Path) -> dict:
    import orjson

    orjson.loads(path.read_bytes())
    return {"bare_orjson_peak_rss_mb": round(rss_mb(), 1)}


def change_store(path: Path) -> None:
    """What another process does: add one fact through the repository (lock, atomic replace)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from store.model import Fact, stable_id
    from store.repository import Repository

    repo = Repository.open(path, create_missing=False)
    op = next(iter(repo.snapshot.operations))
    fact = Fact(id=stable_id("fact", time.time_ns()), operation=op, metric="arrests", value=1, unit="people")
    repo.add_records(facts=[fact])


def run(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def summarise(runs: list[dict]) -> dict:
    out: dict = {}
    for key in runs[0]:
        values = sorted(run[key] for run in runs)
        if isinstance(values[0], bool):
            out[key] = all(values)
        else:
            out[key] = statistics.median(values)
            if len(values) > 1:
                out[f"{key}_range"] = [values[0], values[-1]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1, help="fresh processes per case")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, path = args.child
        if mode == "change":
            change_store(Path(path))
            print("{}")
        elif mode == "bare":
            print(json.dumps(child_bare(Path(path))))
        else:
            print(json.dumps(asyncio.run(child_app(Path(path)))))
        return 0
    source = ensure_store(args.facts)
    work = Path(f"/tmp/takedown-reopen-{args.facts}.json")
    shutil.copyfile(source, work)
    sidecar = work.with_name(work.name + ".cache")
    out: dict = {"facts": args.facts, "store_mb": round(work.stat().st_size / 1e6, 1), **run("--child", "bare", str(work))}
    cases: dict[str, list[dict]] = {"cold": [], "unchanged": [], "changed": []}
    for _ in range(args.runs):
        sidecar.unlink(missing_ok=True)
        cases["cold"].append(run("--child", "app", str(work)))
        cases["unchanged"].append(run("--child", "app", str(work)))
        run("--child", "change", str(work))
        cases["changed"].append(run("--child", "app", str(work)))
    out["store_mb"] = round(work.stat().st_size / 1e6, 1)
    out["sidecar_mb"] = round(sidecar.stat().st_size / 1e6, 1) if sidecar.exists() else None
    if out["sidecar_mb"]:
        out["sidecar_vs_store"] = round(out["sidecar_mb"] / out["store_mb"], 2)
    for case, runs in cases.items():
        out[case] = summarise(runs)
        out[case]["rss_vs_bare_orjson"] = round(out[case]["peak_rss_mb"] / out["bare_orjson_peak_rss_mb"], 2)
    print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k:>24}: {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
