"""``takedown compact``: fold the write journal (``store.json.journal``) into the store file.

Journalled writes (store.journal) keep a large store fast to change; the JSON alone is then
not the whole store. Compacting rewrites the JSON with every journalled change, in the order a
whole-file write gives it, and removes the journal — before copying the JSON elsewhere or
letting another tool write it. It happens by itself once the journal grows large.
"""

from __future__ import annotations

import argparse
from typing import Any

from store import journal
from store.storage import StoreError, compact
from store.words import count


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    subparsers.add_parser("compact", parents=parents, help="fold the write journal into the store file",
                          description="Rewrite the store file with every change its journal holds, then remove "
                                      "the journal (store.json.journal).")


def run(args: argparse.Namespace, path: Any) -> int:
    if not path.exists():
        raise StoreError(f"{path}: no such store")
    before = journal.read(path)
    if before is None:
        print(f"{path}: no journal; nothing to compact")
        return 0
    if not compact(path):
        raise StoreError(f"{journal.journal_path(path)}: was not made for this store's file; it was left as it is")
    print(f"{path}: {count(len(before.entries), 'journalled change')} folded into the store file")
    return 0
