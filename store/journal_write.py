"""Writes through the journal: a change to a large store in milliseconds, not seconds.

:func:`write` runs a change (a function of :class:`store.changes.Records`) the way
:func:`store.storage.transaction` does — under the store's lock, on the state every other
process committed, all of it or nothing — but reads that state from the repository's
snapshot (made current inside the lock: the JSON, or its sidecar, plus the journal) instead
of parsing the file, and commits by appending the rows it put to the journal
(:mod:`store.journal`) instead of rewriting the file. The repository then holds the new
snapshot without reading anything back.

It falls back to the whole-file transaction when the snapshot cannot name its rows (a
sidecar without them), when the store is of an older schema (the first write migrates it and
keeps the old file), for a store under 4 MB (a rewrite costs less than a frame, and the
JSON alone stays the whole store for anyone who edits it by hand) unless ``TAKEDOWN_JOURNAL=1``,
or always with ``TAKEDOWN_JOURNAL=0``; and it folds the journal into the JSON
once the journal outgrows :func:`store.journal.compact_from`.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from operator import itemgetter
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeVar

from store import journal as journals
from store.changes import Records
from store.model import RECORD_TYPES, SCHEMA_VERSION, to_dict
from store.sidecar import Opened
from store.snapshot import RowKeys
from store.storage import SnapshotStorage, empty_document, locked, remove_leftovers, transaction

if TYPE_CHECKING:
    from store.repository import Repository

T = TypeVar("T")
_GONE = object()


FROM_BYTES = 4_000_000  # a smaller store is rewritten whole in well under 0.1 s: it gets no journal


def enabled(store_size: int) -> bool:
    """``TAKEDOWN_JOURNAL=0`` never journals, ``=1`` always; by default stores from FROM_BYTES."""
    setting = os.environ.get("TAKEDOWN_JOURNAL", "")
    if setting in ("0", "1"):
        return setting == "1"
    return store_size >= FROM_BYTES


class LazyTable(MutableMapping[str, Any]):
    """One table of the snapshot seen as TinyDB documents (made from a record on first
    read), with the rows a write puts kept apart: they are what the journal gets."""

    def __init__(self, keys: Sequence[str], records: Sequence[Any], kind: type | None, is_sorted: bool = False,
                 rows: RowKeys | None = None, table: str = "") -> None:
        self._keys = keys
        self._sorted = is_sorted
        self._rows = rows if rows is not None else RowKeys(0, {table: tuple(keys)}, {})
        self._table = table
        self._records = records
        self._kind = kind  # None: the records are plain documents already (the changes table)
        self._at: dict[str, int] | None = None
        self._made: dict[str, dict[str, Any]] = self._rows.docs.setdefault(table, {}) if kind is not None else {}
        self.puts: dict[str, dict[str, Any] | None] = {}

    def _position(self) -> dict[str, int]:
        if self._at is None:
            self._at = {key: i for i, key in enumerate(self._keys)}
        return self._at

    def _find(self, key: str) -> int | None:
        if self._sorted:
            i = bisect.bisect_left(self._keys, key)
            return i if i < len(self._keys) and self._keys[i] == key else None
        return self._position().get(key)

    def _base(self, key: str) -> Any:
        i = self._find(key)
        if i is None:
            raise KeyError(key)
        record = self._records[i]
        if self._kind is None:
            return record
        doc = self._made.get(key)
        if doc is None:
            doc = self._made[key] = to_dict(record)
        return doc

    def __getitem__(self, key: str) -> Any:
        put = self.puts.get(key, _GONE)
        if put is None:
            raise KeyError(key)
        return self._base(key) if put is _GONE else put

    def __setitem__(self, key: str, doc: dict[str, Any]) -> None:
        self.puts[key] = doc

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.puts[key] = None

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        put = self.puts.get(key, _GONE)
        return self._find(key) is not None if put is _GONE else put is not None

    def __iter__(self) -> Iterator[str]:
        puts = self.puts
        for key in self._keys:
            if puts.get(key, _GONE) is not None:
                yield key
        for key, doc in list(puts.items()):
            if doc is not None and self._find(key) is None:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _field(self, record: Any, name: str) -> Any:
        return record.get(name) if self._kind is None else getattr(record, name, None)

    def id_index(self) -> MutableMapping[str, str]:
        """Record id -> document key, read from the records (no document is made): the
        snapshot's index (kept from write to write) under this write's own changes."""
        if self._kind is None:
            return dict(zip(map(itemgetter("id"), self._records), self._keys))
        return _Overlay(self._rows.id_index(self._table, self._records))

    def next_key(self) -> int:
        """One more than the largest key (as ``Records.put`` numbers a new row)."""
        keys = [int(k) for k, doc in self.puts.items() if doc is not None]
        if any(doc is None for doc in self.puts.values()):  # a row removed: its key may no longer count
            keys.extend(map(int, self))
        else:
            keys.extend(map(int, self._keys))
        return max(keys, default=0) + 1

    def where(self, name: str, value: Any) -> Iterator[dict[str, Any]]:
        for key, record in zip(self._keys, self._records):
            if key not in self.puts and self._field(record, name) == value:
                yield self._base(key)
        for doc in list(self.puts.values()):
            if doc is not None and doc.get(name) == value:
                yield doc


class _Overlay(MutableMapping[str, str]):
    """A mapping read through to ``base`` and changed only on top (the base stays as it was)."""

    def __init__(self, base: dict[str, str]) -> None:
        self.base = base
        self.top: dict[str, str | None] = {}

    def __getitem__(self, key: str) -> str:
        value = self.top[key] if key in self.top else self.base[key]
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: str) -> None:
        self.top[key] = value

    def __delitem__(self, key: str) -> None:
        self[key]  # noqa: B018 - KeyError if absent
        self.top[key] = None

    def __iter__(self) -> Iterator[str]:
        yield from (k for k in self.base if k not in self.top)
        yield from (k for k, v in self.top.items() if v is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Fallback(Exception):
    """The journal cannot take this write: the whole-file transaction does it."""


def usable(repo: Repository) -> bool:
    opened = repo.opened
    if opened is None:
        return False
    rows = repo.snapshot.rows
    return (opened is not None and enabled(opened.key.size) and opened.snapshot is repo.snapshot
            and rows is not None and rows.schema == SCHEMA_VERSION and repo.path.exists())


def write(repo: Repository, work: Callable[[Records], T], *, reload: bool = True) -> T:
    """Run ``work`` on the store's current state and commit what it put, through the journal
    when it can; the repository's snapshot is the new state afterwards (after a whole-file
    write only if ``reload``: a caller making several changes reloads once)."""
    if usable(repo):
        try:
            result, journal = _journalled(repo, work)
        except _Fallback:
            pass
        else:
            if journal is not None and journal.size >= journals.compact_from(repo.opened.key.size):  # type: ignore[union-attr]
                compact(repo)
            return result
    with transaction(repo.path, initial=empty_document(), check=repo.check_before_write) as db:
        result = work(Records(db))
    if reload:
        repo.reload_if_changed()
    return result


def compact(repo: Repository) -> bool:
    """Fold the journal into the JSON and reopen the store; True if there was one to fold."""
    from store.storage import compact as fold

    folded = fold(repo.path)
    repo.reload_if_changed()
    return folded


def _journalled(repo: Repository, work: Callable[[Records], T]) -> tuple[T, journals.Journal | None]:
    with locked(repo.path):
        remove_leftovers(repo.path)
        if repo.changed_on_disk():
            repo.reopen()  # another process committed: its state, not ours, is the one to change
        if not usable(repo):
            raise _Fallback
        opened: Opened = repo.opened  # type: ignore[assignment]
        current = journals.read(repo.path)
        base = journals.Base(opened.key.size, opened.key.digest)
        if current is not None and current.base == base and opened.journal_prefix[0] != (current.ends or [0])[-1]:
            raise _Fallback  # the snapshot stopped short of the journal (an entry it could not apply)
        snapshot = repo.snapshot
        rows = snapshot.rows
        assert rows is not None
        document: dict[str, Any] = {
            table: LazyTable(rows.of(table), records, RECORD_TYPES[table], rows.is_sorted(table), rows, table)
            for table, records in (("sources", list(snapshot.sources.values())),
                                   ("operations", list(snapshot.operations.values())), ("facts", snapshot.facts))
        } | {
            "changes": LazyTable(tuple(rows.change_table), list(rows.change_table.values()), None),
        }
        storage = SnapshotStorage(document)
        result = work(Records(SimpleNamespace(storage=storage)))  # type: ignore[arg-type]
        puts = {table: dict(rows_of.puts) for table, rows_of in document.items() if rows_of.puts}
        if not storage.dirty or not puts:
            return result, None
        journal = journals.append(repo.path, base, puts, current)
        new, applied = journals.apply_to_snapshot(snapshot, [puts], str(journals.journal_path(repo.path)))
        if not applied:  # cannot happen for records the change validated; the file is right, reread it
            repo.reopen()
            return result, journal
        repo.adopt(Opened(new, opened.key, None, False, journal.stamp, journal.prefix(len(journal.entries))))
    return result, journal
