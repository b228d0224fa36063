"""National agencies that name their country without a country word: "the FBI", "the DEA", «ФБР»,
«Росгвардия», «КНБ».

An agency taking part makes its country one of the article's participants, but it is added to the
country list only after every figure is placed: it never decides a figure's country or makes a
one-country story a two-country one ("$" in an Australian story that thanks the FBI is still AUD).
"""

from __future__ import annotations

import re

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
    (re.compile(r"\bNarcotics\s+Control\s+Bureau\b"), "IN"),
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


def agency_countries(sentence: str) -> list[str]:
    """Countries whose national agency the sentence names."""
    return [code for pattern, code in _AGENCIES if pattern.search(sentence)]


def agency_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of each national agency named in the sentence ("ФБР и полиция Нидерландов": the
    FBI is one member of a two-country coalition)."""
    return [(m.start(), m.end(), code) for pattern, code in _AGENCIES for m in pattern.finditer(sentence)]


def names_own_agency(sentence: str, code: str, end: int) -> bool:
    """The country word ending at ``end`` only says whose national agency follows: "the US FBI",
    "the United States' FBI", "Britain's NCA" — a participant like the agency named alone."""
    after = re.match(r"\s*(?:['’]s?\s+)?(?:own\s+)?", sentence[end:])
    rest = sentence[end + (after.end() if after else 0):]
    return any(c == code and (m := pattern.match(rest)) is not None and m.start() == 0 for pattern, c in _AGENCIES)
