"""The keys a typed word matches and the keys a name is filed under.

A typed term matches, as a prefix, its folded form, its other-script form (``germaniya`` <->
``германия``), its Snowball stem and its pymorphy3 lemmas; names are also filed under a
spelling-neutral skeleton and their words joined, so ``спектор``, ``spektor`` and
``darkhuntor`` find SpecTor and Dark HunTor.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from store.search import morph, text
from store.search.morph import lemmas, stem
from store.search.text import is_cyrillic, is_latin, other_script, skeleton, tokens


@functools.lru_cache(maxsize=65536)
def prefix_variants(term: str) -> tuple[str, ...]:
    """Keys a term matches as a prefix in the text (quotes, titles): the term, the other
    script, the Snowball stem and pymorphy3 lemmas (and their stems)."""
    out = [term]

    def add(value: str, minimum: int = 2) -> None:
        if value and len(value) >= minimum and value not in out:
            out.append(value)

    add(other_script(term), 1)
    if len(term) >= 4:
        base = stem(term)
        if len(base) >= 4:
            add(base, 4)
        for lemma in lemmas(term):
            add(lemma, 3)
            add(stem(lemma), 4)
        if is_latin(term) and not is_cyrillic(term):
            cyr = other_script(term)
            add(stem(cyr), 4)
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def name_variants(term: str) -> tuple[str, ...]:
    """Keys a term matches as a prefix among names: the term, the other script, the skeleton."""
    out = [term]
    for value in (other_script(term), skeleton(term)):
        if value and value not in out:
            out.append(value)
    return tuple(out)


def highlight_terms(term: str) -> list[str]:
    """What to highlight for a term: the term, its other script, its stem (so ``германии``
    highlights ``Германия``)."""
    out = [term]
    other = other_script(term)
    if len(other) >= 2 and other not in out:
        out.append(other)
    if len(term) >= 4:
        base = stem(term)
        if len(base) >= 4 and base not in out:
            out.append(base)
    return out


def name_keys(names: Iterable[str | None]) -> set[str]:
    """Keys of names: folded words, their other-script and skeleton forms, and joined words
    (``wallstreetmarket``, ``darkhuntor``) so names typed without spaces match."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        words = tokens(name)
        for w in words:
            keys.add(w)
            keys.add(other_script(w))
            keys.add(skeleton(w))
        if len(words) > 1:
            joined = "".join(words)
            keys.update((joined, skeleton(joined)))
    keys.discard("")
    return keys


def clear_caches() -> None:
    """Forget every cached form (benchmarks measure a cold keystroke)."""
    for cached in (text.other_script, text.skeleton, morph.stem, morph.lemmas, prefix_variants, name_variants):
        cached.cache_clear()
