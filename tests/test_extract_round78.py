"""Round 78 (session 15): aid missed — experts sent to train others, trainees sent over, courses given to a
partner's staff, studies on a partner's scholarship, money raised and given, loans drawn from a named lender.

The golds code all of these as aid, the giver as actor and the one helped as recipient. Sentences written for these
tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, asserted_events, check, params

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("experts-sent-to-train-others",
     "Đề nghị phía Hà Lan cử chuyên gia sang tập huấn cho cán bộ thủy lợi của Việt Nam.",
     K.AID, ("NLD",), ("VNM",), "", S.ONGOING),
    ("experts-sent-to-teach-no-place",
     "Đề nghị phía Hà Lan cử chuyên gia đào tạo về quản lý đê điều cho cán bộ các tỉnh của Việt Nam.",
     K.AID, ("NLD",), ("VNM",), "", S.ONGOING),
    ("trainees-sent-over-to-vietnam",
     "Năm 2022, Việt Nam đã tiếp nhận 15 cán bộ kỹ thuật của Bộ Nông nghiệp Mô-dăm-bích sang Việt Nam thực tập.",
     K.AID, ("VNM",), ("MOZ",), "2022", S.OCCURRED),
    ("course-for-partner-staff",
     "Năm 2023, Việt Nam tổ chức khóa tập huấn về nuôi tôm cho 20 cán bộ của Bộ Thủy sản Ăng-gô-la.",
     K.AID, ("VNM",), ("AGO",), "2023", S.OCCURRED),
    ("studies-on-partner-scholarship",
     "Năm 2022, Việt Nam cử 4 giảng viên sang Hà Lan học thạc sĩ theo học bổng của Chính phủ Hà Lan.",
     K.AID, ("NLD",), ("VNM",), "2022", S.OCCURRED),
    ("money-raised-and-given",
     "Năm 2022, Việt Nam quyên góp hơn 3 tỷ đồng ủng hộ nhân dân Lào khắc phục hậu quả lũ lụt.",
     K.AID, ("VNM",), ("LAO",), "2022", S.OCCURRED),
    ("loan-from-named-lender",
     "Năm 2021, dự án cấp nước của Việt Nam vay vốn Ngân hàng Phát triển châu Á (ADB) hoàn thành.",
     K.AID, ("ADB",), ("VNM",), "2021", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round78(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_experts_sent_to_be_trained_give_no_aid():
    text = "Năm 2022, Việt Nam cử 5 chuyên gia sang Hà Lan tập huấn về quản lý đê điều."
    assert not [e for e in asserted_events(text) if e.kind is K.AID]


def test_a_joint_course_is_no_aid():
    text = "Năm 2023, Cục phối hợp với Văn phòng UNESCO tại Hà Nội tổ chức lớp tập huấn về di sản cho cán bộ các tỉnh."
    assert not [e for e in asserted_events(text) if e.kind is K.AID]


def test_political_support_stays_support():
    text = "Năm 1975, Việt Nam ủng hộ nhân dân Lào trong sự nghiệp xây dựng đất nước."
    assert not [e for e in asserted_events(text) if e.kind is K.AID]
