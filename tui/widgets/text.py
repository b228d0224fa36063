"""Safe text for the screen: store strings are data, never markup or terminal control.

Everything from the store goes through :func:`safe` before it becomes a ``rich.text.Text``:
control characters are replaced one for one (so offsets into a quote stay valid) by their
visible Unicode "control pictures", so an escape sequence in a quote shows and never acts.
"""

from __future__ import annotations

import functools

from rich.text import Text

from store.model import Fact, Source
from store.text import fold

_BIDI = {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}


def _safe_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␀ for NUL...
    if code == 0x7F:
        return "␡"
    if 0x80 <= code <= 0x9F or code in _BIDI:
        return "\ufffd"
    return ch


_TABLE = {i: _safe_char(chr(i)) for i in (*range(0x20), 0x7F, *range(0x80, 0xA0), *_BIDI)}


def safe(text: str | None, *, keep_newlines: bool = False) -> str:
    """The text with every control character made visible; length is unchanged."""
    if not text:
        return ""
    if keep_newlines:
        return text.replace("\t", " ").translate({k: v for k, v in _TABLE.items() if k != 0x0A})
    return text.replace("\n", " ").replace("\t", " ").translate(_TABLE)


def plain(text: str | None, style: str = "") -> Text:
    """A Text from store data: never parsed as markup, control characters visible."""
    return Text(safe(text), style=style)


def clip(text: str, width: int) -> str:
    """One line of at most ``width`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _fold_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the index it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch) if not ch.isascii() else ch.lower()
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


@functools.lru_cache(maxsize=4096)
def match_spans(text: str, terms: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where the (already folded) search terms begin words of ``text``, as offsets into it.

    The search matches words by their beginnings (``арест`` finds ``арестованы``), so that is
    what is highlighted: ``s`` marks ``seized``, not every s in ``arrests``. Matching is on
    folded text (case-insensitive, ё = е), so ``ГЕРМАНИЯ`` highlights for ``германия``; the
    spans map back to the original characters.
    """
    if not text or not terms:
        return ()
    folded, index = _fold_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        if not term:
            continue
        start = folded.find(term)
        while start != -1:
            if start == 0 or not folded[start - 1].isalnum() or not term[0].isalnum():
                end = start + len(term) - 1
                spans.append((index[start], index[end] + 1))
            start = folded.find(term, start + 1)
    return tuple(sorted(spans))


def highlight(text: Text, terms: tuple[str, ...], style: str) -> Text:
    """Stylize every occurrence of the search terms in ``text`` (in place) and return it."""
    for start, end in match_spans(text.plain, terms):
        text.stylize(style, start, end)
    return text


def figure_span(fact: Fact, source: Source | None) -> tuple[int, int] | None:
    """Where the figure sits inside ``fact.quote``: offsets into the quote, or None.

    ``fact.start/end`` are offsets into the source text; the quote is the sentence. Locate the
    quote in the source text and shift; failing that, look for the figure's own words.
    """
    quote = fact.quote
    if not quote:
        return None
    text = source.text if source else ""
    if text and fact.start is not None and fact.end is not None:
        candidates = []
        at = text.find(quote)
        while at != -1:
            candidates.append(at)
            at = text.find(quote, at + 1)
        for offset in candidates:
            if offset <= fact.start and fact.end <= offset + len(quote):
                if fact.end > fact.start:
                    return fact.start - offset, fact.end - offset
        words = text[fact.start : fact.end]
        if words.strip():
            at = quote.find(words)
            if at != -1:
                return at, at + len(words)
    for words in (fact.value_text, _plain_number(fact.value)):
        if words:
            at = quote.find(words)
            if at != -1:
                return at, at + len(words)
    return None


def _plain_number(value: float | int | None) -> str | None:
    if value is None:
        return None
    if float(value).is_integer():
        return str(int(value))
    return str(value)
