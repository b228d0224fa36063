"""Text machinery of the search index: fast folding, tokens, script variants, stems, lemmas.

Everything here is pure and cached per distinct string, so a keystroke that repeats a word
(or an index rebuild that meets a known quote) pays nothing twice.
"""

from __future__ import annotations

import functools
import re
import threading

from store.text import fold, to_cyrillic, transliterate

TOKEN = re.compile(r"\w+")
# Characters whose fold is plain casefold: ASCII, Russian letters, common typography.
# (Anything else, e.g. accents or compatibility forms such as "№", goes through fold().)
_PLAIN = re.compile(r"[\x00-\x7f\u0410-\u044f\u0401\u0451«»–—“”„’‘\u00a0]*")


def fast_fold(text: str) -> str:
    """``store.text.fold`` with a fast path for the text people actually write."""
    if _PLAIN.fullmatch(text):
        return text.casefold().replace("ё", "е").replace("\u00a0", " ")
    return fold(text)


def tokens(text: str) -> list[str]:
    """Folded word tokens of a text."""
    return TOKEN.findall(fast_fold(text)) if text else []


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def is_latin(text: str) -> bool:
    return any("a" <= ch <= "z" for ch in text)


@functools.lru_cache(maxsize=65536)
def other_script(term: str) -> str:
    """The folded term in the other script: ``germaniya`` -> ``германия``, ``спектор`` -> ``spektor``."""
    if is_cyrillic(term):
        return fold(transliterate(term))
    if is_latin(term):
        return fold(to_cyrillic(term))
    return term


_SKELETON_STEPS = (("shch", "sh"), ("ck", "k"), ("ph", "f"), ("kh", "h"), ("c", "k"), ("q", "k"),
                   ("w", "v"), ("x", "ks"), ("y", "i"), ("j", "i"))


@functools.lru_cache(maxsize=65536)
def skeleton(term: str) -> str:
    """A spelling-neutral Latin key for names: ``SpecTor``, ``Spektor`` and ``Спектор`` agree."""
    text = fold(transliterate(term)) if is_cyrillic(term) else term
    for old, new in _SKELETON_STEPS:
        text = text.replace(old, new)
    return text


_stemmers: dict[str, object] = {}
_morph = None
_lock = threading.Lock()


def _stemmer(lang: str):
    stemmer = _stemmers.get(lang)
    if stemmer is None:
        import snowballstemmer

        stemmer = _stemmers[lang] = snowballstemmer.stemmer(lang)
    return stemmer


def morph_analyzer():
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
        return _stemmer("russian").stemWord(term)
    if term.isascii() and term.isalpha():
        return _stemmer("english").stemWord(term)
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
