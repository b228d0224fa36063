"""Bytes to text in the encoding they were written in, for plain text and web pages alike.

Detection order: byte-order mark, the charset the page or server declares (when it decodes),
strict UTF-8, then the Cyrillic single-byte code pages (cp1251, KOI8-R) only: charset-normalizer
left free guesses exotic code pages for short Cyrillic text.
"""

from __future__ import annotations

import codecs
import re

from store.ingest.errors import IngestError

SINGLE_BYTE_CANDIDATES = ("cp1251", "koi8_r")
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def decode(data: bytes, name: str, encoding: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """``(text, codec)``: ``encoding`` is the user's override; ``declared`` what the input says."""
    if encoding:
        return _decode_as(data, encoding, name), encoding
    return _detect(data, name, declared)


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise IngestError(f"{name}: unknown encoding {encoding!r}") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(f"{name}: not valid {encoding} (byte {exc.start})") from None
    if "\x00" in text:
        raise IngestError(f"{name}: binary file (NUL characters)")
    return text.removeprefix("\ufeff")


def _detect(data: bytes, name: str, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff"), codec
            except UnicodeDecodeError:
                raise IngestError(f"{name}: broken {codec} text after its byte-order mark") from None
    if b"\x00" in data or _looks_binary(data):
        raise IngestError(f"{name}: binary file, not text")
    known = _known_codec(declared)
    if known is not None:
        try:
            return data.decode(known), known
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; detect instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = _guess_single_byte(data)
    if guessed is None:
        raise IngestError(f"{name}: unknown encoding (not UTF-8, UTF-16, cp1251 or KOI8-R); use --encoding")
    return data.decode(guessed), guessed


def _known_codec(label: str | None) -> str | None:
    """Python's name for a declared charset; pages saying latin-1 mean windows-1252 (WHATWG)."""
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    if label in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        label = "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    """More than 2 % of odd control bytes in the first 64 KiB: an image, archive or program."""
    head = data[:65536]
    odd = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return odd > 0.02 * len(head)


def _guess_single_byte(data: bytes) -> str | None:
    """cp1251 or KOI8-R: the reading that looks like Russian, else charset-normalizer's pick.

    Read in the wrong code page, Russian swaps letter case (``Двое`` comes out ``дВОЕ``) and its
    vowel share drifts from about 42 %.  Both signals hold on a single short line, where
    charset-normalizer alone misreads all-capital text.
    """
    decoded = {}
    for codec in SINGLE_BYTE_CANDIDATES:
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if len(decoded) <= 1:
        return next(iter(decoded), None)
    scores = {codec: _russian_likeness(text) for codec, text in decoded.items()}
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    if scores[ranked[0]] - scores[ranked[1]] >= 0.1:
        return ranked[0]
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=list(SINGLE_BYTE_CANDIDATES)).best()
    if match is not None and match.encoding in decoded:
        return match.encoding
    return ranked[0]


_CYR_WORD = re.compile(r"[\u0400-\u04ff]+")
_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")


def _russian_likeness(text: str) -> float:
    """1.0 for plausible Russian; less for case flips inside words and an odd vowel share."""
    words = _CYR_WORD.findall(text)
    letters = "".join(words)
    if not letters:
        return 0.0
    flipped = sum(1 for w in words if any(a.islower() and b.isupper() for a, b in zip(w, w[1:])))
    vowels = sum(1 for ch in letters if ch in _VOWELS) / len(letters)
    return 1.0 - flipped / len(words) - abs(vowels - 0.42)
