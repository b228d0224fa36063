"""Persistence: a TinyDB JSON file that is written atomically under an inter-process lock.

TinyDB's default JSONStorage rewrites the file in place and keeps a handle open, so two
writers or one interrupted write corrupt it. Here every write is a transaction:

1. take the lock file beside the store (``store.json.lock``);
2. re-read the file inside the lock, so another process's commit is never lost;
3. let TinyDB work on that snapshot in memory;
4. serialise fully, write a temp file in the same folder, fsync it, keep the previous
   version as ``store.json.bak`` (a hard link, no copy), ``os.replace`` the temp file over
   the store, fsync the folder.

Readers need no lock: ``os.replace`` is atomic, so they see one committed state or the next.
A file that does not parse or validate is refused with a one-line error and left untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage

from store import migrate
from store.model import SCHEMA_VERSION

TABLES = ("meta", "sources", "operations", "facts")
OPTIONAL_TABLES = ("changes",)  # schema 2 (store.changes); a schema-1 store has none
LOCK_TIMEOUT_S = 60.0
TEMP_MARK = ".tmp-"


class StoreError(Exception):
    """A store problem worth one line to the user: it names the file and what is wrong."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def empty_document() -> dict[str, Any]:
    return {
        "meta": {"1": {"schema": SCHEMA_VERSION, "app": "takedown"}},
        "sources": {}, "operations": {}, "facts": {}, "changes": {},
    }


