"""The ``changes`` table: every hand change to the store, the log that undo and redo walk.

A change holds the records it touched as they were (``before``) and as they became
(``after``): ``{"facts": {id: document or null}, "operations": {id: document or null}}``,
null meaning the record did not exist. Undo writes ``before`` back, redo writes ``after``;
each checks first that the records are still as the change left them, so an undo never
overwrites work done since. The log lives in the store file, not in memory: undo works in
a new process, and every entry says when (UTC), who (the local user) and why (a reason).

Undoable changes (edit, delete, move, merge, add) carry a status: ``done``, ``undone`` (undo can
be redone) or ``dropped`` (undone, then a new change was made: the redo branch is gone).
Undo and redo are entries of their own (``of`` names the change), so the history shows them.
Undone changes always follow every done one, so undo takes the newest done change and redo
the oldest undone one.

Everything here runs inside one :func:`store.storage.transaction` and works on its document
directly: TinyDB's tables convert every key of a table on each call, which at 100,000 facts
would cost more than the edit.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tinydb import TinyDB

EDIT, DELETE, MOVE, MERGE, ADD, UNDO, REDO = "edit", "delete", "move", "merge", "add", "undo", "redo"
UNDOABLE: tuple[str, ...] = (EDIT, DELETE, MOVE, MERGE, ADD)
KINDS: tuple[str, ...] = (*UNDOABLE, UNDO, REDO)
DONE, UNDONE, DROPPED = "done", "undone", "dropped"
RECORD_TABLES: tuple[str, ...] = ("facts", "operations")

State = dict[str, dict[str, dict[str, Any] | None]]  # table -> record id -> document or None


def local_user() -> str:
    """Who made a change: ``TAKEDOWN_USER``, else the login name, else ``unknown``."""
    override = os.environ.get("TAKEDOWN_USER")
    if override:
        return override
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # noqa: BLE001 - no login name (a container, no passwd entry): still record the change
        return "unknown"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Change:
    """One entry of the log."""

    id: int
    time: str
    user: str
    kind: str
    target: str  # the fact or operation id the change is about
    before: State = field(repr=False)
    after: State = field(repr=False)
    reason: str | None = None
    status: str | None = None  # for undoable kinds: done, undone, dropped
    of: int | None = None  # for undo and redo: the change they undid or redid
    summary: str = ""  # what changed, in words: "value 155 → 150; country US → GB"

    @property
    def undoable(self) -> bool:
        return self.kind in UNDOABLE

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "time": self.time, "user": self.user, "kind": self.kind, "target": self.target,
            "summary": self.summary, "reason": self.reason, "status": self.status, "of": self.of,
            "before": self.before, "after": self.after,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        """An entry as the file holds it; ValueError if it is not one (a hand-edited log)."""
        if not isinstance(data, dict) or not isinstance(data.get("id"), int) or data.get("kind") not in KINDS:
            raise ValueError("not a change entry")
        for side in ("before", "after"):
            state = data.get(side) or {}
            if not isinstance(state, dict) or not all(
                table in RECORD_TABLES and isinstance(records, dict)
                and all(doc is None or isinstance(doc, dict) for doc in records.values())
                for table, records in state.items()
            ):
                raise ValueError(f"change {data['id']}: {side} is not a set of records")
        return cls(
            id=int(data["id"]), time=str(data["time"]), user=str(data["user"]), kind=str(data["kind"]),
            target=str(data["target"]), before=data.get("before") or {}, after=data.get("after") or {},
            reason=data.get("reason"), status=data.get("status"), of=data.get("of"),
            summary=str(data.get("summary") or ""),
        )


class Records:
    """The facts and operations of a transaction's document, found by record id.

    The id -> key index of a table is built on first use (one pass, ~10 ms at 100,000)."""

    def __init__(self, db: TinyDB) -> None:
        self.db = db
        self.document: dict[str, Any] = db.storage.read()  # type: ignore[assignment]
        self._index: dict[str, MutableMapping[str, str]] = {}
        self._next_key: dict[str, int] = {}

    def table(self, name: str) -> dict[str, Any]:
        return self.document.setdefault(name, {})

    def _keys(self, table: str) -> MutableMapping[str, str]:
        if table not in self._index:
            rows = self.table(table)
            id_index = getattr(rows, "id_index", None)  # a journalled write's table (store.journal_write)
            self._index[table] = id_index() if id_index else {doc.get("id"): key for key, doc in rows.items()}
        return self._index[table]

    def get(self, table: str, record_id: str) -> dict[str, Any] | None:
        key = self._keys(table).get(record_id)
        return None if key is None else self.table(table)[key]

    def where(self, table: str, name: str, value: Any) -> Iterator[dict[str, Any]]:
        """Documents whose ``name`` field equals ``value``."""
        rows = self.table(table)
        if hasattr(rows, "where"):  # a journalled write's table reads the records' field directly
            return rows.where(name, value)
        return (doc for doc in rows.values() if doc.get(name) == value)

    def put(self, table: str, record_id: str, document: dict[str, Any] | None) -> None:
        """Replace, insert (a new key after the last) or, with None, remove a record."""
        keys = self._keys(table)
        rows = self.table(table)
        key = keys.get(record_id)
        if document is None:
            if key is not None:
                del rows[key]
                del keys[record_id]
                self._next_key.pop(table, None)  # the last key may be free again
        else:
            if key is None:
                if table not in self._next_key:
                    next_key = getattr(rows, "next_key", None)  # a journalled write's table counts faster
                    self._next_key[table] = next_key() if next_key else max(map(int, rows), default=0) + 1
                key = str(self._next_key[table])
                self._next_key[table] += 1
                keys[record_id] = key
            rows[key] = dict(document)
        self.db.storage.write(self.document)  # marks the transaction dirty: it will be saved

    def state(self, ids: State) -> State:
        """The current documents of the records named in ``ids`` (its values are ignored)."""
        return {table: {rid: self.get(table, rid) for rid in records} for table, records in ids.items()}

    def apply(self, state: State) -> None:
        for table, records in state.items():
            for rid, document in records.items():
                self.put(table, rid, document)


class Log:
    """The changes table of a transaction's document."""

    def __init__(self, records: Records) -> None:
        self.records = records
        self.rows = records.table("changes")

    def entries(self) -> list[Change]:
        out = []
        for key, doc in self.rows.items():
            try:
                out.append(Change.from_json(doc))
            except (ValueError, TypeError, KeyError):
                from store.storage import StoreError

                raise StoreError(f"the changes log entry {key} is damaged; undo and redo need it whole (nothing changed)") from None
        return sorted(out, key=lambda c: c.id)

    def _next_id(self) -> int:
        ids = [doc["id"] for doc in self.rows.values() if isinstance(doc, dict) and isinstance(doc.get("id"), int)]
        ids += [int(key) for key in self.rows if key.isdigit()]  # never reuse the key of an odd entry
        return max(ids, default=0) + 1

    def _write(self, change: Change) -> Change:
        self.rows[str(change.id)] = change.to_json()
        self.records.db.storage.write(self.records.document)
        return change

    def record(self, kind: str, target: str, before: State, after: State, *, reason: str | None = None,
               summary: str = "", of: int | None = None) -> Change:
        """Append an entry; a new undoable change drops the redo branch."""
        if kind in UNDOABLE:
            for key, doc in self.rows.items():
                if isinstance(doc, dict) and doc.get("status") == UNDONE:
                    self.rows[key] = {**doc, "status": DROPPED}
        change = Change(
            id=self._next_id(), time=utc_now(), user=local_user(), kind=kind, target=target,
            before=before, after=after, reason=reason, summary=summary, of=of,
            status=DONE if kind in UNDOABLE else None,
        )
        return self._write(change)

    def set_status(self, change: Change, status: str) -> None:
        self.rows[str(change.id)] = {**change.to_json(), "status": status}
        self.records.db.storage.write(self.records.document)

    def undo_candidate(self) -> Change | None:
        done = [c for c in self._undoable() if c.status == DONE]
        return done[-1] if done else None

    def redo_candidate(self) -> Change | None:
        undone = [c for c in self._undoable() if c.status == UNDONE]
        return undone[0] if undone else None

    def _undoable(self) -> list[Change]:
        return [c for c in self.entries() if c.undoable]


