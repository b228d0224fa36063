"""Common misspellings of the words that make a figure a seizure, repaired letter for letter.

Aggregators and hurried copy write "siezed", "siezure", «изьяли» (a soft sign for the hard one).
The extractor's cues are spelled correctly, so such a sentence loses its figures.  Each repair
swaps letters without changing the text's length, so every span still points into the article as
written (the quotes are cut from the original, as for lookalike letters).
"""

from __future__ import annotations

import re

# (misspelling, repair), same length; matched at a word start, any case.
_REPAIRS = (("siez", "seiz"), ("изьят", "изъят"), ("изьял", "изъял"), ("изьяв", "изъяв"))
_PATTERN = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(wrong) for wrong, _ in _REPAIRS) + ")", re.IGNORECASE)
_RIGHT = {wrong: right for wrong, right in _REPAIRS}


def _repair(m: re.Match[str]) -> str:
    word = m.group()
    right = _RIGHT[word.lower()]
    return "".join(r.upper() if w.isupper() else r for w, r in zip(word, right))


def respell(text: str) -> str:
    """``text`` with the known misspellings of seizure words repaired (same length, same offsets)."""
    return _PATTERN.sub(_repair, text)
