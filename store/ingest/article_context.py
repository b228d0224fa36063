"""What the whole article says that a single sentence cannot: the countries it names (they settle
a town name several countries share — Preston in a Victoria Police story, Newcastle in an
Australian one — and make a small foreign town of the same name no place), and whether its
Georgia is the US state.  Set once per extraction by :func:`article_countries`; read by
:mod:`store.ingest.places` while it finds a sentence's places.  Outside a block, nothing is known
and the defaults apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_NAMED: ContextVar[frozenset[str]] = ContextVar("named_countries", default=frozenset())
_ORIGINS: ContextVar[frozenset[str]] = ContextVar("origin_only_countries", default=frozenset())
# Surnames of the people the article introduces with an age ("Connor Holmes, 24,", "Edward Farrell (49)"):
# "Holmes and Roddie were arrested" names two people by them.
_SURNAMES: ContextVar[frozenset[str]] = ContextVar("surnames", default=frozenset())
_INTRODUCED = re.compile(r"\b(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?P<surname>(?-i:[A-Z][a-z]+(?:[A-Z][a-z]+)?))"
                         r"(?:,\s*(?:aged\s+)?\d{1,2}\s*,|\s+\(\d{1,2}\))")
# A US story whose Georgia is the state ("the state of Georgia", no Tbilisi or Georgians).
_GEORGIA_STATE: ContextVar[bool] = ContextVar("georgia_state", default=False)
# National agencies' names the article gives a local body ("Drug Enforcement Agency under the Department of
# Internal Affairs of Astana"): every later mention of the name is that body too
_LOCAL_AGENCIES: ContextVar[frozenset[str]] = ContextVar("local_agencies", default=frozenset())
_GEORGIA_US = re.compile(r"\b(?:state|State|District|district)\s+of\s+Georgia\b|\bAtlanta\b|\bGeorgia['’]s\s+\w+\s+District")
_GEORGIA_COUNTRY = re.compile(r"Tbilisi|Batumi|Kutaisi|Rustavi|Georgian|Caucasus|Тбилиси|Грузи", re.IGNORECASE)
# "Marcus Roe from McDonough, Georgia" in a story of a U.S. Attorney or the DEA: a town, then its state
# "A Georgia man …" (a US state names its people attributively; the country's are "Georgian")
_GEORGIA_TOWN = re.compile(r"\b[A-Z][A-Za-z'’.-]+,\s+Georgia\b|\bGeorgia\s+(?i:man|woman|men|women|residents?|couple|teens?|teenager|natives?)\b")
_US_CONTEXT = re.compile(r"\bU\.S\.|\bUnited\s+States\b|\bFBI\b|\bDEA\b|\bU\.S\.\s+Attorney|\bfederal\b")


# States and provinces of the English-speaking countries whose towns reuse names from elsewhere: a story that
# names one of them and no country is that country's (Swansea and Toronto in an NSW story are NSW suburbs)
_REGIONS = {code: re.compile(rf"\b(?:{names})\b") for code, names in (
    ("AU", "NSW|New\\s+South\\s+Wales|Queensland|Tasmania|South\\s+Australia|Western\\s+Australia|Northern\\s+Territory"),
    ("CA", "Ontario|Quebec|British\\s+Columbia|Alberta|Manitoba|Saskatchewan|Nova\\s+Scotia|New\\s+Brunswick|Newfoundland"),
    ("NZ", "Canterbury\\s+Police|Waikato|Bay\\s+of\\s+Plenty|Otago"),
)}


# A release of a Russian agency (ФСБ, МВД России, СК) with no Ukrainian one: the places it names in Crimea are
# filed under the country whose police acted there («житель Севастополя» in an FSB release is no Ukrainian case).
_RUSSIAN_RELEASE: ContextVar[bool] = ContextVar("russian_release", default=False)
_RU_AGENCY = re.compile(r"(?<![\w-])(?:У?ФСБ|ЦОС\s+ФСБ|МВД\s+России|ГУ\s+МВД|СК\s+России|Следственн\w+\s+комитет\w*|Росгварди\w*|ФТС\s+России"
                        r"|INTERFAX\.RU|ТАСС|РИА\s+Новости)(?![\w-])")
_UA_AGENCY = re.compile(r"(?<![\w-])(?:СБУ|Нацполици\w*|Национальн\w+\s+полици\w+\s+Украины|МВД\s+Украины|Служб\w+\s+безопасности\s+Украины"
                        r"|Офис\w*\s+генпрокурора|киберполици\w*\s+Украины|SBU|National\s+Police\s+of\s+Ukraine)(?![\w-])")


def russian_release() -> bool:
    return _RUSSIAN_RELEASE.get()


def named_countries() -> frozenset[str]:
    """The countries the article being read names by name or adjective (empty outside a block)."""
    return _NAMED.get()


def origin_only_countries() -> frozenset[str]:
    """The named countries the article names only as where goods came from or went (empty outside a block)."""
    return _ORIGINS.get()


def known_surnames() -> frozenset[str]:
    """Surnames of the people the article being read introduces with an age (empty outside a block)."""
    return _SURNAMES.get()


def georgia_is_state() -> bool:
    return _GEORGIA_STATE.get()


@contextmanager
def article_countries(text: str) -> Iterator[None]:
    """Within the block, places in ``text`` are read with the whole of ``text`` in view."""
    from store.ingest.agencies import local_agency_names
    from store.ingest.gazetteer import shared_name, small_town
    from store.ingest.places import find_mentions

    us_state = bool(_GEORGIA_US.search(text)) or bool(_GEORGIA_TOWN.search(text) and _US_CONTEXT.search(text))
    state = _GEORGIA_STATE.set(us_state and not _GEORGIA_COUNTRY.search(text))
    russian = _RUSSIAN_RELEASE.set(bool(_RU_AGENCY.search(text)) and not _UA_AGENCY.search(text))
    token = _NAMED.set(frozenset())  # the article's own names are read without a context
    mentions = find_mentions(text)
    named = frozenset(m.code for m in mentions if m.kind != "city")
    # where parcels only came from or went ("originated in Spain, Canada and the United States")
    origins = frozenset(named - {m.code for m in mentions if m.kind != "city" and not m.origin and not m.direction})
    regions = frozenset(code for code, pattern in _REGIONS.items() if pattern.search(text))
    if not named and len(regions) == 1:  # "NSW Police", "an Ontario Provincial Police unit": the state settles it
        named = regions
    if not named:  # no country written: the big towns no other country shares, and the pound, settle it
        named = frozenset(m.code for m in mentions if m.kind == "city" and not shared_name(text[m.start:m.end])
                          and not small_town(text[m.start:m.end])) | ({"GB"} if "£" in text else set())
    _NAMED.reset(token)
    token = _NAMED.set(named)
    origin_token = _ORIGINS.set(origins)
    people = _SURNAMES.set(frozenset(m.group("surname") for m in _INTRODUCED.finditer(text)))
    local = _LOCAL_AGENCIES.set(local_agency_names(text))
    try:
        yield
    finally:
        _LOCAL_AGENCIES.reset(local)
        _SURNAMES.reset(people)
        _ORIGINS.reset(origin_token)
        _NAMED.reset(token)
        _GEORGIA_STATE.reset(state)
        _RUSSIAN_RELEASE.reset(russian)


def local_agencies() -> frozenset[str]:
    """The national agency names (lower case) the article uses for a local body."""
    return _LOCAL_AGENCIES.get()
