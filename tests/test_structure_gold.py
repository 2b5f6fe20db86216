"""Structure against ../shared/gold/structure.*.json: the seeds as text, and rendered as PDF and DOCX."""

from __future__ import annotations

import re

import pytest

from doingoai.export import parse_dict
from doingoai.model import BlockType, Document
from doingoai.pipeline import parse_file, parse_text

BODY = {"heading", "paragraph", "list_item", "source"}
CASES = [("seed_article", "structure.000.json"), ("seed_report", "structure.003.json")]


def _norm(s: str) -> str:
    return " ".join(s.split())


def _render(kind: str, text: str, tmp_path) -> Document:
    from doingoai.testing.render import text_to_docx, text_to_pdf

    if kind == "pdf-pages":  # the seed's page breaks (runs of blank lines) as real PDF pages
        text = re.sub(r"\n[ \t]*\n[ \t]*\n[ \t]*\n", "\n\f", text)
        kind = "pdf"
    path = tmp_path / f"seed.{kind}"
    (text_to_pdf if kind == "pdf" else text_to_docx)(text, path)
    return parse_file(path)


def _check(doc: Document, gold: dict) -> None:
    got = parse_dict(doc)
    blocks = {(b["type"], _norm(b["text"])): b for b in got["blocks"]}
    body = [b for b in gold["blocks"] if b["type"] in BODY]
    hits = [b for b in body if (b["type"], _norm(b["text"])) in blocks]
    assert len(hits) >= 0.95 * len(body), [b["text"][:60] for b in body if b not in hits]
    for b in hits:  # heading levels too
        if b["type"] == "heading":
            assert blocks[(b["type"], _norm(b["text"]))]["level"] == b["level"], b["text"]

    def gold_texts(kind: str) -> list[str]:
        return [_norm(b["text"]) for b in gold["blocks"] if b["type"] == kind]

    titles = gold_texts("title")
    assert _norm(got["title"] or "") == (titles[0] if titles else "")
    assert [_norm(a) for a in got["authors"]] == gold_texts("author")
    assert [_norm(a) for a in got["affiliations"]] == gold_texts("affiliation")
    gold_abstracts = {
        b.get("lang", "vi"): _norm(b["text"]) for b in gold["blocks"] if b["type"] == "abstract"
    }
    assert {k: _norm(v) for k, v in got["abstracts"].items()} == gold_abstracts
    got_kw = [_norm(doc.block_text(b)) for b in doc.blocks if b.type is BlockType.KEYWORDS]
    assert got_kw == gold_texts("keywords")
    assert set(got["removed_lines"]) == set(gold["removed_lines"])
    for line in gold["removed_lines"]:
        for b in got["blocks"]:
            assert line not in b["text"], (line, b["text"][:80])


@pytest.mark.parametrize("seed, gold_name", CASES)
def test_seed_text(request, gold, seed, gold_name):
    path = request.getfixturevalue(seed)
    doc = parse_text(path.read_text(encoding="utf-8"), path.name)
    _check(doc, gold(gold_name))


@pytest.mark.parametrize("kind", ["pdf", "pdf-pages", "docx"])
@pytest.mark.parametrize("seed, gold_name", CASES)
def test_seed_rendered(request, gold, tmp_path, seed, gold_name, kind):
    pytest.importorskip("docx" if kind == "docx" else "fpdf")
    path = request.getfixturevalue(seed)
    doc = _render(kind, path.read_text(encoding="utf-8"), tmp_path)
    _check(doc, gold(gold_name))


@pytest.mark.parametrize("seed", ["seed_article", "seed_report"])
def test_seed_offsets_map_into_raw(request, seed):
    path = request.getfixturevalue(seed)
    doc = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert doc.sentences
    for s in doc.sentences:
        a, b = doc.raw_offsets(s.start, s.end)
        raw_words = doc.raw[a:b].split()
        words = doc.text[s.start : s.end].split()
        # the raw span holds the same words (plus any running header dropped inside the sentence)
        assert raw_words[0] == words[0] and raw_words[-1] == words[-1]
    for blk in doc.blocks:
        assert "\n" not in doc.block_text(blk)
    assert doc.text.count("\n\n") == len(doc.blocks) - 1
