"""A share of a total placed in a country does not place the total.

"Police arrested 270 people, most of them in the United States", "Of the 270 arrests, about two
thirds were in the US", «задержаны 96 человек, около половины — в Германии», "the US accounted for
more than half of the arrests": the country is where a part of the figure happened, not where the
whole did.  The figure stays worldwide; the country may still be one that took part."""

from __future__ import annotations

import re

from store.ingest.places import Mention

_FRACTION = (r"(?:most(?=\s+(?:of|were|was|in|arrests|detentions|seizures|suspects|people|vendors|took|happened|occurred)\b)"
             r"|(?:the\s+)?(?:largest|biggest|greatest|highest|single\s+largest)\s+(?:share|number|portion|proportion|group|contingent|chunk)"
             r"|(?:the\s+)?(?:vast\s+|great\s+|overwhelming\s+)?majority|(?:the\s+)?bulk|(?:the\s+)?lion['’]s\s+share"
             r"|(?:one|a)[\s-](?:third|quarter|fifth)|(?:two|three|four)[\s-](?:thirds|quarters|fifths)|half(?!\s+(?:a|an)\s)"
             r"|(?:nearly|almost|virtually)\s+all|\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)"
             r"|большинств\w*|больш(?:е|ая\s+часть|ую\s+часть)(?=\s+(?:половин|трет|четверт|задерж|арест|из))|половин\w*|трет(?:ь|и|ью)"
             r"|четверт(?:ь|и|ью)|львин\w+\s+дол\w+|основн\w+\s+част\w*|почти\s+вс\w+|\d+(?:[.,]\d+)?\s*(?:%|процент\w*))")
# the share, then the place in the same clause with no figure between: "most of them in the", «около половины — в»
_SHARE_BEFORE = re.compile(r"(?<![\w-])" + _FRACTION + r"(?![\w-])[^.;:!?\d()]{0,45}$", re.IGNORECASE)
# "the United States accounted for about two thirds of the arrests", «на Германию пришлось больше половины»
_SHARE_AFTER = re.compile(r"^\s*(?:alone\s+)?(?:accounted\s+for|made|had|saw|пришл\w*)\s+(?:(?:about|around|roughly|some|nearly|almost"
                          r"|over|more\s+than|около|почти|более|свыше|примерно)\s+)?" + _FRACTION + r"(?![\w-])", re.IGNORECASE)
# "The sweep, which mainly took place in the U.S. and in Europe", «операция проходила в основном в Германии»
_MOSTLY_IN = re.compile(r"(?<![\w-])(?:mainly|mostly|largely|primarily|predominantly|chiefly|principally|в\s+основном|преимущественно"
                        r"|главным\s+образом)\s+(?:(?:took\s+place|occurred|happened|carried\s+out|conducted|made|were|was"
                        r"|проходил\w*|проводил\w*|прошл\w*)\s+)?(?:in|across|в|во|на)\s+(?:the\s+)?$", re.IGNORECASE)
# a breakdown's own count after the share ("most arrests were in Canada with 90", "Germany had most, 41")
_OWN_COUNT = re.compile(r"^\s*(?:\(\s*\d|,?\s*(?:with|–|—|-|:)\s*\d)")


def share_places(sentence: str, mentions: list[Mention]) -> set[int]:
    """Indexes of ``mentions`` where a share of the sentence's figure happened."""
    out = set()
    for k, m in enumerate(mentions):
        before = sentence[max(0, m.start - 70):m.start]
        share = _SHARE_BEFORE.search(before)
        if share and not _OWN_COUNT.match(sentence[m.end:]) and not any(n.end <= m.start and n.start >= m.start - len(before) + share.end()
                                                                        and n is not m and n.code != m.code for n in mentions):
            out.add(k)
        elif _SHARE_AFTER.match(sentence[m.end:]) or _MOSTLY_IN.search(before):
            out.add(k)
    return out
