"""Latin and Greek letters that look Cyrillic, inside Russian words: «нарκотиκов» (Greek kappa),
«пοлиция» (Greek omicron), «задержаны 5 чeловек» (Latin e); and the hyphens typesetting puts in
words («21‑летнего» with U+2011), which hide an age from the patterns that know it.

Some sites scramble their copy this way against scrapers; a word so written matches no Russian
pattern, and the figures beside it are lost.  Inside a word that has Cyrillic letters, each
lookalike becomes the Cyrillic letter it imitates.  The mapping is one character for one, so
every offset into the text — and every quote cut from the original — stays the same.
"""

from __future__ import annotations

import re

_LOOKALIKE = {
    # Latin
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к", "i": "і",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
    # Greek
    "α": "а", "ε": "е", "κ": "к", "ο": "о", "ρ": "р", "τ": "т", "υ": "у", "χ": "х", "ν": "v",
    "Α": "А", "Β": "В", "Ε": "Е", "Η": "Н", "Κ": "К", "Μ": "М", "Ο": "О", "Ρ": "Р", "Τ": "Т", "Χ": "Х",
}
_LOOKALIKE["i"] = "і"  # Ukrainian і: a Latin i in a Cyrillic word is the Ukrainian letter
_LOOKALIKE.pop("ν")  # Greek nu looks like Latin v, not like any Cyrillic letter
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TABLE = str.maketrans(_LOOKALIKE)


# «21‑летнего» (U+2011, the non-breaking hyphen), «М‐12» (U+2010): typographers' hyphens are the hyphen
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def unmix(text: str) -> str:
    """``text`` with lookalike letters inside Cyrillic words made Cyrillic and typographic hyphens
    made plain ones (same length)."""
    text = text.translate(_HYPHENS)
    if not _CYRILLIC.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if not _CYRILLIC.search(word) or all("\u0400" <= ch <= "\u04ff" for ch in word):
            return word
        if any(not ("\u0400" <= ch <= "\u04ff") and ch not in _LOOKALIKE for ch in word):
            return word  # a real mixed token ("iPhone-ом"), not a disguised Russian word
        return word.translate(_TABLE)

    return _WORD.sub(fix, text)
