"""The fact detail: the figure as people read it and where it comes from, word for word.

Honesty is the point of this pane: the sentence the figure was read from, with the figure
highlighted, the source, and what other sources say (conflicts first).
"""

from __future__ import annotations

from collections import OrderedDict

from rich.style import Style
from rich.text import Span, Text

from store import countries
from store.format import figure, metric_label, short_figure
from store.model import Fact
from store.outlets import NO_DATE, shown_date
from store.repository import Repository
from store.words import count
from tui.widgets.text import clip, figure_span, match_spans, plain, safe
from tui.widgets.text_pane import TextPane
from tui.widgets.wrapped_text import hanging, logical_lines

MATCH = "bold underline #f0c674"
FIGURE = "bold reverse #e5c07b"
LABEL = "#7f8c98"
WARN = "bold #e06c75"
GOOD = "bold #98c379"


# Where render_fact highlights the search terms: a span of this style is replaced by the
# terms' spans (at its place in the span list, so styles stack as a direct highlight would).
_REGION = Style(meta={"takedown.highlight": True})
LINES_KEPT = 64  # facts whose lines the detail keeps (typing comes back to the same few)
VARIANTS_KEPT = 32  # highlighted versions of one line a fact keeps


class FactLines:
    """The detail of one fact as logical lines, built once per fact and snapshot.

    Each key typed in the search box changes only the highlights: :meth:`for_terms` gives
    the lines for some terms, reusing the line objects whose highlights did not change (so
    the pane's strips, cached per line, are not rendered again)."""

    __slots__ = ("fact", "lines", "_marks", "_variants")

    def __init__(self, fact: Fact, marked: Text) -> None:
        self.fact = fact
        self.lines: list[Text] = []  # without highlights
        self._marks: dict[int, tuple[Text, list[tuple[int, int, int]]]] = {}  # line → (marked, regions)
        self._variants: dict[tuple, Text] = {}
        for index, line in enumerate(logical_lines(marked)):
            regions = [(at, span.start, span.end) for at, span in enumerate(line.spans) if span.style is _REGION]
            if regions:
                self._marks[index] = (line, regions)
                line = _replace_regions(line, regions, [()] * len(regions))
            self.lines.append(line)

    def for_terms(self, terms: tuple[str, ...]) -> list[Text]:
        """The lines with ``terms`` highlighted (the same list for no terms)."""
        if not terms or not self._marks:
            return self.lines
        out = list(self.lines)
        for index, (marked, regions) in self._marks.items():
            plain = marked.plain
            found = tuple(match_spans(plain[start:end], terms) for _, start, end in regions)
            if any(found):
                key = (index, found)
                line = self._variants.get(key)
                if line is None:
                    if len(self._variants) >= VARIANTS_KEPT:
                        self._variants.clear()
                    line = self._variants[key] = _replace_regions(marked, regions, found)
                out[index] = line
        return out


def _replace_regions(line: Text, regions: list[tuple[int, int, int]], found) -> Text:
    """``line`` with each region span replaced by its match spans (offsets into the region)."""
    spans = list(line.spans)
    for (at, start, _end), matches in sorted(zip(regions, found), reverse=True):
        spans[at : at + 1] = [Span(start + a, start + b, MATCH) for a, b in matches]
    out = line.copy()
    out.spans = spans
    return out


