"""Ingest of one article into a large store, end to end, as ``takedown ingest`` runs it.

    python benchmarks/ingest_one.py --facts 100000 [--runs 3] [--json]

Each run is a fresh process on a fresh copy of the synthetic store (brought to the current
schema first — a store's first write migrates it once, ``edits.py`` times that — and its
sidecar cache made, as the explorer leaves it), ingesting one development article offline;
it times the whole command from process start and its stages: opening the store, the write
(``add_records``: the journal append, or for a store without a journal the transaction that
re-reads, parses and rewrites all of it) and any reload after it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

T0 = time.perf_counter()

from _app import ensure_store  # noqa: E402

ARTICLE = Path("/work/shared/corpus/articles/en_02_quarry.txt")
BUNDLED_ARTICLE = Path(__file__).resolve().parent.parent / "store" / "data" / "sources" / "ru_00_spector.txt"


def child(path: Path, article: Path) -> dict:
    import contextlib
    import io

    from store import repository, storage
    from tui.cli import main

    stages: dict[str, float] = {}

    def timed(owner, name: str, label: str) -> None:
        real = getattr(owner, name)

        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                stages[label] = stages.get(label, 0.0) + time.perf_counter() - t

        setattr(owner, name, wrapper)

    timed(repository.Repository, "open", "open_store_s")
    timed(storage, "read_document", "transaction_read_s")
    timed(storage, "atomic_write", "transaction_write_s")
    timed(repository.Repository, "reload_if_changed", "reload_after_s")
    timed(repository.Repository, "add_records", "add_records_s")
    with contextlib.redirect_stdout(io.StringIO()):
        rc = main(["ingest", "--db", str(path), "--offline", str(article)])
    return {"total_s": round(time.perf_counter() - T0, 3), "rc": rc, **{k: round(v, 3) for k, v in stages.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]))))
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from store import migrate, sidecar
    from store.repository import Repository
    from store.storage import transaction

    try:
        from store.journal import journal_path
    except ImportError:  # measuring a tree without the journal
        def journal_path(path: Path) -> Path:
            return path.with_name(path.name + ".journal")
    from store.search import SearchIndex

    article = ARTICLE if ARTICLE.exists() else BUNDLED_ARTICLE
    runs = []
    for _ in range(args.runs):
        work = Path(f"/tmp/takedown-ingest-{args.facts}.json")
        shutil.copyfile(ensure_store(args.facts), work)
        for leftover in (sidecar.sidecar_path(work), journal_path(work), migrate.original_path(work, 1)):
            leftover.unlink(missing_ok=True)
        with transaction(work) as db:  # an old synthetic store is migrated (inside the transaction) and saved
            db.storage.write(db.storage.read())
        migrate.original_path(work, 1).unlink(missing_ok=True)
        repo = Repository.open(work, create_missing=False)
        sidecar.save(work, repo.opened.key, repo.snapshot, SearchIndex(repo.snapshot, warm=False).state())
        proc = subprocess.run([sys.executable, __file__, "--child", str(work), str(article)], capture_output=True,
                              text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    out: dict = {"facts": args.facts, "article": article.name, "runs": args.runs}
    out["rc"] = max(run.pop("rc") for run in runs)
    for key in runs[0]:
        values = sorted(run[key] for run in runs)
        out[key] = statistics.median(values)
        if len(values) > 1:
            out[f"{key}_range"] = [values[0], values[-1]]
    print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k:>22}: {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
