"""Bring an article in (``i``): a file, a URL or pasted text, read and extracted in a worker.

The dialog reads with the same code as ``takedown ingest`` (``read_article``/``read_pasted``,
then ``propose``), off the UI thread; the worker only posts messages, and a refusal (binary,
too big, unreadable, a URL that fails) becomes a notice in the dialog. What it returns is a
:class:`~store.ingest.pipeline.Proposal` for the review screen: nothing is written here.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    DirectoryTree,
    Input,
    Label,
    ProgressBar,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from store.ingest.pipeline import Proposal, propose
from store.ingest.reading import IngestError, read_article, read_pasted
from store.validation import FieldError, parse_date
from tui.article_files import READABLE
from tui.bindings import INGEST_BINDINGS

STEPS = 3  # read, extract, prepare the review


class ReadableTree(DirectoryTree):
    """Folders and the files ingest reads; hidden entries left out."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        out = []
        for path in paths:
            if path.name.startswith("."):
                continue
            try:
                if path.is_dir() or path.suffix.lower() in READABLE:
                    out.append(path)
            except OSError:
                continue
        return out


class IngestProgress(Message):
    def __init__(self, step: int, label: str) -> None:
        super().__init__()
        self.step, self.label = step, label


class IngestDone(Message):
    def __init__(self, proposal: Proposal, seconds: float) -> None:
        super().__init__()
        self.proposal, self.seconds = proposal, seconds


class IngestFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class IngestDialog(ModalScreen[Proposal | None]):
    """Pick a file or paste text; optional date, language and operation; ctrl+s reads it."""

    BINDINGS = INGEST_BINDINGS

    def __init__(self, start: Path | None = None, *, offline: bool = False) -> None:
        super().__init__()
        self.start = Path(start) if start is not None else Path.cwd()
        self.offline = offline
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-box") as box:
            box.border_title = "Bring an article in"
            box.border_subtitle = "ctrl+s read · esc cancel"
            with TabbedContent(id="ingest-tabs", initial="ingest-file-tab"):
                with TabPane("File or URL", id="ingest-file-tab"):
                    yield Input(placeholder="a path, or an http(s) URL (or pick below and press ⏎)", id="ingest-path")
                    yield ReadableTree(self.start, id="ingest-tree")
                with TabPane("Paste", id="ingest-paste-tab"):
                    yield TextArea(id="ingest-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(id="ingest-options"):
                with Vertical(classes="ingest-field"):
                    yield Label("Published")
                    yield Input(placeholder="YYYY-MM-DD", id="ingest-published")
                with Vertical(classes="ingest-field"):
                    yield Label("Language")
                    yield Select([("auto", "auto"), ("Russian", "ru"), ("English", "en")], value="auto",
                                 allow_blank=False, id="ingest-lang")
                with Vertical(classes="ingest-field -wide"):
                    yield Label("Operation (optional)")
                    yield Input(placeholder="optional", id="ingest-operation")
            yield Static(id="ingest-notice")
            yield ProgressBar(total=STEPS, show_eta=False, id="ingest-progress")
            with Horizontal(id="ingest-buttons"):
                yield Button("Read", variant="primary", id="ingest-read")
                yield Button("Cancel", id="ingest-cancel")

    def on_mount(self) -> None:
        self.query_one("#ingest-progress").display = False
        for box in self.query(Input):  # a steady cursor in tests and screenshots, as in the explorer
            box.cursor_blink = not self.app.is_headless
        self.query_one("#ingest-path", Input).focus()

    # -- the user's choices --------------------------------------------------------------
    @on(DirectoryTree.FileSelected, "#ingest-tree")
    def _picked(self, event: DirectoryTree.FileSelected) -> None:
        self.query_one("#ingest-path", Input).value = str(event.path)
        self.action_read()

    @on(Input.Submitted, "#ingest-path")
    def _path_entered(self) -> None:
        self.action_read()

    @on(Button.Pressed, "#ingest-read")
    def _read_pressed(self) -> None:
        self.action_read()

    @on(Button.Pressed, "#ingest-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def notice(self, text: str, *, error: bool = True) -> None:
        """One line in the dialog (never markup: it quotes a file name or a URL)."""
        widget = self.query_one("#ingest-notice", Static)
        widget.set_class(error, "-error")
        widget.update(Content(text))

    def action_cancel(self) -> None:
        self.workers.cancel_group(self, "ingest")
        self.dismiss(None)

    def action_read(self) -> None:
        if self.busy:
            return
        published_text = self.query_one("#ingest-published", Input).value
        try:
            published = parse_date(published_text)
        except ValueError as exc:
            self.notice(str(FieldError("date", str(exc))))
            return
        lang = str(self.query_one("#ingest-lang", Select).value or "auto")
        operation = " ".join(self.query_one("#ingest-operation", Input).value.split()) or None
        pasting = self.query_one("#ingest-tabs", TabbedContent).active == "ingest-paste-tab"
        if pasting:
            spec, text = None, self.query_one("#ingest-text", TextArea).text
            if not text.strip():
                self.notice("paste the article's text first")
                return
        else:
            spec, text = self.query_one("#ingest-path", Input).value.strip(), None
            if not spec:
                self.notice("type a path or a URL, or pick a file")
                return
        self.busy = True
        self.query_one("#ingest-progress", ProgressBar).update(progress=0)
        self.query_one("#ingest-progress").display = True
        self.notice("reading…", error=False)
        self.run_ingest(spec, text, lang=lang, published=published, operation=operation)

    # -- the worker -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="ingest")
    def run_ingest(self, spec: str | None, text: str | None, *, lang: str, published: str | None,
                   operation: str | None) -> None:
        """Read and extract off the UI thread; post progress, then the proposal or the error."""
        began = time.perf_counter()
        try:
            article = read_pasted(text) if text is not None else read_article(spec, offline=self.offline)
            self.post_message(IngestProgress(1, f"extracting figures from {len(article.text):,} characters…"))
            proposal = propose(article, spec or "pasted text", lang=lang, published=published, operation=operation)
            self.post_message(IngestProgress(2, "preparing the review…"))
            proposal.records()  # the records a save would write must be valid: checked here
        except IngestError as exc:
            self.post_message(IngestFailed(str(exc)))
            return
        except Exception as exc:  # noqa: BLE001 - an unexpected failure is a notice, not a crash
            name = spec or "pasted text"
            self.post_message(IngestFailed(f"{name}: cannot read ({' '.join(str(exc).split()) or type(exc).__name__})"))
            return
        self.post_message(IngestDone(proposal, time.perf_counter() - began))

    def on_ingest_progress(self, message: IngestProgress) -> None:
        self.query_one("#ingest-progress", ProgressBar).update(progress=message.step)
        self.notice(message.label, error=False)

    def on_ingest_failed(self, message: IngestFailed) -> None:
        self.busy = False
        self.query_one("#ingest-progress").display = False
        self.notice(message.error)

    def on_ingest_done(self, message: IngestDone) -> None:
        self.busy = False
        self.query_one("#ingest-progress", ProgressBar).update(progress=STEPS)
        self.dismiss(message.proposal)
