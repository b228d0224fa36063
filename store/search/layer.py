"""One layer of the index: sorted folded keys with CSR posting lists.

Keys are sorted and postings are concatenated in key order, so every key that starts with a
prefix is one contiguous slice of the postings: a prefix lookup is two bisects and one slice.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from sys import intern
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

Mask: TypeAlias = npt.NDArray[np.bool_]  # one flag per row (fact, operation, country...)
Rows: TypeAlias = npt.NDArray[np.int32]  # row numbers, ascending unless said otherwise
Column: TypeAlias = npt.NDArray[np.integer]  # per-fact row numbers into a smaller table


class Layer:
    """Sorted folded keys with CSR postings: prefix lookups are one contiguous slice."""

    __slots__ = ("size", "keys", "offsets", "postings")

    def __init__(self, size: int, keys: list[str], offsets: npt.NDArray[np.int64], postings: Rows) -> None:
        self.size = size  # rows the postings refer to
        self.keys = keys
        self.offsets = offsets
        self.postings = postings

    @classmethod
    def from_pairs(cls, size: int, vocab: list[str], key_ids: array[int], row_ids: array[int]) -> Layer:
        """``vocab[key_ids[i]]`` occurs in row ``row_ids[i]`` (rows ascending)."""
        order = sorted(range(len(vocab)), key=vocab.__getitem__)
        rank = np.empty(len(vocab), dtype=np.int32)
        rank[np.asarray(order, dtype=np.int32)] = np.arange(len(vocab), dtype=np.int32)
        kid = rank[np.frombuffer(key_ids, dtype=np.int32)] if len(key_ids) else np.zeros(0, np.int32)
        rid = np.frombuffer(row_ids, dtype=np.int32) if len(row_ids) else np.zeros(0, np.int32)
        perm = np.argsort(kid, kind="stable")
        postings = np.ascontiguousarray(rid[perm])
        counts = np.bincount(kid, minlength=len(vocab))
        offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        return cls(size, [intern(vocab[i]) for i in order], offsets, postings)

    @classmethod
    def from_docs(cls, docs: list[set[str]]) -> Layer:
        """A layer of one row per document (a set of keys)."""
        vocab: dict[str, int] = {}
        key_ids, row_ids = array("i"), array("i")
        for row, keys in enumerate(docs):
            ids = [vocab.setdefault(k, len(vocab)) for k in keys if k]
            key_ids.extend(ids)
            row_ids.extend([row] * len(ids))
        return cls.from_pairs(len(docs), list(vocab), key_ids, row_ids)

    def span(self, prefix: str) -> tuple[int, int]:
        lo = bisect_left(self.keys, prefix)
        return lo, bisect_left(self.keys, prefix + "\U0010ffff", lo)

    def prefix_rows(self, prefix: str) -> Rows:
        lo, hi = self.span(prefix)
        return self.postings[self.offsets[lo]:self.offsets[hi]]

    def exact_rows(self, key: str) -> Rows:
        i = bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            return self.postings[self.offsets[i]:self.offsets[i + 1]]
        return self.postings[:0]

    def has_prefix(self, prefix: str) -> bool:
        lo, hi = self.span(prefix)
        return hi > lo

    def mask(self, variants: Iterable[str], exact: bool = False) -> Mask:
        """The rows holding a key that any of ``variants`` begins (or, ``exact``, equals)."""
        mask = np.zeros(self.size, dtype=bool)
        for variant in variants:
            rows = self.exact_rows(variant) if exact else self.prefix_rows(variant)
            if len(rows):
                mask[rows] = True
        return mask

    def nbytes(self) -> int:
        return self.offsets.nbytes + self.postings.nbytes + 8 * len(self.keys)
