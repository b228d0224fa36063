"""«the Republic» in Irish copy is Ireland.

Irish outlets and Garda releases name their state "the Republic" ("the largest seizure in the
Republic this year", "police in Northern Ireland and gardaí in the Republic").  Standing alone — after
"the", not before "of" — in a story that is Irish (gardaí, Dublin, Cork, Irish), it is Ireland.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_IRISH_CUE = re.compile(r"\b(?:Gard(?:a|aí|ai)|gardaí|Dublin|Cork|Limerick|Galway|Irish|Republic\s+of\s+Ireland)\b")
_IRISH: ContextVar[bool] = ContextVar("irish_story", default=False)
_THE_REPUBLIC = re.compile(r"(?<=\bthe\s)Republic\b(?!\s+of\b)(?!['’]s\s+\w+\s+Republic)")


@contextmanager
def irish_story(text: str) -> Iterator[None]:
    """Within the block, "the Republic" in a sentence of ``text`` is Ireland when ``text`` is Irish copy."""
    token = _IRISH.set(bool(_IRISH_CUE.search(text)))
    try:
        yield
    finally:
        _IRISH.reset(token)


def republic_end(text: str, start: int) -> int | None:
    """The end of "Republic" at ``start`` when it stands for Ireland, else None."""
    if not _IRISH.get():
        return None
    m = _THE_REPUBLIC.match(text, start)
    return m.end() if m else None
