"""Typing an operation's name keeps that operation first, keystroke by keystroke, in either
script and through a typo: a word of a source title or a quote ("Spectrum…") never pushes
the operation the user is typing out of the list (issue #17: ``spectr`` showed only
DisrupTor until ``spectro``)."""

from __future__ import annotations

import pytest

from store.repository import Repository
from store.search import SearchIndex, SearchResult


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Repository:
    return Repository.open(tmp_path_factory.mktemp("store") / "store.json")  # the bundled dataset


@pytest.fixture(scope="module")
def index(repo: Repository) -> SearchIndex:
    return SearchIndex(repo.snapshot)


def listed(result: SearchResult, repo: Repository) -> list[str]:
    """The operations as the explorer lists them for a query: those the query's words name
    (by more words, by name before market) first, newest first within each."""
    newest = {op.id: i for i, op in enumerate(repo.operations())}
    return [op.id for op in sorted(result.operations, key=lambda op: (-result.named.get(op.id, 0), newest[op.id]))]


def leads(result: SearchResult, repo: Repository, op_id: str) -> bool:
    """The operation is first both in the result and in the explorer's list."""
    return bool(result.operations) and result.operations[0].id == op_id and listed(result, repo)[0] == op_id


TYPED = [
    ("spector", "spector"), ("спектор", "spector"), ("spektor", "spector"),
    ("spectro", "spector"),  # a typo: 'spectr' is also the beginning of a source title's "Spectrum"
    ("hydra", "hydra"), ("гидра", "hydra"), ("hydar", "hydra"),
    ("monopoly market", "monopoly-market"),  # SpecTor lists Monopoly Market among its markets
    ("монополи маркет", "monopoly-market"), ("monopoyl", "monopoly-market"),
    ("dark huntor", "dark-huntor"), ("dark hunotr", "dark-huntor"), ("darkhuntor", "dark-huntor"),
    ("disruptor", "disruptor"), ("disrutpor", "disruptor"), ("sabotor", "sabotor"), ("wall street market", "wall-street-market"),
    ("genesis market", "genesis-market"), ("incognito", "incognito-market"), ("archetyp", "archetyp-market"),
    ("onymous", "onymous"), ("ониmous", "onymous"),
]


@pytest.mark.parametrize(("typed", "op_id"), TYPED)
def test_typing_an_operations_name_keeps_it_first(repo, index, typed, op_id):
    prefixes = [typed[:end] for end in range(1, len(typed) + 1) if not typed[:end].endswith(" ")]
    first = next((i for i, p in enumerate(prefixes) if leads(index.search(p), repo, op_id)), None)
    assert first is not None and first < 6, f"{op_id} never leads while typing {typed!r}"
    for prefix in prefixes[first:]:
        result = index.search(prefix)
        assert leads(result, repo, op_id), (prefix, [op.id for op in result.operations][:3], listed(result, repo)[:3])


def test_a_typo_in_a_name_ranks_its_facts_above_title_and_quote_prefixes(repo, index):
    result = index.search("spectr")
    spector = [i for i, f in enumerate(result.facts) if f.operation == "spector"]
    others = [i for i, f in enumerate(result.facts) if f.operation != "spector"]
    assert spector and others and max(spector) < min(others)  # DisrupTor's "Spectrum…" title follows
    assert result.exact < result.total and result.fuzzy
    assert "spector" in result.terms and any("spector" in hint for hint in result.hints)
