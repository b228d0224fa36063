"""Reading a store file into a :class:`~store.snapshot.Snapshot`, checked whole.

The usual case, a valid file, is decoded by msgspec straight into records (the fast path);
anything that path refuses is parsed to plain JSON and checked record by record (the slow
path), which names the problem or accepts what the typed decoder was stricter about.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec

from store.model import RECORD_TYPES, Fact, Operation, Source, ValidationError, decoded_records_valid, load_many
from store.snapshot import RowKeys, Snapshot
from store.storage import StoreError, check_schema, parse_document, read_raw


def load_records(path: Path, document: dict[str, Any]) -> Snapshot:
    """Turn a parsed document into records, refusing it whole if any record is malformed.

    The garbage collector is paused while 100,000 records are made (it would scan them again
    and again for nothing) and the result is frozen, so later collections skip it: without
    that a full collection can land on a keystroke.
    """
    loaded: dict[str, list] = {}
    with gc_paused():
        for table, kind in RECORD_TYPES.items():
            try:
                loaded[table] = load_many(kind, document[table])
            except ValidationError as exc:
                raise StoreError(f"{path}: {table} {exc}; the file was left as it is") from None
        change_table = document.get("changes", {})
        changes = [c for c in change_table.values() if isinstance(c.get("id"), int)]
        rows = RowKeys(_schema(document["meta"]), {t: tuple(document[t]) for t in RECORD_TYPES}, dict(change_table))
        snapshot = Snapshot.build(loaded["sources"], loaded["operations"], loaded["facts"], changes, rows=rows)
    gc.freeze()
    return snapshot


class _TypedDocument(msgspec.Struct):
    """A store file as msgspec decodes it: records made and type-checked while parsing."""

    facts: dict[str, Fact]
    sources: dict[str, Source]
    operations: dict[str, Operation]
    meta: dict[str, dict[str, Any]]
    changes: dict[str, dict[str, Any]] = {}  # schema 2 (store.changes); a schema-1 store has none


@functools.cache
def _typed_decoder() -> msgspec.json.Decoder:
    return msgspec.json.Decoder(_TypedDocument)


def read_snapshot(path: Path) -> Snapshot:
    """The store at ``path``, read for the explorer and the commands.

    A store is checked whole before anything is shown. A valid file is decoded straight into
    records (types, unknown and missing fields checked by msgspec as it parses; about the
    time of parsing alone), then each record's own rules run. Anything that path refuses is
    read again the slow way (:func:`load_records`).
    """
    return decode_snapshot(path, read_raw(path))


def decode_snapshot(path: Path, raw: bytes) -> Snapshot:
    """:func:`read_snapshot` of bytes already read (``path`` names them in errors)."""
    with gc_paused():
        try:
            typed = _typed_decoder().decode(raw)
            check_schema(path, typed.meta)
            tables = (list(typed.sources.values()), list(typed.operations.values()), list(typed.facts.values()))
            changes = [c for c in typed.changes.values() if isinstance(c.get("id"), int)]
            if not decoded_records_valid(*tables):
                raise ValidationError("a record breaks a rule")  # the slow path says which
        except Exception:  # noqa: BLE001 - whatever it is, the slow path names it (or accepts)
            return load_records(path, parse_document(path, raw))
        rows = RowKeys(_schema(typed.meta), {"sources": tuple(typed.sources), "operations": tuple(typed.operations),
                                             "facts": tuple(typed.facts)}, dict(typed.changes))
        del typed  # its tables of documents: the records are all that is kept
        snapshot = Snapshot.build(*tables, changes, rows=rows)
    gc.freeze()
    return snapshot


def _schema(meta: dict[str, Any]) -> int:
    first: Any = next(iter(meta.values()), {})
    return int(first.get("schema", 0)) if isinstance(first, dict) else 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection while a store is parsed and turned into records: it would walk
    the growing heap again and again (hundreds of thousands of new objects) for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
