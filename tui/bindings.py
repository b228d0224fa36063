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
        "Detail and country panes",
        [
            ("j / k, g / G", "scroll"),
            ("escape", "back to the facts"),
        ],
    ),
]
