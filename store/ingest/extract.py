"""The top-level extractor: article text in, operations, markets, countries, facts and events
out.  Pure: no I/O, same text and options give the same result.

Which operation a figure belongs to: the operation named in its sentence; else a market the
article only recalls (every sentence naming it says "last year", "in 2021", "ранее"...), whose
own takedown the figure describes; else the article's main operation (the ``operation``
argument, the first operation named, or the first market).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from store.ingest.dates import find_dates
from store.ingest.events import refers_back, sentence_events
from store.ingest.facts import REST_OF_TOTAL, breakdown_only, sentence_facts
from store.ingest.names import Names, find_names
from store.ingest.parts import refile_parts
from store.ingest.places import find_mentions
from store.ingest.restatements import drop_rounded_headline, fold_conversions
from store.ingest.sentences import Sentence, split_sentences
from store.model import ARRESTS
from store.text import fold

_RECALL = re.compile(
    r"\bв\s+(?:прошлом|позапрошлом)\s+году|\bранее(?!\s+в\s+этом)|\bпрежде\b|\bв\s+(?:19|20)\d\d\s+году|\bгодом\s+ранее"
    r"|\blast\s+year\b|\bpreviously\b|\bearlier(?!\s+this)\b|\bin\s+(?:19|20)\d\d\b|\bback\s+in\b|\byears?\s+ago\b|\bгод\w*\s+назад",
    re.IGNORECASE,
)

# A sentence opening by looking back ("В 2022 году шведская полиция уже арестовала 14 продавцов",
# "Last year, Dutch police seized ..."): a result of an earlier action, whose countries are not
# by that token participants in this one.
_RECALL_LEAD = re.compile(r"^[\W\d]{0,3}(?:(?:\w+\s+)?(?:years?\s+ago|(?:года|лет)\s+назад)\b|" + _RECALL.pattern + ")",
                          re.IGNORECASE)


# A sentence where a country only reacts to the operation or is said to have stayed out of it:
# "Canada's minister welcomed the action", "Португальские власти приветствовали операцию".
_BYSTANDER = re.compile(
    r"\bwelcom\w*|\bprais\w*|\bhail\w*|\bapplaud\w*|\bcongratulat\w*|\bnot\s+(?:been\s+)?involved|\btook\s+no\s+part"
    r"|приветств\w*|похвал\w*|назвал\w*\s+(?:результат|операци|задержани)\w*|не\s+участвовал\w*|не\s+принимал\w*\s+участи",
    re.IGNORECASE,
)


# A yearly world statistic ("в 2023 году в мире было изъято около 2700 тонн кокаина", "globally,
# 2,700 tonnes were seized in 2023"): background, not this operation's result.
_WORLD_SCOPE = re.compile(r"\bв\s+(?:вс[её]м\s+)?мире\b|\bin\s+the\s+world\b|\bglobally\b|\bworldwide\b", re.IGNORECASE)
_YEAR_SCOPE = re.compile(r"\b(?:в|за|in|during)\s+(?:19|20)\d\d(?:\s+год[ау]?)?\b|\b(?:each|every|per)\s+year\b|\bежегодно\b|\bкаждый\s+год\b",
                         re.IGNORECASE)
_OPERATION_WORD = re.compile(r"операци|рейд|акци|operation|action|raid|crackdown|sweep", re.IGNORECASE)


def _world_statistic(sentence: str) -> bool:
    return bool(_WORLD_SCOPE.search(sentence) and _YEAR_SCOPE.search(sentence) and not _OPERATION_WORD.search(sentence))


# A line under a heading that ends with a colon: a bullet, or a short table row ("Germany – 42").
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]\s|\d+[.)]\s)|^[^.!?]{1,60}[.;,]?\s*$")


# A table row: cells split by pipes or tabs ("Spain | 12 | EUR 340,000").
_CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")


@dataclass(frozen=True, slots=True)
class _Row:
    start: int
    end: int
    cells: list[tuple[int, int, str]]  # absolute spans and text of the non-empty cells


def _table_rows(text: str) -> list[_Row]:
    """Every line of ``text`` that splits into two or more cells on pipes or tabs."""
    rows, offset = [], 0
    for raw in text.split("\n"):
        if "|" in raw or "\t" in raw.strip():
            cells, pos = [], offset
            for piece in re.split(r"(\||\t)", raw):
                if piece not in ("|", "\t") and piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    cells.append((pos + lead, pos + lead + len(piece.strip()), piece.strip()))
                pos += len(piece)
            if len(cells) >= 2:
                rows.append(_Row(offset, offset + len(raw), cells))
        offset += len(raw) + 1
    return rows


def _tables(text: str) -> list[tuple[str, _Row, list[_Row]]]:
    """Tables: a header row of labels without digits, then rows with as many cells, on the lines right
    below; with the heading line just above the header, if any."""
    rows = _table_rows(text)
    out, i = [], 0
    while i < len(rows):
        head = rows[i]
        body, j = [], i + 1
        if not any(ch.isdigit() for _, _, c in head.cells for ch in c):
            while (j < len(rows) and len(rows[j].cells) == len(head.cells)
                   and not text[(body[-1] if body else head).end:rows[j].start].strip()):
                body.append(rows[j])
                j += 1
        if body:
            above = text[:head.start].rstrip().rsplit("\n", 1)[-1].strip()
            out.append((above, head, body))
            i = j
        else:
            i += 1
    return out


def _table_facts(text: str, lang: str, heading: str, head: _Row, row: _Row):
    """Each cell of a row read as "<column label>: <cell>"; the first cell names the row's country."""
    first = row.cells[0][2]
    places = [m for m in find_mentions(first) if m.is_place_or_actor]
    code = places[0].code if len({m.code for m in places}) == 1 else None
    context = heading if heading.endswith(":") else ""
    out = []
    for (_, _, label), (c_start, c_end, cell) in zip(head.cells[1:], row.cells[1:]):
        prefix = f"{label}: "
        facts, _ = sentence_facts(prefix + cell, lang, context=context or f"{label}:")
        for sf in facts:
            q = sf.quantity
            start = c_start + max(0, q.start - len(prefix))
            end = c_start + max(0, q.end - len(prefix))
            out.append((sf, code if code else sf.country, start, end))
    return out, places


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text.rstrip()) if end < 0 else pos + len(text[pos:end].rstrip())


