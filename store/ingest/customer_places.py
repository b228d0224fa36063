"""Where the customers are: buyers, users or victims in a country are a market's reach, not where police acted.

"vendors who sold to buyers across the US", «продававший наркотики покупателям в США», "popular among
users in Russia", "sold chiefly to US and Australian customers": the country names where the customers
live.  The patterns live here; ``reach`` reads ``BUYERS_IN`` and ``SOLD_TO`` as pieces of its pattern
(``BUYERS_HELD`` says when the buyers were arrested there after all), ``whereabouts`` reads
``CUSTOMERS_THERE``, ``place_roles`` reads ``BUYERS_AFTER``.  They stay separate patterns: each is
matched at a different place (before the name, in the clause, after the name).
"""

from __future__ import annotations

import re

# Pieces of ``reach``'s pattern, each ending where the country's name starts:
# the buyers or victims in a place: "buyers across the", "customers in", «покупателям в»
BUYERS_IN = (
    r"\b(?:buyers|customers|clients|consumers|users|addicts|victims|purchasers|shoppers)\s+"
    r"(?:(?:were|are|was|is|mostly|mainly|primarily|largely|chiefly|predominantly|based|located|living|who\s+live[sd]?)\s+){0,3}"
    r"(?:in|across|throughout|all\s+over|around)"
    r"|(?<![\w-])(?:покупател|клиент|потребител|наркозависим)\w*\s+(?:(?:площадк\w*|магазин\w*|сайт\w*|рынк\w*|находил\w*|находят\w*"
    r"|проживa\w*|жив\w*|в\s+основном|преимущественно|главным\s+образом|из\s+числа\s+жителей)\s+){0,3}(?:в|во|по\s+всей|по\s+всему|на\s+территории)"
)
# where they were sold: "sold drugs to buyers", "catered to buyers in"
SOLD_TO = (
    r"\b(?:sold|sell(?:s|ing)?|supplied|supply(?:ing)?|supplies|catered|cater(?:s|ing)?|distribut(?:e|es|ed|ing)|market(?:ed|ing))\b"
    r"[^.;:!?,\d]{0,40}?\b(?:to|across|throughout|into|all\s+over)"
)
# "arrested 15 buyers in Spain", «задержали трёх покупателей в Испании»: buyers held there are where police acted
BUYERS_HELD = re.compile(r"(?:arrest|detain|apprehend|задерж|арест)\w*\s+(?:[\w-]+\s+){0,3}?(?:buyers|customers|clients|покупател\w*|клиент\w*)\s",
                         re.IGNORECASE)
# «биржа, имеющая большую популярность в России», "popular among users in Russia": where the customers are
CUSTOMERS_THERE = re.compile(r"(?:популярн\w*|спрос\w*|пользовател\w*|покупател\w*|клиент\w*|\bpopular|\busers|\bcustomers|\bbuyers)"
                             r"(?:\s+[^\W\d]+){0,2}?\s+(?:в|во|среди|in|among)\s+(?:the\s+)?$", re.IGNORECASE)
# "sold chiefly to US and Australian customers": adjectives or names, then the customers, right after the name
BUYERS_AFTER = re.compile(r"(?:\s*(?:,|and|or)\s*(?:the\s+)?(?-i:[A-Z])[\w.]*){0,3}\s+(?:customers|buyers|users|clients|consumers)\b",
                          re.IGNORECASE)
