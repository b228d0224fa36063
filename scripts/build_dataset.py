#!/usr/bin/env python3
"""Regenerate store/data/bundled.json: the seed article ingested, corrected by the annotations.

    python scripts/build_dataset.py [--check]

--check exits 1 if the shipped file differs from what the build gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.builder.dataset import build_dataset  # noqa: E402
from store.storage import serialise  # noqa: E402

TARGET = ROOT / "store" / "data" / "bundled.json"


def main(argv: list[str]) -> int:
    document, report = build_dataset()
    payload = serialise(document)
    print(f"facts taken from the extractor: {report.extracted}", file=sys.stderr)
    for line in report.corrections:
        print(f"correction: {line}", file=sys.stderr)
    if "--check" in argv:
        same = TARGET.exists() and TARGET.read_bytes() == payload
        print("bundled.json is up to date" if same else "bundled.json is out of date", file=sys.stderr)
        return 0 if same else 1
    TARGET.write_bytes(payload)
    print(f"wrote {TARGET} ({len(document['facts'])} facts)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
