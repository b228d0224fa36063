"""Lines a site hard-wrapped inside a sentence, joined again.

Some regional portals and copied wire items keep the wrapping of the feed they came from: «были
изъяты более 30 миллионов рублей, в том\\nчисле в криптовалюте, почти 280 килограммов …, более\\n11
тонн …».  Lines are split before sentences (a headline never runs into its lead), so every wrap cut
a sentence in two and the figure after it lost its verb.  A line break is a wrap when the line
before it is long, ends inside a sentence (no stop, colon or closing quote) and the next line goes
on in lower case — or opens on a figure right after a hedge or a function word («более», «и», «в»).
Short lines (list items, «героин — 5 кг») and lines ending on punctuation stay lines.  The break
becomes a space, so the text keeps its length and every offset stays the same.
"""

from __future__ import annotations

import re

# A wrapped line is a line of running text: short lines are list items, labels or headlines.
_MIN_WRAPPED = 40
_ENDS_INSIDE = re.compile(r"[\w,\-–—(]$")
_GOES_ON = re.compile(r"^[a-zа-яё]")
# A figure can open the next line when the line stops on a word that cannot end a sentence.
_FIGURE = re.compile(r"^[$€£₽]?\d")
_OPEN_WORD = re.compile(
    r"(?<![\w-])(?:более|менее|около|почти|свыше|порядка|примерно|до|от|и|а|в|во|на|с|со|из|по|за|к|у|о|об|"
    r"также|том|числе|than|about|of|and|nearly|almost|over|some|around|up\s+to)$",
    re.IGNORECASE,
)


def unwrap(text: str) -> str:
    """``text`` with each line break that wraps a sentence made a space (same length)."""
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    width = _wrap_width(lines)
    out = []
    for k, line in enumerate(lines):
        out.append(line)
        if k + 1 < len(lines) and (_wraps(line, lines[k + 1]) or (k > 0 and _wraps_at_width(line, lines[k + 1], width))):
            out.append(" ")
        elif k + 1 < len(lines):
            out.append("\n")
    return "".join(out)


# A text whose feed wrapped it at a fixed width ("… Authorities in the\nUnited Kingdom arrested 19 suspects, …
# Brazil\n4, and two people …"): once three breaks plainly fall inside sentences, a line filling that width
# and ending inside a sentence wraps too, whatever opens the next line (a name, a figure, a currency sign).
_MIN_PLAIN_WRAPS = 3
_NEXT_OPENS = re.compile(r"^(?:[A-ZА-ЯЁ]|[$€£₽]?\d)")


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text was cut at (0 when its breaks do not show it was)."""
    plain = [len(lines[k].rstrip()) for k in range(len(lines) - 1) if _wraps(lines[k], lines[k + 1])]
    return max(plain) if len(plain) >= _MIN_PLAIN_WRAPS else 0


def _wraps_at_width(line: str, following: str, width: int) -> bool:
    body, nxt = line.rstrip(), following.lstrip()
    return bool(width) and len(body) >= max(_MIN_WRAPPED, 0.8 * width) and bool(nxt) and bool(_ENDS_INSIDE.search(body)) \
        and bool(_NEXT_OPENS.match(nxt))


def _wraps(line: str, following: str) -> bool:
    """The break between ``line`` and ``following`` falls inside a sentence."""
    body, nxt = line.rstrip(), following.lstrip()
    if len(body) < _MIN_WRAPPED or not nxt or not _ENDS_INSIDE.search(body):
        return False
    return bool(_GOES_ON.match(nxt)) or bool(_FIGURE.match(nxt) and _OPEN_WORD.search(body))
