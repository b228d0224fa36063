"""National agencies that name their country without a country word: "the FBI", "the DEA", «ФБР»,
«Росгвардия», «КНБ».

An agency taking part makes its country one of the article's participants, but it is added to the
country list only after every figure is placed: it never decides a figure's country or makes a
one-country story a two-country one ("$" in an Australian story that thanks the FBI is still AUD).
"""

from __future__ import annotations

import re

from store.ingest.place_names import latin_index, name_key

_AGENCIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:FBI|DEA|Federal\s+Bureau\s+of\s+Investigation|Drug\s+Enforcement\s+(?:Administration|Agency))\b"
                r"|(?<![\w])ФБР(?![\w])|\bHomeland\s+Security\s+Investigations\b|\bPostal\s+Inspection\s+Service\b"
                r"|\bHSI\b|\bUSPIS\b|\bIRS-CI\b"
                # "the DeSoto County Sheriff's Office", "sheriff's deputies": a US county's police
                r"|\b(?i:sheriff['’]s\s+(?:office|department|deputies))\b"), "US"),
    # Local copy names the force, not the country: "Gardaí seized …", "the RCMP said", "CNB officers"
    (re.compile(r"\b(?:Garda[ií]?|An\s+Garda\s+S[ií]och[aá]na|Revenue['’]s\s+Customs\s+Service|Revenue\s+Commissioners)\b"), "IE"),
    (re.compile(r"\b(?:RCMP|Royal\s+Canadian\s+Mounted\s+Police|Mounties|Ontario\s+Provincial\s+Police|Sûreté\s+du\s+Québec)\b"), "CA"),
    # "Border Force" alone is also Australia's in AU copy, and other cities have a "Metropolitan Police Department";
    # "run with the NCA, the FBI and partner agencies": forces of the UK, Germany, Spain, Italy
    (re.compile(r"\b(?:NCA|National\s+Crime\s+Agency|Scotland\s+Yard|(?<!Tokyo\s)Metropolitan\s+Police(?!\s+Department)|Police\s+Scotland|PSNI"
                r"|(?:UK|U\.K\.|British)\s+Border\s+Force)\b"), "GB"),
    (re.compile(r"\bBKA\b|Bundeskriminalamt|(?<![\w])БКА(?![\w])"), "DE"),
    (re.compile(r"Guardia\s+Civil\b|Policía\s+Nacional|Mossos\s+d['’]Esquadra"), "ES"),
    (re.compile(r"Carabinieri|Guardia\s+di\s+Finanza"), "IT"),
    (re.compile(r"\bCentral\s+Narcotics\s+Bureau\b"), "SG"),
    (re.compile(r"\bNarcotics\s+Control\s+Bureau\b|\bCentral\s+Bureau\s+of\s+Narcotics\b"), "IN"),
    (re.compile(r"\b(?:NSW|Victoria|Queensland|Tasmania)\s+Police\b|\bAustralian\s+Border\s+Force\b|\bABF\b|\bAUSTRAC\b"), "AU"),
    # The national services of Russian-language releases: «Росгвардия», «ФСБ», «ФСКН» (Russia), «КНБ»
    # (Kazakhstan), «ГКНБ» (Kyrgyzstan), «СГБ» (Uzbekistan), «АКН» (Tajikistan), «СБУ» (Ukraine), «ГУБОПиК» (Belarus)
    (re.compile(r"(?<![\w-])(?:ФСБ|ФСКН|Росгварди\w*|[Рр]осгвардейц\w*)(?![\w-])"), "RU"),
    (re.compile(r"(?<![\w-])КНБ(?![\w-])"), "KZ"),
    (re.compile(r"(?<![\w-])ГКНБ(?![\w-])"), "KG"),
    (re.compile(r"(?<![\w-])СГБ(?![\w-])"), "UZ"),
    (re.compile(r"(?<![\w-])АКН(?![\w-])"), "TJ"),
    (re.compile(r"(?<![\w-])СБУ(?![\w-])"), "UA"),
    (re.compile(r"(?<![\w-])ГУБОПиК(?![\w-])"), "BY"),
)


# "the National Crime Agency of the Slovak Police Force", "Kenya's National Crime Agency": a descriptive agency
# name another country owns is that country's agency, not the one the bare name means
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?:['’]s?\s+|\s+)(?:own\s+)?(?:the\s+)?$", re.IGNORECASE)


def _owned_elsewhere(sentence: str, start: int, end: int, code: str) -> bool:
    """The agency name at ``start:end`` is given another country as its owner, right before or after it."""
    from store.ingest.places import find_mentions

    of = _OF_OWNER.match(sentence, end)
    if of:
        after = find_mentions(sentence[of.end():of.end() + 60])
        if after and after[0].start == 0 and after[0].code != code:
            return True
    head = sentence[max(0, start - 60):start]
    before = [m for m in find_mentions(head) if _OWNER_BEFORE.fullmatch(head[m.end:])]
    return bool(before) and before[-1].code != code


def _agency_matches(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), code) for pattern, code in _AGENCIES for m in pattern.finditer(sentence)
            if _national(m, sentence) and not _owned_elsewhere(sentence, m.start(), m.end(), code)
            and not _foreign_style(sentence, m.start(), code)]


# "Officers of Drug Enforcement Agency under the Department of Internal Affairs of Astana": a local body that
# shares a national agency's name, told by whose department or ministry it belongs to
_LOCAL_BODY_AFTER = re.compile(r"\s+(?:under|of|at)\s+(?:the\s+)?(?:(?:regional|city|local|provincial)\s+)?"
                               r"(?:Department|Ministry|Interior|Police\s+Department|Republic|Akimat|Administration|Directorate)\b")


def _national(m: re.Match[str], sentence: str) -> bool:
    from store.ingest.article_context import local_agencies

    return not _LOCAL_BODY_AFTER.match(sentence, m.end()) and _key(m.group()) not in local_agencies()


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).lower()


def local_agency_names(text: str) -> frozenset[str]:
    """Agency names ``text`` gives a local body somewhere (then each mention of the name is that body)."""
    return frozenset(_key(m.group()) for pattern, _ in _AGENCIES for m in pattern.finditer(text)
                     if _LOCAL_BODY_AFTER.match(text, m.end()))


def _foreign_style(sentence: str, start: int, code: str) -> bool:
    """"the Philippine Drug Enforcement Agency": another country's adjective or name before the title makes it that
    country's own agency of the same name, not ``code``'s."""
    m = re.search(r"([A-Z][\w.]*)(?:['’]s)?\s+$", sentence[:start])
    if m is None:
        return False
    hit = latin_index()[0].get(name_key(m.group(1)))
    return hit is not None and bool(hit[0]) and hit[0] != code


def agency_countries(sentence: str) -> list[str]:
    """Countries whose national agency the sentence names."""
    return list(dict.fromkeys(code for _, _, code in _agency_matches(sentence)))


def agency_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of each national agency named in the sentence ("ФБР и полиция Нидерландов": the
    FBI is one member of a two-country coalition)."""
    return _agency_matches(sentence)


def names_own_agency(sentence: str, code: str, end: int) -> bool:
    """The country word ending at ``end`` only says whose national agency follows: "the US FBI",
    "the United States' FBI", "Britain's NCA" — a participant like the agency named alone."""
    after = re.match(r"\s*(?:['’]s?\s+)?(?:own\s+)?", sentence[end:])
    rest = sentence[end + (after.end() if after else 0):]
    return any(c == code and (m := pattern.match(rest)) is not None and m.start() == 0 for pattern, c in _AGENCIES)