class FactDetail(TextPane):
    """A scrollable pane showing one fact in full."""

    _shown: tuple | None = None  # (fact, terms) on screen

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Pick a fact to see where its figure comes from.", style=LABEL), id=id)
        self._facts: OrderedDict[str, FactLines] = OrderedDict()  # by fact id
        self._snapshot: object = None  # the snapshot the kept lines were built from

    def fact_lines(self, repo: Repository, fact: Fact) -> FactLines:
        """The lines of ``fact``, kept while the snapshot stays (an edit makes a new one)."""
        if self._snapshot is not repo.snapshot:
            self._facts.clear()  # never keep an old snapshot's facts alive
            self._snapshot = repo.snapshot
        kept = self._facts.get(fact.id)
        if kept is None or kept.fact is not fact:
            kept = self._facts[fact.id] = FactLines(fact, fact_text(repo, fact))
            while len(self._facts) > LINES_KEPT:
                self._facts.popitem(last=False)
        else:
            self._facts.move_to_end(fact.id)
        return kept

    def show(self, repo: Repository, fact: Fact | None, terms: tuple[str, ...] = ()) -> None:
        """Render ``fact`` (or a hint when there is none) and scroll back to the top.

        While typing, the same fact often stays highlighted: the same fact with the same
        terms is not rendered again, and only the lines whose highlights changed are."""
        shown = (fact, terms if fact else ())
        if self._shown is None or shown[0] is not self._shown[0] or shown[1] != self._shown[1]:
            self._shown = shown
            if fact is None:
                self.update(Text("No fact to show.", style=LABEL))
            else:
                self.show_lines(self.fact_lines(repo, fact).for_terms(terms))
        self.scroll_home(animate=False)


def _row(label: str, value: Text | str, width: int = 11) -> Text:
    """``label      value``: the label dimmed, the value in its own style; a value longer
    than the pane wraps under itself, never back under the label."""
    row = Text.assemble((f"{label:<{width}}", LABEL), value if isinstance(value, Text) else plain(value))
    return hanging(row, width)


def render_fact(repo: Repository, fact: Fact, terms: tuple[str, ...] = ()) -> Text:
    """The whole detail as one Text; every store string goes through ``plain``/``safe``."""
    return with_terms(fact_text(repo, fact), terms)


def with_terms(marked: Text, terms: tuple[str, ...]) -> Text:
    """A text of :func:`fact_text` with ``terms`` highlighted where it may highlight them."""
    regions = [(at, span.start, span.end) for at, span in enumerate(marked.spans) if span.style is _REGION]
    plain = marked.plain
    return _replace_regions(marked, regions, [match_spans(plain[start:end], terms) for _, start, end in regions])


def _mark(text: Text) -> Text:
    """Mark all of ``text`` as a place where search terms are highlighted."""
    text.stylize(_REGION)
    return text


def fact_text(repo: Repository, fact: Fact) -> Text:
    """The detail with the places to highlight marked, not highlighted (see FactLines)."""
    out = Text()
    headline = plain(figure(fact), style="bold #e5c07b")
    out.append_text(headline)
    out.append("  ")
    out.append_text(plain(metric_label(fact.metric), style="bold"))
    if fact.edited:
        out.append("  ✎ edited by hand", style=GOOD)
    if fact.detail:
        out.append("  ")
        out.append_text(_mark(plain(f"({fact.detail})", style="italic")))
    out.append("\n")
    related = repo.related(fact)
    if related.conflicting:
        distinct = list(dict.fromkeys(short_figure(f) for f in related.conflicting[:200]))
        values = ", ".join(distinct[:6]) + (f" and {len(distinct) - 6} more" if len(distinct) > 6 else "")
        out.append_text(Text.assemble(("⚠ disputed: ", WARN), plain(f"other sources give {values}"), "\n"))
    elif related.corroborating:
        n = len({f.source for f in related.corroborating})
        out.append_text(Text.assemble((f"✓ confirmed by {count(n, 'other source')}", GOOD), "\n"))
    source = repo.source(fact.source)
    out.append_text(_quote(fact, source))
    out.append("\n\n")
    country = countries.get(fact.country) if fact.country else None
    if country:
        place = plain(f"{country.name_en} / {country.name_ru} ({country.code})")
    elif fact.country:
        place = plain(fact.country)
    else:
        place = Text("worldwide / по всему миру")
    lines = [_row("country", _mark(place)), _row("date", _date_text(fact, source))]
    op = repo.operation(fact.operation)
    op_text = plain(op.name if op else fact.operation, style="bold")
    if op and op.year:
        op_text.append(f"  {op.year}", style=LABEL)
    lines.append(_row("operation", _mark(op_text)))
    if fact.value_text and fact.value is not None:
        lines.append(_row("as stated", fact.value_text))
    if fact.attributed_to:
        lines.append(_row("according", fact.attributed_to))
    if source and not fact.quote:
        pass  # a citation: the block above already names the source
    elif source:
        title = _mark(plain(clip(source.title, 90)))
        lines.append(_row("source", title))
        meta = [m for m in (source.origin, source.published, source.language, source.tier) if m]
        if meta:
            lines.append(_row("", _mark(plain(" · ".join(meta), style=LABEL))))
    else:
        lines.append(_row("source", Text("unknown source", style=WARN)))
    out.append_text(Text("\n").join(lines))
    if related.same_sentence:
        out.append("\n\nSame sentence\n", style="bold")
        out.append_text(_related_block(repo, related.same_sentence, "·", "", with_source=False))
    if related.conflicting:
        out.append("\n\n⚠ Conflicting figures\n", style=WARN)
        out.append_text(_related_block(repo, related.conflicting, "≠", WARN))
    if related.corroborating:
        out.append("\n\n✓ Corroborated by\n", style=GOOD)
        out.append_text(_related_block(repo, related.corroborating, "=", GOOD))
    return out


