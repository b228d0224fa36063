"""Every key of the explorer in one place: the footer, the help screen and the tests read these.

Each binding has an id (so a keymap can rebind it) and a description (so ``?`` and the footer
can say what it does). Keeping them together means the help screen cannot drift from the code.
"""

from __future__ import annotations

from textual.binding import Binding

APP_BINDINGS: list[Binding] = [
    # Priority: the app moves focus before it hands the next keys of a burst ("/hydra" pasted
    # or typed fast) to the list that had focus; TakedownApp.check_action lets "/" be typed in
    # a text box.
    Binding("slash", "focus_search", "Search", id="app.search", key_display="/", priority=True),
    Binding("c", "pick_country", "Country", id="app.country"),
    Binding("question_mark", "help", "Help", id="app.help", key_display="?"),
    Binding("q", "quit", "Quit", id="app.quit"),
    # The views (tui/view_switch.py): the keys of tui.screens.view_base.VIEWS
    Binding("1", "view('explorer')", "Explorer", id="app.view.explorer", show=False),
    Binding("2", "view('facts')", "Facts table", id="app.view.facts", show=False),
    Binding("3", "view('timeline')", "Timeline", id="app.view.timeline", show=False),
    Binding("4", "view('compare')", "Compare", id="app.view.compare", show=False),
    Binding("5", "view('charts')", "Charts", id="app.view.charts", show=False),
]

LIST_BINDINGS: list[Binding] = [
    Binding("j,down", "cursor_down", "Down", id="list.down", show=False),
    Binding("k,up", "cursor_up", "Up", id="list.up", show=False),
    Binding("g,home", "first", "First", id="list.first", show=False),
    Binding("G,end", "last", "Last", id="list.last", show=False, key_display="G"),
    Binding("pagedown", "page_down", "Page down", id="list.page_down", show=False),
    Binding("pageup", "page_up", "Page up", id="list.page_up", show=False),
    Binding("enter", "open", "Open", id="list.open", key_display="⏎"),
]

SEARCH_BINDINGS: list[Binding] = [
    Binding("escape", "clear_or_leave", "Clear/leave", id="search.escape", key_display="esc"),
]

PANE_BINDINGS: list[Binding] = [
    Binding("j,down", "scroll_down", "Down", id="pane.down", show=False),
    Binding("k,up", "scroll_up", "Up", id="pane.up", show=False),
    Binding("g,home", "scroll_home", "Top", id="pane.top", show=False),
    Binding("G,end", "scroll_end", "Bottom", id="pane.bottom", show=False, key_display="G"),
]

# The analyst's keys in the explorer (issue 12): bring an article in, correct, share.
ANALYST_BINDINGS: list[Binding] = [
    Binding("i", "ingest", "Ingest", id="analyst.ingest"),
    Binding("e", "edit_fact", "Edit", id="analyst.edit"),
    Binding("d", "delete_fact", "Delete", id="analyst.delete", show=False),
    Binding("u", "undo", "Undo", id="analyst.undo", show=False),
    Binding("ctrl+r", "redo", "Redo", id="analyst.redo", show=False),
    Binding("y", "copy_citation", "Copy", id="analyst.copy", show=False),
    Binding("x", "export", "Export", id="analyst.export", show=False),
    Binding("s", "cycle_sort", "Sort", id="analyst.sort", show=False),
]

INGEST_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="ingest.cancel"),
    Binding("ctrl+s", "read", "Read article", id="ingest.read", priority=True),
]

REVIEW_BINDINGS: list[Binding] = [
    Binding("space", "toggle", "Accept/reject", id="review.toggle", key_display="space"),
    Binding("e", "edit", "Edit", id="review.edit"),
    Binding("a", "add", "Add selected", id="review.add"),
    Binding("n", "names", "Names/countries", id="review.names"),
    Binding("ctrl+s", "save", "Save", id="review.save", priority=True),
    Binding("escape", "cancel", "Cancel", id="review.cancel", priority=True),
]

