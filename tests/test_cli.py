"""The command line as scripts use it: JSON contracts, --db anywhere, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "store" / "data" / "seed_annotations.json").read_text(encoding="utf-8"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_facts_json_lists_every_seed_figure_with_its_verbatim_quote(capsys, store_path: Path):
    code, out, _ = run(capsys, "facts", "--db", str(store_path), "--json")
    assert code == 0
    facts = json.loads(out)
    seed = (ROOT / "store" / "data" / "sources" / "ru_00_spector.txt").read_text(encoding="utf-8")
    seed_facts = [f for f in facts if f["source_origin"] == "ru_00_spector.txt"]
    for wanted in (g for g in GOLD["facts"] if g["value"] is not None):
        hit = [f for f in seed_facts if (f["operation"], f["metric"], f["value"], f["unit"], f["country"])
               == (wanted["operation"], wanted["metric"], wanted["value"], wanted["unit"], wanted["country"])]
        assert len(hit) == 1, wanted
        fact = hit[0]
        assert fact["quote"] in seed
        assert seed[fact["start"]:fact["end"]] in fact["quote"]
        for key in ("id", "qualifier", "date", "source"):
            assert key in fact


def test_db_is_accepted_before_or_after_the_subcommand(capsys, tmp_path: Path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "--db", str(a), "operations", "--json")[0] == 0
    assert run(capsys, "operations", "--db", str(b), "--json")[0] == 0
    assert a.exists() and b.exists()


def test_takedown_db_environment_variable_is_the_default(capsys, tmp_path: Path, monkeypatch):
    target = tmp_path / "env-store.json"
    monkeypatch.setenv("TAKEDOWN_DB", str(target))
    assert run(capsys, "operations", "--json")[0] == 0
    assert target.exists()


def test_operations_json_has_the_contract_fields(capsys, store_path: Path):
    code, out, _ = run(capsys, "operations", "--db", str(store_path), "--json")
    ops = {op["id"]: op for op in json.loads(out)}
    spector = ops["spector"]
    assert spector["name"] == "SpecTor"
    assert set(spector["countries"]) >= {"US", "GB", "AT", "FR", "DE", "NL", "PL", "BR", "CH"}
    for key in ("aliases", "announced", "started", "ended", "kind", "markets"):
        assert key in spector


@pytest.mark.parametrize("name", ["DE", "de", "Germany", "Германия", "ФРГ"])
def test_country_accepts_codes_and_names(capsys, store_path: Path, name: str):
    code, out, _ = run(capsys, "country", name, "--db", str(store_path), "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["country"] == "DE"
    assert "hydra" in {op["id"] for op in summary["operations"]}
    money = [t for t in summary["totals"] if t["metric"] == "seized_money" and t["unit"] == "EUR"]
    assert money and money[0]["value"] >= 23_000_000


def test_facts_filter_by_country_name_and_metric(capsys, store_path: Path):
    code, out, _ = run(capsys, "facts", "--db", str(store_path), "--country", "США", "--metric", "arrests", "--json")
    facts = json.loads(out)
    assert facts and all(f["country"] == "US" and f["metric"] == "arrests" for f in facts)


def test_human_output_is_a_table(capsys, store_path: Path):
    code, out, _ = run(capsys, "operations", "--db", str(store_path))
    assert code == 0 and "SpecTor" in out and "DarkMarket" in out


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_export_writes_every_fact(capsys, store_path: Path, tmp_path: Path, fmt: str):
    target = tmp_path / f"out.{fmt}"
    code, _, _ = run(capsys, "export", "--db", str(store_path), "--format", fmt, "-o", str(target))
    assert code == 0
    _, out, _ = run(capsys, "facts", "--db", str(store_path), "--json")
    count = len(json.loads(out))
    text = target.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == count and rows[0]["quote"]
    elif fmt == "json":
        assert len(json.loads(text)) == count
    else:
        assert len([line for line in text.splitlines() if line.startswith("| ")]) == count + 1


@pytest.mark.parametrize(
    "argv, code",
    [
        (["facts", "--bogus"], 2),
        (["country", "Atlantis"], 2),
        (["facts", "--operation", "no-such-op"], 2),
        (["nosuchcommand"], 2),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(capsys, store_path: Path, argv, code):
    got, out, err = run(capsys, *argv, "--db", str(store_path))
    assert got == code
    assert err.startswith("takedown: ") and err.count("\n") == 1 and "Traceback" not in err


def test_a_damaged_store_is_a_one_line_failure_and_stays_untouched(capsys, store_path: Path):
    store_path.write_bytes(b'{"meta": ')
    got, _, err = run(capsys, "facts", "--db", str(store_path), "--json")
    assert got == 1 and err.count("\n") == 1 and str(store_path) in err
    assert store_path.read_bytes() == b'{"meta": '


def test_version_and_module_entry_point():
    out = subprocess.run([sys.executable, "-m", "tui.cli", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and out.stdout.startswith("takedown ")


def test_search_json(capsys, store_path: Path):
    code, out, _ = run(capsys, "search", "Hydra", "--db", str(store_path), "--json")
    result = json.loads(out)
    assert code == 0 and result["total"] >= 1
    assert all(f["operation"] == "hydra" for f in result["facts"] if f["metric"] == "seized_money")


def test_an_unknown_metric_gets_a_hint_naming_the_known_ones(capsys, store_path: Path):
    code, out, err = run(capsys, "facts", "--db", str(store_path), "--metric", "arests", "--json")
    assert code == 1 and json.loads(out) == []  # an empty result after an error: a script notices
    assert "no fact has metric 'arests'" in err and "arrests" in err