def serialise(data: dict[str, Any]) -> bytes:
    """Stable key order and indentation, UTF-8, so a store diffs well in git."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def _damaged(path: Path, what: str) -> StoreError:
    hint = ""
    bak = backup_path(path)
    if bak.exists():
        hint = f" (the previous version is kept in {bak})"
    return StoreError(f"{path}: {what}; the file was left as it is{hint}")


def parse_document(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse and check the file's outer shape; records are checked by the repository."""
    if not raw or raw.isspace():  # not raw.strip(): that copies the whole file
        raise _damaged(path, "the store file is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise _damaged(path, f"not valid JSON ({exc})") from None
    check_document(path, data)
    return data


def check_document(path: Path, data: Any) -> None:
    if not isinstance(data, dict):
        raise _damaged(path, "not a takedown store (the top level is not an object)")
    for table in (*TABLES, *OPTIONAL_TABLES):
        if table not in data:
            if table in OPTIONAL_TABLES:
                continue
            raise _damaged(path, f"not a takedown store (no '{table}' table)")
        if not isinstance(data[table], dict) or not all(isinstance(v, dict) for v in data[table].values()):
            raise _damaged(path, f"table '{table}' is not a mapping of documents")
    check_schema(path, data["meta"])


def check_schema(path: Path, meta_table: dict[str, Any]) -> None:
    """The store's schema version (in its one ``meta`` document) is one this code reads."""
    meta = next(iter(meta_table.values()), None)
    schema = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(schema, int):
        raise _damaged(path, "no schema version in the 'meta' table")
    if schema > SCHEMA_VERSION:
        raise _damaged(path, f"schema version {schema} is newer than this takedown understands ({SCHEMA_VERSION}); upgrade takedown")
    if schema < 1:
        raise _damaged(path, f"unknown schema version {schema}")


def read_document(path: Path) -> dict[str, Any]:
    return parse_document(path, read_raw(path))


def read_raw(path: Path) -> bytes:
    """The store file's bytes, or a StoreError that says why they cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise StoreError(f"{path}: no such store") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a directory, not a store file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store ({exc.strerror or exc})") from None


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a folder be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: Path, payload: bytes, *, keep_backup: bool = True) -> None:
    """Write ``payload`` as the new content of ``path`` or leave ``path`` byte-identical."""
    folder = path.parent
    tmp = folder / f".{path.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        reason = exc.strerror or str(exc)
        if exc.errno == errno.ENOSPC:
            reason = "no space left on the device"
        raise StoreError(f"{path}: could not save the store ({reason}); the file was left as it was") from None
    _fsync_dir(folder)


def _keep_backup(path: Path) -> None:
    """The committed version becomes ``.bak``: a hard link where possible, else a copy."""
    bak = backup_path(path)
    staged = path.with_name(f".{bak.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        try:
            os.link(path, staged)
        except OSError:
            staged.write_bytes(path.read_bytes())
        os.replace(staged, bak)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(staged)


def remove_leftovers(path: Path) -> list[Path]:
    """Delete temp files that a killed writer left; call only while holding the lock."""
    removed = []
    for candidate in path.parent.glob(f".{path.name}*{TEMP_MARK}*"):
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed


def clean_leftovers(path: Path) -> list[Path]:
    """At start-up: remove what killed writers left, if no writer is at work right now."""
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except (Timeout, OSError):
        return []  # a writer holds the lock (its temp file is live) or the folder is read-only
    try:
        return remove_leftovers(path)
    finally:
        lock.release()


def lock_busy(path: Path) -> bool:
    """Whether another process holds the store's write lock now (a write would wait for it)."""
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    except OSError:
        return False  # cannot lock at all: the write itself will say why
    lock.release()
    return False


# Called once when a write has to wait for another process's lock (the command line says so on
# stderr, so a wait of up to LOCK_TIMEOUT_S is not silence); None: wait quietly.
on_lock_wait: Callable[[Path], None] | None = None


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    lock = FileLock(str(lock_path(path)), timeout=timeout)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_lock_wait is not None:
                on_lock_wait(path)
            lock.acquire()
    except Timeout:
        raise StoreError(f"{path}: another takedown process holds the store's lock; try again") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot lock the store ({exc.strerror or exc})") from None
    try:
        yield
    finally:
        lock.release()


class SnapshotStorage(Storage):
    """A TinyDB storage over one in-memory snapshot: the transaction owns the file.

    Reads return the snapshot taken inside the lock; writes replace it in memory; nothing
    touches the disk until :func:`transaction` commits, so there is no write cache that can
    lose data on exit and no handle kept open.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.dirty = False

    def read(self) -> dict[str, Any]:
        return self.document

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.document = data
        self.dirty = True

    def close(self) -> None:
        pass


def insert_documents(db: TinyDB, table: str, documents: list[dict[str, Any]]) -> None:
    """Append documents to a table of a transaction's snapshot under new keys.

    What ``Table.insert_multiple`` does, without converting every key of the table to an int
    and back (a fifth of a second at 100,000 facts)."""
    storage: SnapshotStorage = db.storage  # type: ignore[assignment]
    rows = storage.document.setdefault(table, {})
    next_key = max(map(int, rows), default=0) + 1
    for offset, document in enumerate(documents):
        rows[str(next_key + offset)] = document
    storage.write(storage.document)


@contextlib.contextmanager
def transaction(
    path: Path,
    *,
    initial: dict[str, Any] | None = None,
    check: Callable[[dict[str, Any]], None] | None = None,
    compact: bool = False,
) -> Iterator[TinyDB]:
    """Lock, re-read, let the caller change a TinyDB, commit atomically on success.

    ``initial`` is the document for a store that does not exist yet; ``check`` validates the
    records of the document read inside the lock (raising StoreError), so a damaged store is
    refused before anything is written. An exception inside the block discards every change.
    The store's journal (store.journal) is applied to the document read, and folded into the
    file by the commit (or by ``compact`` even with nothing else changed).
    """
    path = Path(path)
    with locked(path):
        remove_leftovers(path)
        before: tuple[int, bytes] | None = None  # (schema, bytes) of the file this write migrates
        journal = None
        if path.exists():
            raw = read_raw(path)
            document = parse_document(path, raw)
            journal = _fold_journal(path, raw, document)
            if check is not None:
                check(document)
            old_schema = migrate.schema_of(document)
            if old_schema < SCHEMA_VERSION:
                migrate.upgrade(document)
                before = (old_schema, raw)
        elif initial is not None:
            document = orjson.loads(serialise(initial))  # a private copy
        else:
            raise StoreError(f"{path}: no such store")
        db = TinyDB(storage=SnapshotStorage, document=document)
        yield db
        storage: SnapshotStorage = db.storage  # type: ignore[assignment]
        if storage.dirty or not path.exists() or (compact and journal is not None):
            if before is not None:  # the old file stays beside the store, never overwritten
                kept = migrate.original_path(path, before[0])
                if not kept.exists():
                    atomic_write(kept, before[1], keep_backup=False)
            payload = serialise(storage.document)
            if journal is not None:
                _mark_folded(path, journal, payload)
            atomic_write(path, payload)
            if journal is not None:
                from store import journal as journals

                journals.remove(path)


def _fold_journal(path: Path, raw: bytes, document: dict[str, Any]) -> Any:
    """Apply the store's journal to the document read inside the lock; the journal read, if
    there is one of these bytes (else None; one of other bytes stays until a journalled write
    sets it aside)."""
    from store import journal as journals

    read = journals.read(path)
    if read is None or read.base is None:
        return None
    import xxhash

    if not read.applies_to(len(raw), xxhash.xxh3_128_hexdigest(raw)):
        return None
    journals.apply_to_document(document, read.entries)
    return read


def _mark_folded(path: Path, journal: Any, payload: bytes) -> None:
    import xxhash

    from store import journal as journals

    journals.mark_compacted(path, journal, journals.Base(len(payload), xxhash.xxh3_128_hexdigest(payload)))


def compact(path: Path) -> bool:
    """Fold the journal into the JSON (``takedown compact``); False if there was none."""
    from store import journal as journals

    path = Path(path)
    if journals.read(path) is None:
        return False
    with transaction(path, compact=True):
        pass
    if journals.journal_path(path).exists():  # a journal already folded in by a compaction that was stopped
        import xxhash

        with locked(path):
            raw, left = read_raw(path), journals.read(path)
            if left is not None and left.folded_into(len(raw), xxhash.xxh3_128_hexdigest(raw)):
                journals.remove(path)
    return not journals.journal_path(path).exists()


def create(path: Path, document: dict[str, Any]) -> bool:
    """Create a store from ``document`` if none exists; True if this call created it."""
    path = Path(path)
    if path.exists():
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the store's folder ({exc.strerror or exc})") from None
    with locked(path):
        if path.exists():
            return False
        check_document(path, document)
        atomic_write(path, serialise(document), keep_backup=False)
        return True
