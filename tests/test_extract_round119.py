"""Round 119 (session 18): cue words of the "no trigger" misses that recur across the working sets.

* the chair named in apposition: "do <country>, Chủ tịch <organisation> năm <year>, chủ trì" (trigger_lex119
  "chair_apposition", events_frames.apposed_chair);
* a partnership told set up on a date with its pair or partner between ("quan hệ Đối tác ... Việt Nam – X, được xác
  lập tháng ...", "... với X, được xác lập ngày ..."), a fact even as a purpose's object (trigger_defs, events_span);
* a promotion delegation sent abroad: "tổ chức (lại) / tham gia đoàn xúc tiến đầu tư sang / tại X" (a visit);
* scholarships kept or added: "đề nghị phía X duy trì số suất học bổng", "dành thêm suất học bổng" (aid);
* relations counted from their start in brackets: "N năm quan hệ ngoại giao A – B (d1 – d2)": established on d1;
* a lasting presence: "<organisation> có mặt tại <country> từ năm ..." (cooperation with the country).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _events(text: str, kind) -> list[tuple]:
    return [(set(e.actors), set(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_chair_in_apposition():
    text = "Hội nghị do Thủ tướng Cam-pu-chia Hun Xen, Chủ tịch ASEAN năm 2022, chủ trì.\n"
    assert any(a == {"KHM"} and r == {"ASEAN"} for a, r, _ in _events(text, K.CHAIR))


def test_chair_in_apposition_not_a_persons_office():
    text = "Ông Nguyễn Văn An, Chủ tịch Hội Hữu nghị Việt Nam – Cam-pu-chia, phát biểu tại buổi gặp.\n"
    assert not _events(text, K.CHAIR)


def test_partnership_with_its_pair_told_set_up_in_a_purpose():
    text = (
        "Nhằm cụ thể hóa quan hệ Đối tác chiến lược Việt Nam – In-đô-nê-xi-a, được thiết lập tháng 6/2013, "
        "Bộ xây dựng Kế hoạch năm 2026 như sau:\n"
    )
    assert any(
        a | r == {"VNM", "IDN"} and d.startswith("2013-06") for a, r, d in _events(text, K.RELATIONS_UPGRADE)
    )


def test_partnership_to_set_up_is_not_told_set_up():
    text = "Nhằm sớm xác lập quan hệ Đối tác toàn diện với Chi-lê, Bộ xây dựng Kế hoạch năm 2026 như sau:\n"
    assert not _events(text, K.RELATIONS_UPGRADE)


def test_promotion_delegation_abroad_is_a_visit():
    text = "2. Tháng 9, tổ chức lại đoàn xúc tiến thương mại sang Ác-hen-ti-na và Chi-lê.\n"
    assert any(a == {"VNM"} and r & {"ARG", "CHL"} for a, r, _ in _events(text, K.VISIT))


def test_scholarships_kept_are_aid():
    text = "3. Đề nghị phía Hàn Quốc duy trì số suất học bổng dành cho cán bộ của Bộ.\n"
    assert any(a == {"KOR"} and r == {"VNM"} for a, r, _ in _events(text, K.AID))


def test_relations_counted_from_their_start():
    text = (
        "Tháng 12, Đại sứ quán chiêu đãi kỷ niệm 30 năm quan hệ ngoại giao Việt Nam – Nam Phi "
        "(22/12/1993 – 22/12/2023).\n"
    )
    found = _events(text, K.RELATIONS_ESTABLISH)
    assert any(a | r == {"VNM", "ZAF"} and d == "1993-12-22" for a, r, d in found)


def test_presence_since_a_year_is_cooperation():
    text = "Tổ chức Y tế Thế giới (WHO) có mặt tại Lào từ năm 1962.\n"
    assert any(a == {"WHO"} and r == {"LAO"} for a, r, _ in _events(text, K.COOPERATE))


def test_a_leader_present_at_a_meeting_is_no_presence():
    text = "Thủ tướng Lào có mặt tại hội nghị từ ngày 10/11/2023.\n"
    assert not _events(text, K.COOPERATE)
