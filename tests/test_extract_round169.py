"""Round 169 (session 21): sentences that describe rather than tell an act (precision on the working sets).

A plan's opening sentence names the cooperation it builds on, a war named as a time frame, the persons who signed an
agreement told before, a heading naming a visit as "the first of", a mission's service to its own firms or citizens,
a relation said to have grown since it was established: the act (if any) is told elsewhere; the description gives
no event. Texts written for these tests; whole pipeline with the learned reading off where the rules read the
sentence, and the filter itself on drafts of the other sentences (the learned reading or the fallback reads them).
"""

from __future__ import annotations

import pytest

from doingoai.extract.events_described import described_only
from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind, Status
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _kinds(text: str) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.kind.value, list(e.actors), list(e.recipients)) for e in asserted_events(text))


def _kept(text: str, kind: EventKind) -> bool:
    """Is a draft of ``kind`` read over the whole of ``text`` (one sentence) kept by the filter?"""
    d = Draft(kind, ("VNM",), ("FRA",), "", Status.OCCURRED, (0, len(text)))
    return described_only(text.lower(), [d]) == [d]


def test_cooperation_in_a_plans_opening_sentence_is_its_basis() -> None:
    text = (
        "Thực hiện Hiệp định Thương mại tự do Việt Nam – Hàn Quốc, có hiệu lực từ năm 2015, và kết quả hợp tác giữa "
        "hai nước trong lĩnh vực nông nghiệp, Bộ Công Thương xây dựng Kế hoạch hợp tác với Hàn Quốc năm 2027 như sau:"
    )
    assert not [k for k in _kinds(text) if k[0] == K.COOPERATE.value]


def test_cooperation_told_outside_a_plans_opening_is_read() -> None:
    text = "Năm 2026, Việt Nam hợp tác với Hàn Quốc xây dựng trung tâm logistics tại Hải Phòng."
    assert (K.COOPERATE.value, ["VNM"], ["KOR"]) in _kinds(text)
    assert _kept(text, K.COOPERATE)


def test_relation_grown_since_its_establishment_is_no_event_of_its_own() -> None:
    text = (
        "Kể từ khi thiết lập quan hệ ngoại giao ngày 12/3/1979 và nâng lên Đối tác toàn diện năm 2019, quan hệ "
        "Việt Nam – Ác-hen-ti-na không ngừng phát triển."
    )
    kinds = _kinds(text)
    assert (K.RELATIONS_ESTABLISH.value, ["VNM", "ARG"], []) in kinds
    assert (K.RELATIONS_UPGRADE.value, ["VNM", "ARG"], []) in kinds
    assert not [k for k in kinds if k[0] == K.RELATIONS.value]


def test_relation_as_a_purpose_is_no_event() -> None:
    assert not _kept("Để quan hệ hai nước phát triển mạnh mẽ hơn, tôi xin nêu ba kiến nghị.", K.RELATIONS)
    assert _kept(
        "Quan hệ hữu nghị giữa Việt Nam và Pháp được duy trì trong suốt thập niên 1980.", K.RELATIONS
    )


def test_war_named_as_a_time_frame_is_no_conflict() -> None:
    assert not _kept(
        "Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, nhân dân hai nước luôn kề vai sát cánh.",
        K.CONFLICT,
    )
    assert not _kept(
        "- Kháng chiến chống Pháp: hoạt động ở Liên khu V, phụ trách công tác tuyên huấn.", K.CONFLICT
    )
    assert not _kept("Đây là chuyến thăm đầu tiên kể từ khi chiến tranh kết thúc năm 1975.", K.CONFLICT)
    # the fighting itself is told: kept
    assert _kept(
        "Trong cuộc kháng chiến chống Pháp, quân Pháp tấn công căn cứ Việt Bắc vào tháng 10/1947.", K.CONFLICT
    )


def test_signers_named_after_the_signing_are_no_second_signing() -> None:
    assert not _kept(
        "Người ký là Bộ trưởng Ngoại giao Ba Lan và Bộ trưởng Ngoại giao Việt Nam.", K.AGREEMENT_SIGN
    )
    assert not _kept("Ba người ký gồm đại diện của Lào, Thái Lan và Việt Nam.", K.AGREEMENT_SIGN)
    assert not _kept("Trưởng đoàn đàm phán hai bên là ông A và ông B.", K.AGREEMENT_NEGOTIATE)
    text = "Ngày 14/6/1990, Ba Lan và Việt Nam ký Hiệp định về hợp tác hàng hải tại Vác-sa-va."
    assert (K.AGREEMENT_SIGN.value, ["POL", "VNM"], []) in _kinds(text)
    assert _kept(text, K.AGREEMENT_SIGN)


def test_heading_naming_a_first_visit_is_no_visit() -> None:
    assert not _kept("Chuyến thăm đầu tiên của một Tổng thống Pháp", K.VISIT)
    # a sentence telling the first visit with its date: kept
    assert _kept("Chuyến thăm đầu tiên của một Tổng thống Pháp diễn ra ngày 9/2/1993.", K.VISIT)


def test_missions_service_to_its_own_firms_is_no_aid() -> None:
    assert not _kept(
        "Tháng 3, Đại sứ quán hỗ trợ 12 doanh nghiệp Việt Nam tham gia Hội chợ nông sản quốc tế tại Bu-đa-pét.",
        K.AID,
    )
    assert not _kept("Tháng 5, Thương vụ đã hỗ trợ doanh nghiệp chuẩn bị hồ sơ kháng cáo.", K.AID)
    # the other side's help asked, or aid proper in the sentence: kept
    assert _kept("Đề nghị phía bạn hỗ trợ doanh nghiệp Việt Nam tìm hiểu thị trường.", K.AID)
    assert _kept("Tỉnh hỗ trợ doanh nghiệp, còn Pháp tài trợ 2 triệu euro cho dự án cấp nước.", K.AID)
    text = "Tháng 3, Nhật Bản viện trợ 2 triệu USD cho Việt Nam khắc phục hậu quả bão."
    assert (K.AID.value, ["JPN"], ["VNM"]) in _kinds(text)
