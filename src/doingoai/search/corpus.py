"""Documents from plain paragraphs, for benchmarks and tests that skip read/clean/structure.

Each paragraph becomes one block; sentences end at ``.``, ``!``, ``?`` or ``…`` followed by a space
and an upper-case letter, a digit or an opening quote (a deliberately simple rule; the product's
sentence splitter is :mod:`doingoai.structure`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from doingoai.model import Block, BlockType, Document, Sentence

_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"“'(\[]?[^\W\d_a-zđ]|\d)")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, shifted by ``offset``."""
    out, pos = [], 0
    for m in _END.finditer(text):
        out.append((offset + pos, offset + m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((offset + pos, offset + len(text.rstrip())))
    return out


def document_from_paragraphs(name: str, paragraphs: Iterable[str], meta: dict | None = None) -> Document:
    """A structured :class:`Document`: paragraphs separated by a blank line, one block each."""
    paras = [" ".join(p.split()) for p in paragraphs if p.strip()]
    text = "\n\n".join(paras)
    doc = Document(name=name, raw=text, text=text, meta=dict(meta or {}))
    pos = 0
    for i, p in enumerate(paras):
        doc.blocks.append(Block(BlockType.PARAGRAPH, pos, pos + len(p)))
        doc.sentences.extend(Sentence(a, b, i) for a, b in split_sentences(p, pos))
        pos += len(p) + 2
    return doc
