"""Search over a snapshot: one engine for the explorer, ``takedown search`` and the palette.

``SearchIndex(snapshot)`` builds the index once per snapshot (about a second at 100,000
facts: build it in a worker); ``index.search(query, limit)`` answers a keystroke in about a
millisecond with a ``SearchResult``. The package, by concern:

* ``text``, ``morph``, ``variants``: folding, scripts, stems and lemmas; the keys a typed word
  matches and the keys a name is filed under (``спектор``, ``spektor`` -> SpecTor);
* ``layer``: sorted keys with CSR postings, so a prefix lookup is one slice;
* ``index``: the layers and per-fact columns of a snapshot, and what one word matches;
* ``fuzzy``: typo tolerance over names (``hydar`` -> Hydra);
* ``query``: the query language and the registry of field filters (``country:de``);
* ``rank``: from a query to ranked facts, operations and countries;
* ``result``: ``SearchResult`` and the row views it hands the explorer.
"""

from __future__ import annotations

from store.search.index import SearchIndex, country_words
from store.search.layer import Layer
from store.search.query import FIELD_ALIASES, FIELDS, parse_query
from store.search.result import FactRows, SearchResult
from store.search.variants import clear_caches
from store.text import fold

__all__ = [
    "FIELDS", "FIELD_ALIASES", "FactRows", "Layer", "SearchIndex", "SearchResult", "clear_caches", "country_words",
    "fold", "parse_query",
]
