"""Store load time and peak RSS at several sizes, beside a bare ``orjson.loads`` of the same file.

    python benchmarks/load.py [--sizes 10000 100000 1000000] [--json]

Each measurement runs in its own subprocess (peak RSS via ``resource.getrusage``):
``bare`` reads the file and ``orjson.loads`` it, nothing else; ``open`` runs
``Repository.open`` (peak RSS), builds the ``SearchIndex`` (peak RSS again), then times the
stages of the open for where the time goes: read, decode into typed records, each record's
rules, ``Snapshot.build``.
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
    from store.model import decoded_records_valid
    from store.repository import Repository, Snapshot, _typed_decoder
    from store.search import SearchIndex
    from store.storage import read_raw

    out: dict = {"baseline_rss_mb": round(rss_mb(), 1)}
    t = time.perf_counter()
    repo = Repository.open(path, create_missing=False)
    out["repository_open_s"] = round(time.perf_counter() - t, 3)
    out["open_peak_rss_mb"] = round(rss_mb(), 1)
    t = time.perf_counter()
    index = SearchIndex(repo.snapshot)
    out["index_build_s"] = round(time.perf_counter() - t, 3)
    out["index_arrays_mb"] = round(index.nbytes() / 1e6, 1)
    out["peak_rss_with_index_mb"] = round(rss_mb(), 1)
    del index, repo
    # Where the open time goes, stage by stage (the file is in the page cache now).
    t = time.perf_counter()
    raw = read_raw(path)
    out["stage_read_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    typed = _typed_decoder().decode(raw)
    out["stage_decode_to_records_s"] = round(time.perf_counter() - t, 3)
    tables = (list(typed.sources.values()), list(typed.operations.values()), list(typed.facts.values()))
    t = time.perf_counter()
    decoded_records_valid(*tables)
    out["stage_check_records_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    Snapshot.build(*tables)
    out["stage_snapshot_build_s"] = round(time.perf_counter() - t, 3)
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
