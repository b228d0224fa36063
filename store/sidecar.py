"""The sidecar cache beside a store (``store.json.cache``): what every open would rebuild.

Opening a store of a million facts means parsing ~730 MB of JSON, checking every record and
building the search index: half a minute. The sidecar keeps the result of that work — the
records, column by column with repeated values stored once, and the search index's arrays —
so that the next open of an unchanged store reads it instead.

The JSON store stays the one source of truth. The sidecar is used only when it was made from
exactly the bytes the store holds now (size, mtime_ns and an xxh3-128 hash of the whole file:
~0.1 s at 730 MB, so the whole content is hashed rather than a sample), by this format version
and by this record model; any other sidecar — damaged, truncated, stale, of another version —
is ignored with a debug note, and rewritten in the background once the store has been read
the slow way. Deleting it changes nothing but speed.

File layout: ``MAGIC``, an 8-byte little-endian header length, a msgpack header (versions,
the store's key, the body's hash, where each section lies and how to read it), then the body:
sections aligned to 8 bytes, each a msgpack list or a raw numpy array.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import secrets
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from operator import attrgetter
from pathlib import Path
from sys import intern
from typing import Any

import lz4.block
import msgspec
import numpy as np
import xxhash

from store import __version__
from store.model import RECORD_TYPES, SCHEMA_VERSION
from store.snapshot import RowKeys, Snapshot
from store.storage import StoreError

log = logging.getLogger("takedown.sidecar")

FORMAT_VERSION = 2  # 2: each record's document key and the raw changes table (store.journal)
MAGIC = b"TAKEDOWN-SIDECAR\n"
SUFFIX = ".cache"
PART_MARK = ".part-"
READ_CHUNK = 16 << 20
DEDUP_AT_MOST = 0.9  # a column is stored as a table of distinct values when they are this few per row
COMPRESS_FROM = 1 << 20  # bytes of msgpack
WORTH_FROM_BYTES = 4_000_000  # a smaller store opens faster than a frame: no file is added beside it


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


@dataclass(frozen=True)
class StoreKey:
    """Which bytes of the store a sidecar (or a snapshot) was made from."""

    size: int
    mtime_ns: int
    digest: str  # xxh3-128 of the whole file
    ino: int = 0  # not part of the match (a copy is the same store); the repository's stamp

    def matches(self, other: StoreKey) -> bool:
        return (self.size, self.mtime_ns, self.digest) == (other.size, other.mtime_ns, other.digest)

    @property
    def stamp(self) -> tuple[int, int, int]:
        """The repository's change stamp of these bytes (``Repository._file_stamp``)."""
        return (self.ino, self.size, self.mtime_ns)


def read_keyed(path: Path) -> tuple[bytes, StoreKey]:
    """The store file's bytes and their key, from one open file (a writer's ``os.replace``
    in between cannot pair one version's stat with another's bytes)."""
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            raw = handle.read()
    except FileNotFoundError:
        raise StoreError(f"{path}: no such store") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a directory, not a store file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store ({exc.strerror or exc})") from None
    return raw, StoreKey(len(raw), st.st_mtime_ns, xxhash.xxh3_128_hexdigest(raw), st.st_ino)


