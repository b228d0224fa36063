"""Which store a command may open or create, ``takedown init``, and argument types.

Read-only commands (the explorer, ``operations``, ``facts``, ``country``, ``search``,
``export``) never create a folder: a ``--db`` whose folder does not exist is a typo far more
often than a wish, and a silently created store would hide it. The default path (its folder
is made), a new file in an existing folder, and ``takedown init`` create a store from the
bundled dataset.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.paths import bundled_document, resolve_path
from store.repository import Repository
from store.storage import StoreError, create
from store.words import count


def readable_path(args: argparse.Namespace) -> Path:
    """The store a read-only command means; a ``--db`` in a missing folder is an error."""
    explicit = getattr(args, "db", None)
    path = resolve_path(explicit)
    if explicit and not path.exists() and not path.parent.is_dir():
        raise StoreError(f"{path}: no such folder {path.parent} (to start a store there: takedown init --db {path})")
    return path


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return value


def add_init_parser(subparsers, parents: list[argparse.ArgumentParser]) -> None:
    subparsers.add_parser("init", parents=parents, help="create a store from the bundled dataset (--db PATH or the default)")


def cmd_init(args: argparse.Namespace) -> int:
    """Create the store (and its folder) from the bundled dataset; an existing store is kept."""
    path = resolve_path(getattr(args, "db", None))
    if path.exists():
        raise StoreError(f"{path}: a store already exists (nothing changed)")
    if not create(path, bundled_document()):
        raise StoreError(f"{path}: a store already exists (nothing changed)")
    repo = Repository.open(path, create_missing=False)
    print(f"created {path}: {count(len(repo.operations()), 'operation')}, {count(len(repo.snapshot.facts), 'fact')}", file=sys.stderr)
    return 0
