"""Where the goods went: a route's end or transit, never where police acted.

"parcels shipped to Spain", "cocaine bound for Australia", «занимавшегося поставкой психотропов в
Россию», «перевозились из Ирана в Грузию», «не довезли до России», «переправить через Кыргызстан»: the
country named is where the goods (or the money) were going or came through.  The patterns of that
live here; ``place_roles`` marks such a mention as an origin (``GOODS_SENT_TO``, :func:`is_direction`)
and ``reach`` counts a cargo's destination among a market's reach (``SHIPPED_ACROSS``,
``CARGO_BOUND_FOR``).

Russian grammar (:func:`is_direction`): only a country's name is read so — a city after «в» («на
въезде в Кострому») is where the police stood.  The accusative after «в/во» («в Грузию» — the
locative «в Грузии» is the scene), a country after «до» or «через», and «из» with adjectives between
(«из соседнего Ирана») name a route's end, not the figure's country.  Indeclinable names («в Чили»,
«в США») stay places: their case is not written.
"""

from __future__ import annotations

import re

from store.ingest.word_classes import CARRY_EN, CARRY_RU

# A verb of sending, carrying or moving money and its preposition, right before the place (EN and RU).
GOODS_SENT_TO = re.compile(
    # «на границе с Казахстаном»: the country across the border; «въехал в Россию со стороны Латвии»: the side a
    # vehicle came from — its route, not where police acted
    r"(?:(?<![\w-])границ\w*\s+(?:с|со)|\bborder\s+with)\s+(?:the\s+)?$|"
    r"(?:(?<![\w-])(?:въех|въезж|заех|приех|прибы|пересе[кч]|пересёк|следова|двига)\w*[^.;:!?]{0,80}?\sсо\s+стороны"
    r"|\b(?:" + CARRY_EN + r"|destined|transportation)\b[^.;:!?]{0,50}?\b(?:to|for)"
    # "parcels bound for the UK", "cocaine that passed through Sierra Leone": where goods went or transited
    r"|\btravell?(?:ing|ed|ers?|s)?\b[^.;:!?]{0,50}?\bto|"
    # "rerouted funds … to offshore companies in the UAE": where money was moved
    r"\b(?:rerouted|routed|transferred|moved|laundered|funnell?ed|wired)\b[^.;:!?]{0,50}?\bto(?:\s+[\w-]+){0,3}\s+in|\b(?:bound|headed|en\s+route)\s+(?:for|to)|\bon\s+(?:his|her|their|its|the)\s+way\s+(?:back\s+)?to|\b(?:passed|passing|transited|transiting|moved)\s+through|\btransit\s+(?:via|through)"
    # «занимавшегося поставкой психотропов в Россию», «перевозившего в Россию»: where the goods went
    # («сбывали в соседнюю Эстонию»: sold into a country, an adjective between)
    r"|(?:" + CARRY_RU + r"|предназнача|сбыва)\w*[^.;:!?]{0,50}?\s(?:в|во|для)"
    r"(?:\s+(?:соседн|братск|дальн|далёк|далек)\w*)?"
    # «поставками … в отдельные регионы России»: the destination's regions, in the genitive
    r"(?:\s+(?:[а-яё]+\s+)?(?:регион|город|област|район|стран)\w*)?)"
    # "sent to an address in Medellin": the address is the destination's, so is its place
    r"(?:\s+(?:an?|the|one|two|several)\s+(?:[\w-]+\s+)?(?:address(?:es)?|homes?|flats?|houses?|recipients?)\s+in)?"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# Pieces of ``reach``'s pattern (alternatives, each ending where the country's name starts).  "bound for" and
# «предназнача…» are in both: ``GOODS_SENT_TO`` marks the one mention, ``reach`` lets a list of countries run
# between the words and the name ("bound for the US, Canada and …"); their spans differ, so they stay two.
# "shipped across", "smuggled into": where goods were spread
SHIPPED_ACROSS = (
    r"\b" + CARRY_EN + r"\b[^.;:!?,\d]{0,40}?\b(?:across|throughout|all\s+over|into)"
)
# the cargo's destination: "bound for", "destined for", "en route to", «предназначенных для»
CARGO_BOUND_FOR = (
    r"\b(?:bound|headed|heading|destined|intended|earmarked)\s+for|\ben\s+route\s+to|\bon\s+(?:its|their)\s+way\s+to"
    r"|(?<![\w-])(?:направлявш|следовавш|предназначавш|предназначенн)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:в|во|для)"
)

_INTO = {"в", "во"}  # «пришлось на Германию – 51, на Польшу – 28» is a breakdown: «на» + accusative stays a place
_ADJECTIVE = re.compile(r"^[а-яё]+(?:ого|его|ой|ей|ую|юю|ый|ий|ая|яя|ые|ие|ых|их)$", re.IGNORECASE)


# «пытался на Украину доставить», «переправляли на Украину»: «на» with a verb of carrying is a destination
_CARRY = re.compile(r"^(?:" + CARRY_RU + r"|постав|переслать|переда(?:ть|ва)|сбыва|сбыть|вез|везт)", re.IGNORECASE)


def is_direction(before: list[str], word: str, after: list[str] | None = None) -> bool:
    """``word`` (the first word of a country's name) ends a route given the lower-cased words ``before``
    it (and the words ``after`` it, for «на»)."""
    if not before or not re.fullmatch(r"[А-Яа-яЁё-]+", word):
        return False
    if before[-1] == "на" and any(_CARRY.match(w) for w in [*before[-3:-1], *(after or [])[:2]]):
        return _only_accusative(word)
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
    r"|\b(?:ran|run|fled|flee(?:ing)?|escaped|retreated|withdrew)\s+(?:back\s+)?(?:in)?to|\bin\s+the\s+direction\s+of)\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE)
# «на границе Таджикистана и Афганистана», "on the border with Iran": the line itself, not a scene
_BORDER_OF = re.compile(r"(?:границ\w*|рубеж\w*)\s+(?:между\s+)?(?:(?-i:[А-ЯЁ])[а-яё-]+\s+(?:и|с)\s+)?$|(?:границ\w*|рубеж\w*)\s+с\s+$"
                        r"|\bborder\s+(?:with|between)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+and\s+(?:the\s+)?)?$", re.IGNORECASE)


def crossing_end(before: str) -> bool:
    """The country right after ``before`` (text up to it) is a border's other side or where a crosser came from or fled to."""
    if _BORDER_OF.search(before):
        return True
    form = _STATE_FORM.search(before)
    return bool(_CROSSING.search(before[:form.start()] if form else before))
