"""The fact detail: the figure as people read it and where it comes from, word for word.

Honesty is the point of this pane: the sentence the figure was read from, with the figure
highlighted, the source, and what other sources say (conflicts first).
"""

from __future__ import annotations

from rich.text import Text

from store import countries
from store.format import figure, metric_label, short_figure
from store.model import Fact
from store.repository import Repository
from store.words import count
from tui.widgets.text import clip, figure_span, highlight, plain, safe
from tui.widgets.text_pane import TextPane

MATCH = "bold underline #f0c674"
FIGURE = "bold reverse #e5c07b"
LABEL = "#7f8c98"
WARN = "bold #e06c75"
GOOD = "bold #98c379"


class FactDetail(TextPane):
    """A scrollable pane showing one fact in full."""

    _shown: tuple | None = None  # (fact, terms) on screen

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Pick a fact to see where its figure comes from.", style=LABEL), id=id)

    def show(self, repo: Repository, fact: Fact | None, terms: tuple[str, ...] = ()) -> None:
        """Render ``fact`` (or a hint when there is none) and scroll back to the top.

        While typing, the same fact often stays highlighted: the same fact with the same
        terms is not rendered again (and an equal rendering repaints nothing)."""
        shown = (fact, terms if fact else ())
        if self._shown is None or shown[0] is not self._shown[0] or shown[1] != self._shown[1]:
            self._shown = shown
            self.update(render_fact(repo, fact, terms) if fact else Text("No fact to show.", style=LABEL))
        self.scroll_home(animate=False)


def _row(label: str, value: Text | str, width: int = 11) -> Text:
    """``label      value``: the label dimmed, the value in its own style."""
    return Text.assemble((f"{label:<{width}}", LABEL), value if isinstance(value, Text) else plain(value))


def render_fact(repo: Repository, fact: Fact, terms: tuple[str, ...] = ()) -> Text:
    """The whole detail as one Text; every store string goes through ``plain``/``safe``."""
    out = Text()
    headline = plain(figure(fact), style="bold #e5c07b")
    out.append_text(headline)
    out.append("  ")
    out.append_text(plain(metric_label(fact.metric), style="bold"))
    if fact.edited:
        out.append("  ✎ edited by hand", style=GOOD)
    if fact.detail:
        out.append("  ")
        out.append_text(highlight(plain(f"({fact.detail})", style="italic"), terms, MATCH))
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
    out.append_text(_quote(fact, source, terms))
    out.append("\n\n")
    country = countries.get(fact.country) if fact.country else None
    if country:
        place = plain(f"{country.name_en} / {country.name_ru} ({country.code})")
    elif fact.country:
        place = plain(fact.country)
    else:
        place = Text("worldwide / по всему миру")
    lines = [_row("country", highlight(place, terms, MATCH))]
    if fact.date:
        lines.append(_row("date", fact.date))
    op = repo.operation(fact.operation)
    op_text = plain(op.name if op else fact.operation, style="bold")
    if op and op.year:
        op_text.append(f"  {op.year}", style=LABEL)
    lines.append(_row("operation", highlight(op_text, terms, MATCH)))
    if fact.value_text and fact.value is not None:
        lines.append(_row("as stated", fact.value_text))
    if fact.attributed_to:
        lines.append(_row("according", fact.attributed_to))
    if source and not fact.quote:
        pass  # a citation: the block above already names the source
    elif source:
        title = highlight(plain(clip(source.title, 90)), terms, MATCH)
        lines.append(_row("source", title))
        meta = [m for m in (source.origin, source.published, source.language, source.tier) if m]
        if meta:
            lines.append(_row("", highlight(plain(" · ".join(meta), style=LABEL), terms, MATCH)))
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


def _quote(fact: Fact, source, terms: tuple[str, ...]) -> Text:
    if fact.quote:
        quote = Text.assemble(("“", LABEL))
        body = Text(safe(fact.quote), style="italic")
        highlight(body, terms, MATCH)
        span = figure_span(fact, source)
        if span:
            body.stylize(FIGURE, *span)
        quote.append_text(body)
        quote.append("”", style=LABEL)
        return quote
    # A reference citation: no text was kept, so show what identifies it.
    cite = Text.assemble(("Reference citation (no text kept)\n", "bold"))
    parts = []
    if source:
        parts.append(_row("title", highlight(plain(clip(source.title, 200)), terms, MATCH)))
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
