"""Knowledge base on both backends: documents, merged facts, replacement, filters, atomicity."""

from __future__ import annotations

import pytest

import doingoai
from doingoai.model import EventKind, Status
from doingoai.store import facts
from store_fixtures import build_doc

SIGN, AID, VISIT = EventKind.AGREEMENT_SIGN, EventKind.AID, EventKind.VISIT
OCC, PLAN, NEG = Status.OCCURRED, Status.PLANNED, Status.NEGATED

A_PARAS = [
    "Năm 1977, Việt Nam ký Hiệp ước Hữu nghị và Hợp tác với Lào. Quan hệ hai nước phát triển.",
    "Liên Xô viện trợ cho Việt Nam xây dựng thủy điện Hòa Bình trong giai đoạn 1979–1994.",
]
B_PARAS = [
    "Hiệp ước Việt Nam – Lào năm 1977 là nền tảng pháp lý.",
    "Liên Xô viện trợ cho Việt Nam các dự án như cảng Hải Phòng. Cu-ba thăm Việt Nam năm 1980.",
]


def doc_a(name: str = "a.txt"):
    return build_doc(
        name,
        A_PARAS,
        [
            (SIGN, ["VNM", "LAO"], [], "1977", OCC, [0], [("agreement", "Hiệp ước Hữu nghị và Hợp tác")]),
            (AID, ["SUN"], ["VNM"], "1979/1994", OCC, [2], [("objects", ("thủy điện Hòa Bình",))]),
        ],
        raw_prefix="TẠP CHÍ\n",
    )


def doc_b(name: str = "b.txt"):
    return build_doc(
        name,
        B_PARAS,
        [
            (SIGN, ["LAO"], ["VNM"], "1977", PLAN, [0], []),
            (
                AID,
                ["SUN"],
                ["VNM"],
                "1979/1994",
                OCC,
                [1],
                [("objects", ("cảng Hải Phòng", "thủy điện Hòa Bình"))],
            ),
            (VISIT, ["CUB"], ["VNM"], "1980", OCC, [2], []),
        ],
    )


def test_document_rows_and_raw_offsets(kb):
    doc = doc_a()
    doc_id = kb.add_document(doc)
    (row,) = kb.documents()
    assert (row["id"], row["name"], row["sentences"], row["events"]) == (doc_id, "a.txt", 3, 2)
    sents = list(kb.sentences())
    assert [s["text"] for s in sents] == [doc.text[s.start : s.end] for s in doc.sentences]
    for s in sents:  # raw offsets point at the same words in what the user gave
        assert doc.raw[s["raw_start"] : s["raw_end"]] == s["text"]
    assert sents[2]["raw_start"] != sents[2]["start"]
    passages = list(kb.passages(doc_id))
    assert [p["text"] for p in passages] == A_PARAS
    assert passages[sents[2]["block"]]["text"] == A_PARAS[1]
    stored = kb.document("a.txt")
    assert stored["text"] == doc.text and stored["raw"] == doc.raw and stored["meta"] == {}
    assert kb.load("a.txt") == doc


def test_same_event_from_two_documents_is_one_fact(kb):
    kb.add_document(doc_a())
    kb.add_document(doc_b())
    evs = kb.events()
    assert [(e["kind"], e["date"]) for e in evs] == [
        ("agreement.sign", "1977"),
        ("aid", "1979/1994"),
        ("visit", "1980"),
    ]
    sign, aid, visit = evs
    assert sorted(sign["actors"]) == ["LAO", "VNM"] and sign["recipients"] == []
    assert sign["status"] == "occurred"  # the most definite of occurred (a) and planned (b)
    assert sign["agreement"] == "Hiệp ước Hữu nghị và Hợp tác"
    assert [e["doc"] for e in sign["evidence"]] == ["a.txt", "b.txt"]
    assert aid["objects"] == ["thủy điện Hòa Bình", "cảng Hải Phòng"]
    assert {e["doc"] for e in aid["evidence"]} == {"a.txt", "b.txt"}
    for ev in evs:
        for e in ev["evidence"]:
            assert set(e) == {"doc", "path", "doc_id", "text", "start", "end", "raw_start", "raw_end"}
            assert kb.document(e["doc"])["text"][e["start"] : e["end"]] == e["text"]
            assert kb.document(e["doc"])["raw"][e["raw_start"] : e["raw_end"]] == e["text"]
    assert len(visit["evidence"]) == 1
    actors = {a["code"]: a for a in kb.actors()}
    assert actors["VNM"]["documents"] == 2 and actors["CUB"]["documents"] == 1


