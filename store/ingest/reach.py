"""Where the drugs went or whom they harmed is not where police acted (nor where they only tried to).

"counterfeit pills that killed people in the United States", "vendors who sold to buyers across
the US and Canada", "cocaine bound for Australia", «продававший наркотики покупателям в США»: the
country is the market's reach — the buyers', the victims', the cargo's destination.  It neither
places the sentence's figures nor makes that country a participant (``places`` marks such a
mention like an origin)."""

from __future__ import annotations

import re

# Each pattern ends where the country's name starts.
_REACH = re.compile(
    # the buyers or victims in a place: "buyers across the", "customers in", «покупателям в»
    r"(?:\b(?:buyers|customers|clients|consumers|users|addicts|victims|purchasers|shoppers)\s+"
    r"(?:(?:were|are|was|is|mostly|mainly|primarily|largely|chiefly|predominantly|based|located|living|who\s+live[sd]?)\s+){0,3}"
    r"(?:in|across|throughout|all\s+over|around)"
    r"|(?<![\w-])(?:покупател|клиент|потребител|наркозависим)\w*\s+(?:(?:площадк\w*|магазин\w*|сайт\w*|рынк\w*|находил\w*|находят\w*"
    r"|проживa\w*|жив\w*|в\s+основном|преимущественно|главным\s+образом|из\s+числа\s+жителей)\s+){0,3}(?:в|во|по\s+всей|по\s+всему|на\s+территории)"
    # whom the drugs harmed: "pills that killed people in the", "linked to deaths across", «погибли в»
    r"|\b(?:killed|kill(?:s|ing)?|harmed|poisoned|sickened|hospitali[sz]ed|overdos\w*|deaths?|died|fatal\w*)\b[^.;:!?,\d]{0,50}?\b(?:in|across|throughout)"
    r"|(?<![\w-])(?:отравил\w*|отравлени\w*|погиб\w*|умер\w*|скончал\w*|передозировк\w*)[^.;:!?,\d]{0,40}?\s(?:в|во)"
    # where they were sold: "sold drugs to buyers", "shipped across", "catered to buyers in"
    r"|\b(?:sold|sell(?:s|ing)?|supplied|supply(?:ing)?|supplies|catered|cater(?:s|ing)?|distribut(?:e|es|ed|ing)|market(?:ed|ing))\b"
    r"[^.;:!?,\d]{0,40}?\b(?:to|across|throughout|into|all\s+over)"
    r"|\b(?:ship(?:s|ped|ping)?|mail(?:s|ed|ing)?|posted|sen[dt]|sends|sending|smuggl(?:e|es|ed|ing)|traffick(?:s|ed|ing)?|export(?:s|ed|ing)?)\b[^.;:!?,\d]{0,40}?\b(?:across|throughout|all\s+over|into)"
    # where the drugs came from: "source countries like the", "sourced from countries such as"
    r"|\bsource\s+(?:countries|nations|markets)\s+(?:like|such\s+as|including)|\bsourced\s+from\s+(?:countries\s+)?(?:like|such\s+as|including)?"
    # where police only tried to act: "tried to seize a server in", «пытались изъять серверы в»
    r"|\b(?:tried|attempted|failed|unable|sought)\s+to\s+(?:seize|arrest|detain|extradite)\b[^.;:!?,\d]{0,50}?\b(?:in|at)"
    r"|(?<![\w-])(?:пыта\w*|не\s+удалось)\s+(?:изъять|задержать|арестовать)[^.;:!?,\d]{0,50}?\s(?:в|во|на)"
    # where a ring worked: «осуществляла преступную деятельность на территории Польши, Украины», «осуществляла сбыт
    # наркотиков на территории трёх стран», «действовавшую
    # также в Румынии и Грузии» — its reach, not where police acted
    r"|(?<![\w-])(?:осуществля\w*|вел[аи]?|ведш\w*|вед[уё]т)\s+(?:[^\W\d]+\s+){0,2}?(?:деятельност|сбыт|торговл|распространени)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:на\s+территории|в|во)"
    r"|(?<![\w-])(?:действовал\w*|действовавш\w*|действующ\w*|орудовал\w*|орудовавш\w*)\s+(?:также\s+|ещё\s+|еще\s+)?(?:на\s+территории|в|во)"
    # the cargo's destination: "bound for", "destined for", "en route to"
    r"|\b(?:bound|headed|heading|destined|intended|earmarked)\s+for|\ben\s+route\s+to|\bon\s+(?:its|their)\s+way\s+to"
    r"|(?<![\w-])(?:направлявш|следовавш|предназначавш|предназначенн)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:в|во|для))"
    r"\s+(?:the\s+)?(?:(?:\d+|all|many|several|most|dozens\s+of)\s+)?"
    # a list the country ends: "customers in the United States, Europe and", «для продажи в Европе и»
    r"(?:[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3}\s*(?:,\s*(?:and\s+|и\s+)?|\s(?:and|or|&|и|или)\s+)(?:the\s+)?){0,8}$",
    re.IGNORECASE,
)
# A reach inside the country ("sold to customers across Britain"): a local story's own country.
_DOMESTIC = re.compile(r"(?:\bacross|\bthroughout|\ball\s+over|\bnationwide\s+in|по\s+всей|по\s+всему)\s+(?:the\s+)?$", re.IGNORECASE)


# "arrested 15 buyers in Spain", «задержали трёх покупателей в Испании»: buyers held there are where police acted
_BUYERS_HELD = re.compile(r"(?:arrest|detain|apprehend|задерж|арест)\w*\s+(?:[\w-]+\s+){0,3}?(?:buyers|customers|clients|покупател\w*|клиент\w*)\s",
                          re.IGNORECASE)


def in_reach_clause(before: str) -> bool:
    """The text ``before`` a country's name puts it in a clause about buyers, victims or destination."""
    m = _REACH.search(before[-90:])
    if m is None:
        return False
    return not _BUYERS_HELD.search(before[-90:][max(0, m.start() - 60):m.end()])


def only_reach_country(sentences: list) -> str | None:
    """The one country an article names only in reach clauses ("sold to customers across Britain"),
    for a local story that names no other: its police are that country's."""
    from store.ingest.places import find_mentions  # places reads this module's patterns

    codes = {m.code for s in sentences if not s.noise for m in find_mentions(s.text)
             if in_reach_clause(s.text[:m.start]) and _DOMESTIC.search(s.text[:m.start])}
    return codes.pop() if len(codes) == 1 else None
