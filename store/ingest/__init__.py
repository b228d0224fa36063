"""Ingest: news articles (Russian or English) in, facts with provenance out.

Data flow, one module per step: :mod:`reading` (bytes to sanitised text), :mod:`sentences`
(sentences with offsets, noise lines), :mod:`names` (operations and markets) and :mod:`owners`
(whose a figure is), :mod:`tables`, then per sentence :mod:`discourse` (state carried between
sentences, the cue a sentence borrows), :mod:`facts` (figures from :mod:`numbers` and
:mod:`quantities` read as seizures or arrests, placed by :mod:`attachment`, :mod:`ellipsis`,
:mod:`breakdowns` and :mod:`places`), :mod:`resolvers` (countries a sentence leaves to its
neighbours), :mod:`dates` and :mod:`events`; :mod:`settle` (one fact per figure).  :mod:`lexicon`
holds the word patterns several steps share; :mod:`extract` runs the steps (the pure
``extract()``) and :mod:`pipeline` turns the result into records and writes them.
"""
