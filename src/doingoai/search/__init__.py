"""Search: BM25 over Vietnamese syllables (exact and accent-folded, plus bigrams), optional dense.

``kb.search(q, ...)`` calls :func:`search`; the store calls :func:`index.index_document` and
:func:`index.remove_document` inside each document's transaction.
"""

from doingoai.search.engine import Hit, search

__all__ = ["Hit", "search"]
