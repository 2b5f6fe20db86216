"""Helpers shared by the structure tests: structure a text given as is, and read its blocks."""

from __future__ import annotations

from doingoai.model import BlockType, Document
from doingoai.structure import structure_document
from doingoai.textmap import MappedText


def structure(text: str) -> Document:
    doc = Document(name="t.txt", raw=text)
    doc.set_text(MappedText.identity(text))
    return structure_document(doc)


def blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.type.value, doc.block_text(b)) for b in doc.blocks]


def of_type(doc: Document, kind: BlockType) -> list[str]:
    return [doc.block_text(b) for b in doc.blocks if b.type is kind]
