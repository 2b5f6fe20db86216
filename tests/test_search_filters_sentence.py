"""``since``/``until`` filter what is returned, the sentence: its own years, else its passage's,
else the document's date; postings and snapshots stored before sentence years were kept filter the
same way from their terms. ``doc`` naming no document is a coded error (E405), not "no results"."""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from doingoai.cli import main
from doingoai.errors import Code, DoingoaiError
from doingoai.model import DateExpr, Event, EventKind, Span, Status
from doingoai.search import snapshot
from doingoai.search.corpus import document_from_paragraphs
from doingoai.search.index import Index, forget, load_index
from doingoai.search.postings import doc_postings
from doingoai.search.years import year_mask, years_from_postings

OLD = "Tháng 3/2014, hai nước nâng quan hệ ngoại giao lên tầm cao mới."
NEW = "Ngày 10/9/2023, Việt Nam và Hoa Kỳ nâng cấp quan hệ ngoại giao."
Y1991 = "Năm 1991, Việt Nam và Trung Quốc bình thường hóa quan hệ."
UNDATED = "Quan hệ ngoại giao giữa hai nước tiếp tục phát triển."
LAST_YEAR = "Năm ngoái, quan hệ ngoại giao hai nước có bước tiến mới."
SIGNED = "Cùng ngày, hai bên ký hiệp định về quan hệ ngoại giao lãnh sự."


def documents():
    a = document_from_paragraphs(
        "hai-nuoc.txt",
        [
            f"{Y1991} {UNDATED}",
            f"{NEW} {OLD} {LAST_YEAR} {SIGNED}",
        ],
        meta={"date": "2024"},
    )
    s = {a.text[x.start : x.end]: x for x in a.sentences}
    last = s[LAST_YEAR]
    a.dates.append(DateExpr(last.start, last.start + len("Năm ngoái"), "2023"))  # resolved by extraction
    signed = s[SIGNED]
    a.events.append(
        Event(
            EventKind.AGREEMENT_SIGN,
            ("VNM",),
            ("USA",),
            "2023-09-10",
            Status.OCCURRED,
            (Span(signed.start, signed.end),),
        )
    )
    b = document_from_paragraphs(
        "ban-tin.txt", ["Quan hệ ngoại giao được củng cố thêm một bước."], meta={"date": "2021"}
    )
    return [a, b]


@pytest.fixture()
def dated_kb(kb):  # both backends
    for doc in documents():
        kb.add_document(doc)
    yield kb
    forget(kb.db)


def texts(kb, **kw):
    return {h.text for h in kb.search("quan hệ ngoại giao", limit=50, **kw)}


def test_since_filters_the_sentence_not_its_passage(dated_kb):
    got = texts(dated_kb, since=2020)
    assert NEW in got and OLD not in got  # its paragraph names 2023, but this sentence 2014 only
    assert LAST_YEAR in got and SIGNED in got  # a resolved date, an event's date
    assert "Quan hệ ngoại giao được củng cố thêm một bước." in got  # no years anywhere: the document's date
    assert UNDATED not in got  # none of its own: its paragraph's (1991)
    top = dated_kb.search("quan hệ ngoại giao", since=2020)[0]
    assert top.text != OLD


def test_until_filters_the_sentence(dated_kb):
    got = texts(dated_kb, until=2015)
    assert OLD in got and UNDATED in got
    assert not got & {NEW, LAST_YEAR, SIGNED}
    assert texts(dated_kb, until=1970) == set()
    assert texts(dated_kb, since=2014, until=2014) == {OLD}
    assert texts(dated_kb, since=1991, until=1991) == {Y1991, UNDATED}


def _legacy(arrays: dict) -> dict:
    return {k: v for k, v in arrays.items() if not k.startswith("sy_")}


def test_postings_stored_without_sentence_years_filter_by_the_years_written():
    docs = [
        document_from_paragraphs(
            "x.txt", [f"Năm 1991, hai nước bình thường hóa quan hệ. {OLD} {UNDATED}", NEW]
        )
    ]
    new = Index.merge([(1, "x.txt", doc_postings(docs[0]))])
    old = Index.merge([(1, "x.txt", _legacy(doc_postings(docs[0])))])
    for since, until in ((2020, None), (None, 2015), (2014, 2014), (1990, 1991)):
        assert np.array_equal(year_mask(new, since, until), year_mask(old, since, until)), (since, until)
    assert year_mask(old, 2020, None).tolist() == [False, False, False, True]
    # and a merged index's postings give the same rows (a snapshot saved before)
    got = years_from_postings(old.sentences)
    assert sorted(zip(got["sy_sent"].tolist(), got["sy_lo"].tolist(), strict=True)) == sorted(
        zip(new.sy_sent.tolist(), new.sy_lo.tolist(), strict=True)
    )