def current_key(path: Path, size: int, mtime_ns: int) -> StoreKey | None:
    """The store's key now, if its size and mtime are the expected ones (else None: stale,
    without reading it); the content is hashed in chunks, never held whole."""
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            if (st.st_size, st.st_mtime_ns) != (size, mtime_ns):
                return None
            digest = xxhash.xxh3_128()
            while chunk := handle.read(READ_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return StoreKey(st.st_size, st.st_mtime_ns, digest.hexdigest(), st.st_ino)


@functools.cache
def model_fingerprint() -> list:
    """The record model as the sidecar depends on it: a new field, type or default (a schema
    bump) makes every older sidecar stale without any change here."""
    return [
        SCHEMA_VERSION,
        __version__,
        [[table, [[f.name, repr(f.type), repr(f.default)] for f in msgspec.structs.fields(kind)]]
         for table, kind in RECORD_TYPES.items()],
    ]


# -- writing -------------------------------------------------------------------------------
class _Body:
    """Sections appended one after the other, each at an offset aligned to 8 bytes."""

    def __init__(self) -> None:
        self.parts: list[bytes | memoryview] = []
        self.size = 0
        self.encoder = msgspec.msgpack.Encoder()

    def add(self, payload: bytes | memoryview) -> list[int]:
        pad = -self.size % 8
        if pad:
            self.parts.append(b"\0" * pad)
            self.size += pad
        at = self.size
        self.parts.append(payload)
        self.size += len(payload)
        return [at, len(payload)]

    def packed(self, value: Any) -> dict:
        """msgpack; LZ4-compressed when large and it pays: source texts and quotes are most of
        a store's bytes, and the sidecar must stay well under its size. LZ4, not zlib: on the
        134 MB of article text of a 1M-fact store zlib (level 1) shrinks 3.4× and LZ4 2.8×, but
        LZ4 decompresses 2.5× faster (0.26 s, not 0.64 s), and the open waits for it."""
        payload = self.encoder.encode(value)
        if len(payload) >= COMPRESS_FROM:
            packed = lz4.block.compress(payload, store_size=True)
            if len(packed) < 0.8 * len(payload):
                return {"lz4": self.add(packed)}
        return {"packed": self.add(payload)}

    def array(self, array: np.ndarray) -> dict:
        array = np.ascontiguousarray(array)
        return {"array": self.add(memoryview(array).cast("B")), "dtype": array.dtype.str, "shape": list(array.shape)}  # type: ignore[arg-type]  # an ndarray is a buffer


def _column(body: _Body, values: list) -> dict:
    """One field of every record: a table of distinct values and a code per row when values
    repeat (metrics, countries, dates, quotes), else the values in order. Only text (and
    tuples of text) is pooled: 1, 1.0 and True are equal keys, and a value keeps its type."""
    if values and all(v is None or type(v) is str or type(v) is tuple for v in values[: 1 << 10]):
        try:
            distinct = dict.fromkeys(values)
        except TypeError:  # an unhashable value further on
            distinct = {}
        if 0 < len(distinct) <= DEDUP_AT_MOST * len(values) and all(
            v is None or type(v) is str or (type(v) is tuple and all(type(x) is str for x in v)) for v in distinct
        ):
            lookup = {v: i for i, v in enumerate(distinct)}
            dtype = np.uint8 if len(lookup) <= 1 << 8 else np.uint16 if len(lookup) <= 1 << 16 else np.uint32
            codes = np.fromiter(map(lookup.__getitem__, values), dtype=dtype, count=len(values))
            return {"table": body.packed(list(lookup)), "codes": body.array(codes)}
    return {"values": body.packed(values)}


def _records_section(body: _Body, kind: type, records: list) -> dict:
    columns = {name: _column(body, list(map(attrgetter(name), records))) for name in kind.__struct_fields__}  # type: ignore[attr-defined]
    return {"count": len(records), "columns": columns}


def _rows_section(body: _Body, snapshot: Snapshot) -> dict | None:
    """Each record's document key (ints in an array when they all are canonical ints)."""
    rows = snapshot.rows
    if rows is None:
        return None
    keys: dict[str, dict] = {}
    for table in ("sources", "operations", "facts"):
        raw = rows.raw(table)
        if isinstance(raw, np.ndarray):
            keys[table] = body.array(raw)
            continue
        if len(raw) > 1 << 12 and all(k.isdigit() and k.isascii() and (k == "0" or k[0] != "0") and len(k) < 10 for k in raw):
            keys[table] = body.array(np.fromiter(map(int, raw), dtype=np.uint32, count=len(raw)))
        else:
            keys[table] = body.packed(list(raw))
    return {"schema": rows.schema, "keys": keys, "change_table": body.packed(rows.change_table)}


def encode(key: StoreKey, snapshot: Snapshot, index_state: Any | None = None,
           journal_prefix: tuple[int, str] = (0, "")) -> bytes:
    """The sidecar of ``snapshot`` (read from the store bytes ``key`` names, plus the first
    ``journal_prefix[0]`` bytes of its journal, whose xxh3-128 is ``journal_prefix[1]``)."""
    body = _Body()
    tables: dict[str, list[Any]] = {
        "sources": list(snapshot.sources.values()),
        "operations": list(snapshot.operations.values()),
        "facts": list(snapshot.facts),
    }
    header: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "model": model_fingerprint(),
        "store": [key.size, key.mtime_ns, key.digest],
        "tables": {table: _records_section(body, RECORD_TYPES[table], records) for table, records in tables.items()},
        "changes": body.packed(list(snapshot.changes)),  # the hand-change log (store.changes): plain documents
        "rows": _rows_section(body, snapshot),
        "journal": list(journal_prefix),  # [bytes, digest] of the journal entries already in the snapshot
        "index": None,
    }
    if index_state is not None:
        header["index"] = {
            "arrays": {name: body.array(a) for name, a in index_state.arrays.items()},
            "lists": {name: body.packed(v) for name, v in index_state.lists.items()},
            "layers": {
                name: {"size": layer.size, "keys": body.packed(layer.keys), "offsets": body.array(layer.offsets),
                       "postings": body.array(layer.postings)}
                for name, layer in index_state.layers.items()
            },
        }
    digest = xxhash.xxh3_128()
    for part in body.parts:
        digest.update(part)
    header["body"] = [body.size, digest.hexdigest()]
    head = msgspec.msgpack.encode(header)
    return b"".join([MAGIC, struct.pack("<Q", len(head)), head, *body.parts])