@dataclass(frozen=True, slots=True)
class ExtractedFact:
    metric: str
    value: float | int | None
    unit: str | None
    qualifier: str
    country: str | None
    date: str | None
    operation: str | None  # the name of the operation or market it belongs to
    quote: str  # the sentence, exactly text[quote_start:quote_end]
    start: int  # span of the figure (or event wording) in the text
    end: int
    detail: str | None
    text: str  # the matched wording, text[start:end]
    quote_start: int = 0
    quote_end: int = 0
    attached: bool = False  # the country is written next to the figure ("23 – в Нидерландах")


@dataclass
class Extraction:
    lang: str
    operations: list[str] = field(default_factory=list)
    markets: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    facts: list[ExtractedFact] = field(default_factory=list)
    events: list[ExtractedFact] = field(default_factory=list)
    main: str | None = None  # the operation facts default to
    targets: list[str] = field(default_factory=list)  # markets the main operation went after
    aliases: dict[str, list[str]] = field(default_factory=dict)


def detect_language(text: str) -> str:
    """``ru`` when Cyrillic letters outnumber Latin ones, else ``en``."""
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ru" if cyr > lat else "en"


def extract(text: str, *, lang: str = "auto", published: str | None = None, operation: str | None = None) -> Extraction:
    """Everything the article states about darknet operations, with spans into ``text``."""
    lang = detect_language(text) if lang == "auto" else lang
    sentences = split_sentences(text)
    names = find_names(text, sentences)
    main = _main_operation(names, operation)
    recalled = _recalled(names, sentences, main)
    out = Extraction(lang=lang, operations=list(names.operations), markets=list(names.markets), main=main)
    out.targets = [m for m in names.markets if m not in recalled and m != main]
    out.aliases = {name: sorted(forms) for name, forms in names.forms.items() if forms}
    countries: dict[str, None] = {}
    last_market: str | None = None
    header: Sentence | None = None  # "Seized:" / "Arrests per country:" heading the lines below it
    list_line = -1
    carried: Sentence | None = None  # the symbol-opened line just above, and what it carries
    carried_context = ""
    question: Sentence | None = None  # "— Что изъяли?" / "Q: How many were arrested?": the answer below
    tables = _tables(text)
    in_table = [(head.start, body[-1].end) for _, head, body in tables]
    for heading, head, body in tables:
        owner = _owner([n for n in names.mentions if head.start <= n.start < body[-1].end], recalled, main)
        for row in body:
            facts, places = _table_facts(text, lang, heading, head, row)
            for sf, code, start, end in facts:
                q = sf.quantity
                out.facts.append(ExtractedFact(
                    q.metric, q.value, q.unit, q.qualifier, code, None, owner, text[row.start:row.end],
                    start, end, q.detail, text[start:end], row.start, row.end,
                ))
            if owner not in recalled:
                for place in places:
                    countries.setdefault(place.code)
    previous: Sentence | None = None  # the non-noise sentence just above
    previous_codes: set[str] = set()  # the countries ``previous`` names
    scene: tuple[str, int] | None = None  # "In Austria, …": the country a paragraph's sentences go on about
    window = 0  # where the sentence before ``previous`` starts: the reach of "the rest …" back
    for sent in sentences:
        if sent.noise:
            header = previous = scene = None
            previous_codes = set()
            continue
        if any(a <= sent.start < b for a, b in in_table):
            continue
        if header is not None and not (sent.line in (list_line, list_line + 1) and sent.line != header.line
                                       and _LIST_ITEM.match(sent.text)):
            header = None
        in_sentence = [n for n in names.mentions if sent.start <= n.start < sent.end]
        owner = _owner(in_sentence, recalled, main)
        dates = find_dates(sent.text, published)
        fact_date = next((d.value for d in dates if not d.since and d.value), None)
        symbol_line = _symbol_line(text, sent)
        if not (symbol_line and carried is not None and text.count("\n", carried.end, sent.start) == 1):
            carried, carried_context = None, ""
        context = header.text if header else carried_context
        if question is not None and sent.line == question.line + 1:
            context = f"{context} {question.text}"
        if sent.text.rstrip().endswith("?") and sent.end == _line_end(text, sent.end):
            question = sent
        if not context and previous is not None and breakdown_only(sent.text):
            context = previous.text  # "Police arrested 40. Germany – 15, Austria – 10."
        elif not context and previous is not None and previous.text.rstrip().endswith(";") and sent.line == previous.line:
            context = previous.text  # "Most arrests, 20, took place in Sweden; Norway accounted for eight": one sentence
        facts, places = sentence_facts(sent.text, lang, context=context)
        if not any(sf.quantity.metric == ARRESTS for sf in facts):
            rest = _rest_elsewhere(sent, places, [f for f in out.facts if f.quote_start >= window])
            if rest is not None:
                out.facts.append(rest)
        window = previous.start if previous is not None else sent.start
        then_recall = bool(previous is not None and _THEN_LEAD.match(sent.text) and _RECALL_LEAD.match(previous.text))
        if then_recall:
            facts = _carry_recalled_actor(previous.text, facts, places)
        facts = _there_facts(sent, facts, places, previous_codes)
        if question is not None and sent.line == question.line + 1:
            facts = _asked_about(text, question, sent, facts, places)
        previous_codes = {p.code for p in places if p.is_place_or_actor}
        previous = sent
        facts, scene = _scene_facts(sent, facts, places, scene)
        if not in_sentence and _world_statistic(sent.text):
            facts = []
        # Short lines each opened by an emoji or a bullet ("💊 Изъято 12,5 кг", "💰 2,3 млн ₽"):
        # the verb of one line carries to the lines right below it.
        carried, carried_context = (sent, f"{carried_context} {sent.text}") if symbol_line else (None, "")
        if sent.text.rstrip().endswith(":") and sent.end == _line_end(text, sent.end):
            header, list_line = sent, sent.line
        elif header is not None:
            list_line = sent.line
        for sf in facts:
            q = sf.quantity
            out.facts.append(ExtractedFact(
                q.metric, q.value, q.unit, q.qualifier, sf.country, fact_date, owner, sent.text,
                sent.start + q.start, sent.start + q.end, q.detail, sent.text[q.start:q.end], sent.start, sent.end,
                sf.attached,
            ))
        if (owner not in recalled and not _BYSTANDER.search(sent.text) and not (facts and _RECALL_LEAD.match(sent.text))
                and not then_recall
                and (owner == main or owner is None or owner not in names.operations or owner in out.targets)):
            for place in places:
                if place.is_place_or_actor:
                    countries.setdefault(place.code)
            for sf in facts:  # "…, французские – 9": the nationality an elliptic figure is attached to
                if sf.attached and sf.country:
                    countries.setdefault(sf.country)
        markets_here = [n for n in in_sentence if n.kind == "market"]
        for ev in sentence_events(sent.text, dates):
            subject = _event_subject(sent, ev.start, markets_here, last_market)
            if subject is None:
                continue
            out.events.append(ExtractedFact(
                ev.metric, None, None, "exact", None, ev.date, subject, sent.text, sent.start + ev.start,
                sent.start + ev.end, None, sent.text[ev.start:ev.end], sent.start, sent.end,
            ))
        if markets_here:
            last_market = markets_here[-1].name
    out.countries = list(countries)
    out.facts = refile_parts(text, drop_rounded_headline(text, _settle(fold_conversions(text, out.facts))))
    out.events = _settle_events(out.events)
    return out


