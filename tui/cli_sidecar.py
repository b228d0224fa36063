"""The command line's use of the sidecar cache (store/sidecar.py): read it, and refresh it.

A store used only from the command line would otherwise decode its whole JSON on every
``takedown facts``/``search``/``edit`` (a minute at a million facts): the explorer's worker is
what writes the sidecar. Here every store a command opened is remembered, and once the
command's output is written (and flushed, so a pipe reader like ``head`` already has it) a
sidecar that is stale or missing is written — atomically, by ``store.sidecar.save``, only for
a store big enough that decoding it is slower than reading the sidecar. ``search`` restores
its index from the sidecar and saves the one it built; other commands save the records only,
and the explorer adds the index later (``Opened.indexed``).

The write (encoding the snapshot: seconds at a million facts) happens in a detached child
process (``os.fork``, its own session, its standard streams on ``/dev/null``), so the command
returns — and a pipe reader sees the end of its output — at once; ``sidecar.save`` writes a
temp file and renames it, so a writer killed half way leaves no sidecar rather than a broken
one. Where there is no ``fork`` the write happens before the command returns, as before.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

from store import sidecar
from store.repository import Repository

log = logging.getLogger("takedown.sidecar")

_opened: list[Repository] = []
_indexes: dict[int, Any] = {}  # id(repo) -> the search index built for its snapshot


def open_repo(path: Path) -> Repository:
    """``Repository.open``, remembered so that its sidecar is refreshed after the output."""
    repo = Repository.open(path)
    _opened.append(repo)
    return repo


def search_index(repo: Repository) -> Any:
    """The index of ``repo``'s snapshot: restored from the sidecar, or built and remembered
    (so that the sidecar written after the output holds it)."""
    index = sidecar.search_index(repo, repo.snapshot)
    _indexes[id(repo)] = index
    return index


def refresh() -> int | None:
    """After the command: write each opened store's sidecar if it is stale (never an error),
    in a detached writer process; its pid (None: nothing to write, or written here)."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()  # the output reaches the reader before the (seconds-long) write
        sys.stderr.flush()
    repos, indexes = list(_opened), dict(_indexes)
    _opened.clear()
    _indexes.clear()
    work = [(repo, indexes.get(id(repo))) for repo in repos if _stale(repo, indexes.get(id(repo)))]
    if not work:
        return None
    return _in_background(lambda: _save_all(work))


def _stale(repo: Repository, index: Any | None) -> bool:
    """Whether ``save`` would write anything (so that no process is started for nothing)."""
    opened = repo.opened
    if opened is None or opened.snapshot is not repo.snapshot or opened.key.size < sidecar.WORTH_FROM_BYTES:
        return False
    with_index = index is not None and index.snapshot is repo.snapshot
    return not (opened.sidecar_current and (opened.indexed or not with_index))


def _save_all(work: list[tuple[Repository, Any | None]]) -> None:
    for repo, index in work:
        try:
            save(repo, index)
        except Exception as exc:  # noqa: BLE001 - a sidecar not written is only a slower next open
            log.debug("%s: sidecar not refreshed (%s: %s)", repo.path, type(exc).__name__, exc)


_writers: list[int] = []  # writer processes started by this process (waited for by wait_for_writers)


def _in_background(write) -> int | None:
    """Run ``write`` in a detached child process; here if this system cannot fork."""
    fork = getattr(os, "fork", None)
    pid = None
    if fork is not None:
        with contextlib.suppress(OSError):
            pid = fork()
    if pid is None:
        write()
        return None
    if pid:
        _writers.append(pid)
        return pid
    try:  # the child: out of the terminal's session, holding none of the command's streams
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        write()
    finally:
        os._exit(0)


def wait_for_writers() -> None:
    """Wait until the writers this process started have finished (tests; a long-lived caller
    of ``main`` that wants no finished children left over)."""
    while _writers:
        pid = _writers.pop()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def save(repo: Repository, index: Any | None) -> bool:
    """Write ``repo``'s sidecar, with ``index`` when one was built for its snapshot."""
    opened = repo.opened
    if opened is None or opened.snapshot is not repo.snapshot:
        return False
    if index is not None and index.snapshot is repo.snapshot:
        return sidecar.save_for(repo, index)
    return sidecar.save_records_for(repo)
