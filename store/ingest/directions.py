"""Where goods or people were going or coming from, read from Russian grammar: not where the
police acted.  Only a country's name is read so: a city after «в» («на въезде в Кострому») is where
the police stood.

«перевозились из Ирана в Грузию», «не довезли до России», «при попытке ввоза из соседнего Ирана»,
«через Кыргызстан»: the accusative after «в/во» («в Грузию» — the locative «в Грузии» is the scene), a
country after «до» or «через», and «из» with adjectives between («из соседнего Ирана») name a route's end,
not the figure's country.  Indeclinable names («в Чили», «в США») stay places: their case is
not written.
"""

from __future__ import annotations

import re

_INTO = {"в", "во"}  # «пришлось на Германию – 51, на Польшу – 28» is a breakdown: «на» + accusative stays a place
_ADJECTIVE = re.compile(r"^[а-яё]+(?:ого|его|ой|ей|ую|юю|ый|ий|ая|яя|ые|ие|ых|их)$", re.IGNORECASE)


# «пытался на Украину доставить», «переправляли на Украину»: «на» with a verb of carrying is a destination
_CARRY = re.compile(r"^(?:достав|перевез|перевоз|вывез|вывоз|ввез|ввоз|провез|провоз|отправ|переправ|постав|пересыл|переслать"
                    r"|переда(?:ть|ва)|сбыва|сбыть|вез|везт)", re.IGNORECASE)


def is_direction(before: list[str], word: str, after: list[str] | None = None) -> bool:
    """``word`` (the first word of a country's name) ends a route given the lower-cased words ``before``
    it (and the words ``after`` it, for «на»)."""
    if not before or not re.fullmatch(r"[А-Яа-яЁё-]+", word):
        return False
    if before[-1] == "на" and any(_CARRY.match(w) for w in [*before[-3:-1], *(after or [])[:2]]):
        return _only_accusative(word)
    if len(before) >= 2 and before[-1] in ("территории", "стороны") and before[-2] in ("из", "изо", "с", "со"):
        return True  # «из территории Афганистана», «со стороны Ирана»: where the goods crossed from
    if before[-1] in ("до", "через"):
        return True  # «не довезли до России», «переправить через Кыргызстан»: a route's end or its transit
    if before[-1] in _INTO:
        # «при въезде в Беларусь», «на въезде в Россию»: stopped at the border, in the country
        return not (len(before) >= 2 and re.match(r"въезд|въезж|заезд|вход", before[-2])) and _only_accusative(word)
    k = len(before) - 1
    while k >= 0 and _ADJECTIVE.match(before[k]) and len(before) - k <= 2:
        k -= 1
    return k < len(before) - 1 and k >= 0 and before[k] in {"из", "изо"}  # «из соседнего Ирана»


def _only_accusative(word: str) -> bool:
    from store.ingest.morph import analyzer

    parses = analyzer().parse(word.lower())
    # «в Российскую Федерацию»: the adjective opening a name is no Geox, its case tells the same
    cases = {str(p.tag.case) for p in parses if "Geox" in p.tag} or {str(p.tag.case) for p in parses if p.tag.POS == "ADJF"}
    return "accs" in cases and not cases & {"loct", "loc2"}


# "the Islamic Republic of", "the Kingdom of": a state's formal name standing before the short one
_STATE_FORM = re.compile(r"(?:\bthe\s+)?(?:(?-i:[A-Z])[\w'’]*\s+){0,2}(?:Republic|Kingdom|Federation|Emirates?|Sultanate|Principality)\s+of\s+$",
                         re.IGNORECASE)
# English border copy: "violated the state border from Iran", "smuggling from the Islamic Republic of Iran",
# "ran back to Iran", "in the direction of Azerbaijan" — the other side of a border or a route's end
_CROSSING = re.compile(
    r"(?:\b(?:border|frontier|smuggl\w*|brought|carried|transported|crossed|crossing|entered|entering|arrived|coming|came)\b[^.;:!?]{0,60}?\bfrom"
    r"|\b(?:ran|run|fled|flee(?:ing)?|escaped|retreated|withdrew)\s+(?:back\s+)?(?:in)?to|\bin\s+the\s+direction\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE)


def crossing_end(before: str) -> bool:
    """The country right after ``before`` (English text up to it) is where a border crosser came from or fled to."""
    form = _STATE_FORM.search(before)
    return bool(_CROSSING.search(before[:form.start()] if form else before))
