"""The fact detail at a narrow width: a wrapped source sentence continues inside its opening
quote mark, and a wrapped field (``date``, ``source``, ``origin``…) under its value, never back
at the margin under the labels."""

from __future__ import annotations

from tests.tui.conftest import make_app

LABELS = ("country", "date", "operation", "source", "title", "origin", "published", "according", "attrib.", "as stated")


async def test_wrapped_sentence_and_fields_keep_their_hanging_indent(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        detail = app.explorer.detail
        wrapped_quote = wrapped_field = 0
        for fact in (facts["hostile"], facts["b_de"], facts["citation"]):
            detail.show(repo, fact)
            await pilot.pause()
            lines = [detail.render_line(y).text.rstrip() for y in range(detail.virtual_size.height)]
            in_quote = in_field = False
            for line in lines:
                if in_quote:  # a continuation of the sentence: one cell in, under its first letter
                    assert line.startswith(" ") and not line.startswith("  "), lines
                    wrapped_quote += 1
                elif in_field and line and not line.startswith(LABELS):
                    assert line.startswith(" " * 11) and line[11] != " ", lines
                    wrapped_field += 1
                in_quote = (line.startswith("“") or in_quote) and not line.endswith("”")
                in_field = line.startswith(LABELS) or (in_field and line.startswith(" " * 11))
        assert wrapped_quote and wrapped_field  # the test saw both kinds of wrap
