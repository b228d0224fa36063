"""``facets=False`` (the facts table's search) matches the same facts as a full search and
leaves out only the operations and countries."""

from __future__ import annotations

import numpy as np

from store.repository import Repository
from store.search import SearchIndex


def test_a_search_without_facets_matches_the_same_facts(tmp_path):
    repo = Repository.open(tmp_path / "store.json")  # the bundled dataset
    index = SearchIndex(repo.snapshot)
    for query in ("germany", "spector arrests", "hydar", "country:de", "арест"):
        full = index.search(query, limit=1)
        lean = index.search(query, limit=1, facets=False)
        assert full.total and full.operations, query
        assert np.array_equal(lean.mask, full.mask) and lean.total == full.total, query
        assert lean.terms == full.terms and lean.hints == full.hints, query
        assert lean.operations == [] and lean.countries == [] and lean.op_counts == {}, query