# "В 2021 году австрийские следователи закрыли предшественника. Тогда было задержано 6 человек",
# "In 2023, Austrian police took down its predecessor. Back then, 11 people were arrested": the
# sentence continues the recall above it, and that recall's one actor is where its figures belong.
_THEN_LEAD = re.compile(r"^[\W]{0,3}(?:тогда|в\s+тот\s+раз|в\s+то\s+время|back\s+then|at\s+the\s+time|at\s+that\s+time)\b",
                        re.IGNORECASE)


# "In Austria, the probe focused on Graz. Officers there detained six. They also seized 11 kg":
# a paragraph opening on one country, and sentences after it whose subject points back to it.
_SCENE_OPEN = re.compile(r"^\W{0,3}(?:in|в|во)\s+(?:the\s+)?$", re.IGNORECASE)
_SCENE_FOLLOW = re.compile(
    r"^\W{0,3}(?:(?:кроме\s+того|также|затем|после\s+этого|there|then|later),?\s+)?"
    r"(?:(?:the\s+)?(?:officers|police|investigators|agents|detectives|officials|authorities)\s+there\b|they\b"
    r"|у\s+них\b|они\b|там\b|оперативник\w*|полицейские\b|следователи\b)",
    re.IGNORECASE)
_SCENE_TOTAL = re.compile(r"\b(?:in\s+total|total|overall|altogether|all\s+told|worldwide|всего|в\s+общей\s+сложности|в\s+целом|итого"
                          r"|(?:across|in)\s+all\s+(?:the\s+)?(?:countries|participating)|во\s+всех\s+странах)\b",
                          re.IGNORECASE)