def read_log(document: dict[str, Any]) -> list[Change]:
    """The log of a store document, oldest first; damaged entries are left out."""
    return sorted(readable(document.get("changes", {}).values()), key=lambda c: c.id)


def readable(entries: Iterable[Any]) -> list[Change]:
    """The entries that are changes (a hand-edited log may hold others: they are skipped)."""
    out = []
    for doc in entries:
        try:
            out.append(Change.from_json(doc))
        except (ValueError, TypeError, KeyError):
            continue
    return out


def same_state(current: State, expected: State, normalise) -> list[str]:
    """The record ids whose current document differs from the expected one."""
    differ = []
    for table, records in expected.items():
        for rid, doc in records.items():
            now = current.get(table, {}).get(rid)
            if (now is None) != (doc is None) or (now is not None and normalise(table, now) != normalise(table, doc)):
                differ.append(rid)
    return differ


def deleted_facts(entries: Iterable[Change]) -> set[str]:
    """Facts a done change removed (and nothing brought back): an ingest must not revive them."""
    gone: set[str] = set()
    for change in entries:
        if change.kind not in UNDOABLE or change.status != DONE:
            continue
        for rid, doc in change.after.get("facts", {}).items():
            if doc is None:
                gone.add(rid)
            else:
                gone.discard(rid)
    return gone


def merged_operations(entries: Iterable[Change]) -> dict[str, str]:
    """Operation id -> the operation it was merged into, following chains (a into b into c)."""
    into: dict[str, str] = {}
    for change in entries:
        if change.kind == MERGE and change.status == DONE:
            target = next((rid for rid, doc in change.after.get("operations", {}).items() if doc is not None), None)
            if target:
                into[change.target] = target
    resolved = {}
    for source in into:
        seen, current = {source}, into[source]
        while current in into and current not in seen:
            seen.add(current)
            current = into[current]
        resolved[source] = current
    return resolved


def respect_changes(document: dict[str, Any], operations: list, facts: list) -> tuple[list, list]:
    """What an ingest may write, given the log: no fact a hand change deleted comes back, and
    records for an operation merged into another go to that one (the name becomes an alias).
    Called inside the ingest's transaction, so it sees every change committed before it."""
    entries = read_log(document)
    if not entries:
        return operations, facts
    from store.model import replace

    gone, into = deleted_facts(entries), merged_operations(entries)
    facts = [
        replace(f, operation=into[f.operation]) if f.operation in into else f
        for f in facts
        if f.id not in gone
    ]
    operations = [replace(op, id=into[op.id]) if op.id in into else op for op in operations]
    return operations, facts
