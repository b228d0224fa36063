"""National agencies that name their country without a country word: "the FBI", "the DEA", «ФБР».

An agency taking part makes its country one of the article's participants, but it is added to the
country list only after every figure is placed: it never decides a figure's country or makes a
one-country story a two-country one ("$" in an Australian story that thanks the FBI is still AUD).
"""

from __future__ import annotations

import re

_AGENCIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:FBI|DEA|Federal\s+Bureau\s+of\s+Investigation|Drug\s+Enforcement\s+(?:Administration|Agency))\b"
                r"|\bHSI\b|Homeland\s+Security\s+Investigations|Postal\s+Inspection\s+Service|\bUSPIS\b|\bIRS-CI\b"
                r"|(?<![\w])ФБР(?![\w])"), "US"),
    # "coordinated by the NCA, FBI, and other agencies": the UK's, Germany's, Canada's, Spain's, Italy's forces
    (re.compile(r"\bNCA\b|National\s+Crime\s+Agency|Scotland\s+Yard"), "GB"),
    (re.compile(r"\bBKA\b|Bundeskriminalamt|(?<![\w])БКА(?![\w])"), "DE"),
    (re.compile(r"\bRCMP\b|Royal\s+Canadian\s+Mounted\s+Police"), "CA"),
    (re.compile(r"Guardia\s+Civil\b|Policía\s+Nacional|Mossos\s+d['’]Esquadra"), "ES"),
    (re.compile(r"Carabinieri|Guardia\s+di\s+Finanza"), "IT"),
)


def agency_countries(sentence: str) -> list[str]:
    """Countries whose national agency the sentence names."""
    return [code for pattern, code in _AGENCIES if pattern.search(sentence)]


def names_own_agency(sentence: str, code: str, end: int) -> bool:
    """The country word ending at ``end`` only says whose national agency follows: "the US FBI",
    "the United States' FBI", "Britain's NCA" — a participant like the agency named alone."""
    after = re.match(r"\s*(?:['’]s?\s+)?(?:own\s+)?", sentence[end:])
    rest = sentence[end + (after.end() if after else 0):]
    return any(c == code and (m := pattern.match(rest)) is not None and m.start() == 0 for pattern, c in _AGENCIES)
