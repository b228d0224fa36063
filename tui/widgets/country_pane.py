"""The country summary: operations a country took part in, its totals, and an arrests chart.

The chart is drawn with block characters so it works in any terminal: one bar per country of
the selected operation, the shown country's bar picked out.
"""

from __future__ import annotations

from collections import OrderedDict

from rich.cells import cell_len
from rich.text import Text
from textual import events

from store import countries
from store.format import amount, metric_label, number
from store.model import Operation
from store.repository import Repository
from store.words import count
from tui.widgets.text import plain
from tui.widgets.text_pane import TextPane

LABEL = "#7f8c98"
BAR = "#61afef"
BAR_SELECTED = "#e5c07b"
_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, maximum: float, width: int) -> str:
    """A horizontal bar of ``width`` cells at most, in eighths of a cell."""
    if maximum <= 0 or width <= 0 or value <= 0:
        return ""
    cells = value / maximum * width
    full = int(cells)
    rest = int((cells - full) * 8)
    return "█" * full + (_EIGHTHS[rest] if rest and full < width else "") or "▏"


def arrests_chart(repo: Repository, op: Operation | None, selected: str | None, width: int) -> Text:
    """Arrests per country of ``op`` as bars; the ``selected`` country is highlighted."""
    if op is None:
        return Text("No operation selected.", style=LABEL)
    rows = repo.arrests_by_country(op)
    title = Text.assemble(("Arrests per country — ", "bold"), plain(op.name, style="bold"))
    if not rows:
        title.append("\n")
        title.append("no per-country arrest figures", style=LABEL)
        return title
    maximum = max(value for _, value in rows)
    labels = [number(value) for _, value in rows]
    label_width = max(len(text) for text in labels)
    bar_width = max(4, width - 4 - label_width - 2)
    lines = [title]
    for (code, value), label in zip(rows, labels):
        is_selected = code == selected
        line = Text.assemble((f"{code:<3}", "bold" if is_selected else LABEL))
        line.append(f"{bar(value, maximum, bar_width):<{bar_width}}", style=BAR_SELECTED if is_selected else BAR)
        line.append(f" {label:>{label_width}}", style="bold" if is_selected else "")
        lines.append(line)
    return Text("\n").join(lines)


TOTAL_LABEL = 16  # "participating countries" is cut by the wrap, "money seized" fits


def _total_line(label: str, value: str, groups: int, facts: int, width: int) -> Text:
    """``  arrests          248 people  8 figures from 13 facts`` on one line if it fits in
    ``width``; else the figures and facts go whole on a line of their own, under the value,
    never "from 13 facts" alone where the wrap happens to break it."""
    head = f"  {label:<{TOTAL_LABEL}}"
    detail = count(groups, "figure") + (" from " + count(facts, "fact") if facts != groups else "")
    line = Text.assemble((head, LABEL), plain(value, style="bold"))
    if cell_len(head) + cell_len(value) + 2 + cell_len(detail) <= width:
        line.append("  " + detail, style=LABEL)
    else:
        indent = min(len(head), max(2, width - cell_len(detail)))
        line.append("\n" + " " * indent + detail, style=LABEL)
    return line


KEPT = 32  # renderings the country pane keeps
OPERATIONS_SHOWN = 40  # the rest are one search away (country:XX); a pane is not a list


def render_country(repo: Repository, code: str | None, op: Operation | None, width: int) -> Text:
    """The summary of ``code`` followed by the arrests chart of ``op``."""
    out = Text()
    if code and countries.get(code):
        summary = repo.country_summary(code)
        out.append_text(plain(f"{summary.name_en} / {summary.name_ru}", style="bold #e5c07b"))
        out.append(f"  {summary.code}\n", style=LABEL)
        if summary.operations:
            out.append(count(len(summary.operations), "operation") + ": ", style=LABEL)
            shown = summary.operations[:OPERATIONS_SHOWN]
            names = [plain(o.name + (f" {o.year}" if o.year else "")) for o in shown]
            out.append_text(Text(", ").join(names))
            if len(summary.operations) > len(shown):
                out.append(f" and {len(summary.operations) - len(shown)} more", style=LABEL)
        else:
            out.append("took part in no operation in this store", style=LABEL)
        out.append("\n")
        if summary.totals:
            for total in summary.totals:
                out.append_text(_total_line(metric_label(total.metric), amount(total.value, total.unit),
                                            total.groups, total.facts, width))
                out.append("\n")
        else:
            out.append("  no figures reported for this country\n", style=LABEL)
    else:
        out.append("worldwide figures", style="bold")
        out.append("  (press c to pick a country)\n", style=LABEL)
    out.append("\n")
    out.append_text(arrests_chart(repo, op, code, width))
    return out


class CountryPane(TextPane):
    """A scrollable pane with the summary of one country."""

    _shown: tuple | None = None  # what the pane shows: (snapshot, code, operation, width)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Renderings of (country, operation) pairs, laid out: typing a query comes back to the
        # same few pairs, and this pane (a summary, up to 40 operation names, a chart of every
        # country's arrests: often over a hundred lines) costs 8-17 ms to render and wrap.
        self._kept: OrderedDict[tuple, tuple] = OrderedDict()

    def chart_width(self) -> int:
        """The width the summary and chart are laid out for."""
        return max(20, self.scrollable_content_region.width or self.size.width or 40)

    def show(self, repo: Repository, code: str | None, op: Operation | None) -> None:
        """Render the summary; the same country, operation and width of the same snapshot
        (most keys typed in the search box) leave the pane as it is."""
        width = self.chart_width()
        shown = (repo.snapshot, code, op, width)
        last = self._shown
        if last is not None and last[0] is shown[0] and last[1] == code and last[2] is op and last[3] == width:
            return
        self._shown = None  # a failed render must not be remembered as shown
        if self._kept and next(iter(self._kept.values()))[0] is not repo.snapshot:
            self._kept.clear()  # a reload: never keep an old snapshot (a million facts) alive
        key = (id(repo.snapshot), code, op.id if op else None, width)
        kept = self._kept.get(key)
        if kept is not None and kept[0] is repo.snapshot and kept[1] is op:
            self._kept.move_to_end(key)
            self.update(kept[2], kept[3])
        else:
            text = render_country(repo, code, op, width)
            self.update(text)
            self._kept[key] = (repo.snapshot, op, text, self.wrapped())
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        self._shown = shown
        self._args = (repo, code, op)

    _args: tuple | None = None  # what was last shown, to draw again at a new width

    def on_resize(self, event: events.Resize) -> None:
        """The bars are drawn for a width: a resized pane draws them again (wrapped, they
        would run over two lines). TextPane's own handler runs after this one."""
        if self._args is not None:
            self.show(*self._args)
