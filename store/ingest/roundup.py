"""A region's roundup: several cases, each in a paragraph opening on its own town.

«В Волжском задержали четверых … \\n В Камышине … \\n А в Котельниково … гровера задержали»: the one
person held in the last paragraph is that case's arrest, not one of the four counted in the first.
A lone arrest is otherwise dropped where another count holds the article's arrests (see ``lone``);
in a roundup it stays when its paragraph and every counting paragraph open on different towns.
"""

from __future__ import annotations

import re

# «А в Котельниково …», «В Камышине …», «Кроме того, в Волжском …»: a paragraph's opening town
_OPENING_TOWN = re.compile(r"\W{0,3}(?i:(?:(?:а|и|также|кроме\s+того|тем\s+временем|между\s+тем),?\s+)?(?:в|во|на)\s+)(?P<town>[А-ЯЁ][\w-]+)")


def _paragraph_town(text: str, pos: int) -> tuple[int, str | None]:
    start = text.rfind("\n", 0, pos) + 1
    m = _OPENING_TOWN.match(text, start)
    return start, (m.group("town")[:5].lower() if m else None)  # «Волжском»/«Волжский»: one town


def another_case(text: str, lone, counted: list) -> bool:
    """``lone`` (one person held) is a case of its own paragraph in a roundup of ``counted``'s cases."""
    if not text or not counted:
        return False
    para, town = _paragraph_town(text, lone.quote_start)
    if town is None:
        return False
    for f in counted:
        other, other_town = _paragraph_town(text, f.quote_start)
        if other == para or other_town is None or other_town == town:
            return False
    return True
