"""The write journal beside a store (``store.json.journal``): small writes without a rewrite.

Rewriting a 70 MB store to add 30 facts costs seconds (parse, serialise, fsync, re-read).
A journalled write instead appends one line to this file — the rows it puts, keyed by their
TinyDB document keys — and fsyncs it: milliseconds. Every reader applies the journal on top
of the JSON (or of the sidecar made from it) when it opens the store, and the explorer's
live reload does the same, so every process sees the same state. The journal is folded into
the JSON (compacted) by the next whole-file write, by ``takedown compact``, or once it grows
past :func:`compact_from`; the JSON then holds exactly what the journal said, in the order a
whole-file write gives it.

Format: UTF-8 lines ``<crc32 as 8 hex digits> <compact JSON>\\n``. The first line is the
header, naming the JSON bytes the journal applies to (size and xxh3-128 digest) — a journal
whose base is not the store's current bytes is not applied. Then one line per write:
``{"puts": {table: {key: document or null}}}``. A compaction appends
``{"compacted": {"size": …, "digest": …}}`` before it replaces the JSON and removes the
journal, so a leftover journal is recognised as folded in. A line cut short (a writer killed
mid-append) or garbled ends the journal: it and anything after it are ignored with a debug
note, and the next writer cuts them off before it appends.

Readers open the journal *before* the JSON: a compaction in between then shows them the new
JSON and a journal marked as folded into it, never the old JSON without its journal.
"""

from __future__ import annotations

import bisect
import contextlib
import errno
import logging
import os
import secrets
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import IO, Any

import orjson

from store.model import RECORD_TYPES, ValidationError, from_dict
from store.snapshot import RowKeys, Snapshot

log = logging.getLogger("takedown.journal")

VERSION = 1
SUFFIX = ".journal"
TABLES: tuple[str, ...] = ("sources", "operations", "facts", "changes")
COMPACT_FROM_BYTES = 8 << 20  # at least; see compact_from
COMPACT_FRACTION = 8  # ... or an eighth of the store's size, whichever is larger

