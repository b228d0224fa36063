"""Make untrusted article text safe to store and show.

Control characters and bidi overrides can hide or reorder what a reader sees in a terminal, so
none of them is kept raw.  Each becomes a visible backslash escape: ``\\x1b`` for C0, DEL and C1
controls, ``\\u202e`` for bidi controls.  Tab and newline stay; CR LF and lone CR become newline.
The escapes are plain ASCII, so the stored text and every quote cut from it are printable.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings, overrides and isolates, plus the invisible direction marks.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def sanitize(text: str) -> str:
    """NFC text with unified line breaks and every unsafe character made a visible escape."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = unicodedata.normalize("NFC", text)
    return _UNSAFE.sub(_escape, text)


def is_safe(text: str) -> bool:
    """True when no raw control character or bidi control is left (tab and newline allowed)."""
    return _UNSAFE.search(text) is None
