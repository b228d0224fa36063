"""Store load time and peak RSS at several sizes, beside a bare ``orjson.loads`` of the same file.

    python benchmarks/load.py [--sizes 10000 100000 1000000] [--json]

Each measurement runs in its own subprocess (peak RSS via ``resource.getrusage``):
``bare`` reads the file and ``orjson.loads`` it, nothing else; ``open`` runs
``Repository.open`` stage by stage (read, orjson parse, per-record ``from_dict`` with
validation, ``Snapshot.build``) and then builds the ``SearchIndex``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _app import ensure_store  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_bare(path: Path) -> dict:
    import orjson

    t = time.perf_counter()
    raw = path.read_bytes()
    doc = orjson.loads(raw)
    elapsed = time.perf_counter() - t
    return {"bare_s": round(elapsed, 3), "bare_peak_rss_mb": round(rss_mb(), 1), "docs": sum(len(v) for v in doc.values())}


def child_open(path: Path) -> dict:
    from store.model import RECORD_TYPES, from_dict
    from store.repository import Snapshot
    from store.storage import check_document

    import orjson

    out: dict = {"baseline_rss_mb": round(rss_mb(), 1)}
    t0 = t = time.perf_counter()
    raw = path.read_bytes()
    out["read_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    doc = orjson.loads(raw)
    del raw
    out["parse_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    check_document(path, doc)
    out["check_s"] = round(time.perf_counter() - t, 3)
    loaded = {}
    for table, kind in RECORD_TYPES.items():
        t = time.perf_counter()
        loaded[table] = [from_dict(kind, d) for d in doc[table].values()]
        out[f"from_dict_{table}_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    snapshot = Snapshot.build(loaded["sources"], loaded["operations"], loaded["facts"])
    out["snapshot_build_s"] = round(time.perf_counter() - t, 3)
    out["open_total_s"] = round(time.perf_counter() - t0, 3)
    del doc, loaded
    out["open_peak_rss_mb"] = round(rss_mb(), 1)
    # The same through the public entry point, for the record (the file is in the page cache).
    from store.repository import Repository

    del snapshot
    t = time.perf_counter()
    repo = Repository.open(path, create_missing=False)
    out["repository_open_s"] = round(time.perf_counter() - t, 3)
    from store.search import SearchIndex

    t = time.perf_counter()
    index = SearchIndex(repo.snapshot)
    out["index_build_s"] = round(time.perf_counter() - t, 3)
    out["index_arrays_mb"] = round(index.nbytes() / 1e6, 1)
    out["peak_rss_with_index_mb"] = round(rss_mb(), 1)
    return out




def run_child(mode: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, path = args.child
        print(json.dumps((child_bare if mode == "bare" else child_open)(Path(path))))
        return 0
    rows = []
    for size in args.sizes:
        path = ensure_store(size, args.seed)
        row = {"facts": size, "file_mb": round(path.stat().st_size / 1e6, 1)}
        row.update(run_child("bare", path))
        row.update(run_child("open", path))
        row["rss_ratio_open_vs_bare"] = round(row["open_peak_rss_mb"] / row["bare_peak_rss_mb"], 2)
        row["rss_ratio_with_index_vs_bare"] = round(row["peak_rss_with_index_mb"] / row["bare_peak_rss_mb"], 2)
        rows.append(row)
        if not args.json:
            print(f"--- {size:,} facts ({row['file_mb']} MB)")
            for key, value in row.items():
                print(f"  {key:>30}: {value}")
            sys.stdout.flush()
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
