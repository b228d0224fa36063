"""Every key takedown binds has an id (so a keymap can rebind it) and a description (so the
footer and the help screen can say what it does); no two bindings share an id."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter

from textual.binding import Binding
from textual.dom import DOMNode

import tui


def _own_bindings() -> dict[str, list[Binding]]:
    """BINDINGS declared by each of takedown's own classes (not the ones Textual ships)."""
    found: dict[str, list[Binding]] = {}
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, DOMNode) and cls.__module__ == module.__name__ and "BINDINGS" in cls.__dict__:
                found[f"{cls.__module__}.{name}"] = [b for b in cls.__dict__["BINDINGS"] if isinstance(b, Binding)]
    return found


def test_every_binding_has_an_id_and_a_description():
    found = _own_bindings()
    assert {"tui.app.TakedownApp", "tui.widgets.row_list.RowList", "tui.screens.explorer.ExplorerScreen"} <= set(found)
    lacking = [f"{owner}: {b.key} -> {b.action}" for owner, bindings in found.items() for b in bindings
               if not b.id or not b.description]
    assert lacking == []


def test_binding_ids_are_unique():
    ids = Counter(b.id for bindings in _own_bindings().values() for b in bindings)
    # a class that extends a shared list (RowList = LIST_BINDINGS + its own) repeats nothing
    shared = {b.id for b in tui.bindings.LIST_BINDINGS + tui.bindings.PANE_BINDINGS + tui.bindings.SEARCH_BINDINGS}
    repeated = {binding_id for binding_id, count in ids.items() if count > 1 and binding_id not in shared}
    assert repeated == set()
