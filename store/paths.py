"""Which store a command means, and the bundled dataset a new store starts from."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def resolve_path(path: Path | str | None) -> Path:
    """The store a command means: ``path`` if given (``~`` expanded), else :func:`default_path`."""
    return Path(path).expanduser() if path else default_path()


def default_path() -> Path:
    """``TAKEDOWN_DB`` or ``store.json`` in the user data directory."""
    env = os.environ.get("TAKEDOWN_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("takedown", appauthor=False)) / "store.json"


def bundled_document() -> dict[str, Any]:
    """The dataset shipped in the package (``store/data/bundled.json``): what a new store
    starts from. Only the built file is read; the code that builds it is not imported."""
    from importlib.resources import files

    import orjson

    return orjson.loads(files("store.data").joinpath("bundled.json").read_bytes())