ARTICLE_BINDINGS: list[Binding] = [
    Binding("left", "caret('left')", "Left", id="article.left", show=False),
    Binding("right", "caret('right')", "Right", id="article.right", show=False),
    Binding("up,k", "caret('up')", "Up", id="article.up", show=False),
    Binding("down,j", "caret('down')", "Down", id="article.down", show=False),
    Binding("ctrl+left,b", "caret('word-left')", "Word left", id="article.word_left", show=False),
    Binding("ctrl+right,w", "caret('word-right')", "Word right", id="article.word_right", show=False),
    Binding("home", "caret('home')", "Line start", id="article.home", show=False),
    Binding("end", "caret('end')", "Line end", id="article.end", show=False),
    Binding("pageup", "caret('page-up')", "Page up", id="article.page_up", show=False),
    Binding("pagedown", "caret('page-down')", "Page down", id="article.page_down", show=False),
    Binding("shift+left", "caret('left', True)", "Select left", id="article.select_left", show=False),
    Binding("shift+right", "caret('right', True)", "Select right", id="article.select_right", show=False),
    Binding("shift+up", "caret('up', True)", "Select up", id="article.select_up", show=False),
    Binding("shift+down", "caret('down', True)", "Select down", id="article.select_down", show=False),
    Binding("ctrl+shift+left,B", "caret('word-left', True)", "Select word left", id="article.select_word_left", show=False),
    Binding("ctrl+shift+right,W", "caret('word-right', True)", "Select word right", id="article.select_word_right", show=False),
    Binding("shift+home", "caret('home', True)", "Select to line start", id="article.select_home", show=False),
    Binding("shift+end", "caret('end', True)", "Select to line end", id="article.select_end", show=False),
]

FORM_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="form.cancel"),
    Binding("ctrl+s", "save", "Save", id="form.save", priority=True),
    Binding("f2", "pick_country", "Pick country", id="form.pick_country"),
]

NAMES_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="names.cancel"),
    Binding("ctrl+s", "save", "Save", id="names.save", priority=True),
]

EXPORT_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="export.cancel"),
    Binding("ctrl+s", "save", "Export", id="export.save", priority=True),
]

PROMPT_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    Binding("ctrl+s", "save", "Go", id="prompt.go", priority=True),
]

CONFIRM_BINDINGS: list[Binding] = [
    Binding("y", "answer(True)", "Yes", id="confirm.yes"),
    Binding("n,escape", "answer(False)", "No", id="confirm.no"),
]

# The help screen: (section, [(keys as shown, what they do)]). Built from the bindings above
# plus the few keys Textual provides itself (Tab, ctrl+q).
HELP_SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Anywhere (when not typing)",
        [
            ("/", "search: every pane filters as you type"),
            ("c", "pick a country (fuzzy, en/ru) to filter by; first entry: worldwide"),
            ("?", "this help"),
            ("ctrl+p", "command palette: operations, countries, facts, views"),
            ("1 / 2 / 3 / 4 / 5", "explorer / facts table / timeline / compare / charts (the query stays)"),
            ("tab / shift+tab", "next / previous pane"),
            ("q", "quit"),
            ("ctrl+q", "quit, even while typing"),
        ],
    ),
    (
        "Search box",
        [
            ("enter", "move into the results, keeping the filter"),
            ("escape", "clear the search; again: leave the box"),
            ("country:DE metric:arrests", "field filters (also op:, year:, lang:, value>100, source:)"),
        ],
    ),
    (
        "Lists (operations, facts)",
        [
            ("j / k, ↓ / ↑", "move"),
            ("g / G", "first / last row"),
            ("pgup / pgdn", "a page up / down"),
            ("enter", "open: operation → its facts, fact → its detail"),
            ("escape", "back to the previous pane (at the operations: nothing)"),
            ("mouse", "click to select, double-click to open, wheel scrolls"),
        ],
    ),
    (
        "Views (2–5)",
        [
            ("s / S", "facts table: sort by the next column / reverse (or click a column title)"),
            ("enter", "open the fact or operation in the explorer, keeping the query"),
            ("space", "operation list: mark an operation to compare (4)"),
            ("escape", "back to the explorer"),
        ],
    ),
    (
        "Analyst (explorer)",
        [
            ("i", "bring an article in: a file, a URL or pasted text, then review it"),
            ("e / d", "edit / delete the highlighted fact"),
            ("u / ctrl+r", "undo / redo the last change"),
            ("y", "copy the highlighted fact with its citation"),
            ("x", "export what is on screen (CSV, JSON, Markdown)"),
            ("s", "sort the focused list: operations by date, name, arrests, countries; facts by metric, value, country, date, source tier"),
            ("ctrl+p merge / move", "merge the current operation into another; move the highlighted fact"),
        ],
    ),
    (
        "Review of an article",
        [
            ("space", "accept / reject the highlighted fact"),
            ("e", "edit the fact (metric, value, unit, country, date, operation)"),
            ("a", "add the figure selected in the text as a fact"),
            ("shift+arrows, drag", "select a span of the text"),
            ("n", "the operation's name, markets and countries"),
            ("ctrl+s / escape", "save the accepted facts / cancel (nothing is written)"),
        ],
    ),
    (
        "Detail and country panes",
        [
            ("j / k, g / G", "scroll"),
            ("escape", "back to the facts"),
        ],
    ),
]