def test_negated_statement_never_merges_with_the_event(kb):
    kb.add_document(doc_a())
    kb.add_document(
        build_doc(
            "c.txt",
            ["Việt Nam không ký hiệp ước với Lào năm 1977."],
            [(SIGN, ["VNM", "LAO"], [], "1977", NEG, [0], [])],
        )
    )
    statuses = sorted(e["status"] for e in kb.events(kind="agreement.sign"))
    assert statuses == ["negated", "occurred"]


def test_changed_document_replaces_only_its_own_facts(kb):
    kb.add_document(doc_a())
    kb.add_document(doc_b())
    new_a = build_doc(
        "a.txt", ["Nhật Bản viện trợ cho Việt Nam năm 1992."], [(AID, ["JPN"], ["VNM"], "1992", OCC, [0], [])]
    )
    kb.add_document(new_a)
    evs = {(e["kind"], e["date"]): e for e in kb.events()}
    assert set(evs) == {("agreement.sign", "1977"), ("aid", "1979/1994"), ("aid", "1992"), ("visit", "1980")}
    sign = evs[("agreement.sign", "1977")]
    assert [e["doc"] for e in sign["evidence"]] == ["b.txt"]
    assert sign["status"] == "planned" and "agreement" not in sign  # derived again from b alone
    assert evs[("aid", "1979/1994")]["objects"] == ["cảng Hải Phòng", "thủy điện Hòa Bình"]
    assert len(kb.documents()) == 2
    assert [s["text"] for s in kb.sentences(kb.document("a.txt")["id"])] == [
        "Nhật Bản viện trợ cho Việt Nam năm 1992."
    ]
    assert kb.remove_document("b.txt")
    assert [(e["kind"], e["date"]) for e in kb.events()] == [("aid", "1992")]
    assert kb.stats()["event_evidence"] == 1 and not kb.remove_document("b.txt")


def test_event_filters(kb):
    kb.add_document(doc_a())
    kb.add_document(doc_b())
    kb.add_document(
        build_doc(
            "d.txt",
            ["Việt Nam thăm Lào.", "Việt Nam ký hiệp định với Campuchia năm 1982."],
            [
                (VISIT, ["VNM"], ["LAO"], "", OCC, [0], []),
                (SIGN, ["VNM", "KHM"], [], "1982-07", OCC, [1], []),
            ],
        )
    )
    key = lambda evs: [(e["kind"], e["date"]) for e in evs]  # noqa: E731
    assert key(kb.events())[-1] == ("visit", "")  # undated last
    assert key(kb.events(actor="LAO")) == [("agreement.sign", "1977"), ("visit", "")]
    assert key(kb.events(actor="vnm", kind="visit")) == [
        ("visit", "1980"),
        ("visit", ""),
    ]  # VNM as recipient too
    assert key(kb.events(kind="agreement")) == [("agreement.sign", "1977"), ("agreement.sign", "1982-07")]
    assert key(kb.events(since=1990)) == [("aid", "1979/1994")]  # ranges overlap
    assert key(kb.events(since=1978, until=1981)) == [("aid", "1979/1994"), ("visit", "1980")]
    assert key(kb.events(until=1977)) == [("agreement.sign", "1977")]
    assert kb.events(actor="USA") == [] and kb.events(kind="sanction") == []


def test_crash_inside_a_document_leaves_nothing(kb, monkeypatch):
    kb.add_document(doc_a())
    before = kb.stats()
    events_before = kb.events()

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(facts, "write_events", boom)
    with pytest.raises(RuntimeError):
        kb.add_document(doc_b())  # a new document: nothing of it stays
    with pytest.raises(RuntimeError):
        kb.add_document(build_doc("a.txt", ["Lào thăm Việt Nam."]))  # a replacement: the old one stays whole
    assert kb.stats() == before
    assert kb.events() == events_before
    assert [d["name"] for d in kb.documents()] == ["a.txt"]


def test_reopen_keeps_everything(kb_target):
    with doingoai.open(kb_target) as kb:
        kb.add_document(doc_a())
        first = kb.events()
    with doingoai.open(kb_target) as kb:
        assert kb.events() == first
        assert kb.load("a.txt").events == doc_a().events


