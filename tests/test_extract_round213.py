"""Round 213 (session 23): parties and direction — who visits whom, who gives, a promotion conference abroad.

Sentences written for these tests (other states, names and dates than the working sets). Whole pipeline with the
learned reading off (marker rules_alone: these pin what the rules read), and the draft-level readings of
events_visit_direction called on drafts written here (the reading they turn round comes, in the working sets, from
a document's context or the learned reading):

* "nhân chuyến thăm của <title> <a foreign leader of the gazetteer>": the leader's state visits Vietnam
  (events_foreign_visitor; a Vietnamese leader's visit is left as it was);
* "Tổ chức Hội nghị xúc tiến đầu tư của tỉnh tại <a foreign city>": cooperation with the city's state, though the
  sentence names no party (events_span / events.find_events / events_parties); one held at home gives none;
* "đã đón N đoàn khách, trong đó có Đại sứ A, Đại sứ B và Tổng Lãnh sự C đến chào": every guest visits Vietnam
  (events_received_group);
* "chuyến thăm (chính thức) Việt Nam của ...": Vietnam is the place visited (events_visit_direction.vietnam_visited);
* "đón đoàn <X> sang ..., ... Y": the delegation's state visits Vietnam, not the other state named
  (events_visit_direction.received_delegations); the receiver's own state ("Tổng thống Y đã tiếp đoàn X") stays;
* "đề nghị phía X (tiếp tục) cấp / cung cấp ...": X gives (events_visit_direction.requested_givers).
"""

from __future__ import annotations

import pytest

from doingoai.extract.events_merge import Draft
from doingoai.extract.events_visit_direction import received_delegations, requested_givers, vietnam_visited
from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_PLAN = (
    "SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA\n\nKẾ HOẠCH\n\nXúc tiến đầu tư năm 2025\n\n"
    "Sở Công Thương ban hành kế hoạch như sau.\n\n"
)

