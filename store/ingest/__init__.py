"""Ingest: news articles (Russian or English) in, facts with provenance out.

Data flow, one module per step: :mod:`reading` (bytes to sanitised text), :mod:`sentences`
(sentences with offsets, noise lines), :mod:`numbers` and :mod:`quantities` (figures and their
units), :mod:`places` (countries and cities named in a sentence), :mod:`names` (operations and
markets), :mod:`dates` and :mod:`events`, :mod:`facts` (metric, country, operation, dedupe),
:mod:`extract` (the pure top-level ``extract()``) and :mod:`pipeline` (records and writing).
"""
