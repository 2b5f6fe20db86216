"""Hypothesis: any document stored and loaded back is the same document (SQLite; PG shares the code)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import doingoai
from doingoai.model import (
    Block,
    BlockType,
    Citation,
    DateExpr,
    Document,
    Event,
    EventKind,
    Mention,
    Sentence,
    Span,
    Status,
)
from doingoai.textmap import MappedText

WORDS = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
    min_size=1,
    max_size=8,
)
CODES = st.sampled_from(["VNM", "LAO", "KHM", "SUN", "CUB", "UNO", "CMEA", "CPV"])
ATTR_VALUE = st.one_of(
    st.text(max_size=10), st.integers(-5, 5000), st.tuples(st.text(max_size=6), st.text(max_size=6))
)


@st.composite
def documents(draw) -> Document:
    paragraphs = draw(
        st.lists(st.lists(WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=5)
    )
    raw = "\n".join(paragraphs) + draw(st.sampled_from(["", "\x00", "\ud800", "\f"]))
    mt = MappedText.identity(raw).sub(r"\n", "\n\n")
    doc = Document(
        name=draw(st.sampled_from(["a.txt", "b.pdf", "tài liệu.docx"])),
        raw=raw,
        format="txt",
        meta=draw(
            st.fixed_dictionaries(
                {}, optional={"date": st.sampled_from(["2020", "2025-10"]), "pages": st.integers(1, 9)}
            )
        ),
    )
    doc.set_text(mt)
    pos = 0
    for i, p in enumerate(paragraphs):
        kind = draw(st.sampled_from(list(BlockType)))
        doc.blocks.append(
            Block(
                kind, pos, pos + len(p), draw(st.none() | st.integers(1, 3)), draw(st.none() | st.just("vi"))
            )
        )
        cut = draw(st.integers(pos, pos + len(p)))
        doc.sentences += [Sentence(a, b, i) for a, b in ((pos, cut), (cut, pos + len(p))) if b > a]
        pos += len(p) + 2
    n = len(doc.text)
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    for a, b in draw(st.lists(span, max_size=4)):
        doc.mentions.append(
            Mention(a, b, draw(CODES), "country", draw(st.sampled_from(["gazetteer", "deixis"])))
        )
    for a, b in draw(st.lists(span, max_size=3)):
        doc.dates.append(DateExpr(a, b, draw(st.sampled_from(["1977", "1975/1985", "2020-H1"]))))
    for a, b in draw(st.lists(span, max_size=3)):
        quote = draw(st.none() | span.map(lambda s: Span(*s)))
        doc.citations.append(
            Citation(
                a,
                b,
                draw(WORDS),
                draw(st.none() | st.integers(1900, 2030)),
                draw(st.none() | st.just("tr. 12")),
                quote,
            )
        )
    for _ in range(draw(st.integers(0, 4))):
        ev_spans = tuple(
            Span(s.start, s.end)
            for s in draw(st.lists(st.sampled_from(doc.sentences), min_size=1, max_size=2))
        )
        doc.events.append(
            Event(
                draw(st.sampled_from(list(EventKind))),
                tuple(draw(st.lists(CODES, max_size=2, unique=True))),
                tuple(draw(st.lists(CODES, max_size=2, unique=True))),
                draw(st.sampled_from(["", "1977", "1978/1979", "2020-H2"])),
                draw(st.sampled_from(list(Status))),
                ev_spans,
                tuple(
                    draw(
                        st.dictionaries(
                            st.sampled_from(["agreement", "votes", "objects"]), ATTR_VALUE, max_size=2
                        )
                    ).items()
                ),
            )
        )
    return doc


def _storable(doc: Document) -> Document:
    """What the store keeps: NUL and lone surrogates become U+FFFD (one for one)."""
    from doingoai.store.documents import storable

    doc.raw, doc.text = storable(doc.raw), storable(doc.text)
    return doc


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(documents(), min_size=1, max_size=3))
def test_stored_documents_load_back_unchanged(docs):
    with tempfile.TemporaryDirectory() as tmp, doingoai.open(Path(tmp) / "kb.sqlite") as kb:
        for doc in docs:  # same names replace earlier ones, as re-ingesting a changed file does
            kb.add_document(doc)
        latest = {d.name: d for d in docs}
        assert sorted(d["name"] for d in kb.documents()) == sorted(latest)
        for name, doc in latest.items():
            assert kb.load(name) == _storable(doc)
        evidence = sum(len(ev.evidence) for d in latest.values() for ev in d.events)
        assert kb.stats()["event_evidence"] == evidence
        assert sum(len(e["evidence"]) for e in kb.events()) == evidence


@given(
    st.lists(
        st.sampled_from(["", "1977", "1977-07", "1977-07-18", "1977-09", "1977/1979", "1978", "1977-H2"]),
        min_size=2,
        max_size=2,
    )
)
def test_same_time_is_symmetric_and_needs_a_common_prefix(pair):
    from doingoai.store.facts import same_time

    a, b = pair
    assert same_time(a, b) == same_time(b, a)
    if same_time(a, b) and a != b:
        short, long_ = sorted((a, b), key=len)
        assert short and long_.startswith(short + "-") and "/" not in long_
