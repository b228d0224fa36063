"""British police forces named after their county ("Devon and Cornwall Police", "Leicestershire
Constabulary"): local UK copy about dark-web dealers often names no country, only the force.

A county is a region, not a city, so the city gazetteer misses it or finds a foreign town of the same
name (Cornwall, Ontario).  A county counts as Britain only as the name of a force, right before
"Police"/"Constabulary"; names that are also large cities abroad (Durham, Norfolk, Cleveland) are left out.
"""

from __future__ import annotations

import re

_AREAS = (
    "Avon and Somerset|Bedfordshire|Cambridgeshire|Cumbria|Derbyshire|Devon|Cornwall|Dorset|Dyfed-Powys|Essex"
    "|Gloucestershire|Greater Manchester|Gwent|Hampshire|Hertfordshire|Humberside|Kent|Lancashire|Leicestershire"
    "|Lincolnshire|Merseyside|Northamptonshire|Northumbria|North Wales|North Yorkshire|Nottinghamshire|South Wales"
    "|South Yorkshire|Staffordshire|Sussex|Thames Valley|Warwickshire|West Mercia|West Yorkshire|Wiltshire"
)
# "Constabulary" is a British force's word: before it, even a name shared with a large US city is the county
_FORCE = re.compile("(?:" + _AREAS + r")(?:\s+and\s+(?:" + _AREAS + r"))?(?=\s+(?:Police|Constabulary)\b)"
                    r"|(?:Suffolk|Norfolk|Durham|Cleveland)(?=\s+Constabulary\b)")


# "Cleveland Police" in a story that names Britain and not the US: the Teesside force, not Ohio's
_SHARED_FORCE = re.compile(r"(?:Suffolk|Norfolk|Durham|Cleveland)(?=\s+Police\b)")


def uk_force_area(text: str, start: int) -> int | None:
    """The end of a county force's area name starting at ``start`` ("Devon and Cornwall" before
    "Police"), or None."""
    from store.ingest.article_context import named_countries

    m = _FORCE.match(text, start)
    if m is None and "GB" in (named := named_countries()) and "US" not in named:
        m = _SHARED_FORCE.match(text, start)
    return m.end() if m else None
