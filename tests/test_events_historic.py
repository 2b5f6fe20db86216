"""A state that had ended is no party of a later event (issue 3, session 10): its successor when the text names it
within reach, else no event; a date only inferred (the document's) is not the text's and changes nothing. Paired
with the events it must keep."""

from __future__ import annotations

from doingoai.extract.events_historic import ENDED, living_parties
from doingoai.extract.events_merge import Draft
from doingoai.extract.gazetteer import entry
from doingoai.model import EventKind, Status
from doingoai.pipeline import extract_text

K = EventKind


def parties(text: str, kind: EventKind) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(e.actors + e.recipients), e.date) for e in extract_text(text).events if e.kind is kind]


def test_the_table_names_gazetteer_states():
    for code, (_, successor) in ENDED.items():
        assert entry(code) is not None and entry(code).kind == "country", code
        assert not successor or entry(successor) is not None and entry(successor).kind == "country", successor


def test_the_republic_of_vietnam_has_no_successor():
    # the Socialist Republic does not continue the Republic of Vietnam: a later act told of it is no act of Vietnam's
    text = "Năm 1976, Việt Nam Cộng hòa ký hiệp định với Mỹ. Việt Nam là một quốc gia có chủ quyền."
    assert parties(text, K.AGREEMENT_SIGN) == []
    assert parties("Năm 1973, Việt Nam Cộng hòa ký hiệp định với Mỹ.", K.AGREEMENT_SIGN) == [
        (frozenset({"RVN", "USA"}), "1973")
    ]


def test_a_later_event_takes_the_successor_the_title_names():
    text = (
        "QUAN HỆ VIỆT NAM – LIÊN XÔ VÀ LIÊN BANG NGA\n\n"
        "Tháng 7/2012, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.\n"
    )
    assert parties(text, K.RELATIONS_UPGRADE) == [(frozenset({"VNM", "RUS"}), "2012-07")]


def test_an_event_before_the_end_keeps_the_historic_state():
    text = (
        "QUAN HỆ VIỆT NAM – LIÊN XÔ VÀ LIÊN BANG NGA\n\n"
        "Năm 1978, Việt Nam và Liên Xô ký Hiệp ước Hữu nghị và Hợp tác.\n"
    )
    assert parties(text, K.AGREEMENT_SIGN) == [(frozenset({"VNM", "SUN"}), "1978")]


def test_a_later_event_is_not_reported_without_the_successor_named():
    text = (
        "QUAN HỆ VIỆT NAM – CỘNG HÒA DÂN CHỦ ĐỨC\n\n"
        "Năm 1975, Việt Nam và Cộng hòa Dân chủ Đức ký Hiệp định hợp tác kinh tế.\n\n"
        "Năm 1995, hai nước ký Hiệp định khuyến khích và bảo hộ đầu tư.\n"
    )
    assert parties(text, K.AGREEMENT_SIGN) == [(frozenset({"VNM", "DDR"}), "1975")]


def test_a_later_event_takes_the_successor_named_in_its_paragraph():
    text = (
        "QUAN HỆ VIỆT NAM – CỘNG HÒA DÂN CHỦ ĐỨC\n\n"
        "Sau khi nước Đức thống nhất, Việt Nam và Đức tiếp tục hợp tác. Năm 1995, hai nước ký Hiệp định "
        "khuyến khích và bảo hộ đầu tư.\n"
    )
    assert parties(text, K.AGREEMENT_SIGN) == [(frozenset({"VNM", "DEU"}), "1995")]


def test_a_date_inferred_from_the_document_changes_nothing():
    doc = extract_text("Việt Nam tăng cường hợp tác với Liên Xô.")
    sentence = (doc.sentences[0].start, doc.sentences[0].end)
    inferred = Draft(K.COOPERATE, ("VNM",), ("SUN",), "2020-H1", Status.ONGOING, sentence, explicit=False)
    written = inferred._replace(explicit=True)
    assert living_parties(doc, [inferred, written]) == [inferred]
