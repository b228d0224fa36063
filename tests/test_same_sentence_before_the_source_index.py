"""The detail pane's same-sentence facts are the same before the store's by-source grouping
is built (a per-source scan, on the UI thread) as after it (built by a worker), and asking
for them does not build the whole grouping."""

from __future__ import annotations

from pathlib import Path

from store.repository import Repository
from tests.test_sidecar_cache import small_store


def test_related_facts_agree_before_and_after_the_source_grouping(store_path: Path) -> None:
    small_store(store_path)
    repo = Repository.open(store_path, create_missing=False)
    facts = list(repo.snapshot.facts)
    before = [repo.related(f).same_sentence for f in facts]
    assert "facts_by_source" not in repo.snapshot.__dict__  # the whole grouping was not built
    repo.snapshot.facts_by_source  # noqa: B018 - the warm-up worker's build
    assert [repo.related(f).same_sentence for f in facts] == before
    assert [repo.facts_of_source(f.source) for f in facts] == [repo.snapshot.facts_by_source[f.source] for f in facts]