def _date_text(fact: Fact, source) -> Text:
    """The figure's date, else its source's publication date said to be that, else "—"."""
    date, own = shown_date(fact.date, source)
    if own:
        return plain(date)
    if date == NO_DATE:
        return Text.assemble(NO_DATE, ("  no date: neither the figure nor its source gives one", LABEL))
    return Text.assemble(plain(date), ("  the source's publication date", LABEL))


def _quote(fact: Fact, source) -> Text:
    if fact.quote:
        quote = Text.assemble(("“", LABEL))
        body = Text(safe(fact.quote), style="italic")
        _mark(body)
        span = figure_span(fact, source)
        if span:
            body.stylize(FIGURE, *span)
        quote.append_text(body)
        quote.append("”", style=LABEL)
        return hanging(quote, 1)  # the sentence wraps inside its opening quote mark
    # A reference citation: no text was kept, so show what identifies it.
    cite = Text.assemble(("Reference citation (no text kept)\n", "bold"))
    parts = []
    if source:
        parts.append(_row("title", _mark(plain(clip(source.title, 200)))))
        if source.origin:
            parts.append(_row("origin", source.origin))
        if source.published:
            parts.append(_row("published", source.published))
    if fact.attributed_to:
        parts.append(_row("attrib.", fact.attributed_to))
    if not parts:
        parts.append(Text("no source recorded", style=WARN))
    cite.append_text(Text("\n").join(parts))
    return cite


RELATED_SHOWN = 12  # a figure repeated by hundreds of sources must not stall the pane


def _related_block(repo: Repository, facts: tuple[Fact, ...], mark: str, style: str, *, with_source: bool = True) -> Text:
    lines = [_related_line(repo, f, mark, style, with_source=with_source) for f in facts[:RELATED_SHOWN]]
    if len(facts) > RELATED_SHOWN:
        lines.append(Text(f"   … and {len(facts) - RELATED_SHOWN} more", style=LABEL))
    return Text("\n").join(lines)


def _related_line(repo: Repository, fact: Fact, mark: str, style: str, *, with_source: bool = False) -> Text:
    line = Text.assemble((f" {mark} ", style))
    line.append_text(plain(short_figure(fact), style="bold"))
    line.append("  ")
    line.append_text(plain(metric_label(fact.metric)))
    if fact.country:
        line.append("  ")
        line.append_text(plain(fact.country, style=LABEL))
    if with_source:
        source = repo.source(fact.source)
        line.append("  — ", style=LABEL)
        line.append_text(plain(clip(source.title if source else fact.source, 60), style=LABEL))
        if source and source.published:
            line.append_text(plain(f" ({source.published})", style=LABEL))
    return line
