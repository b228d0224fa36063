"""Typo tolerance over names: which operation, country and metric names a mistyped word means.

Only names take part (never the words of quotes): ``hydar`` means Hydra, ``monopply`` the
beginning of Monopoly. Distances are optimal string alignment (a swap of two letters is one
typo), at most one typo up to six letters and two from seven.
"""

from __future__ import annotations

from collections.abc import Iterable

from store.search.layer import Layer
from store.search.text import other_script

FUZZY_MIN_LEN = 4  # shorter words are too ambiguous to correct
PREFIX_TABLE_SIZES = range(FUZZY_MIN_LEN, 9)  # the lengths typed most: their tables are made up front
MAX_NAMES = 20  # corrections kept per word, closest first


def is_typo_candidate(term: str) -> bool:
    """Long enough to correct, and a word rather than a number."""
    return len(term) >= FUZZY_MIN_LEN and not term.isdigit()


def max_typos(term: str) -> int:
    return 1 if len(term) < 7 else 2


class NameVocabulary:
    """The names of some layers, by length and by beginning, for rapidfuzz to compare."""

    def __init__(self, layers: Iterable[Layer]) -> None:
        self.layers: dict[str, list[Layer]] = {}  # name -> the layers it is a key of
        for layer in layers:
            for key in layer.keys:
                if len(key) >= 3 and not key.isdigit():
                    self.layers.setdefault(key, []).append(layer)
        self._by_length: dict[int, list[str]] = {}
        for name in self.layers:
            self._by_length.setdefault(len(name), []).append(name)
        self._prefixes: dict[int, tuple[list[str], list[list[str]]]] = {}
        for size in PREFIX_TABLE_SIZES:  # made here, in the worker that builds the index
            self._prefix_table(size)

    def _prefix_table(self, size: int) -> tuple[list[str], list[list[str]]]:
        """The distinct beginnings of ``size`` characters of longer names, and their names."""
        table = self._prefixes.get(size)
        if table is None:
            by_prefix: dict[str, list[str]] = {}
            for name in self.layers:
                if len(name) > size:
                    by_prefix.setdefault(name[:size], []).append(name)
            table = self._prefixes[size] = (list(by_prefix), list(by_prefix.values()))
        return table

    def near(self, term: str) -> list[str]:
        """Names within a typo or two of the term or of their beginning, closest first."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        max_dist = max_typos(term)
        found: dict[str, int] = {}
        for variant in dict.fromkeys((term, other_script(term))):
            size = len(variant)
            # Whole names: only those of a length within reach of the typos.
            near = [name for n in range(size - max_dist, size + max_dist + 1) for name in self._by_length.get(n, ())]
            for name, dist, _ in process.extract(variant, near, scorer=OSA.distance, score_cutoff=max_dist, limit=None):
                found[name] = min(dist, found.get(name, dist))
            # The beginning of a longer name, typed with a typo: ``monopl`` -> ``monopoly``.
            # Names share beginnings, so each distinct beginning is compared once.
            keys, owners = self._prefix_table(size)
            for _, dist, i in process.extract(variant, keys, scorer=OSA.distance, score_cutoff=max_dist, limit=None):
                for name in owners[i]:
                    found[name] = min(dist, found.get(name, dist))
        return sorted(found, key=lambda k: (found[k], k))[:MAX_NAMES]
