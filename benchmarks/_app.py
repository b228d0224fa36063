"""Shared helpers for the benchmarks that drive the explorer headless (tui/app.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def ensure_store(facts: int, seed: int = 1) -> Path:
    path = Path(f"/tmp/takedown-bench-{facts}-{seed}.json")
    if not path.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("synth.py")), "--facts", str(facts),
                        "--out", str(path), "--seed", str(seed)], check=True)
    return path
