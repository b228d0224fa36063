"""A store whose figures are long (``≥207.58M USD``) or singular (``1 person``): for the tests
that lists never cut a figure and that counts read as English."""

from __future__ import annotations

from pathlib import Path

from store.model import Fact, Operation, Source, sha256_text, stable_id
from store.repository import Repository
from store.storage import create, empty_document

TEXT = ("Operation Longform seized more than 207.58 million dollars and more than 184 million euros, "
        "at least 2,000 kg of drugs; about 12,345 people were arrested, one person in Switzerland.")


def long_figures_store(path: Path, *, one_of_each: bool = False) -> Repository:
    create(path, empty_document())
    repo = Repository.open(path)
    source = Source(id=stable_id("src", "long"), title="Longform release", language="en", published="2025-05-20",
                    origin="release.txt", text=TEXT, sha256=sha256_text(TEXT), tier="official")
    op = Operation(id="longform", name="Longform", announced="2025-05", countries=("CH",))

    def fact(metric, value, unit, qualifier, country=None) -> Fact:
        return Fact(id=stable_id("f", metric, value), operation="longform", metric=metric, value=value, unit=unit,
                    qualifier=qualifier, country=country, source=source.id, quote=TEXT)

    facts = [fact("arrests", 1, "people", "exact", "CH")]
    if not one_of_each:
        facts += [fact("seized_money", 207_580_000, "USD", "at_least"), fact("seized_money", 184_000_000, "EUR", "at_least"),
                  fact("seized_drugs", 2_000, "kg", "at_least"), fact("arrests", 12_345, "people", "approximate")]
    repo.add_records(sources=[source], operations=[op], facts=facts)
    return repo
