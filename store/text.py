"""Small text helpers shared by search, countries and ingest: folding and transliteration."""

from __future__ import annotations

import unicodedata

# Russian to Latin as news sites and people type it (``Германия`` -> ``germaniya``).
_RU_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
# Latin to Russian, longest sequences first (``spector`` -> ``спектор``).
_LAT_TO_RU = sorted(
    {
        "shch": "щ", "sch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш", "yu": "ю",
        "ya": "я", "yo": "ё", "ye": "е", "ck": "к", "ph": "ф", "th": "т", "a": "а", "b": "б",
        "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж", "k": "к",
        "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
        "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з",
    }.items(),
    key=lambda item: -len(item[0]),
)


def fold(text: str) -> str:
    """Case-insensitive, ``ё`` equal to ``е``, accents off: the form every comparison uses."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ё", "е"))
    kept = "".join(ch for ch in text if not unicodedata.combining(ch) or ch == "\u0306")  # keep й
    return unicodedata.normalize("NFC", kept)


def transliterate(text: str) -> str:
    """Cyrillic letters to Latin; other characters unchanged."""
    out = []
    for ch in text:
        low = ch.lower()
        lat = _RU_TO_LAT.get(low)
        if lat is None:
            out.append(ch)
        elif ch != low and lat:
            out.append(lat[0].upper() + lat[1:])
        else:
            out.append(lat)
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """Latin letters to Cyrillic, a guess good enough to match names typed in the wrong script."""
    text = text.lower()
    out, i = [], 0
    while i < len(text):
        for lat, ru in _LAT_TO_RU:
            if text.startswith(lat, i):
                out.append(ru)
                i += len(lat)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