def _unplaced_to(facts: list, code: str) -> list:
    """The facts with ``code`` as the country of those that name none."""
    return [replace(sf, country=code) if sf.country is None else sf for sf in facts]


def _scene_facts(sent: Sentence, facts: list, places: list, scene: tuple[str, int] | None):
    """The sentence's facts with the paragraph's one country where they name none, and the scene
    the next sentence continues."""
    codes = {p.code for p in places if p.is_place_or_actor}
    if scene is not None and sent.line == scene[1] and not codes:
        if _SCENE_FOLLOW.match(sent.text) and not _SCENE_TOTAL.search(sent.text):
            return _unplaced_to(facts, scene[0]), scene
        return facts, None
    opening = [p for p in places if p.kind == "name" and not p.origin and len(p.code) == 2
               and _SCENE_OPEN.match(sent.text[:p.start])]
    if opening and len(codes) == 1 and not _SCENE_TOTAL.search(sent.text):
        return facts, (opening[0].code, sent.line)
    return facts, None


# "Обыски провели в Малаге и Валенсии. Там задержаны 44 человека", "Raids hit Lyon and Nice.
# Officers there arrested 12": the sentence points back at the one country named just before.
_THERE_LEAD = re.compile(
    r"^\W{0,3}(?:там|тамошн\w+|there\b|(?:the\s+)?(?:officers|police|investigators|agents|authorities)\s+there\b)",
    re.IGNORECASE)


