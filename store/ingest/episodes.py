"""Roundups of several cases: a person held in another episode is one more person, not one of those
counted in the episode before.

Central Asian and Caucasian security-service news (СГБ, АКН, ГКНБ) often packs three or four busts
into one item: «В Н-ском районе задержаны двое …», then «В другом случае был задержан 40-летний
житель …», then «В Энском районе задержан …».  A lone person beside a count is usually one of the
counted («задержаны трое; организатор задержан у себя дома»), so :mod:`store.ingest.lone` drops
him — unless his sentence opens another episode: a marker that says so («в другом случае»,
«далее», "in a separate case"), or a town or district named where the count's sentence names
another one; or, in a region's roundup of paragraphs each opening on its own town («В Волжском
задержали четверых … \n А в Котельниково … гровера задержали»), his paragraph's town differs from every
counting paragraph's.
"""

from __future__ import annotations

import re

# «В другом случае», «В ходе ещё одного рейда», «Далее», "In a separate case", "Separately": another case begins
_MARKER = re.compile(
    r"^\W{0,3}(?:(?:в|во)\s+(?:другом|ином|третьем|следующем|отдельном)\s+(?:случае|эпизоде|районе|городе|регионе)"
    r"|в\s+ходе\s+(?:другого|ещ[её]\s+одного|следующего)\s+\w+|далее|затем|позднее|позже|на\s+следующий\s+день"
    r"|in\s+(?:another|a\s+separate|a\s+second|a\s+further)\s+(?:case|incident|raid|operation|bust)|separately|elsewhere)(?![\w-])",
    re.IGNORECASE)
# «в Термезе», «В Узунском районе», «во Владимирской области»: the place an episode happened
_PLACE = re.compile(r"(?<![\w-])(?:в|во|на)\s+((?-i:[А-ЯЁ])[а-яё-]{3,})", re.IGNORECASE)
_OWN_HAUL = re.compile(r"\d[\d\s,.]*\s*(?:кг|г|гр|грамм\w*|килограмм\w*|тонн\w*)(?![\w-])", re.IGNORECASE)
_STEM = 5  # «Термезе» and «Термезском районе» are one place; «Узунском» another


def opens_episode(sentence: str) -> bool:
    """The sentence opens another case of a roundup ("In a separate incident …", «В другом случае …»)."""
    return bool(_MARKER.match(sentence))


def _places(sentence: str) -> set[str]:
    return {m.group(1)[:_STEM].lower() for m in _PLACE.finditer(sentence)}


def _separate_sentence(one_quote: str, counted_quotes: list[str]) -> bool:
    """The sentence ``one_quote`` (a lone arrest) tells another case than the sentences that count
    arrests (``counted_quotes``, none of them the same sentence)."""
    if not counted_quotes or one_quote in counted_quotes:
        return False
    if _MARKER.match(one_quote):
        return True
    # «В Термезском районе задержан житель Самарканда, забравший из тайника 922 г опия»: another district's
    # bust with its own haul (a town inside the count's region with no haul of its own may be where one of them
    # was held: "Four were arrested in Germany. A woman was arrested in Berlin.")
    if not _OWN_HAUL.search(one_quote):
        return False
    mine = _places(one_quote)
    theirs = [_places(q) for q in counted_quotes]
    return bool(mine) and all(t and not (t & mine) for t in theirs)


# «А в Котельниково …», «В Камышине …», «Кроме того, в Волжском …»: a paragraph's opening town
_OPENING_TOWN = re.compile(r"\W{0,3}(?i:(?:(?:а|и|также|кроме\s+того|тем\s+временем|между\s+тем),?\s+)?(?:в|во|на)\s+)(?P<town>[А-ЯЁ][\w-]+)")


def _paragraph_town(text: str, pos: int) -> tuple[int, str | None]:
    start = text.rfind("\n", 0, pos) + 1
    m = _OPENING_TOWN.match(text, start)
    return start, (m.group("town")[:5].lower() if m else None)  # «Волжском»/«Волжский»: one town


def _own_paragraph(text: str, lone, counted: list) -> bool:
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


def another_episode(text: str, lone, counted: list) -> bool:
    """``lone`` (one person held) tells another case of a roundup than the facts in ``counted``."""
    return _separate_sentence(lone.quote, [c.quote for c in counted]) or _own_paragraph(text, lone, counted)