def save(path: Path, key: StoreKey, snapshot: Snapshot, index_state: Any | None = None,
         journal_prefix: tuple[int, str] = (0, "")) -> bool:
    """Write the sidecar of ``path`` atomically (a temp file, then ``os.replace``); False,
    with a debug note, when it cannot be written (a read-only folder, a full disk) or when
    the store changed meanwhile (the sidecar would be stale at once)."""
    target = sidecar_path(path)
    now = current_key(path, key.size, key.mtime_ns)
    if now is None or not now.matches(key):
        log.debug("%s: not written, the store changed since it was read", target)
        return False
    _remove_old_parts(target)
    tmp = target.with_name(f".{target.name}{PART_MARK}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        payload = encode(key, snapshot, index_state, journal_prefix)
        with open(tmp, "xb") as handle:
            handle.write(payload)
        os.replace(tmp, target)
    except (OSError, ValueError, TypeError, msgspec.EncodeError) as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        log.debug("%s: not written (%s)", target, exc)
        return False
    return True


def _remove_old_parts(target: Path, older_than_s: float = 600.0) -> None:
    """Temp files of writers that were killed (a live writer's is younger)."""
    for part in target.parent.glob(f".{target.name}{PART_MARK}*"):
        with contextlib.suppress(OSError):
            if time.time() - part.stat().st_mtime > older_than_s:
                part.unlink()


# -- reading -------------------------------------------------------------------------------
class _Stale(Exception):
    """The sidecar does not belong to the store as it is now (or is not a sidecar)."""


@dataclass(frozen=True)
class Loaded:
    snapshot: Snapshot
    key: StoreKey
    index_state: Callable[[], Any] | None  # reads the store.search.index.IndexState (in the index's worker)
    journal_prefix: tuple[int, str] = (0, "")  # the journal bytes the snapshot already holds


def load(path: Path) -> Loaded | None:
    """The snapshot (and search index parts) saved beside ``path``, if the sidecar is of the
    store's current bytes; else None, with a debug note saying why."""
    target = sidecar_path(path)
    try:
        data = target.read_bytes()
    except OSError as exc:
        log.debug("%s: no sidecar (%s)", target, exc.strerror or exc)
        return None
    try:
        return _load(path, data)
    except _Stale as exc:
        log.debug("%s: ignored (%s)", target, exc)
    except Exception as exc:  # noqa: BLE001 - a damaged sidecar is only a slower open
        log.debug("%s: ignored, damaged (%s: %s)", target, type(exc).__name__, exc)
    return None


def _load(path: Path, data: bytes) -> Loaded:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 8:
        raise _Stale("not a takedown sidecar")
    (head_len,) = struct.unpack_from("<Q", data, len(MAGIC))
    start = len(MAGIC) + 8
    header = msgspec.msgpack.decode(data[start:start + head_len])
    if not isinstance(header, dict) or header.get("format") != FORMAT_VERSION:
        raise _Stale(f"format {header.get('format') if isinstance(header, dict) else '?'}, not {FORMAT_VERSION}")
    if header.get("model") != model_fingerprint():
        raise _Stale("made for another record model")
    size, mtime_ns, digest = header["store"]
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _Stale(f"the store cannot be read ({exc.strerror or exc})") from None
    if (st.st_size, st.st_mtime_ns) != (size, mtime_ns):
        raise _Stale("the store changed since it was made")
    # The store's bytes are hashed by a second thread while this one decodes (reading and
    # xxh3 release the GIL): ~0.4 s at 730 MB, off the way to the first frame.
    hashed: list[StoreKey | None] = []
    hasher = threading.Thread(target=lambda: hashed.append(current_key(path, size, mtime_ns)), daemon=True)
    hasher.start()
    try:
        loaded = _decode(data, header, start + head_len)
    finally:
        hasher.join()
    key = hashed[0] if hashed else None
    if key is None or key.digest != digest:
        raise _Stale("the store changed since it was made")
    prefix = header.get("journal") or [0, ""]
    return Loaded(loaded[0], key, loaded[1], (int(prefix[0]), str(prefix[1])))


def _decode(data: bytes, header: dict, body_at: int) -> tuple[Snapshot, Any]:
    body = memoryview(data)[body_at:]
    body_size, body_digest = header["body"]
    if len(body) != body_size:
        raise _Stale(f"truncated or extended ({len(body)} bytes of body, not {body_size})")
    if xxhash.xxh3_128_hexdigest(body) != body_digest:
        raise _Stale("damaged (its body does not match its hash)")
    read = _Reader(body)
    tables = {table: read.records(RECORD_TYPES[table], spec) for table, spec in header["tables"].items()}
    by_operation = read.grouped(tables["facts"], "operation")
    snapshot = Snapshot.build(tables["sources"], tables["operations"], tables["facts"], read.packed(header["changes"]),
                              by_operation=by_operation, rows=read.rows(header.get("rows")))
    # The index's parts are read later, by the worker that restores the index: they are not
    # on the way to the first frame (~0.4 s at 1M facts). Until then the sidecar's bytes stay.
    index_state = functools.partial(read.index, header["index"]) if header.get("index") else None
    return snapshot, index_state


class _Reader:
    def __init__(self, body: memoryview) -> None:
        self.body = body
        self.pooled: dict[str, tuple[list, np.ndarray]] = {}  # field -> (distinct values, codes) of the last table

    def grouped(self, records: list, field: str) -> dict[Any, tuple] | None:
        """``records`` grouped by a pooled field's value, in order of first appearance (as
        ``Snapshot.build`` groups them): a stable argsort of the codes, not a Python loop."""
        if field not in self.pooled or not records:
            return None
        table, codes = self.pooled[field]
        order = np.argsort(codes, kind="stable")
        objects = np.empty(len(records), dtype=object)
        objects[:] = records
        in_order = objects[order].tolist()
        ends = np.cumsum(np.bincount(codes, minlength=len(table))).tolist()
        groups, start = {}, 0
        for value, end in zip(table, ends):  # the table is in order of first appearance
            if end > start:
                groups[value] = tuple(in_order[start:end])
            start = end
        return groups

    def rows(self, spec: dict | None) -> RowKeys | None:
        if spec is None:
            return None
        keys = {table: self.owned_array(part) if "array" in part else tuple(self.packed(part, list[str]))
                for table, part in spec["keys"].items()}
        return RowKeys(int(spec["schema"]), keys, self.packed(spec["change_table"], dict[str, dict[str, Any]]))

    def section(self, where: list[int]) -> memoryview:
        at, length = where
        return self.body[at:at + length]

    def packed(self, spec: dict, kind: Any = Any) -> Any:
        if "lz4" in spec:
            return _decoder(kind).decode(lz4.block.decompress(self.section(spec["lz4"])))
        return _decoder(kind).decode(self.section(spec["packed"]))

    def array(self, spec: dict) -> np.ndarray:
        array = np.frombuffer(self.section(spec["array"]), dtype=np.dtype(spec["dtype"]))
        return array.reshape(spec["shape"])

    def owned_array(self, spec: dict) -> np.ndarray:
        """A copy: the index keeps its arrays, not the whole file's bytes they were read from."""
        return self.array(spec).copy()

    def records(self, kind: type, spec: dict) -> list:
        count = spec["count"]
        fields = msgspec.structs.fields(kind)
        columns = []
        self.pooled = {}
        for field in fields:
            column = spec["columns"][field.name]
            if "table" in column:
                table = self.packed(column["table"], list[field.type])  # type: ignore[name-defined]  # a runtime type
                codes = self.array(column["codes"])
                values = list(map(table.__getitem__, codes.tolist()))
                self.pooled[field.name] = (table, codes)
            else:
                values = self.packed(column["values"], list[field.type])  # type: ignore[name-defined]
            if len(values) != count:
                raise ValueError(f"{field.name}: {len(values)} values for {count} records")
            columns.append(values)
        return list(map(kind, *columns)) if columns else []

    def index(self, spec: dict) -> Any:
        from store.search.index import IndexState
        from store.search.layer import Layer

        layers = {}
        for name, layer in spec["layers"].items():
            keys = [intern(k) for k in self.packed(layer["keys"], list[str])]
            layers[name] = Layer(layer["size"], keys, self.owned_array(layer["offsets"]),
                                 self.owned_array(layer["postings"]))
        return IndexState(
            arrays={name: self.owned_array(a) for name, a in spec["arrays"].items()},
            lists={name: self.packed(v) for name, v in spec["lists"].items()},
            layers=layers,
        )


@functools.cache
def _decoder(kind: Any) -> msgspec.msgpack.Decoder:
    return msgspec.msgpack.Decoder(kind)



# -- opening a store through its sidecar ---------------------------------------------------
@dataclass(frozen=True)
class Opened:
    """A store as read: the snapshot, the bytes' key, and whether the sidecar gave it (with
    the search index's parts) or the JSON did (the sidecar is then worth writing); and the
    journal (store.journal) applied on top: its (inode, size) and the prefix of it the
    snapshot holds."""

    snapshot: Snapshot
    key: StoreKey
    index_state: Callable[[], Any] | None  # the saved search index's parts, read on call
    sidecar_current: bool  # the sidecar on disk is of these bytes (read from it, or written since)
    journal: tuple[int, int] | None = None
    journal_prefix: tuple[int, str] = (0, "")

    @property
    def stamp(self) -> tuple:
        """What the repository compares with the files to see another process's commit."""
        return (self.key.stamp, self.journal)


def open_snapshot(path: Path, *, use_sidecar: bool = True) -> Opened:
    """The store at ``path``: from its sidecar when that is of the store's current bytes,
    else decoded and checked from the JSON (``store.decoding``); then its journal applied."""
    from store import journal as journals

    handle = journals.open_handle(path)  # before the JSON (store.journal says why)
    try:
        opened = _open_base(path, use_sidecar)
    except BaseException:
        if handle is not None:
            handle.close()
        raise
    if handle is None:
        if opened.journal_prefix[0]:  # the sidecar holds journal entries the store no longer has
            log.debug("%s: holds a journal that is gone; ignored", sidecar_path(path))
            return _open_base(path, False)
        return opened
    read = journals.read_handle(handle)
    key = opened.key
    if not read.applies_to(key.size, key.digest):
        if read.base is not None and not read.folded_into(key.size, key.digest):
            log.debug("%s: made for other bytes of the store; not applied", journals.journal_path(path))
        if opened.journal_prefix[0]:
            opened = _open_base(path, False)
        return dataclass_replace(opened, journal=read.stamp)
    skip = read.entries_within(opened.journal_prefix)
    if skip is None:
        log.debug("%s: holds journal entries the journal no longer has; ignored", sidecar_path(path))
        opened, skip = _open_base(path, False), 0
    snapshot, applied = journals.apply_to_snapshot(opened.snapshot, read.entries[skip:], str(journals.journal_path(path)))
    if not applied:
        return dataclass_replace(opened, journal=read.stamp)
    return Opened(snapshot, key, None, False, read.stamp, read.prefix(skip + applied))


def _open_base(path: Path, use_sidecar: bool) -> Opened:
    import gc

    from store.decoding import decode_snapshot, gc_paused

    if use_sidecar:
        with gc_paused():
            loaded = load(path)
        if loaded is not None:
            gc.freeze()  # as decode_snapshot does: later collections skip the records
            return Opened(loaded.snapshot, loaded.key, loaded.index_state, True, None, loaded.journal_prefix)
    raw, key = read_keyed(path)
    snapshot = decode_snapshot(path, raw)
    return Opened(snapshot, key, None, False)


def search_index(repo: Any, snapshot: Snapshot) -> Any:
    """The search index of ``repo``'s ``snapshot``: restored from the sidecar's parts when the
    snapshot was read from it, else built (about 20 s at a million facts)."""
    from store.search import SearchIndex

    opened = repo.opened
    if opened is not None and opened.snapshot is snapshot and opened.index_state is not None:
        read_state = opened.index_state
        repo.opened = dataclass_replace(opened, index_state=None)  # frees the sidecar's bytes
        try:
            return SearchIndex(snapshot, state=read_state())
        except Exception as exc:  # noqa: BLE001 - a saved index that does not fit is only a slower start
            log.debug("%s: saved index not used (%s: %s)", sidecar_path(repo.path), type(exc).__name__, exc)
    return SearchIndex(snapshot)


def save_for(repo: Any, index: Any) -> bool:
    """Write the sidecar of ``repo``'s snapshot with ``index`` (built for it), unless the one
    on disk is already current: call it in a background worker once the index is built."""
    opened = repo.opened
    if opened is None or opened.sidecar_current or opened.snapshot is not index.snapshot:
        return False
    if opened.key.size < WORTH_FROM_BYTES:
        return False
    saved = save(repo.path, opened.key, opened.snapshot, index.state(), opened.journal_prefix)
    if saved and repo.opened is opened:
        repo.opened = dataclass_replace(opened, index_state=None, sidecar_current=True)
    return saved
