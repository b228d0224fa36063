"""The country picker (``c``): fuzzy over English and Russian names, aliases and ISO codes."""

from __future__ import annotations

from rapidfuzz import fuzz, process
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from store import countries
from store.text import fold
from tui.country_filter import WORLDWIDE


def rank_countries(query: str, in_store: list[str], limit: int = 50) -> list[str]:
    """ISO codes best matching ``query``; with no query, the countries in the store."""
    query = fold(query.strip())
    if not query:
        return list(in_store)
    exact = countries.lookup(query)
    choices = {
        code: fold(" ".join((code, c.name_en, c.name_ru, *c.aliases)))
        for code, c in countries.all_countries().items()
    }
    scored: dict[str, float] = {}
    for _choice, score, code in process.extract(query, choices, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=60):
        bonus = 10 if code in in_store else 0
        if any(word.startswith(query) for word in choices[code].split()):
            bonus += 20
        scored[code] = score + bonus
    if exact:
        scored[exact] = 1000
    return sorted(scored, key=lambda code: (-scored[code], code))


_WORLDWIDE_WORDS = ("worldwide", "world", "clear", "all", "none", "весь мир", "мир", "все", "сброс")


def offers_worldwide(query: str) -> bool:
    """The "worldwide / clear" entry comes first with no query or one that begins its words."""
    folded = fold(query.strip())
    return not folded or any(word.startswith(folded) for word in _WORLDWIDE_WORDS)


class CountryPicker(ModalScreen[str | None]):
    """Type to narrow, arrows to move, Enter to pick, Escape to cancel; the first entry
    (with no query) clears the pick: dismissed with :data:`WORLDWIDE`."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
        Binding("down", "move(1)", "Down", id="picker.down", show=False),
        Binding("up", "move(-1)", "Up", id="picker.up", show=False),
    ]

    def __init__(self, in_store: list[str]) -> None:
        super().__init__()
        self.in_store = in_store

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box") as box:
            box.border_title = "Pick a country"
            box.border_subtitle = "⏎ pick · esc cancel"
            yield Input(placeholder="Germany, Германия, DE…", id="picker-input")
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#picker-input", Input).focus()

    def _fill(self, query: str) -> None:
        options = self.query_one("#picker-list", OptionList)
        options.clear_options()
        if offers_worldwide(query):
            options.add_option(Option(Content("◌ Worldwide / clear the pick (every country)"), id=WORLDWIDE))
        for code in rank_countries(query, self.in_store):
            country = countries.get(code)
            if country:
                mark = "●" if code in self.in_store else " "
                options.add_option(Option(Content(f"{mark} {country.label()}"), id=code))
        if options.option_count:
            options.highlighted = 0

    @on(Input.Changed, "#picker-input")
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#picker-input")
    def _submitted(self) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, delta: int) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + delta))

    def action_cancel(self) -> None:
        self.dismiss(None)