Puts = dict[str, dict[str, dict[str, Any] | None]]  # table -> document key -> document or None (removed)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def compact_from(store_size: int) -> int:
    """Journal size at which a write folds the journal into the JSON: big enough that the
    rewrite is rare, small enough that applying the journal on open stays cheap."""
    return max(COMPACT_FROM_BYTES, store_size // COMPACT_FRACTION)


@dataclass(frozen=True)
class Base:
    """The JSON bytes a journal applies to."""

    size: int
    digest: str  # xxh3-128, as store.sidecar.StoreKey.digest


@dataclass
class Journal:
    """A journal as read: its base, its whole entries, and how many bytes they take."""

    base: Base | None  # None: no usable header (empty, garbled, another version)
    entries: list[Puts] = field(default_factory=list)
    valid_bytes: int = 0  # header and whole entries; a torn tail lies beyond
    size: int = 0  # the file's size as read
    ino: int = 0
    compacted_into: Base | None = None
    ends: list[int] = field(default_factory=list)  # the byte just after each entry
    data: bytes = field(default=b"", repr=False)  # the bytes read

    def prefix(self, entries: int) -> tuple[int, str]:
        """How many bytes the header and the first ``entries`` entries take, and their xxh3-128."""
        import xxhash

        if entries <= 0 or not self.ends:
            return (0, "")
        end = self.ends[entries - 1]
        return (end, xxhash.xxh3_128_hexdigest(self.data[:end]))

    def entries_within(self, prefix: tuple[int, str]) -> int | None:
        """How many entries the first ``prefix[0]`` bytes hold, if those bytes are still the
        journal's (their digest matches); None if not."""
        size, _ = prefix
        if size == 0:
            return 0
        if size not in self.ends or self.prefix(self.ends.index(size) + 1) != prefix:
            return None
        return self.ends.index(size) + 1

    @property
    def stamp(self) -> tuple[int, int]:
        return (self.ino, self.size)

    def applies_to(self, size: int, digest: str) -> bool:
        return self.base is not None and self.base == Base(size, digest)

    def folded_into(self, size: int, digest: str) -> bool:
        return self.compacted_into is not None and self.compacted_into == Base(size, digest)


def line(payload: dict[str, Any]) -> bytes:
    body = orjson.dumps(payload)  # one line: orjson escapes newlines inside strings
    return b"%08x %s\n" % (zlib.crc32(body), body)


def open_handle(path: Path) -> IO[bytes] | None:
    """The journal of the store at ``path``, opened (or None if there is none): open it
    before the JSON, then read it with :func:`read_handle`."""
    try:
        return open(journal_path(path), "rb")
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.debug("%s: cannot be read (%s); not applied", journal_path(path), exc.strerror or exc)
        return None


def read_handle(handle: IO[bytes]) -> Journal:
    with handle:
        ino = os.fstat(handle.fileno()).st_ino
        data = handle.read()
    journal = parse(data, handle.name)
    journal.ino = ino
    return journal


def read(path: Path) -> Journal | None:
    handle = open_handle(path)
    return None if handle is None else read_handle(handle)


def parse(data: bytes, name: str = SUFFIX) -> Journal:
    """The whole lines of a journal; the first torn or garbled one ends it (a debug note)."""
    journal = Journal(base=None, size=len(data), data=data)
    pos = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            log.debug("%s: a record cut short at byte %d (a writer was stopped); ignored", name, pos)
            break
        record = _record(data[pos:end])
        if record is None:
            log.debug("%s: a garbled record at byte %d; it and the rest are ignored", name, pos)
            break
        if journal.base is None:
            base = _base(record.get("base"))
            if record.get("journal") != VERSION or base is None:
                log.debug("%s: not a journal this takedown writes (version %r); ignored", name, record.get("journal"))
                break
            journal.base = base
        elif "compacted" in record:
            journal.compacted_into = _base(record["compacted"])
        else:
            puts = _puts(record.get("puts"))
            if puts is None:
                log.debug("%s: a record at byte %d is not a set of rows; it and the rest are ignored", name, pos)
                break
            journal.entries.append(puts)
            journal.ends.append(end + 1)
        pos = end + 1
    journal.valid_bytes = pos if journal.base is not None else 0
    return journal


def _record(raw: bytes) -> dict[str, Any] | None:
    crc, _, body = raw.partition(b" ")
    try:
        if len(crc) != 8 or int(crc, 16) != zlib.crc32(body):
            return None
        value = orjson.loads(body)
    except (ValueError, orjson.JSONDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _base(value: Any) -> Base | None:
    if isinstance(value, dict) and isinstance(value.get("size"), int) and isinstance(value.get("digest"), str):
        return Base(value["size"], value["digest"])
    return None


def _puts(value: Any) -> Puts | None:
    if not isinstance(value, dict):
        return None
    for table, rows in value.items():
        if table not in TABLES or not isinstance(rows, dict):
            return None
        if not all(isinstance(k, str) and (doc is None or isinstance(doc, dict)) for k, doc in rows.items()):
            return None
    return value


# -- writing (the caller holds the store's lock) --------------------------------------------
def append(path: Path, base: Base, puts: Puts, current: Journal | None) -> Journal:
    """Append one entry and fsync it; ``current`` is the journal as read inside the lock.

    A journal of other bytes than ``base`` is replaced by a new one: removed if it was
    folded into them, else (the JSON was replaced by something else) kept aside as
    ``store.json.journal.orphan-<time>`` rather than deleted. Returns the journal as it is now."""
    target = journal_path(path)
    entry = line({"puts": puts})
    if current is not None and current.base == base:
        _append_to(target, path, current.valid_bytes, entry, current.size)
        end = current.valid_bytes + len(entry)
        return Journal(base, [*current.entries, puts], end, end, _ino(target), None, [*current.ends, end],
                       current.data[:current.valid_bytes] + entry)
    if target.exists():  # of other bytes, unreadable or not a journal: replaced, but never silently lost
        if current is not None and current.base is not None and current.compacted_into == base:
            with contextlib.suppress(OSError):
                target.unlink()
        else:
            aside = target.with_name(f"{target.name}.orphan-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}")
            with contextlib.suppress(OSError):
                os.replace(target, aside)
            log.debug("%s: made for other store bytes; kept as %s", target, aside)
    head = line({"journal": VERSION, "base": {"size": base.size, "digest": base.digest}})
    _create(target, path, head + entry)
    end = len(head) + len(entry)
    return Journal(base, [puts], end, end, _ino(target), None, [end], head + entry)


def mark_compacted(path: Path, current: Journal, into: Base) -> None:
    """Say in the journal that the JSON about to replace the store holds all of it."""
    _append_to(journal_path(path), path, current.valid_bytes,
               line({"compacted": {"size": into.size, "digest": into.digest}}), current.size)


def remove(path: Path) -> None:
    from store.storage import _fsync_dir

    with contextlib.suppress(FileNotFoundError):
        journal_path(path).unlink()
    _fsync_dir(path.parent)


def _ino(target: Path) -> int:
    try:
        return target.stat().st_ino
    except OSError:
        return 0


def _create(target: Path, store: Path, payload: bytes) -> None:
    from store.storage import TEMP_MARK, _fsync_dir

    tmp = target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            _write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _write_error(store, exc) from None
    _fsync_dir(target.parent)


def _append_to(target: Path, store: Path, at: int, payload: bytes, size: int) -> None:
    """Write ``payload`` at byte ``at`` (cutting off a torn tail first), fsync; on failure the
    journal is cut back to ``at``, so it ends with whole entries."""
    try:
        fd = os.open(target, os.O_WRONLY)
    except OSError as exc:
        raise _write_error(store, exc) from None
    try:
        if size > at:
            os.ftruncate(fd, at)
        os.lseek(fd, at, os.SEEK_SET)
        _write_all(fd, payload)
        os.fsync(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, at)
            os.fsync(fd)
        raise _write_error(store, exc) from None
    finally:
        os.close(fd)


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]


def _write_error(store: Path, exc: OSError) -> Exception:
    from store.storage import StoreError

    reason = "no space left on the device" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
    return StoreError(f"{store}: could not save the change ({reason}); the store was left as it was")


def _put_rows(keys: list[str], records: list[Any], changes: dict[str, Any], replaced: list[Any],
              is_sorted: bool) -> tuple[str, ...]:
    """Put rows into the table ``keys``/``records`` (both changed in place; the records put
    over or removed are added to ``replaced``); the keys after.
    Rows stay sorted by key as text, as the file's writer sorts them: a sorted table (every
    one this code wrote) gets its few new rows by bisection, any other is sorted whole."""
    if is_sorted:
        return _put_sorted(keys, records, changes, replaced)
    at = dict(zip(keys, range(len(keys))))
    removed = []
    for key, record in changes.items():
        i = at.get(key)
        if i is None:
            continue
        replaced.append(records[i])
        if record is None:
            removed.append(i)
        else:
            records[i] = record
    for i in sorted(removed, reverse=True):
        del keys[i]
        del records[i]
    new = [(key, record) for key, record in changes.items() if record is not None and key not in at]
    pairs = sorted([*zip(keys, records), *new], key=itemgetter(0))
    keys[:] = [k for k, _ in pairs]
    records[:] = [r for _, r in pairs]
    return tuple(keys)


def _put_sorted(keys: list[str], records: list[Any], changes: dict[str, Any], replaced: list[Any]) -> tuple[str, ...]:
    """``_put_rows`` for a sorted table: each row found or placed by bisection."""
    for key, record in sorted(changes.items(), key=itemgetter(0)):
        i = bisect.bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            replaced.append(records[i])
            if record is None:
                del keys[i]
                del records[i]
            else:
                records[i] = record
        elif record is not None:
            keys.insert(i, key)
            records.insert(i, record)
    return tuple(keys)


def _regrouped(snapshot: Snapshot, facts: tuple[Any, ...], replaced: list[Any], put: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Facts by operation after a put, in order of first appearance as ``Snapshot.build``
    groups them. Facts changed in place within their operation (an edit) are swapped in their
    group; otherwise only the operations a changed fact is or was in are grouped again."""
    old = snapshot.facts_by_operation
    new = [r for r in put.values() if r is not None]
    if len(new) == len(replaced) and all(a.id == b.id and a.operation == b.operation for a, b in zip(replaced, new)):
        swap = {id(a): b for a, b in zip(replaced, new)}
        by_operation = dict(old)
        for op in {r.operation for r in new}:
            by_operation[op] = tuple(swap.get(id(f), f) for f in old[op])
        return by_operation
    affected = {r.operation for r in (*replaced, *new)}
    groups: dict[str, list[Any]] = {op: [] for op in affected}
    for fact in [f for f in facts if f.operation in affected]:
        groups[fact.operation].append(fact)
    if all(op in old for op in affected if groups[op]) and all(groups[op] for op in affected if op in old):
        order: Iterable[str] = old  # no operation appears or goes: the order stays
    else:
        order = dict.fromkeys(map(attrgetter("operation"), facts))
    return {op: tuple(groups[op]) if op in groups else old[op] for op in order}


def _countries(snapshot: Snapshot, facts: tuple[Any, ...], replaced: list[Any], put: dict[str, Any]) -> frozenset:
    """Every fact's country after a put: the old set grows by what was put, unless a fact
    that went or changed took the last mention of a country with it (then counted again)."""
    added = {r.country for r in put.values() if r is not None}
    if all(r.country in added for r in replaced):
        return snapshot.fact_countries | added
    return frozenset(map(attrgetter("country"), facts))


# -- applying --------------------------------------------------------------------------------
def net(entries: Iterable[Puts]) -> Puts:
    """What a run of entries leaves, per row: the last document put there (or None)."""
    out: Puts = {}
    for puts in entries:
        for table, rows in puts.items():
            out.setdefault(table, {}).update(rows)
    return out


def apply_to_document(document: dict[str, Any], entries: Iterable[Puts]) -> bool:
    """Apply entries to a parsed store document in place (a compaction); True if any."""
    changed = False
    for table, rows in net(entries).items():
        target = document.setdefault(table, {})
        for key, doc in rows.items():
            changed = True
            if doc is None:
                target.pop(key, None)
            else:
                target[key] = doc
    return changed


def apply_to_snapshot(snapshot: Snapshot, entries: list[Puts], name: str = SUFFIX) -> tuple[Snapshot, int]:
    """The snapshot with ``entries`` applied, and how many were. Records come in the order
    the compacted file will hold them (document keys sorted as text, as the file's writer
    sorts them). An entry whose documents are not valid records ends the journal there."""
    rows = snapshot.rows
    if rows is None or not entries:
        return snapshot, 0
    good: list[Puts] = []
    typed: dict[str, dict[str, Any]] = {}
    for count, puts in enumerate(entries):
        try:
            made = {t: {k: (None if d is None else d if t == "changes" else from_dict(RECORD_TYPES[t], d))
                        for k, d in r.items()} for t, r in puts.items()}
        except (ValidationError, TypeError, ValueError) as exc:
            log.debug("%s: entry %d does not hold valid records (%s); it and the rest are ignored", name, count + 1, exc)
            break
        good.append(puts)
        for table, rows_of in made.items():
            typed.setdefault(table, {}).update(rows_of)
    if not good:
        return snapshot, 0
    tables: dict[str, list[Any]] = {
        "sources": list(snapshot.sources.values()), "operations": list(snapshot.operations.values()),
        "facts": list(snapshot.facts),
    }
    keys: dict[str, Any] = {}
    replaced: dict[str, list[Any]] = {}
    for table, records in tables.items():
        changes = typed.get(table)
        replaced[table] = []
        if not changes:
            keys[table] = rows.raw(table)
            continue
        keys[table] = _put_rows(list(rows.of(table)), records, changes, replaced[table], rows.is_sorted(table))
    change_table = dict(rows.change_table)
    for key, doc in typed.get("changes", {}).items():
        if doc is None:
            change_table.pop(key, None)
        else:
            change_table[key] = doc
    change_table = dict(sorted(change_table.items()))
    log_entries = tuple(sorted((c for c in change_table.values() if isinstance(c.get("id"), int)), key=lambda c: c["id"]))
    facts = tuple(tables["facts"]) if typed.get("facts") else snapshot.facts
    by_operation = snapshot.facts_by_operation
    countries = snapshot.fact_countries
    if typed.get("facts"):
        by_operation = _regrouped(snapshot, facts, replaced["facts"], typed["facts"])
        countries = _countries(snapshot, facts, replaced["facts"], typed["facts"])
    new_rows = RowKeys(rows.schema, keys, change_table)
    for table in keys:
        if table in typed or rows.is_sorted(table):
            new_rows.mark_sorted(table)
        new_rows.carry(rows, table, replaced[table], typed.get(table, {}))
    new = Snapshot(
        sources={s.id: s for s in tables["sources"]}, operations={o.id: o for o in tables["operations"]},
        facts=facts, facts_by_operation=by_operation, fact_countries=countries, changes=log_entries,
        rows=new_rows,
    )
    return new, len(good)
