import argparse
import json
from pathlib import Path

import pytest

from store.ingest.extract import extract
from store.ingest.pipeline import ingest_paths, make_source, to_records
from store.model import slugify, stable_id
from tui.ingest_command import add_parser, run

SEED = Path("/work/shared/corpus/articles/ru_00_spector.txt")
SEED_GOLD = Path("/work/shared/corpus/gold/ru_00_spector.json")
ARTICLE = "Operation Reef: police arrested 45 people\nOfficers seized €3m in cash and 20 kg of heroin in Spain.\n"


class FakeRepo:
    def __init__(self):
        self.sources, self.operations, self.facts = {}, {}, {}

    def has_source(self, sha256):
        return any(s.sha256 == sha256 for s in self.sources.values())

    def add_records(self, sources, operations, facts):
        new = [f for f in facts if f.id not in self.facts]
        self.sources.update({s.id: s for s in sources})
        self.operations.update({o.id: o for o in operations})
        self.facts.update({f.id: f for f in facts})
        return len(new)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_to_records_ids_and_kinds():
    text = SEED.read_text(encoding="utf-8")
    source = make_source(text, str(SEED), "ru", None)
    ops, facts = to_records(extract(text), source)
    by_id = {o.id: o for o in ops}
    assert {"spector", "monopoly-market", "hydra", "darkmarket"} <= set(by_id)
    assert by_id["spector"].kind == "operation" and by_id["hydra"].kind == "market_takedown"
    assert by_id["spector"].markets == ("Monopoly Market",)
    assert source.id == stable_id("src", source.sha256)
    for f in facts:
        assert f.id == stable_id("f", source.id, f.metric, f.start, f.end, f.country, f.operation)
        assert text[f.start:f.end] and f.quote in text


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="development corpus not present")
def test_seed_regenerates_exactly_the_gold_figures():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    ex = extract(SEED.read_text(encoding="utf-8"))
    got = sorted((f.operation, f.metric, f.value, f.unit, f.country) for f in ex.facts)
    want = sorted((g["subject"], g["metric"], g["value"], g["unit"], g["country"]) for g in gold["facts"])
    assert got == want
    assert sorted(ex.countries) == sorted(gold["countries"])
    assert sorted((e.operation, e.metric, e.date) for e in ex.events) == \
        sorted((g["subject"], g["event"], g["date"]) for g in gold["events"])


def test_unattributed_facts_go_to_the_given_operation():
    text = "Police arrested 3 people in Spain."
    source = make_source(text, "a.txt", "en", None)
    ops, facts = to_records(extract(text, operation="Night Owl"), source, "Night Owl")
    assert [o.id for o in ops] == [slugify("Night Owl")] and facts[0].operation == "night-owl"


def test_write_once_then_duplicate(tmp_path):
    repo = FakeRepo()
    path = write(tmp_path, "a.txt", ARTICLE)
    first = ingest_paths(repo, [path], dry_run=False)
    assert first[0].status == "added" and first[0].facts_added == 3
    assert len(repo.sources) == 1 and "reef" in repo.operations
    again = ingest_paths(repo, [path], dry_run=False)
    assert again[0].status == "duplicate" and len(repo.facts) == 3


def test_refused_file_writes_nothing_and_others_go_on(tmp_path):
    repo = FakeRepo()
    good = write(tmp_path, "good.txt", ARTICLE)
    empty = write(tmp_path, "empty.txt", "")
    reports = ingest_paths(repo, [empty, good], dry_run=False)
    assert [r.status for r in reports] == ["refused", "added"]
    assert "empty.txt" in reports[0].error and len(repo.sources) == 1


def cli(argv, repo=None):
    parser = argparse.ArgumentParser(prog="takedown")
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db")
    add_parser(parser.add_subparsers(), [parent])
    return run(parser.parse_args(argv), lambda: repo)