def _there_facts(sent: Sentence, facts: list, places: list, previous_codes: set[str]) -> list:
    """Facts of a sentence opening with "there" that names no country take the one the
    sentence before names."""
    if (len(previous_codes) != 1 or not _THERE_LEAD.match(sent.text) or _SCENE_TOTAL.search(sent.text)
            or any(p.is_place_or_actor for p in places)):
        return facts
    return _unplaced_to(facts, next(iter(previous_codes)))


def _asked_about(text: str, question: Sentence, sent: Sentence, facts: list, places: list) -> list:
    """"Austria led the case. What did your teams find?" — "We arrested 36 suspects": an answer
    that names no country is about the one its question line names."""
    if any(p.is_place_or_actor for p in places) or _SCENE_TOTAL.search(sent.text):
        return facts
    line = text[text.rfind("\n", 0, question.start) + 1:question.end]
    codes = {m.code for m in find_mentions(line) if m.is_place_or_actor}
    if len(codes) != 1 or _SCENE_TOTAL.search(line):
        return facts
    return _unplaced_to(facts, next(iter(codes)))


def _carry_recalled_actor(previous: str, facts: list, places: list) -> list:
    """Facts of a "Тогда …"/"Back then …" sentence that name no place take the one country acting
    in the recall sentence before it."""
    if any(p.is_place_or_actor for p in places):
        return facts
    actors = {m.code for m in find_mentions(previous) if m.is_place_or_actor}
    if len(actors) != 1:
        return facts
    return _unplaced_to(facts, next(iter(actors)))


def _rest_elsewhere(sent: Sentence, places: list, recent: list[ExtractedFact]) -> ExtractedFact | None:
    """"Задержаны 52 человека. 37 из них – в Испании. Остальные арестованы в Португалии.": a
    sentence opening with "the rest" that places them is the last total of the two sentences
    before it less the parts placed after that total."""
    for m in places:
        if m.kind == "adj" or m.origin or len(m.code) != 2:
            continue
        lead = REST_OF_TOTAL.search(sent.text[:m.start])
        if lead is None or sent.text[:lead.start()].strip(" \t-–—•*"):
            return None
        arrests = [f for f in recent if f.metric == ARRESTS and f.value]
        totals = [k for k, f in enumerate(arrests) if f.country is None]
        if not totals:
            return None
        total = arrests[totals[-1]]
        parts = [f for f in arrests[totals[-1] + 1:] if f.country is not None]
        value = total.value - sum(f.value for f in parts)
        if not parts or value <= 0 or any(f.country == m.code for f in parts):
            return None
        start, end = sent.start + lead.start(), sent.start + m.end
        return ExtractedFact(ARRESTS, value, "people", "exact", m.code, None, total.operation, sent.text,
                             start, end, None, sent.text[lead.start():m.end], sent.start, sent.end, True)
    return None


