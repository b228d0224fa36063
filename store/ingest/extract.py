"""The top-level extractor: article text in, operations, markets, countries, facts and events
out.  Pure: no I/O, same text and options give the same result.

The stages, in data-flow order:

1. ``sentences`` splits the text (noise lines marked) and ``names`` finds operations and markets;
   ``owners`` picks the main operation and the markets the article only recalls.
2. ``tables`` reads pipe/tab tables, cell by cell, before the sentences around them.
3. For each other sentence, in order: ``discourse.borrowed_cue`` gives the heading, question or
   sentence before whose cue it reads; ``facts.sentence_facts`` reads its figures and the places
   next to them (``attachment``, ``ellipsis``, ``breakdowns`` within the sentence);
   ``breakdowns.rest_elsewhere`` adds "the rest were arrested in …"; the :data:`RESOLVERS` fill
   the countries the sentence leaves to its neighbours; the participants and events are noted.
4. ``settle`` keeps one fact per figure and one event per kind, subject and date.
"""

from __future__ import annotations

from dataclasses import replace

from store.ingest.agencies import agency_countries, names_own_agency
from store.ingest.article_context import article_countries
from store.ingest.asides import is_aside
from store.ingest.breakdowns import rest_elsewhere
from store.ingest.count_members import drop_count_members
from store.ingest.dates import find_dates
from store.ingest.discourse import Discourse, borrowed_cue, end_list_unless_item, note_lines, symbol_line
from store.ingest.earlier_month import earlier_month_lead, month_named
from store.ingest.events import sentence_events
from store.ingest.extraction import ExtractedFact, Extraction
from store.ingest.facts import sentence_facts
from store.ingest.hard_wraps import unwrap
from store.ingest.irish_republic import irish_story
from store.ingest.lexicon import (
    BYSTANDER,
    RECALL_LEAD,
    REMINDER_LEAD,
    REPORTED_LEAD,
    THEN_LEAD,
    earlier_edition,
    earlier_time,
    period_tally,
)
from store.ingest.local_dollar import local_dollars
from store.ingest.lone import drop_counted_lone
from store.ingest.lookalikes import unmix
from store.ingest.misspellings import respell
from store.ingest.names import Names, find_names
from store.ingest.owners import event_subject, main_operation, owner, recalled_markets
from store.ingest.parts import refile_parts
from store.ingest.plural_held import group_sized, held_without_number
from store.ingest.reach import only_reach_country
from store.ingest.resolvers import RESOLVERS, Reading
from store.ingest.restatements import drop_rounded_headline, fold_conversions
from store.ingest.role_breakdown import drop_role_breakdowns
from store.ingest.sentences import Sentence, split_sentences
from store.ingest.settle import drop_unplaced_money_twins, settle_events, settle_facts
from store.ingest.tables import find_tables, row_facts
from store.model import ARRESTS

__all__ = ["ExtractedFact", "Extraction", "detect_language", "extract"]


def detect_language(text: str) -> str:
    """``ru`` when Cyrillic letters outnumber Latin ones, else ``en``."""
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ru" if cyr > lat else "en"


def extract(text: str, *, lang: str = "auto", published: str | None = None, operation: str | None = None) -> Extraction:
    """Everything the article states about darknet operations, with spans into ``text``."""
    original, text = text, respell(unmix(unwrap(text)))
    if text != original:  # read the letters as they look (seizure words as meant, wrapped lines joined), quote the text as written
        return _quoted_from(original, extract(text, lang=lang, published=published, operation=operation))
    with article_countries(text), irish_story(text):
        return _extract(text, lang, published, operation)


def _extract(text: str, lang: str, published: str | None, operation: str | None) -> Extraction:
    lang = detect_language(text) if lang == "auto" else lang
    sentences = split_sentences(text)
    names = find_names(text, sentences)
    main = main_operation(names, operation)
    recalled = recalled_markets(names, sentences, main)
    out = Extraction(lang=lang, operations=list(names.operations), markets=list(names.markets), main=main)
    out.targets = [m for m in names.markets if m not in recalled and m != main]
    out.aliases = {name: sorted(forms) for name, forms in names.forms.items() if forms}
    d = Discourse()
    in_table = _read_tables(text, lang, names, recalled, main, out, d)
    for sent in sentences:
        if sent.noise:
            d.interrupt()
            continue
        if any(a <= sent.start < b for a, b in in_table):
            continue
        _read_sentence(text, sent, lang, published, names, recalled, main, out, d)
    # «пытавшиеся переправить в Азербайджан» in a story naming no other place: the border it was stopped at
    out.countries = list(d.participants) or list(d.bound_for)[:1]
    out.facts = refile_parts(text, drop_rounded_headline(text, drop_role_breakdowns(settle_facts(fold_conversions(text, drop_counted_lone(
        drop_count_members(text, out.facts), ARRESTS, text))))))
    out.facts = drop_unplaced_money_twins(local_dollars(text, out.countries, out.facts))
    if lang == "ru":  # «Мужчин арестовали» after «ехали двое жителей Омска»
        out.facts = group_sized(sentences, held_without_number(text, sentences, out.facts, main), main)
    out.countries += [code for code in d.agencies if code not in d.participants]
    if not out.countries and (local := only_reach_country(sentences)):
        out.countries = [local]  # a local story that names its country only as where the drugs were sold
    out.events = settle_events(out.events)
    return out


