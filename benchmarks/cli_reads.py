"""Command-line reads of a large store, with and without its sidecar (tui/cli_sidecar.py).

For each command — ``facts --json | head``, ``search QUERY``, ``edit ID --value N`` — it
deletes the sidecar, runs the command twice and prints, per run, the seconds to the first
byte of output and to the process's exit. The first run decodes the JSON; the second shows
whether the first left a sidecar behind. ``--tree`` runs another checkout's code (a "before").

    python benchmarks/cli_reads.py --db /tmp/store.json [--tree /path/to/old/checkout] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
RUN = "import sys; from tui.cli import main; sys.exit(main())"


def timed(tree: Path, args: list[str], head: int | None = None) -> dict:
    """Seconds to the first output byte and to exit; ``head`` closes the pipe after that many lines."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", RUN, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env, cwd=tree)
    assert proc.stdout is not None
    first = None
    lines = 0
    for _line in proc.stdout:
        if first is None:
            first = time.perf_counter() - start
        lines += 1
        if head is not None and lines >= head:
            break
    reader_done = time.perf_counter() - start  # what `cmd | head` waits for
    proc.stdout.close()
    proc.wait()
    return {"first_output_s": round(first or 0.0, 2), "reader_done_s": round(reader_done, 2),
            "exit_s": round(time.perf_counter() - start, 2), "rc": proc.returncode}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--query", default="germany arrested")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    db = args.db.resolve()
    document = orjson.loads(db.read_bytes())
    fact_id = next(iter(document["facts"].values()))["id"]
    del document
    cache = db.with_name(db.name + ".cache")
    commands = {
        "facts --json | head": (["facts", "--json", "--db", str(db)], 10),
        "search": (["search", args.query, "--db", str(db)], None),
        "edit": (["edit", fact_id, "--value", "7", "--reason", "bench", "--db", str(db)], None),
    }
    results: dict[str, list[dict]] = {}
    for name, (cmd, head) in commands.items():
        cache.unlink(missing_ok=True)
        results[name] = [timed(args.tree, cmd, head) for _ in range(2)]
        results[name][-1]["sidecar_after"] = cache.exists()
    out = {"db": str(db), "tree": str(args.tree), "facts": None, "results": results,
           "load": os.getloadavg()[0]}
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        for name, runs in results.items():
            print(f"{name:22} " + "  |  ".join(
                f"run {i + 1}: first {r['first_output_s']:.2f} s, reader done {r['reader_done_s']:.2f} s, "
                f"exit {r['exit_s']:.2f} s" for i, r in enumerate(runs)))
        print(f"load average {out['load']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
