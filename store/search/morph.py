"""Stems and lemmas of typed words (Snowball, pymorphy3), loaded once and cached per word.

``германии`` finds Германия through its lemma, ``arrested`` finds arrests through its stem.
The analyzers take about 0.1 s to load: ``warm_up`` loads them where a delay is invisible
(the worker that builds the index), not on the first keystroke.
"""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING, Protocol

from store.search.text import is_cyrillic

if TYPE_CHECKING:
    import pymorphy3


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # noqa: N802  (snowballstemmer's name)


_stemmers: dict[str, _Stemmer] = {}
_morph: pymorphy3.MorphAnalyzer | None = None
_lock = threading.Lock()


def _stemmer(lang: str) -> _Stemmer:
    stemmer = _stemmers.get(lang)
    if stemmer is None:
        import snowballstemmer

        stemmer = _stemmers[lang] = snowballstemmer.stemmer(lang)
    return stemmer


def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    """pymorphy3's analyzer, loaded once (about 0.1 s): warm it where a delay is invisible."""
    global _morph
    if _morph is None:
        with _lock:
            if _morph is None:
                import pymorphy3

                _morph = pymorphy3.MorphAnalyzer()
    return _morph


def warm_up() -> None:
    """Load the stemmers and the morphological dictionary before the first keystroke."""
    _stemmer("english")
    _stemmer("russian")
    morph_analyzer()
    import rapidfuzz.process  # noqa: F401  (typo matching: keep its import off the first keystroke)

    lemmas("германии")
    stem("arrests")
    from store import countries

    countries.lookup("германии")  # builds the gazetteer's indexes (about 30 ms)


@functools.lru_cache(maxsize=65536)
def stem(term: str) -> str:
    """Snowball stem (Russian or English by script); the term itself for anything else."""
    if is_cyrillic(term):
        return str(_stemmer("russian").stemWord(term))
    if term.isascii() and term.isalpha():
        return str(_stemmer("english").stemWord(term))
    return term


@functools.lru_cache(maxsize=65536)
def lemmas(term: str) -> tuple[str, ...]:
    """pymorphy3 normal forms of a Russian word (``германии`` -> ``германия``), best first."""
    if not is_cyrillic(term) or len(term) < 4:
        return ()
    out: list[str] = []
    for parse in morph_analyzer().parse(term)[:3]:
        form = parse.normal_form.replace("ё", "е")
        if form != term and form not in out:
            out.append(form)
    return tuple(out)
