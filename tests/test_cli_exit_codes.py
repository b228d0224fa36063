"""Exit codes scripts can trust: empty after an error is a failure, bad --limit a usage error,
a --db in a missing folder an error for read-only commands, ``init`` creates a store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_unknown_metric_gives_an_empty_result_and_exit_1(capsys, store_path: Path, json_flag):
    code, _, err = run(capsys, "facts", "--db", str(store_path), "--metric", "colour", *json_flag)
    assert code == 1 and "no fact has metric 'colour'" in err


def test_a_known_metric_with_no_fact_in_that_country_is_not_an_error(capsys, store_path: Path):
    code, out, err = run(capsys, "facts", "--db", str(store_path), "--metric", "arrests", "--country", "AQ", "--json")
    assert code == 0 and json.loads(out) == [] and not err


def test_search_empty_after_a_bad_filter_exits_1_and_with_results_0(capsys, store_path: Path):
    code, out, err = run(capsys, "search", "country:atlantis", "--db", str(store_path), "--json")
    assert code == 1 and json.loads(out)["total"] == 0 and "no such country" in err
    code, out, err = run(capsys, "search", "hydar", "--db", str(store_path), "--json")
    assert code == 0 and json.loads(out)["total"] > 0 and "close names" in err
    # an unknown field is a malformed filter, not a hint: tests/test_cli_malformed_filters.py


@pytest.mark.parametrize("limit", ["0", "-1", "x"])
def test_search_limit_below_one_is_a_usage_error(capsys, store_path: Path, limit):
    code, out, err = run(capsys, "search", "hydra", "--limit", limit, "--db", str(store_path))
    assert code == 2 and out == "" and err.startswith("takedown: ") and err.count("\n") == 1


def test_search_limit_one_is_fine(capsys, store_path: Path):
    code, out, _ = run(capsys, "search", "hydra", "--limit", "1", "--db", str(store_path), "--json")
    assert code == 0 and len(json.loads(out)["facts"]) == 1


@pytest.mark.parametrize("argv", [["operations"], ["facts", "--json"], ["country", "DE"], ["search", "hydra"],
                                  ["export", "--format", "csv"]])
def test_db_in_a_missing_folder_is_an_error_and_creates_nothing(capsys, tmp_path: Path, argv):
    target = tmp_path / "no" / "such" / "store.json"
    code, out, err = run(capsys, *argv, "--db", str(target))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "no such folder" in err and "takedown init" in err
    assert not (tmp_path / "no").exists()


def test_the_explorer_refuses_a_missing_folder_before_any_screen(tmp_path: Path):
    target = tmp_path / "missing" / "s.json"
    done = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(target)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TERM": "dumb"})
    assert done.returncode == 1 and "no such folder" in done.stderr and "Traceback" not in done.stderr
    assert not target.parent.exists()


def test_init_creates_the_store_and_its_folder_then_reads_work(capsys, tmp_path: Path):
    target = tmp_path / "new" / "folder" / "store.json"
    code, _, err = run(capsys, "init", "--db", str(target))
    assert code == 0 and target.exists() and "created" in err
    code, out, _ = run(capsys, "operations", "--db", str(target), "--json")
    assert code == 0 and json.loads(out)


def test_init_never_overwrites_a_store(capsys, tmp_path: Path):
    target = tmp_path / "s.json"
    assert run(capsys, "init", "--db", str(target))[0] == 0
    before = target.read_bytes()
    code, _, err = run(capsys, "init", "--db", str(target))
    assert code == 1 and "already exists" in err and err.count("\n") == 1
    assert target.read_bytes() == before


def test_init_uses_the_default_path(capsys, tmp_path: Path, monkeypatch):
    target = tmp_path / "env" / "store.json"
    monkeypatch.setenv("TAKEDOWN_DB", str(target))
    assert run(capsys, "init")[0] == 0 and target.exists()
