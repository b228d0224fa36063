"""Names of police operations and darknet markets, and where the text mentions them.

Operations are named after the word operation (``Operation Harbor Light``, ``операция «Северный
ветер»``, ``операции SpecTor``); markets after a market noun (``даркнет-рынка Hydra``, ``dark web
market Velvet Route``), in apposition (``Tulip Exchange, a darknet ... marketplace``) or by a name
that says it (``Monopoly Market``, ``DarkMarket``).  Each name is kept as first written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.ingest.places import find_mentions
from store.ingest.sentences import Sentence
from store.text import fold

_CAP = r"[A-Z][\w'’&.-]*[\w]"
_LATIN_NAME = rf"(?:{_CAP}|[A-Z])(?:\s+(?:{_CAP}|[A-Z]))" + "{0,3}"
_QUOTED = r"«(?P<q1>[^»\n]{2,40})»|\"(?P<q2>[^\"\n]{2,40})\"|“(?P<q3>[^”\n]{2,40})”"
_NAME = rf"(?:{_QUOTED}|(?P<latin>{_LATIN_NAME}))"

# "Operation Lionfish 2 included …", "Operation Lionfish 2, an Interpol-led initiative": the number of a
# series is part of the name (not "Operation Tidewrack 12 people were held", a count).
_SEQ = r"(?P<seq>\s\d{1,2})?(?(seq)(?=\s*[,;:()–—]|\s+(?:[a-z]+ed|is|was|has|had|saw|ran)\b|\s*$|\.\s))"
_OPERATION_PATTERNS = (
    re.compile(rf"\b(?:[Oo]peration|OPERATION)\s+{_NAME}{_SEQ}"),
    re.compile(rf"(?i:\bоперац\w*)\s+(?:(?i:под\s+(?:кодовым\s+)?названием)\s+)?{_NAME}"),
    re.compile(rf"(?i:\b(?:code-?named|dubbed))\s+{_NAME}"),
    # "Strike Force Presland", "Taskforce Juniper": what Australian forces call an operation
    re.compile(rf"\b(?:Strike\s+Force|Taskforce|TASKFORCE)\s+{_NAME}"),
    # "an operation called Tidewrack", "a sweep named Saltgrass", «операция, получившая название …» is below
    re.compile(rf"(?i:\b(?:operation|sting|sweep|crackdown|action)\s+(?:called|named|known\s+as))\s+{_NAME}"),
    # "в ходе расследования, получившего название «Каменный мост»": an investigation's name
    re.compile(rf"(?i:\b(?:расследован|операц|спецоперац)\w*,?\s+(?:\w+\s+){{0,2}}?(?:под\s+)?(?:кодов\w+\s+)?названи\w*)\s+(?:{_QUOTED})"),
)
_MARKET_NOUNS_RU = r"(?:рын(?:ок|ка|ке|ку|ком)|площадк\w*|магазин\w*|маркет\w*|форум\w*|(?:даркнет|darknet)-(?:сайт|шоп)\w*)"
_MARKET_NOUNS_EN = r"(?:market(?:place)?s?|sites?|forums?|platforms?|shops?|stores?|exchanges?|bazaars?|mixers?|services?)"
_MARKET_PATTERNS = (
    # "a marketplace known as Brightwater", "площадка под названием «Ромашка»", «рынок, известный как Fog Market»
    re.compile(rf"(?i:\b(?:market(?:place)?|site|forum|platform|shop|bazaar|store)\s+(?:called|named|known\s+as))\s+{_NAME}"),
    re.compile(rf"(?i:\b{_MARKET_NOUNS_RU},?\s+(?:под\s+названием|известн\w+\s+(?:также\s+)?как))\s+{_NAME}"),
    re.compile(rf"(?i:\b(?:[\w]+-)?{_MARKET_NOUNS_RU})\s+{_NAME}"),
    re.compile(rf"(?i:\b(?:dark\s?web|darknet|dark-web|underground|illicit|illegal|criminal|cybercrime|drug|hidden)"
               rf"(?:\s+[\w-]+)?\s+{_MARKET_NOUNS_EN}(?:\s+(?:called|named|known\s+as))?)\s+{_NAME}"),
    re.compile(rf"(?P<latin>{_LATIN_NAME}),\s+(?i:(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){{0,6}}?{_MARKET_NOUNS_EN})\b"),
    re.compile(rf"\b(?P<latin>(?:{_CAP}\s+){{1,2}}(?:Market|Marketplace|Bazaar|Bazar|Shop|Store))\b"),
    re.compile(r"\b(?P<latin>[A-Z][a-z]+Market)\b"),
    re.compile(rf"(?i:\bthe\s+(?:market(?:place)?s?|platforms?|forums?|shops?|sites?))\s+{_NAME}"),
    # "the Meridian market", "the Nightfall marketplace", "the Emporion and Quietmart dark web markets"
    re.compile(rf"\b(?:[Tt]he|[Oo]n|[Oo]f)\s+(?P<latin>{_LATIN_NAME})(?=(?:\s+and\s+{_LATIN_NAME})?\s+(?:(?:dark\s?web|darknet|online|drugs?)\s+)?"
               rf"(?:market(?:place)?s?|bazaars?|forums?|shops?)\b)"),
    # "agents take down Gannet Bay marketplace", "take down Marlin Deep darknet market": a name of two
    # words or more before a market noun
    re.compile(rf"\b[a-z]+\s+(?P<latin>{_CAP}\s+{_CAP}(?:\s+{_CAP})?)(?=\s+(?:(?:dark[\s-]?web|darknet)\s+)?(?:market(?:place)?|bazaar|forum|shop)s?\b)"),
    re.compile(rf"\b(?:[Tt]he|[Oo]n|[Oo]f)\s+{_LATIN_NAME}\s+and\s+(?P<latin>{_LATIN_NAME})(?=\s+(?:(?:dark\s?web|darknet|online)\s+)?"
               rf"(?:market(?:place)?s|bazaars|forums|shops)\b)"),
    # "the Portuguese-language market Bazar Verde": a market noun, then a capitalised name
    re.compile(rf"\b[\w-]+-(?:language|speaking|based)\s+(?:market(?:place)?|forum|shop|platform)\s+(?P<latin>{_LATIN_NAME})"),
    # "Hydra — крупнейшего русскоязычного даркнет-рынка": a name in apposition with a dash
    re.compile(rf"(?P<latin>{_LATIN_NAME})\s+[—–]\s+(?i:(?:\w+\s+){{0,3}}(?:[\w]+-)?{_MARKET_NOUNS_RU})"),
)
# "the markets Abyssus and Nemesis Bay", "площадки Alpha, Beta и Gamma": the names after the first.
_PLURAL_MARKETS = re.compile(r"(?i:\b(?:markets|marketplaces|platforms|forums|shops|рынк(?:и|ов|ах|ам)|площадк(?:и|ах|ам)|магазин(?:ы|ов|ах)))\s+$")
_LIST_NEXT = re.compile(rf"\s*(?:,|\s(?:and|и))\s+{_NAME}")
# Capitalised words that start a sentence or name an agency, never a market or operation.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "this", "that", "it", "its", "and", "but", "police", "europol",
    "eurojust", "interpol", "fbi", "dea", "doj", "nca", "bka", "tor", "bitcoin", "monero", "telegram",
    "amnesty", "international", "dark", "web", "darknet", "market", "authorities", "officers",
    "marketplace", "markets", "marketplaces", "shop", "store", "bazaar", "forum", "platform", "site", "takedown",
}
_COMPOUND_ADJECTIVE = re.compile(r"-(?:language|speaking|based|run|owned|linked|related|affiliated)$", re.IGNORECASE)
_TRAILING = {"the", "a", "an", "in", "on", "at", "and", "of", "police", "europol", "fbi"}
_LEADING_WORDS = re.compile(r"^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|Operation|OPERATION)\s+")


@dataclass(frozen=True, slots=True)
class NameMention:
    start: int
    end: int
    name: str
    kind: str  # "operation" or "market"


@dataclass
class Names:
    operations: list[str] = field(default_factory=list)
    markets: list[str] = field(default_factory=list)
    mentions: list[NameMention] = field(default_factory=list)
    forms: dict[str, set[str]] = field(default_factory=dict)  # name -> surface forms seen

    def kind(self, name: str) -> str:
        return "operation" if name in self.operations else "market"


def find_names(text: str, sentences: list[Sentence]) -> Names:
    """Operations and markets named in the non-noise sentences, and all their mentions."""
    found: dict[str, tuple[int, str, str]] = {}  # folded -> (first position, name, kind)
    forms: dict[str, set[str]] = {}
    for sent in sentences:
        if sent.noise:
            continue
        for kind, patterns in (("operation", _OPERATION_PATTERNS), ("market", _MARKET_PATTERNS)):
            for pattern in patterns:
                for m in pattern.finditer(sent.text):
                    name = _clean(m)
                    if not name:
                        continue
                    key = _key(name)
                    pos = sent.start + m.start()
                    old = found.get(key)
                    if old is None or (kind == "operation" and old[2] == "market"):
                        found[key] = (min(pos, old[0]) if old else pos, name, kind)
                    group = next(g for g in ("q1", "q2", "q3", "latin") if m.groupdict().get(g))
                    before = sent.text[:m.start(group) - (group != "latin")]
                    if kind == "market" and _PLURAL_MARKETS.search(before):
                        end = m.end()
                        while (more := _LIST_NEXT.match(sent.text, end)) and (extra := _clean(more)):
                            found.setdefault(_key(extra), (sent.start + more.start(), extra, kind))
                            end = more.end()
                    written = m.group().strip()
                    if re.match(r"(?i)operation\s", written) and kind == "operation":
                        forms.setdefault(key, set()).add(f"Operation {name}")
    entries = _merge_prefixes(sorted(found.values()))
    names = Names()
    for _, name, kind in entries:
        (names.operations if kind == "operation" else names.markets).append(name)
        names.forms[name] = {f for f in forms.get(_key(name), set()) if f != name}
    names.mentions = _mentions(text, names)
    headline = _title_case_headline(text)
    if headline:
        # "Global Operation Leads to Arrest of 270 …": words of a title-case headline are not a name
        # unless the article uses the name again below it.
        only_there = {n.name for n in names.mentions} - {n.name for n in names.mentions if n.start >= headline}
        if only_there:
            names.operations = [n for n in names.operations if n not in only_there]
            names.markets = [n for n in names.markets if n not in only_there]
            names.forms = {k: v for k, v in names.forms.items() if k not in only_there}
            names.mentions = [n for n in names.mentions if n.name not in only_there]
    return names


def _key(name: str) -> str:
    """The folded name, a series number joined to it ("Lionfish2" and "Lionfish 2" are one name)."""
    return re.sub(r"(?<=[^\W\d])\s+(?=\d{1,2}$)", "", fold(name))


def _name_pattern(name: str) -> str:
    """A regex for the name as written, with or without a space before a series number."""
    m = re.fullmatch(r"(.*?[^\W\d])\s?(\d{1,2})", name)
    if m:
        return re.escape(m.group(1)) + r"\s?" + re.escape(m.group(2))
    return re.escape(name)


def _title_case_headline(text: str) -> int:
    """Where the first line ends, when it is a Latin headline in title case (most words capitalised), else 0."""
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0]
    words = re.findall(r"[A-Za-z][\w'’-]*", first)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 4 or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words) or "\n" not in stripped:
        return 0
    return len(text) - len(stripped) + len(first)


def _clean(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    quoted = groups.get("q1") or groups.get("q2") or groups.get("q3")
    name = (quoted or groups.get("latin") or "").strip(" .,;:")
    if not quoted and groups.get("seq") and groups.get("latin"):
        name = f"{name}{groups['seq']}"
    if not quoted:
        name = _LEADING_WORDS.sub("", name)
        words = name.split()
        while words and fold(words[-1]) in _TRAILING:
            words.pop()
        name = " ".join(words)
    if not name or len(name) < 2 or fold(name) in _NOT_NAMES or len(name.split()) > 4:
        return None
    if all(fold(w) in _NOT_NAMES for w in name.split()):
        return None
    if _COMPOUND_ADJECTIVE.search(name):
        return None  # "the Portuguese-language market": a description, not a name
    mentions = find_mentions(name)
    if mentions and mentions[0].start == 0 and mentions[0].end == len(name):
        return None  # a country or city, not a market
    return name


def _merge_prefixes(entries: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """``Quarry`` and ``Quarry Market`` are one market: keep the longer form."""
    out: list[tuple[int, str, str]] = []
    for entry in entries:
        key = fold(entry[1])
        merged = False
        for i, other in enumerate(out):
            okey = fold(other[1])
            if (key.startswith(okey + " ") or okey.startswith(key + " ")
                    or re.fullmatch(re.escape(okey) + r"\d{1,2}", key) or re.fullmatch(re.escape(key) + r"\d{1,2}", okey)):
                longer = entry if len(key) > len(okey) else other
                kind = "operation" if "operation" in (entry[2], other[2]) else "market"
                out[i] = (min(entry[0], other[0]), longer[1], kind)
                merged = True
                break
        if not merged:
            out.append(entry)
    return out


def _mentions(text: str, names: Names) -> list[NameMention]:
    out: list[NameMention] = []
    for name in [*names.operations, *names.markets]:
        kind = names.kind(name)
        pattern = re.compile(r"(?<![\w])" + _name_pattern(name) + r"(?![\w])", re.IGNORECASE if name.isupper() else 0)
        for m in pattern.finditer(text):
            out.append(NameMention(m.start(), m.end(), name, kind))
    out.sort(key=lambda n: (n.start, -n.end))
    kept: list[NameMention] = []
    for mention in out:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
