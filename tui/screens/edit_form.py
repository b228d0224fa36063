"""The fact form: metric, value, unit, qualifier, country, date and operation.

One form for the three places a fact is written by hand: a proposed fact under review, a
missed figure added from a selection, and a stored fact corrected later (``e``). The caller
gives ``submit``, which checks and applies the fields (through
:func:`store.validation.validate_fact`) and returns what is wrong; the form shows each
message beside its field, in words, and stays open until there is nothing wrong. While the
user types, the same check runs on the form alone, so a mistake shows before ``ctrl+s``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select, Static

from store.metrics import METRIC_NAMES
from store.model import QUALIFIERS
from store.validation import FieldError, validate_fact
from tui.bindings import FORM_BINDINGS
from tui.screens.country_picker import CountryPicker
from tui.widgets.text import safe

TEXT_FIELDS = ("metric", "value", "unit", "country", "date", "operation")
LABELS = {"metric": "Metric", "value": "Value", "unit": "Unit", "qualifier": "Qualifier", "country": "Country",
          "date": "Date", "operation": "Operation"}
HINTS = {"metric": "arrests, money, drugs, firearms…", "value": "42, 53.4 million, 1 200", "unit": "people, kg, EUR, USD…",
         "country": "Germany, Германия, DE, or empty for worldwide (f2: pick)", "date": "2023, 2023-05 or 2023-05-02",
         "operation": "an operation in the store, or a new name"}

Submit = Callable[[dict[str, str]], Sequence[FieldError]]


class EditForm(ModalScreen[bool]):
    """Edit the fields of one fact; dismisses True once ``submit`` accepted them."""

    BINDINGS = FORM_BINDINGS

    def __init__(self, title: str, fields: Mapping[str, str], submit: Submit, *, quote: str = "",
                 figure: tuple[int, int] | None = None, operations: Sequence[str] = (),
                 countries_in_store: Sequence[str] = ()) -> None:
        super().__init__()
        self.title_text = title
        self.initial = dict(fields)
        self.submit = submit
        self.quote = quote
        self.figure = figure
        self.operations = list(operations)
        self.countries_in_store = list(countries_in_store)

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box") as box:
            box.border_title = Content(self.title_text)
            box.border_subtitle = "ctrl+s save · esc cancel · f2 pick a country"
            yield Static(self._quote_text(), id="form-quote")
            for name in ("metric", "value", "unit", "qualifier", "country", "date", "operation"):
                with Horizontal(classes="form-row"):
                    yield Label(LABELS[name], classes="form-label")
                    if name == "qualifier":
                        value = self.initial.get(name) or "exact"
                        options = [(q.replace("_", " "), q) for q in QUALIFIERS]
                        yield Select(options, value=value if value in QUALIFIERS else "exact", allow_blank=False,
                                     compact=True, id="form-qualifier")
                    else:
                        suggestions = METRIC_NAMES if name == "metric" else self.operations if name == "operation" else ()
                        yield Input(self.initial.get(name, ""), placeholder=HINTS[name], compact=True, id=f"form-{name}",
                                    suggester=SuggestFromList(suggestions, case_sensitive=False) if suggestions else None)
                yield Static("", id=f"form-error-{name}", classes="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Save", variant="primary", compact=True, id="form-save")
                yield Button("Cancel", compact=True, id="form-cancel")

    def _quote_text(self) -> Text:
        """The sentence the figure comes from, shown literally, the figure picked out."""
        if not self.quote:
            return Text("(no sentence: a figure from a citation)", style="italic dim")
        text = Text(safe(self.quote), style="italic")
        if self.figure is not None:
            start, end = self.figure
            text.stylize("bold reverse", start, end)
        return text

    def on_mount(self) -> None:
        self.query_one("#form-metric", Input).focus()
        for box in self.query(Input):  # a steady cursor in tests and screenshots, as in the explorer
            box.cursor_blink = not self.app.is_headless

    # -- reading the fields ----------------------------------------------------------------
    def values(self) -> dict[str, str]:
        out = {name: self.query_one(f"#form-{name}", Input).value for name in TEXT_FIELDS}
        out["qualifier"] = str(self.query_one("#form-qualifier", Select).value)
        return out

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field if error.field in LABELS else "value", []).append(error.message)
        for name in LABELS:
            widget = self.query_one(f"#form-error-{name}", Static)
            messages = by_field.get(name)
            widget.update(Content("; ".join(messages)) if messages else "")
            widget.display = bool(messages)

    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self, event: Input.Changed | Select.Changed) -> None:
        if isinstance(event, Input.Changed) and safe(event.value) != event.value:
            event.input.value = safe(event.value)  # a pasted escape shows as ␛, never acts
            return
        if self.is_mounted:
            _, errors = validate_fact(self.values(), known_operations=self.operations)
            self.show_errors(errors)

    # -- actions ----------------------------------------------------------------------------
    @on(Button.Pressed, "#form-save")
    def action_save(self) -> None:
        errors = list(self.submit(self.values()))
        if errors:
            self.show_errors(errors)
            self.notify(f"{len(errors)} field{'s' if len(errors) > 1 else ''} to fix before saving", severity="warning",
                        markup=False, timeout=3)
            return
        self.dismiss(True)

    @on(Button.Pressed, "#form-cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_pick_country(self) -> None:
        def picked(code: str | None) -> None:
            if code:
                self.query_one("#form-country", Input).value = code
            self.query_one("#form-country", Input).focus()

        self.app.push_screen(CountryPicker(self.countries_in_store), picked)
