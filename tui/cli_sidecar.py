"""The command line's use of the sidecar cache (store/sidecar.py): read it, and refresh it.

A store used only from the command line would otherwise decode its whole JSON on every
``takedown facts``/``search``/``edit`` (a minute at a million facts): the explorer's worker is
what writes the sidecar. Here every store a command opened is remembered, and once the
command's output is written (and flushed, so a pipe reader like ``head`` already has it) a
sidecar that is stale or missing is written — atomically, by ``store.sidecar.save``, only for
a store big enough that decoding it is slower than reading the sidecar. ``search`` restores
its index from the sidecar and saves the one it built; other commands save the records only,
and the explorer adds the index later (``Opened.indexed``).
"""

from __future__ import annotations

import contextlib
import logging
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


def refresh() -> None:
    """After the command: write each opened store's sidecar if it is stale (never an error)."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()  # the output reaches the reader before the (seconds-long) write
    repos, indexes = list(_opened), dict(_indexes)
    _opened.clear()
    _indexes.clear()
    for repo in repos:
        try:
            save(repo, indexes.get(id(repo)))
        except Exception as exc:  # noqa: BLE001 - a sidecar not written is only a slower next open
            log.debug("%s: sidecar not refreshed (%s: %s)", repo.path, type(exc).__name__, exc)


def save(repo: Repository, index: Any | None) -> bool:
    """Write ``repo``'s sidecar, with ``index`` when one was built for its snapshot."""
    opened = repo.opened
    if opened is None or opened.snapshot is not repo.snapshot:
        return False
    if index is not None and index.snapshot is repo.snapshot:
        return sidecar.save_for(repo, index)
    return sidecar.save_records_for(repo)
