"""Hand edits and saves into a large store: what a correction and a review's save cost.

    python benchmarks/edits.py [--facts 100000] [--runs 5] [--json]

On a copy of the synthetic store (``benchmarks/synth.py``):
- ``first_edit_migrating_s``: the first write to a schema-1 store (it migrates and keeps the old file);
- ``cli_edit_s``: ``takedown edit FACT --value N`` in a new process, end to end (start, open, write);
- ``cli_undo_s``: ``takedown undo`` the same way;
- ``edit_in_session_s``: ``store.edits.edit_fact`` on an open repository, as the explorer calls it
  (the transaction, then the reload of the new snapshot), and ``edit_write_only_s`` without the reload;
- ``save_30_facts_s``: ``Repository.add_records`` of 30 new facts with their source, one transaction
  plus the reload, as the review screen's save.
Each is the median of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _app import ensure_store  # noqa: E402

from store import edits  # noqa: E402
from store.model import Fact, Source, sha256_text, stable_id  # noqa: E402
from store.repository import Repository  # noqa: E402


def _cli(*args: str, db: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAKEDOWN_DB": str(db)}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main())", *args],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"takedown {' '.join(args)} failed: {result.stderr.strip()}")
    return elapsed


def _thirty_facts(repo: Repository, run: int) -> tuple[Source, list[Fact]]:
    text = f"Benchmark article {run}: " + " ".join(f"Police arrested {n + 1} people." for n in range(30))
    source = Source(id=stable_id("src", "bench", run), title=f"bench {run}", text=text, sha256=sha256_text(text))
    op = next(iter(repo.snapshot.operations))
    facts = [Fact(id=stable_id("f", "bench", run, n), operation=op, metric="arrests", value=n + 1, unit="people",
                  country="DE", source=source.id, quote=f"Police arrested {n + 1} people.") for n in range(30)]
    return source, facts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    source_store = ensure_store(args.facts)
    with tempfile.TemporaryDirectory(prefix="takedown-edits-bench-") as folder:
        db = Path(folder) / "store.json"
        shutil.copyfile(source_store, db)
        repo = Repository.open(db)
        fact_ids = [f.id for f in repo.snapshot.facts if f.metric == "arrests" and f.value is not None][: 4 * args.runs + 1]
        results: dict[str, float | int] = {"facts": len(repo.snapshot.facts), "store_mb": round(db.stat().st_size / 1e6, 1)}

        start = time.perf_counter()
        edits.edit_fact(repo, fact_ids[0], {"value": "7"}, reload=False)
        results["first_edit_migrating_s"] = round(time.perf_counter() - start, 3)

        cli_edit = [_cli("edit", fact_ids[1 + i], "--value", str(900 + i), db=db) for i in range(args.runs)]
        cli_undo = [_cli("undo", db=db) for _ in range(args.runs)]
        repo = Repository.open(db)
        in_session, write_only, save = [], [], []
        for i in range(args.runs):
            start = time.perf_counter()
            edits.edit_fact(repo, fact_ids[1 + args.runs + i], {"value": str(500 + i)})
            in_session.append(time.perf_counter() - start)
            start = time.perf_counter()
            edits.edit_fact(repo, fact_ids[1 + 2 * args.runs + i], {"value": str(600 + i)}, reload=False)
            write_only.append(time.perf_counter() - start)
            repo.reload_if_changed()
            source, facts = _thirty_facts(repo, i)
            start = time.perf_counter()
            added = repo.add_records(sources=[source], facts=facts)
            save.append(time.perf_counter() - start)
            assert added == 30
        for name, values in (("cli_edit_s", cli_edit), ("cli_undo_s", cli_undo), ("edit_in_session_s", in_session),
                             ("edit_write_only_s", write_only), ("save_30_facts_s", save)):
            results[name] = round(statistics.median(values), 3)
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            print(f"{key:>24}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
