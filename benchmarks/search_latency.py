"""Per-keystroke search latency: realistic queries typed one character at a time.

    python benchmarks/search_latency.py --facts 100000 [--json] [--store FILE] [--naive-samples 60]

Generates (or reuses) a synthetic store, opens it with ``Repository.open``, builds the
``SearchIndex`` and times ``search(prefix, limit=PAGE)`` for every prefix of every query,
with every cache cleared before each query (a worst case: nothing typed before helps).
For comparison the same keystrokes run as a plain TinyDB regex query (each term as a
case-insensitive regex over quote, operation and country, AND) on the same document in
memory, on a sample of keystrokes; ``naive_p50_ms / p50_ms`` is the speed-up.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _app import ensure_store  # noqa: E402

QUERIES = [
    "германии", "немецкие власти", "арестованы", "spector arrests", "hydra germany", "country:de arrests",
    "monopoly market", "germaniya", "спектор", "hydar", "metric:seized_money year:2023", "value>1000 country:us",
    "Europol", "наркотиков", "wall street market", "DarkMarket", "США", "firearms seized", "изъято кокаина",
    "dark huntor", "police detained", "lang:ru задержали", "op:hydra", "Нидерландах", "cocaine netherlands",
]
PAGE = 50


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)




def clear_caches(index) -> None:
    from store.search import clear_caches as clear_text_caches

    index.clear_caches()
    clear_text_caches()


def naive_query(term_words: list[str]):
    """The TinyDB way: a regex per term over the fact's quote, operation id and country."""
    from tinydb import Query

    fact = Query()
    query = None
    for word in term_words:
        pattern = re.escape(word)
        part = (fact.quote.search(pattern, flags=re.IGNORECASE)
                | fact.operation.search(pattern, flags=re.IGNORECASE)
                | fact.country.test(lambda v, p=pattern: bool(v) and re.search(p, v, re.IGNORECASE) is not None))
        query = part if query is None else query & part
    return query


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", type=Path, help="use this store instead of a synthetic one")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="type every query this many times (caches cleared each time)")
    parser.add_argument("--no-gc-freeze", action="store_true",
                        help="leave the loaded records to the cyclic GC (the app should gc.freeze() after loading)")
    parser.add_argument("--naive-samples", type=int, default=40, help="keystrokes to time the TinyDB way")
    args = parser.parse_args(argv)

    path = ensure_store(args.facts, args.seed, args.store)
    from store.repository import Repository
    from store.search import SearchIndex

    t0 = time.perf_counter()
    repo = Repository.open(path, create_missing=False)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    index = SearchIndex(repo.snapshot)
    build_s = time.perf_counter() - t0
    if not args.no_gc_freeze:
        import gc

        gc.collect()
        gc.freeze()  # 100,000 records need no cycle scans: a gen-2 pass over them costs ~100 ms

    latencies: list[float] = []
    cpu: list[float] = []
    per_query: dict[str, float] = {}
    keystrokes: list[str] = []
    for round_no in range(args.repeat):
        for query in QUERIES:
            clear_caches(index)
            worst = 0.0
            for end in range(1, len(query) + 1):
                prefix = query[:end]
                if round_no == 0:
                    keystrokes.append(prefix)
                c = time.thread_time()
                t = time.perf_counter()
                index.search(prefix, limit=PAGE)
                dt = (time.perf_counter() - t) * 1000
                cpu.append((time.thread_time() - c) * 1000)
                latencies.append(dt)
                worst = max(worst, dt)
            per_query[query] = round(max(worst, per_query.get(query, 0.0)), 3)

    # The naive way, on an evenly spread sample of the same keystrokes.
    from tinydb import TinyDB

    from store.storage import SnapshotStorage, read_document

    db = TinyDB(storage=SnapshotStorage, document=read_document(path))
    table = db.table("facts", cache_size=0)
    step = max(1, len(keystrokes) // max(1, args.naive_samples))
    naive: list[float] = []
    for prefix in keystrokes[::step][: args.naive_samples]:
        words = [w for w in prefix.split() if not re.match(r"^[a-z]+[:<>=]", w)]
        if not words:
            continue
        t = time.perf_counter()
        table.search(naive_query(words))
        naive.append((time.perf_counter() - t) * 1000)

    report = {
        "facts": len(repo.snapshot.facts),
        "keystrokes": len(latencies),
        "p50_ms": round(statistics.median(latencies), 3),
        "p90_ms": round(percentile(latencies, 0.90), 3),
        "p99_ms": round(percentile(latencies, 0.99), 3),
        "max_ms": round(max(latencies), 3),
        "cpu_p50_ms": round(statistics.median(cpu), 3),
        "cpu_p99_ms": round(percentile(cpu, 0.99), 3),
        "repeat": args.repeat,
        "load_average": round(__import__("os").getloadavg()[0], 2),
        "naive_p50_ms": round(statistics.median(naive), 1) if naive else None,
        "naive_samples": len(naive),
        "speedup_p50": round(statistics.median(naive) / statistics.median(latencies), 1) if naive else None,
        "index_build_s": round(build_s, 3),
        "gc_frozen": not args.no_gc_freeze,
        "index_mb": round(index.nbytes() / 1e6, 1),
        "repository_open_s": round(load_s, 3),
        "worst_keystroke_ms_by_query": per_query,
        "page": PAGE,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
