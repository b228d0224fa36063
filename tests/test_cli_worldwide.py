""""worldwide" means the same everywhere: the facts of no one country, in ``takedown facts``
as in the explorer's ``country:worldwide``; ``country``/``export`` say it is not one country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.repository import Repository
from store.search import SearchIndex
from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("word", ["worldwide", "Worldwide", "world", "all", "мир", "по всему миру"])
def test_facts_country_worldwide_lists_the_facts_of_no_country(capsys, store_path: Path, word: str):
    code, out, err = run(capsys, "facts", "--db", str(store_path), "--country", word, "--json")
    assert code == 0, err
    facts = json.loads(out)
    everything = Repository.open(store_path).facts()
    assert facts and all(f["country"] is None for f in facts)
    assert len(facts) == sum(1 for f in everything if f.country is None) < len(everything)


def test_facts_worldwide_combines_with_metric_and_matches_the_search(capsys, store_path: Path):
    code, out, err = run(capsys, "facts", "--db", str(store_path), "--country", "worldwide", "--metric", "arrests", "--json")
    assert code == 0, err
    ids = {f["id"] for f in json.loads(out)}
    search = SearchIndex(Repository.open(store_path).snapshot).search("country:worldwide metric:arrests")
    assert ids and ids == {f.id for f in search.facts}


@pytest.mark.parametrize("argv", [["country", "worldwide"], ["export", "--country", "world"]])
def test_a_country_summary_of_worldwide_is_a_one_line_hint(capsys, store_path: Path, argv):
    code, out, err = run(capsys, *argv, "--db", str(store_path))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "not one country" in err and "facts --country worldwide" in err


def test_the_search_takes_the_words_the_fact_list_shows(store_path: Path):
    """The fact list says ``all`` for a worldwide figure; ``country:all`` finds those facts."""
    repo = Repository.open(store_path)
    index = SearchIndex(repo.snapshot)
    shown = index.search("country:all")
    assert shown.total and not shown.hints
    assert {f.id for f in shown.facts} == {f.id for f in index.search("country:worldwide").facts}
