"""Shared fixtures: scratch stores and record builders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.model import Fact, Operation, Source, sha256_text, stable_id


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's real store."""
    monkeypatch.setenv("TAKEDOWN_DB", str(tmp_path / "default-store.json"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.json"


def make_source(text: str = "Police arrested 12 people in Sweden.", **kw) -> Source:
    digest = sha256_text(text)
    return Source(id=kw.pop("id", stable_id("src", digest)), title=kw.pop("title", "Test article"), text=text,
                  sha256=digest, language=kw.pop("language", "en"), origin=kw.pop("origin", "test.txt"), **kw)


def make_fact(source: Source, n: int = 0, **kw) -> Fact:
    fact_id = kw.pop("id", None)
    values = dict(operation="test-op", metric="arrests", value=12 + n, unit="people", country="SE",
                  source=source.id, quote=source.text, start=0, end=2)
    values.update(kw)
    return Fact(id=fact_id or stable_id("f", source.id, n, values["metric"], values["country"], values["value"]), **values)


def make_operation(op_id: str = "test-op", **kw) -> Operation:
    return Operation(id=op_id, name=kw.pop("name", "Test Operation"), **kw)


os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
