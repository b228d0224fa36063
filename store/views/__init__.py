"""Cross-operation views of a snapshot: the facts table, the timeline, comparisons, by-year
totals. Pure functions and plain records of the store (no UI imports), each view in its own
module; the explorer's screens draw what these compute."""