# fmt: off
CASES: list[tuple] = [
    ("foreign-leader-of-the-gazetteer-visits",
     "Hiệp định Thương mại Việt Nam – Hàn Quốc được ký tại Hà Nội ngày 5/5/2015, nhân chuyến thăm của Tổng thống"
     " Kim Dae-jung, và có hiệu lực từ năm 2016.",
     K.VISIT, ("KOR",), ("VNM",), "2015-05", S.OCCURRED),
    ("promotion-conference-in-a-foreign-city",
     _PLAN + "1. Tổ chức Hội nghị xúc tiến đầu tư của tỉnh tại Xơ-un trong quý III/2025.",
     K.COOPERATE, ("VNM",), ("KOR",), None, S.PLANNED),
    ("guests-among-those-received",
     "Năm 2024, tỉnh đã đón 30 đoàn khách quốc tế, trong đó có Đại sứ Pháp, Đại sứ Đức và Tổng Lãnh sự I-ta-li-a"
     " đến chào xã giao.",
     K.VISIT, ("FRA", "DEU", "ITA"), ("VNM",), "2024", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round213(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_round213_vietnamese_leader_visit_kept():
    text = (
        "Hiệp định Đầu tư Việt Nam – Ca-dắc-xtan được ký tại Hà Nội ngày 5/5/2012, nhân chuyến thăm của Chủ tịch"
        " nước Trương Tấn Sang, và có hiệu lực từ năm 2013."
    )
    got = extract_text(text).events
    assert not [e for e in got if e.kind is K.VISIT and e.actors == ("KAZ",)], show(got)


def test_round213_promotion_conference_at_home_no_cooperation():
    got = extract_text(
        _PLAN + "1. Tổ chức Hội nghị xúc tiến đầu tư của tỉnh tại Đà Nẵng trong quý IV/2025."
    ).events
    assert not [e for e in got if e.kind is K.COOPERATE], show(got)


def _drafts(text: str, kind, actors: tuple[str, ...], recipients: tuple[str, ...]):
    doc = extract_text(text)
    draft = Draft(kind, actors, recipients, "", S.OCCURRED, (0, len(doc.text)))
    return doc, doc.text.lower(), [draft]


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        pytest.param(
            "1. Phối hợp chuẩn bị chuyến thăm Việt Nam của đoàn Phòng Thương mại Mum-bai, dự kiến vào tháng 10.",
            (("VNM",), ("IND",)),
            (("IND",), ("VNM",)),
            id="visit-of-vietnam-by-a-delegation",
        ),
        pytest.param(
            "Nhân chuyến thăm chính thức Việt Nam của ông tháng 3/2019, hai bên ký Bản ghi nhớ về hợp tác.",
            (("VNM",), ("NZL",)),
            (("NZL",), ("VNM",)),
            id="official-visit-of-vietnam-by-him",
        ),
        pytest.param(
            "Chuyến thăm Việt Nam và Lào của ông diễn ra tháng 3/2019.",
            (("VNM",), ("NZL",)),
            (("VNM",), ("NZL",)),
            id="vietnam-in-a-list-of-places-left",
        ),
        pytest.param(
            "Năm 2023, Thủ tướng sang thăm Niu Di-lân, rồi thăm Việt Nam.",
            (("VNM",), ("NZL",)),
            (("VNM",), ("NZL",)),
            id="two-visits-left",
        ),
    ],
)
def test_round213_vietnam_visited(text, before, after):
    doc, low, drafts = _drafts(text, K.VISIT, *before)
    got = vietnam_visited(doc, low, drafts)
    assert (got[0].actors, got[0].recipients) == after


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        pytest.param(
            "Năm 2025, Trường ký thỏa thuận với Viện Nghiên cứu (Cu-ba) và tiếp đón đoàn giảng viên của Học viện"
            " Ngoại giao (Chi-lê).",
            (("CHL",), ("CUB",)),
            (("CHL",), ("VNM",)),
            id="delegation-received-other-partner-aside",
        ),
        pytest.param(
            "Tháng 3/2026, phối hợp đón đoàn doanh nghiệp Thái Lan sang thăm và làm việc với tỉnh Điện Biên, thúc"
            " đẩy kết nối giao thông qua cửa khẩu của Lào.",
            (("THA",), ("LAO",)),
            (("THA",), ("VNM",)),
            id="delegation-received-later-clause-partner",
        ),
        pytest.param(
            "Tháng 8/2019, Tổng thống Ca-dắc-xtan đã tiếp đoàn đại biểu Chính phủ Nga sang làm việc.",
            (("RUS",), ("KAZ",)),
            (("RUS",), ("KAZ",)),
            id="receiver-state-kept",
        ),
        pytest.param(
            "Tháng 5/2024, Đại sứ quán ta tại Lào đón đoàn doanh nghiệp Thái Lan sang khảo sát thị trường.",
            (("THA",), ("LAO",)),
            (("THA",), ("LAO",)),
            id="mission-abroad-place-kept",
        ),
    ],
)
def test_round213_received_delegations(text, before, after):
    doc, low, drafts = _drafts(text, K.VISIT, *before)
    got = received_delegations(doc, low, drafts)
    assert (got[0].actors, got[0].recipients) == after


@pytest.mark.parametrize(
    ("text", "kind", "before", "after"),
    [
        pytest.param(
            "Năm 2024, Bộ trưởng đề nghị phía Ba Lan tiếp tục cấp học bổng cho sinh viên Việt Nam.",
            K.AID,
            (("VNM",), ("POL",)),
            (("POL",), ("VNM",)),
            id="asked-to-grant-scholarships",
        ),
        pytest.param(
            "Năm 2025, Bộ đề nghị phía Cô-oét và Ca-ta xem xét cung cấp dầu thô cho Nhà máy lọc dầu Nghi Sơn.",
            K.COOPERATE,
            (("VNM",), ("KWT", "QAT")),
            (("KWT", "QAT"), ("VNM",)),
            id="asked-to-supply",
        ),
        pytest.param(
            "Phối hợp với Bộ Ngoại giao đề nghị phía Ba Lan hỗ trợ giảng viên tiếng Anh.",
            K.COOPERATE,
            (("VNM",), ("POL",)),
            (("VNM",), ("POL",)),
            id="cooperation-of-another-verb-left",
        ),
    ],
)
def test_round213_requested_givers(text, kind, before, after):
    doc, low, drafts = _drafts(text, kind, *before)
    got = requested_givers(doc, low, drafts)
    assert (got[0].actors, got[0].recipients) == after