def _quoted_from(original: str, out: Extraction) -> Extraction:
    """``out`` with every quote and wording cut again from ``original`` (same offsets)."""
    def requote(f: ExtractedFact) -> ExtractedFact:
        return replace(f, quote=original[f.quote_start:f.quote_end], text=original[f.start:f.end])

    out.facts = [requote(f) for f in out.facts]
    out.events = [requote(e) for e in out.events]
    return out


def _read_tables(text: str, lang: str, names: Names, recalled: set[str], main: str | None,
                 out: Extraction, d: Discourse) -> list[tuple[int, int]]:
    """The facts of every table, each row's country a participant; gives the tables' spans."""
    tables = find_tables(text)
    for table in tables:
        start, end = table.span
        row_owner = owner([n for n in names.mentions if start <= n.start < end], recalled, main)
        for row in table.body:
            facts, places = row_facts(lang, table, row)
            for sf, code, f_start, f_end in facts:
                q = sf.quantity
                out.facts.append(ExtractedFact(
                    q.metric, q.value, q.unit, q.qualifier, code, None, row_owner, text[row.start:row.end],
                    f_start, f_end, q.detail, text[f_start:f_end], row.start, row.end,
                ))
            if row_owner not in recalled:
                for place in places:
                    d.participants.setdefault(place.code)
    return [table.span for table in tables]


def _read_sentence(text: str, sent: Sentence, lang: str, published: str | None, names: Names,
                   recalled: set[str], main: str | None, out: Extraction, d: Discourse) -> None:
    """One sentence's facts, participants and events, with what the discourse lends it."""
    end_list_unless_item(d, sent)
    in_sentence = [n for n in names.mentions if sent.start <= n.start < sent.end]
    fact_owner = owner(in_sentence, recalled, main)
    dates = find_dates(sent.text, published)
    fact_date = next((dt.value for dt in dates if not dt.since and dt.value), None)
    on_symbol_line = symbol_line(text, sent)
    context = borrowed_cue(d, text, sent, on_symbol_line)
    facts, places = sentence_facts(sent.text, lang, context=context)
    aside = is_aside(d, text, sent, any(p.is_place_or_actor for p in places))
    # «Напомним, в сентябре …», «Ранее стало известно, что …»: another case the article links to
    linked = (REMINDER_LEAD.match(sent.text) is not None or REPORTED_LEAD.match(sent.text) is not None
              or earlier_month_lead(text, sent.start, sent.text, d.story_month))  # «В июле …» in an October story
    if facts and d.story_month is None:
        d.story_month = month_named(sent.text)
    if (fact_owner is None or fact_owner == main) and (linked or aside or period_tally(sent.text) or earlier_edition(sent.text) or (
            d.previous is not None and THEN_LEAD.match(sent.text) and REMINDER_LEAD.match(d.previous.text))):
        facts = []  # «Напомним, в 2020 году … Тогда задержали 16 фигурантов», «с начала года изъято»: not this case's
    if not any(sf.quantity.metric == ARRESTS for sf in facts):
        rest = rest_elsewhere(sent, places, [f for f in out.facts if f.quote_start >= d.window])
        if rest is not None:
            out.facts.append(rest)
    d.window = d.previous.start if d.previous is not None else sent.start
    reading = Reading(text, sent, facts, places, in_sentence)
    for resolve in RESOLVERS:
        reading.facts = resolve(d, reading)
    facts = reading.facts
    d.previous_codes = {p.code for p in places if p.is_place_or_actor}
    d.previous = sent
    note_lines(d, text, sent, on_symbol_line)
    for sf in facts:
        q = sf.quantity
        out.facts.append(ExtractedFact(
            q.metric, q.value, q.unit, q.qualifier, sf.country, fact_date, fact_owner, sent.text,
            sent.start + q.start, sent.start + q.end, q.detail, sent.text[q.start:q.end], sent.start, sent.end,
            sf.attached,
        ))
    if (fact_owner not in recalled and not BYSTANDER.search(sent.text) and not (facts and RECALL_LEAD.match(sent.text))
            and not (not facts and earlier_time(sent.text))
            and not reading.then_recall and not aside  # another story's countries take no part in this one
            and not (linked and (fact_owner is None or fact_owner == main))
            and (fact_owner == main or fact_owner is None or fact_owner not in names.operations
                 or fact_owner in out.targets)):
        for place in places:
            if place.is_place_or_actor and names_own_agency(sent.text, place.code, place.end):
                d.agencies.setdefault(place.code)  # "the US FBI": listed once figures are placed, like "the FBI"
            elif place.is_place_or_actor:
                d.participants.setdefault(place.code)
            elif place.direction:
                d.bound_for.setdefault(place.code)
        for code in agency_countries(sent.text):  # "together with Europol and the FBI": listed once figures are placed
            d.agencies.setdefault(code)
        for sf in facts:  # "…, французские – 9": the nationality an elliptic figure is attached to
            if sf.attached and sf.country:
                d.participants.setdefault(sf.country)
    markets_here = [n for n in in_sentence if n.kind == "market"]
    for ev in sentence_events(sent.text, dates):
        subject = event_subject(sent, ev.start, markets_here, d.last_market)
        if subject is None:
            continue
        out.events.append(ExtractedFact(
            ev.metric, None, None, "exact", None, ev.date, subject, sent.text, sent.start + ev.start,
            sent.start + ev.end, None, sent.text[ev.start:ev.end], sent.start, sent.end,
        ))
    if markets_here:
        d.last_market = markets_here[-1].name
