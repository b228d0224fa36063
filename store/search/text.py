"""Folding, tokens and scripts of the search: the forms every key and every typed word take.

Everything here is pure and cached per distinct string, so a keystroke that repeats a word
(or an index rebuild that meets a known quote) pays nothing twice.
"""

from __future__ import annotations

import functools
import re

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