def test_cli_json_lines(tmp_path, capsys):
    path = write(tmp_path, "a.txt", ARTICLE)
    assert cli(["ingest", "--dry-run", "--json", path]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    obj = json.loads(line)
    assert {"file", "encoding", "lang", "operations", "markets", "countries", "facts", "events", "errors"} <= set(obj)
    assert obj["operations"] == ["Reef"]
    assert {"metric", "value", "unit", "qualifier", "country", "date", "operation", "quote", "start", "end"} <= set(obj["facts"][0])


def test_cli_summary_and_exit_code(tmp_path, capsys):
    good = write(tmp_path, "good.txt", ARTICLE)
    assert cli(["ingest", "--dry-run", good, str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert "missing.txt: no such file" in captured.err
    assert "1 taken" in captured.out and "1 refused" in captured.out


def test_cli_untrusted_quote_is_not_markup(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    path = write(tmp_path, "a.txt", "Police arrested 3 people [bold red]in Spain[/].\n")
    cli(["ingest", "--dry-run", path])
    assert "[bold red]" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["2023-13", "May 2023", "23-05-01"])
def test_cli_rejects_bad_published(tmp_path, capsys, bad):
    assert cli(["ingest", "--dry-run", "--published", bad, write(tmp_path, "a.txt", ARTICLE)]) == 2
    assert "--published" in capsys.readouterr().err


def test_cli_writes_and_reports_duplicate(tmp_path, capsys):
    repo = FakeRepo()
    path = write(tmp_path, "a.txt", ARTICLE)
    assert cli(["ingest", path], repo) == 0
    assert cli(["ingest", path], repo) == 0
    assert "already ingested" in capsys.readouterr().out


DATED_RU = ("Операция «Полярный лис»: задержаны 12 человек\n"
            "14 марта 2024 года полиция Германии задержала 12 человек и изъяла 40 килограммов наркотиков "
            "в ходе операции «Полярный лис» против площадки Frostline Market.\n")
MARKET_EN = ("Operation Quiet Harbor takes down Saltbox Market\n"
             "Police in the Netherlands and Germany arrested 17 people in Operation Quiet Harbor, which targeted "
             "Saltbox Market, a darknet market selling drugs. Officers seized 30 kg of cocaine and €1.2 million in cash.\n")


def _operations_listed(store, *paths, published=None):
    from store.repository import Repository

    repo = Repository.open(store)
    reports = ingest_paths(repo, [str(p) for p in paths], dry_run=False, published=published)
    assert all(r.status == "added" for r in reports), [r.error for r in reports]
    return Repository.open(store).operations()


def test_an_ingested_operation_files_under_the_year_of_its_figures(tmp_path):
    ops = _operations_listed(tmp_path / "store.json", write(tmp_path, "ru.txt", DATED_RU))
    fox = next(o for o in ops if o.name == "Полярный лис")
    assert fox.announced == "2024-03-14" and fox.year == "2024"
    order = [o.id for o in ops]  # newest first: above SpecTor (2023) and Onymous (2014), not after them
    assert order.index(fox.id) < order.index("spector") < order.index("onymous")


def test_the_publication_date_is_the_main_operations_announced_date(tmp_path):
    ops = _operations_listed(tmp_path / "store.json", write(tmp_path, "en.txt", MARKET_EN), published="2024-11-05")
    harbor = next(o for o in ops if o.id == "quiet-harbor")
    assert harbor.announced == "2024-11-05" and harbor.year == "2024"


def test_a_market_without_figures_is_a_market_of_its_operation_not_an_operation(tmp_path):
    ops = _operations_listed(tmp_path / "store.json", write(tmp_path, "en.txt", MARKET_EN),
                             write(tmp_path, "ru.txt", DATED_RU))
    by_id = {o.id: o for o in ops}
    assert "saltbox-market" not in by_id and "frostline-market" not in by_id
    assert by_id["quiet-harbor"].markets == ("Saltbox Market",)
    assert next(o for o in ops if o.name == "Полярный лис").markets == ("Frostline Market",)


def test_a_market_with_figures_of_its_own_stays_an_operation_with_its_year():
    text = SEED.read_text(encoding="utf-8")
    ops, facts = to_records(extract(text), make_source(text, str(SEED), "ru", None))
    by_id = {o.id: o for o in ops}
    owners = {f.operation for f in facts}
    assert set(by_id) == owners | {"spector"}  # every record owns a figure; SpecTor is the main one
    assert by_id["hydra"].kind == "market_takedown"
    assert by_id["darkmarket"].announced == "2021"  # the date its figures carry
    assert by_id["monopoly-market"].announced == "2021"  # no dated figure: its shutdown