def test_unstorable_characters_keep_offsets(kb):
    doc = build_doc(
        "nul.txt", ["Việt Nam\x00 ký với Lào năm 1977."], [(SIGN, ["VNM", "LAO"], [], "1977", OCC, [0], [])]
    )
    kb.add_document(doc)
    (ev,) = kb.events()
    assert ev["evidence"][0]["text"] == "Việt Nam\ufffd ký với Lào năm 1977."
    assert len(kb.document("nul.txt")["text"]) == len(doc.text)


def test_a_more_precise_date_is_the_same_event(kb):
    kb.add_document(doc_a())  # the treaty with Laos "1977"
    laos = ["Ngày 18/7/1977, Việt Nam và Lào ký Hiệp ước Hữu nghị và Hợp tác."]
    kb.add_document(build_doc("docx.txt", laos, [(SIGN, ["LAO", "VNM"], [], "1977-07-18", OCC, [0], [])]))
    (sign,) = kb.events(kind="agreement.sign")
    assert sign["date"] == "1977-07-18" and [e["doc"] for e in sign["evidence"]] == ["a.txt", "docx.txt"]
    assert [e["date"] for e in kb.events(actor="LAO", since=1977, until=1977)] == ["1977-07-18"]
    kb.remove_document("docx.txt")  # the fact falls back to what is left
    (sign,) = kb.events(kind="agreement.sign")
    assert sign["date"] == "1977" and [e["doc"] for e in sign["evidence"]] == ["a.txt"]


def test_dates_that_cannot_be_one_event_stay_apart(kb):
    visits = [
        (VISIT, ["VNM"], ["CUB"], "1980-03", OCC, [0], []),
        (VISIT, ["VNM"], ["CUB"], "1980-09", OCC, [1], []),
        (VISIT, ["VNM"], ["CUB"], "1980", OCC, [2], []),  # which of the two? neither: its own fact
        (VISIT, ["VNM"], ["CUB"], "", OCC, [3], []),  # undated: never merged with a dated one
        (VISIT, ["VNM"], ["CUB"], "1980/1985", OCC, [4], []),  # an interval only merges with itself
        (VISIT, ["VNM"], ["CUB"], "1980-03-02", OCC, [5], []),  # refines 1980-03
    ]
    paras = [f"Việt Nam thăm Cu-ba lần {i}." for i in range(6)]
    kb.add_document(build_doc("visits.txt", paras, visits))
    dates = sorted(e["date"] for e in kb.events())
    assert dates == ["", "1980", "1980-03-02", "1980-09", "1980/1985"]
    assert (
        kb.load("visits.txt").events == build_doc("visits.txt", paras, visits).events
    )  # sources keep their own date


def test_concurrent_writers_make_one_fact(kb_target):
    import threading

    with doingoai.open(kb_target):
        pass  # schema in place before the writers start
    errors: list[BaseException] = []

    def writer(i: int) -> None:
        try:
            with doingoai.open(kb_target) as kb:
                for j in range(3):
                    kb.add_document(doc_a(f"w{i}-{j}.txt"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with doingoai.open(kb_target) as kb:
        evs = kb.events()
        assert [len(e["evidence"]) for e in evs] == [6, 6] and len(kb.documents()) == 6


def test_actors_carry_the_gazetteer_names(kb):
    gazetteer = pytest.importorskip("doingoai.extract.gazetteer")
    kb.add_document(doc_a())
    actors = {a["code"]: a for a in kb.actors()}
    entries = {code: gazetteer.entry(code) for code in ("VNM", "LAO", "SUN")}
    assert entries["VNM"] is not None
    for code, entry in entries.items():
        if entry is None:
            continue
        assert (actors[code]["name_vi"], actors[code]["wikidata"]) == (entry.vi, entry.wikidata or None)
        assert entry.vi in actors[code]["names"] and actors[code]["documents"] == 1


def test_date_qualifiers_are_stored(kb):
    from doingoai.model import DateExpr

    doc = build_doc("q.txt", ["Sau năm 1979, Liên Xô viện trợ cho Việt Nam."])
    doc.dates = [DateExpr(4, 12, "1979", "after")]
    kb.add_document(doc)
    assert kb.load("q.txt").dates == [DateExpr(4, 12, "1979", "after")]