def _symbol_line(text: str, sent: Sentence) -> bool:
    """The sentence is a whole line opened by an emoji or a bullet sign, not a letter or digit."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    if text[line_start:sent.start].strip() or sent.end != _line_end(text, sent.end):
        return False
    first = sent.text.lstrip()[:1]
    return bool(first) and not first.isalnum() and first not in "«\"'“„(‘[$€£₽"


def _main_operation(names: Names, operation: str | None) -> str | None:
    if operation:
        return next((n for n in [*names.operations, *names.markets] if fold(n) == fold(operation)), operation)
    first_op = min((m for m in names.mentions if m.kind == "operation"), key=lambda m: m.start, default=None)
    if first_op:
        return first_op.name
    return names.markets[0] if names.markets else None


def _recalled(names: Names, sentences: list[Sentence], main: str | None) -> set[str]:
    """Markets every mention of which sits in a sentence looking back in time."""
    out = set()
    for market in names.markets:
        if market == main:
            continue
        spans = [s for s in sentences if not s.noise and any(s.start <= m.start < s.end and m.name == market for m in names.mentions)]
        if spans and all(_RECALL.search(s.text) for s in spans):
            out.add(market)
    return out


def _owner(in_sentence, recalled: set[str], main: str | None) -> str | None:
    ops = [n.name for n in in_sentence if n.kind == "operation"]
    if ops:
        return ops[0]
    old = [n.name for n in in_sentence if n.name in recalled]
    return old[0] if old else main


def _event_subject(sent: Sentence, cue_start: int, markets_here, last_market: str | None) -> str | None:
    if markets_here:
        return min(markets_here, key=lambda n: abs(n.start - sent.start - cue_start)).name
    if last_market and refers_back(sent.text):
        return last_market
    return None


def _settle(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """One fact per figure: a total equal to the sum of its country breakdown is worldwide,
    the same figure stated twice is kept once (first statement, or the one with a country)."""
    facts = _dedupe(facts)
    settled = []
    for f in facts:
        if f.metric == ARRESTS and f.country is not None:
            parts = [g for g in facts if g is not f and g.metric == ARRESTS and g.operation == f.operation and g.country]
            # "Нидерланды – 23, Германия – 14, Франция – 9": a peer in one list is no total of the others
            peers = f.attached and all(g.quote_start == f.quote_start for g in parts)
            if len({g.country for g in parts}) >= 2 and sum(g.value for g in parts) == f.value and not peers:
                f = ExtractedFact(**{**_as_dict(f), "country": None})
            elif _sentence_breakdown(f, parts):
                f = ExtractedFact(**{**_as_dict(f), "country": None})
        settled.append(f)
    settled = _dedupe(settled)
    settled = [f for f in settled if not _rounded_headline(f, settled)]
    # The same figure with and without a country ("Eleven arrested" in the headline, "Eleven people
    # arrested across England" below) is one figure: keep the statement that says where.
    placed: dict[tuple, set[str]] = {}
    for f in settled:
        if f.country is not None:
            placed.setdefault((f.metric, f.value, f.unit, f.operation), set()).add(f.country)
    return [f for f in settled if f.country is not None or len(placed.get((f.metric, f.value, f.unit, f.operation), ())) != 1]


def _sentence_breakdown(f: ExtractedFact, parts: list[ExtractedFact]) -> bool:
    """"Seven of the suspects were arrested in the United States and two in Canada": another
    sentence splitting ``f`` between two or more countries, each written next to its figure,
    makes ``f`` a total even when other places' arrests are reported elsewhere."""
    by_sentence: dict[int, list[ExtractedFact]] = {}
    for g in parts:
        if g.quote_start != f.quote_start and g.attached:
            by_sentence.setdefault(g.quote_start, []).append(g)
    return any(len({g.country for g in gs}) == len(gs) >= 2 and sum(g.value for g in gs) == f.value
               for gs in by_sentence.values())


def _rounded_headline(f: ExtractedFact, facts: list[ExtractedFact]) -> bool:
    """A qualified round figure opening the article ("более двухсот арестов", "over 200 arrests")
    that a figure below states precisely (204) is the same figure, rounded."""
    if f.quote_start != 0 or f.qualifier == "exact" or not f.value:
        return False
    for g in facts:
        if g is f or g.quote_start == 0 or (g.metric, g.unit, g.country) != (f.metric, f.unit, f.country) or not g.value:
            continue
        ratio = g.value / f.value
        if ((f.qualifier == "at_least" and 1 < ratio <= 1.1) or (f.qualifier == "at_most" and 0.9 <= ratio < 1)
                or (f.qualifier == "approximate" and 0.9 <= ratio <= 1.1 and ratio != 1)):
            return True
    return False


def _dedupe(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        key = (f.metric, f.value, f.unit, f.country, f.operation)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _settle_events(events: list[ExtractedFact]) -> list[ExtractedFact]:
    dated = {(e.metric, e.operation) for e in events if e.date}
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (e.metric, e.operation, e.date)
        if key in seen or (e.date is None and (e.metric, e.operation) in dated):
            continue
        seen.add(key)
        out.append(e)
    return out


def _as_dict(f: ExtractedFact) -> dict:
    return {name: getattr(f, name) for name in ExtractedFact.__slots__}
