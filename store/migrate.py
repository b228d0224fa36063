"""Bringing a store written by an older takedown up to the current schema.

Reading never migrates: an old store is read as it is (the records' defaults fill what it
lacks), so looking at a store never changes it. The first *write* upgrades the document
inside the write's lock (:func:`store.storage.transaction`) and keeps the file as it was
beside the store (``store.json.schema1.bak``), never overwritten by later writes, so a user
can go back to the version their old takedown reads.

Schema history:
1. meta, sources, operations, facts.
2. facts may carry ``edited`` (changed by hand; absent means false) and the store has a
   ``changes`` table: the log of hand edits that undo and redo walk (store.changes).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from store.model import SCHEMA_VERSION


def schema_of(document: dict[str, Any]) -> int:
    """The schema version in the document's one ``meta`` record (checked by storage)."""
    meta = next(iter(document["meta"].values()))
    return int(meta["schema"])


def original_path(path: Path, schema: int) -> Path:
    """Where the pre-migration file is kept: ``store.json.schema1.bak``."""
    return path.with_name(f"{path.name}.schema{schema}.bak")


def _one_to_two(document: dict[str, Any]) -> None:
    document.setdefault("changes", {})


STEPS: dict[int, Callable[[dict[str, Any]], None]] = {1: _one_to_two}


def upgrade(document: dict[str, Any]) -> int:
    """Migrate ``document`` in place to :data:`SCHEMA_VERSION`; returns the version it had."""
    start = version = schema_of(document)
    while version < SCHEMA_VERSION:
        STEPS[version](document)
        version += 1
    meta = next(iter(document["meta"].values()))
    meta["schema"] = SCHEMA_VERSION
    if start < SCHEMA_VERSION:
        meta.setdefault("migrated_from", start)
    return start
