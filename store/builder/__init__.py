"""Build-time code: what makes ``store/data/bundled.json``, the dataset a new store starts from.

:mod:`~store.builder.seed` ingests the seed article and reconciles it with its hand annotations;
:mod:`~store.builder.reference` imports the cited reference rows by the rules in
``store/data/reference/*.toml``; :mod:`~store.builder.dataset` joins the two. Run by
``scripts/build_dataset.py`` (and ``python -m store.builder --report``), never by the explorer:
runtime code only reads the built JSON, and an import contract (``lint-imports``) keeps it so.
"""
