"""A source's title when the input has none of its own: the headline line, else the first
sentence cut at a word boundary — never a whole paragraph.

Release furniture ("FOR IMMEDIATE RELEASE") and a dateline alone on its line are skipped.
A first line is a headline when it is short (at most 120 characters), one sentence, and reads
like a headline rather than a lead (no closing full stop, or short enough to be one anyway).
"""

from __future__ import annotations

import re

from store.ingest.datelines import is_dateline

TITLE_CHARS = 90
HEADLINE_CHARS = 120
_SENTENCE_END = re.compile(r"[.!?…]['\"»”’)]*$")
_TRAILING = " ,;:–—-(«\"'“‘"
# Release furniture above the headline: "FOR IMMEDIATE RELEASE", "Press release", "Пресс-релиз".
_FURNITURE = re.compile(
    r"^(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed.*|update|пресс-релиз|сообщение\s+для\s+сми)\W*$",
    re.IGNORECASE,
)


def text_title(text: str, fallback: str) -> str:
    """The title of a plain-text article; ``fallback`` (its file name) when it has no words."""
    lines = [" ".join(raw.split()) for raw in text.split("\n") if raw.strip()]
    line = next((candidate for candidate in lines if not (_FURNITURE.match(candidate) or is_dateline(candidate))),
                lines[0] if lines else "")
    if not line:
        return fallback
    sentences = _sentences(line)
    if len(line) <= HEADLINE_CHARS and len(sentences) == 1 and (
            not _SENTENCE_END.search(line) or len(line) <= TITLE_CHARS):
        return line
    return shorten(sentences[0] if sentences else line)


def shorten(text: str, limit: int = TITLE_CHARS) -> str:
    """``text`` if it fits in ``limit`` characters, else cut at the last word boundary with ``…``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    if not text[limit].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(_TRAILING) + "…"


def _sentences(line: str) -> list[str]:
    from razdel import sentenize

    return [piece.text for piece in sentenize(line) if piece.text.strip()]