def test_snapshot_saved_without_sentence_years(tmp_path, monkeypatch):
    from doingoai.store.kb import KnowledgeBase

    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        for doc in documents():
            kb.add_document(doc)
        idx = load_index(kb.db)
        monkeypatch.setattr(snapshot, "_SENTENCE_YEARS", ())
        snapshot.save(kb.db, idx)  # as an older version saved it
        monkeypatch.undo()
        assert kb.db.scalar("SELECT COUNT(*) FROM search_snapshot WHERE name = 'sy_sent'") == 0
        again = snapshot.load(kb.db, idx.generation)
        assert again is not None
        mask = year_mask(again, 2020, None)
        text = documents()[0].text
        at = {
            int(again.s_start[r]): r
            for r in range(again.n_sentences)
            if again.doc_names[again.s_doc[r]] == "hai-nuoc.txt"
        }
        assert not mask[at[text.index(OLD)]] and mask[at[text.index(NEW)]]


def test_unknown_document_is_a_coded_error(dated_kb):
    with pytest.raises(DoingoaiError) as err:
        dated_kb.search("quan hệ", doc="nosuch.txt")
    assert err.value.code is Code.E405_NO_SUCH_DOC and "nosuch.txt" in str(err.value)
    assert dated_kb.search("quan hệ", doc="ban-tin.txt")  # by name
    doc_id = dated_kb.search("quan hệ", doc="ban-tin.txt")[0].doc_id
    assert {h.doc for h in dated_kb.search("quan hệ", doc=str(doc_id))} == {"ban-tin.txt"}  # by id


def test_unknown_document_on_an_empty_knowledge_base(kb):
    with pytest.raises(DoingoaiError) as err:
        kb.search("quan hệ", doc="nosuch.txt")
    assert err.value.code is Code.E405_NO_SUCH_DOC


def test_doc_by_the_path_it_was_ingested_from(tmp_path):
    from doingoai.store.kb import KnowledgeBase

    src = tmp_path / "docs" / "ban-tin.txt"
    src.parent.mkdir()
    src.write_text("x", encoding="utf-8")
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add_document(documents()[1], path=src)
        kb.add_document(documents()[0])
        assert {h.doc for h in kb.search("quan hệ", doc=str(src))} == {"ban-tin.txt"}


def test_cli_unknown_document_exit_1(dated_kb, tmp_path):
    if dated_kb.dialect != "sqlite":
        pytest.skip("the CLI reads the same store; one backend is enough")
    db = dated_kb.db.target
    res = CliRunner().invoke(main, ["search", "quan hệ", "--doc", "nosuch.txt", "--db", db])
    assert res.exit_code == 1
    assert "[E405]" in res.output and "nosuch.txt" in res.output and "no results" not in res.output
    res = CliRunner().invoke(
        main, ["search", "quan hệ ngoại giao", "--since", "2020", "--db", db, "--limit", "50"]
    )
    assert res.exit_code == 0 and "2023" in res.output and "2014" not in res.output


def test_a_citations_year_is_not_the_sentences_year(tmp_path):
    """ "(Nguyễn Duy Chiến, 2017)" dates the source, not the act: the sentence goes by its own 1977, and
    a sentence whose only year is a citation's goes by its paragraph's."""
    from doingoai.store.kb import KnowledgeBase

    joined = "Ngày 20/9/1977, Việt Nam trở thành thành viên Liên hợp quốc (Nguyễn Duy Chiến, 2017)."
    only_cited = "Liên hợp quốc ghi nhận đóng góp của Việt Nam (Trần Bình, 2019)."
    path = tmp_path / "lhq.txt"
    path.write_text(
        f"Năm 1978, Liên hợp quốc mở văn phòng tại Hà Nội. {only_cited}\n\n{joined}\n", encoding="utf-8"
    )
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.ingest([path])
        later = {h.text for h in kb.search("Liên hợp quốc", since=2010)}
        assert joined not in later and only_cited not in later
        assert {h.text for h in kb.search("Liên hợp quốc", until=1980)} >= {joined, only_cited}
        forget(kb.db)
